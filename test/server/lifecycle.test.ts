/**
 * The bundled server's whole life on its own instance ("lifecycle-test", ports
 * 7689/7476 unless ENTENTE_TEST_LIFECYCLE_BOLT_PORT/_HTTP_PORT say otherwise): first provisioning, start, a second start, data across
 * stop/start, a stale pid file, reset and status through the real CLI.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openConnection } from '../../src/graph/driver.js';
import { readCredentials } from '../../src/server/credentials.js';
import { instanceLayout } from '../../src/server/layout.js';
import { serverStatus, startServer, stopServer } from '../../src/server/lifecycle.js';
import { LIFECYCLE_INSTANCE_ENV } from '../support/instances.js';
import { runCli } from '../support/cli.js';

// It starts with "-", as 1 in 64 generated passwords do: neo4j-admin must not read it as an option.
const PASSWORD = '-lifecycle-secret-42';
const env = { ...LIFECYCLE_INSTANCE_ENV, NEO4J_PASSWORD: PASSWORD };
const BOLT = LIFECYCLE_INSTANCE_ENV.ENTENTE_NEO4J_BOLT_PORT;
const HTTP = LIFECYCLE_INSTANCE_ENV.ENTENTE_NEO4J_HTTP_PORT;
const config = loadConfig(env);
const layout = instanceLayout(config);
const quiet = (): void => {};

async function countProbes(): Promise<number> {
  const connection = openConnection(config);
  try {
    const { records } = await connection.driver.executeQuery(
      'MATCH (p:LifecycleProbe) RETURN count(p) AS n',
      {},
      { database: 'neo4j' },
    );
    return Number(records[0]?.get('n'));
  } finally {
    await connection.driver.close();
  }
}

beforeAll(async () => {
  await stopServer(config);
  fs.rmSync(layout.home, { recursive: true, force: true });
});
afterAll(async () => {
  await stopServer(config);
});

// Each step starts or stops a JVM: on a loaded machine that takes longer than the default 30 s.
describe('bundled Neo4j lifecycle', { timeout: config.bundled.startTimeoutMs + 60_000 }, () => {
  it('provisions a fresh instance on 127.0.0.1 with the password from NEO4J_PASSWORD, owner-only', async () => {
    const result = await startServer(config, quiet);
    expect(result.alreadyRunning).toBe(false);
    expect(serverStatus(config)).toEqual({ running: true, pid: result.pid });
    expect(readCredentials(layout.credentials)).toEqual({ user: 'neo4j', password: PASSWORD });
    expect(fs.statSync(layout.credentials).mode & 0o777).toBe(0o600);
    const conf = fs.readFileSync(layout.confFile, 'utf8');
    expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${BOLT}`);
    expect(conf).toContain(`server.http.listen_address=127.0.0.1:${HTTP}`);
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    const page = await fetch(`http://127.0.0.1:${HTTP}/browser/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Neo4j Browser</title>');
  });

  it('treats a second start as a no-op', async () => {
    const pid = serverStatus(config).pid;
    const again = await startServer(config, quiet);
    expect(again).toEqual({ alreadyRunning: true, pid, millisToFirstQuery: 0 });
  });

  it('keeps data across stop and start', async () => {
    const connection = openConnection(config);
    await connection.driver.executeQuery('CREATE (:LifecycleProbe {n: 1})', {}, { database: 'neo4j' });
    await connection.driver.close();
    const stopped = await stopServer(config);
    expect(stopped.wasRunning).toBe(true);
    expect(serverStatus(config).running).toBe(false);
    expect(fs.existsSync(layout.pidFile)).toBe(false);
    await startServer(config, quiet);
    expect(await countProbes()).toBe(1);
  });

  it('recovers from a stale pid file left by a crash', async () => {
    await stopServer(config);
    const dead = spawnSync('true').pid ?? 999_999;
    fs.writeFileSync(layout.pidFile, `${dead}\n`);
    expect(serverStatus(config)).toEqual({ running: false, stalePid: dead });
    const result = await startServer(config, quiet);
    expect(result.alreadyRunning).toBe(false);
    expect(result.pid).not.toBe(dead);
    expect(await countProbes()).toBe(1);
  });

  it('reports status, resets data only, and stops through the CLI', async () => {
    const status = await runCli(['db', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(
      new RegExp(`Bundled Neo4j "lifecycle-test" is running .*Reachable at bolt://127\\.0\\.0\\.1:${BOLT}`, 's'),
    );

    const unconfirmed = await runCli(['db', 'reset'], env);
    expect(unconfirmed.stdout).toContain('Nothing deleted.');
    expect(await countProbes()).toBe(1);

    const reset = await runCli(['db', 'reset', '--yes'], env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/Deleted \d+ nodes/);
    expect(await countProbes()).toBe(0);
    expect(readCredentials(layout.credentials)?.password).toBe(PASSWORD);

    const stop = await runCli(['db', 'stop'], env);
    expect(stop.stdout).toMatch(/Neo4j stopped in/);
    const after = await runCli(['db', 'status'], env);
    expect(after.code).toBe(3);
    expect(after.stdout).toContain('is not running');
  });

  it('exits 2 with the variable named when the configuration is invalid', async () => {
    const bad = await runCli(['db', 'status'], { ...env, ENTENTE_NEO4J_BOLT_PORT: 'seventy' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error [CONFIG_INVALID]');
    expect(bad.stderr).toContain('ENTENTE_NEO4J_BOLT_PORT="seventy"');
  });
});
