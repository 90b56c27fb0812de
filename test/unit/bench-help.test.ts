/** `npm run bench:<name> -- --help` describes the bench and exits before any server starts (it once ran the whole bench). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

describe('bench --help', () => {
  it.each(['scale', 'profile', 'import', 'lists'])('bench/%s.ts prints its usage and exits 0 at once', (name) => {
    const run = spawnSync(process.execPath, [tsx, path.join(PROJECT_ROOT, 'bench', `${name}.ts`), '--help'], {
      encoding: 'utf8',
      timeout: 20_000,
      // a port nothing listens on: a bench that tried to start a server or connect would fail, not pass
      env: { ...process.env, ENTENTE_BENCH_BOLT_PORT: '1', ENTENTE_BENCH_HTTP_PORT: '2' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`npm run bench:${name}`);
    expect(run.stdout).not.toContain('[bench]');
  });
});
