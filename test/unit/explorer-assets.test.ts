/**
 * The explorer's assets are found when the API starts: a node_modules that
 * lacks them (a pull without `npm ci`) stops the start with a typed error that
 * names what is missing and says to run `npm ci`, instead of a 500 later.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPLORER_PATH, explorerHtml, loadExplorerAssets } from '../../src/api/explorer.js';
import { DependencyMissingError } from '../../src/errors.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A project folder whose node_modules holds these packages, each with these files. */
function project(packages: Record<string, string[]>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-explorer-'));
  made.push(root);
  for (const [pkg, files] of Object.entries(packages)) {
    const dir = path.join(root, 'node_modules', pkg);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: pkg, version: '0.0.0' }));
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), `/* ${pkg} ${file} */`);
    }
  }
  return root;
}

const REACT = { react: ['umd/react.production.min.js'], 'react-dom': ['umd/react-dom.production.min.js'] };

describe('the explorer assets at server start', () => {
  it('are all found and served from the installed packages, with the start script', () => {
    const assets = loadExplorerAssets();
    const urls = [...explorerHtml().matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(5);
    for (const url of urls) {
      const asset = assets.asset(url);
      expect(asset, url).not.toBeNull();
      expect(asset!.body.length, url).toBeGreaterThan(100);
    }
    expect(assets.asset(`${EXPLORER_PATH}/assets/elsewhere.js`)).toBeNull();
  });

  it('without graphiql installed, refuse to start, naming the package and `npm ci`', () => {
    const root = project(REACT);
    let error: unknown;
    try {
      loadExplorerAssets(root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DependencyMissingError);
    const { code, message } = error as DependencyMissingError;
    expect(code).toBe('DEPENDENCY_MISSING');
    expect(message).toMatch(/the package graphiql is missing from node_modules/);
    expect(message).not.toMatch(/react/);
    expect(message).toMatch(/run `npm ci`/);
  });

  it('with a package present but a file of it gone, name that file', () => {
    const root = project({ ...REACT, graphiql: ['graphiql.min.css'] });
    expect(() => loadExplorerAssets(root)).toThrow(/graphiql's graphiql\.min\.js is missing .*run `npm ci`/);
  });

  it('list everything missing at once', () => {
    const root = project({});
    expect(() => loadExplorerAssets(root)).toThrow(
      /the package react, the package react-dom, the package graphiql are missing/,
    );
  });
});
