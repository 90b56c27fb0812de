/**
 * Neo4j Browser in a real headless Chromium (Debian's chromium, driven by
 * playwright-core; nothing is downloaded): log in, see Entente's style and
 * guide applied on connect, run the guide's first query, and check that the
 * graph shows Tokayev and Scholz joined by MET in the stylesheet's colours.
 * A screenshot is kept in test-artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { STYLE_PATH, styleSheet } from '../../src/api/browser-assets.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { launchChromium, type HeadlessChromium } from '../support/chromium.js';
import { TEST_INSTANCE_ENV } from '../support/instances.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
const target = inject('neo4j');
const apiPort = Number(TEST_INSTANCE_ENV.ENTENTE_API_PORT);

let api: TestApi;
let chromium: HeadlessChromium;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (target.browserUrl === null)
    throw new Error(
      'The tests run against NEO4J_URI, whose Neo4j Browser address is unknown: set ENTENTE_TEST_BROWSER_URL (e.g. http://host:7474/browser/).',
    );
  api = await startTestApi({}, apiPort);
  chromium = await launchChromium();
  browser = chromium.browser;
  page = browser.pages()[0] ?? (await browser.newPage());
});

afterAll(async () => {
  await chromium?.close();
  await api?.close();
});

/** The colour the stylesheet gives a label, read from the stylesheet itself. */
function styleColour(label: string): string {
  const block = new RegExp(`node\\.${label} \\{([^}]*)\\}`).exec(styleSheet())?.[1] ?? '';
  return /\bcolor: (#[0-9A-Fa-f]{6})/.exec(block)?.[1] ?? 'missing';
}

describe('Neo4j Browser with Entente', () => {
  it('logs in and gets the style and guide on connect', async () => {
    const bolt = encodeURIComponent(target.uri);
    await page.goto(`${target.browserUrl}?dbms=${bolt}&preselectAuthMethod=NATIVE`);
    await page.fill('input[data-testid="username"]', target.user);
    await page.fill('input[data-testid="password"]', target.password);
    await page.click('button[data-testid="connect"]');
    if (target.source !== 'bundled') {
      // Only the bundled server is configured to apply them itself (browser.post_connect_cmd).
      for (const cmd of [
        `:style http://localhost:${apiPort}${STYLE_PATH}`,
        `:play http://localhost:${apiPort}/browser/guide.html`,
      ]) {
        await page.locator('[data-testid="activeEditor"]').click();
        await page.keyboard.type(cmd);
        await page.click('[data-testid="editor-Run"]');
      }
    }
    await expect.poll(() => page.locator('[data-testid="carousel"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-testid="frameCommand"]', { hasText: ':style' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });

  it("runs the guide's first query and shows Tokayev and Scholz joined by MET, styled", async () => {
    await page.click('[data-testid="nextSlide"]');
    await page.locator('pre.runnable', { hasText: 'MATCH (a:Person)-[r:MET]->(b:Person)' }).click();
    await page.click('[data-testid="editor-Run"]');
    await expect.poll(() => page.locator('svg g.node').count(), { timeout: 30_000 }).toBe(2);
    await page.waitForTimeout(1500); // let the force layout settle for the screenshot
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-seed-met.png') });

    const nodes = await page.$$eval('svg g.node', (els) =>
      els.map((e) => ({
        caption: [...e.querySelectorAll('text.caption')].map((t) => t.textContent?.trim()).join(' '),
        fill: e.querySelector('circle.b-outline')?.getAttribute('fill'),
        radius: e.querySelector('circle.b-outline')?.getAttribute('r'),
      })),
    );
    const captions = nodes.map((n) => n.caption).sort();
    expect(captions[0]).toMatch(/^Kassym-Jo/); // the Browser shortens long captions to fit the circle
    expect(captions[1]).toBe('Olaf Scholz');
    for (const n of nodes) {
      expect(n.fill?.toUpperCase()).toBe(styleColour('Person').toUpperCase());
      expect(n.radius).toBe('30'); // diameter 60px in the stylesheet
    }
    const relationships = await page.$$eval('svg g.relationship', (els) => els.map((e) => e.textContent?.trim()));
    // The Browser connects the nodes of a result, so the projection's tie between them (TIE_MET) and their pair
    // (TIED, drawn thin and pale) are drawn beside the evidence edge.
    expect(relationships.sort()).toEqual(['MET', 'TIED', 'TIE_MET']);
  });
});
