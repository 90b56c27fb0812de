/**
 * A supervisor (systemd, a container runtime) stops `npm start` by signalling
 * npm's own pid, not the terminal's process group: SIGTERM, SIGINT and
 * SIGHUP must each stop the API it started. Against the test Neo4j (as
 * NEO4J_URI, so nothing is provisioned), on a free loopback port. The job
 * must also finish its own shutdown (the API, the driver, then the Neo4j it
 * started) rather than be killed by the signal halfway, as Apollo's own
 * signal handler did outside tests, leaving a bundled Neo4j running.
 */
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { neo4jEnv } from '../support/neo4j-target.js';
import { freePort } from '../support/ports.js';

const healthy = (url: string): Promise<boolean> =>
  fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
    (r) => r.ok,
    () => false,
  );

describe.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)("npm start and %s to npm's pid", (signal) => {
  it('stops the API it started, within 5 s', async () => {
    const t = inject('neo4j');
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: PROJECT_ROOT,
      // its own process group, as under a supervisor: nothing reaches it but the one signal
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        ...neo4jEnv(t),
        ENTENTE_API_PORT: String(port),
        ENTENTE_LOG_LEVEL: 'silent',
      },
    });
    const health = `http://127.0.0.1:${port}/health`;
    try {
      let up = false;
      for (let i = 0; i < 120 && !up; i++) {
        up = await healthy(health);
        if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(up).toBe(true);
      npm.kill(signal);
      let down = false;
      for (let i = 0; i < 20 && !down; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        down = !(await healthy(health));
      }
      expect(down).toBe(true);
    } finally {
      // Whatever happened, leave nothing running: the whole group this test started.
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 90_000);
});

describe.each(['SIGTERM', 'SIGINT'] as const)('entente serve and %s outside a test environment', (signal) => {
  it('finishes its own shutdown and exits 0, not killed by the signal nor by the same signal again', async () => {
    const port = await freePort();
    // NODE_ENV=production as in a deployment: Apollo installs its signal handlers only outside 'test'.
    const child = spawn(process.execPath, ['bin/entente.js', 'serve'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        ...neo4jEnv(inject('neo4j')),
        ENTENTE_API_PORT: String(port),
        ENTENTE_LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
      },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    try {
      let up = false;
      for (let i = 0; i < 120 && !up; i++) {
        up = await healthy(`http://127.0.0.1:${port}/health`);
        if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(up, stderr).toBe(true);
      child.kill(signal);
      // Ctrl-C under npm arrives twice (the terminal's, and npm's forward): the second must not cut the shutdown short
      await new Promise((resolve) => setTimeout(resolve, 5));
      child.kill(signal);
      expect(await exited, stderr).toEqual({ code: 0, signal: null });
      expect(stderr).toContain('Shutting down…');
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);
});
