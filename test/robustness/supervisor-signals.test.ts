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
import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { neo4jEnv } from '../support/neo4j-target.js';
import { freePort } from '../support/ports.js';

/** A POST whose headers are sent and whose body is not: the server holds it as a request in progress. */
function requestInFlight(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
      );
      // time for the server to read the headers and take the request in
      setTimeout(() => resolve(socket), 200);
    });
    socket.on('error', reject);
  });
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the process to say so');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

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
    let ended = false;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, sig) => {
        ended = true;
        resolve({ code, signal: sig });
      }),
    );
    try {
      let up = false;
      for (let i = 0; i < 120 && !up; i++) {
        up = await healthy(`http://127.0.0.1:${port}/health`);
        if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(up, stderr).toBe(true);
      // A request still sending its body holds the API's drain open, so the shutdown is surely under way, not over,
      // when the second signal comes: with nothing to stop, it would end within milliseconds, and a signal that then
      // meets the exiting process proves nothing.
      const pending = await requestInFlight(port);
      child.kill(signal);
      await until(() => ended || stderr.includes('Shutting down…'));
      // Ctrl-C under npm arrives twice (the terminal's, and npm's forward): the second must not cut the shutdown short
      child.kill(signal);
      // a process the repeat killed says nothing more: its exit status below shows it
      await until(() => ended || stderr.includes('Already shutting down'));
      pending.destroy();
      expect(await exited, stderr).toEqual({ code: 0, signal: null });
      expect(stderr).toContain('Already shutting down');
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);
});
