/**
 * The API explorer works on a closed network: the page the API serves at
 * /explorer (and at /graphql to a browser) names only same-origin assets,
 * each of which the API serves; and in a real headless Chromium whose every
 * request to another origin is refused and recorded, GraphiQL loads, reads the
 * schema and runs a query against the seed. Apollo Sandbox stays an option.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { launchChromium, type HeadlessChromium } from '../support/chromium.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

let api: TestApi;
let origin: string;

beforeAll(async () => {
  api = await startTestApi();
  origin = new URL(api.server.url).origin;
});

afterAll(async () => {
  await api?.close();
});

/** Every URL a page names in src= or href= attributes, and in url(…) of its stylesheets. */
const referencedUrls = (html: string): string[] =>
  [...html.matchAll(/\s(?:src|href)="([^"]*)"/g), ...html.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!);

describe('the explorer page and its assets', () => {
  it('come from the API itself: every script and stylesheet is a same-origin path the API serves', async () => {
    const res = await fetch(`${origin}/explorer`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    const urls = referencedUrls(html);
    expect(urls.length).toBeGreaterThanOrEqual(5); // React, ReactDOM, GraphiQL's script and stylesheet, the start script
    for (const url of urls) {
      expect(new URL(url, origin).origin, url).toBe(origin);
      const asset = await fetch(new URL(url, origin));
      expect(asset.status, url).toBe(200);
      expect(asset.headers.get('content-type'), url).toMatch(/javascript|css/);
      const text = await asset.text();
      expect(text.length, url).toBeGreaterThan(0);
      // GraphiQL's fonts are inline (data:), so its stylesheet fetches nothing either.
      if (url.endsWith('.css'))
        expect(referencedUrls(text).filter((u) => !u.startsWith('data:') && !u.startsWith('#'))).toEqual([]);
    }
  });

  it('is what a browser gets at /graphql, while GraphQL over GET and POST still answers', async () => {
    const page = await fetch(api.server.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Entente API explorer');
    const get = await fetch(`${api.server.url}?query=${encodeURIComponent('{ actor(id: "russia") { name } }')}`, {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { actor: { name: 'Russia' } } });
    expect((await api.gql('{ actor(id: "russia") { name } }')).data).toEqual({ actor: { name: 'Russia' } });
  });

  it('gives way to Apollo Sandbox at /graphql with ENTENTE_API_EXPLORER=sandbox, and stays at /explorer', async () => {
    const sandbox = await startTestApi({ ENTENTE_API_EXPLORER: 'sandbox' });
    try {
      const page = await (await fetch(sandbox.server.url, { headers: { accept: 'text/html' } })).text();
      expect(page).toMatch(/embeddable-sandbox|apollo/i);
      expect(page).not.toContain('Entente API explorer');
      const explorer = await fetch(`${new URL(sandbox.server.url).origin}/explorer`);
      expect(await explorer.text()).toContain('Entente API explorer');
    } finally {
      await sandbox.close();
    }
  });
});

describe('GraphiQL in a headless Chromium with no way out', () => {
  let chromium: HeadlessChromium;
  let browser: BrowserContext;

  beforeAll(async () => {
    chromium = await launchChromium();
    browser = chromium.browser;
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('loads, reads the schema and runs its example query without a request to another origin', async () => {
    const outside: string[] = [];
    const errors: string[] = [];
    let introspected = false;
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (route.request().postData()?.includes('__schema')) introspected = true;
      if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(`${origin}/explorer`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('Tokayev').first().waitFor({ timeout: 30_000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-offline.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(introspected, 'GraphiQL read the schema').toBe(true);
  });
});
