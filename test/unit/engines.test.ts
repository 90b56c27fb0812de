/**
 * The Node we promise (package.json engines, README) is one every installed package accepts:
 * `npm ci` on the oldest promised Node must not warn EBADENGINE.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

interface LockPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
const pkg = read('package.json') as { engines: { node: string } };
const lock = read('package-lock.json') as { packages: Record<string, LockPackage> };

describe('Node engines', () => {
  const oldest = semver.minVersion(pkg.engines.node)!;

  it('promises Node 20 (README: "Node.js 20.19 or newer")', () => {
    expect(oldest.major).toBe(20);
    expect(fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain(
      `Node.js ${oldest.major}.${oldest.minor} or newer`,
    );
  });

  it('installs no package that refuses the oldest promised Node', () => {
    const refusing = Object.entries(lock.packages).flatMap(([where, p]) => {
      const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
      if (where === '' || range === undefined) return [];
      return semver.satisfies(oldest, range) ? [] : [`${where}@${p.version ?? '?'} wants node ${range}`];
    });
    expect(refusing).toEqual([]);
  });
});
