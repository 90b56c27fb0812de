/** `entente config` as an operator runs it: bad values fail the command, and a closed pipe is not a crash. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { runCli } from '../support/cli.js';

describe('entente config', () => {
  it('shows the settings and exits 2 naming a variable whose value is unusable', async () => {
    const run = await runCli(['config'], { ENTENTE_API_PORT: 'abc' });
    expect(run.stdout).toMatch(/ENTENTE_API_PORT\s+abc/);
    expect(run.stderr).toContain('ENTENTE_API_PORT');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(2);
  });

  it('exits 0 on valid settings', async () => {
    const run = await runCli(['config'], { ENTENTE_API_PORT: '4000' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('stops quietly when the reader closes the pipe (`entente config | head -1`)', () => {
    const bin = path.join(PROJECT_ROOT, 'bin', 'entente.js');
    // The shell closes stdout before the command writes: every write meets a closed pipe.
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" config | (exec 0<&-; true)`], {
      encoding: 'utf8',
      cwd: PROJECT_ROOT,
    });
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toContain('Unhandled');
  });
});
