/**
 * start / stop / status of a bundled instance. Neo4j's own bootloader forks
 * the server and writes run/neo4j.pid; readiness means Bolt answered a query.
 */
import fs from 'node:fs';
import type { Config } from '../config.js';
import { EntenteError, ServerStartError } from '../errors.js';
import { BoltProbe } from './bolt-probe.js';
import { NEO4J_COMMAND, runNeo4jTool } from './java.js';
import { instanceLayout, type InstanceLayout } from './layout.js';
import { assertPortFree, isLiveProcessOf, logTail, sleep } from './local-process.js';
import { provision, type Log } from './provision.js';

interface ServerStatus {
  running: boolean;
  pid?: number;
  /** a pid file whose process is gone (a crash or a killed machine) */
  stalePid?: number;
}

export function serverStatus(config: Config): ServerStatus {
  const layout = instanceLayout(config);
  const pid = readPid(layout);
  if (pid === undefined) return { running: false };
  return isNeo4jProcess(pid) ? { running: true, pid } : { running: false, stalePid: pid };
}

interface StartResult {
  alreadyRunning: boolean;
  pid: number;
  millisToFirstQuery: number;
}

export async function startServer(config: Config, log: Log): Promise<StartResult> {
  const credentials = await provision(config, log);
  const layout = instanceLayout(config);
  const status = serverStatus(config);
  if (status.running && status.pid !== undefined)
    return { alreadyRunning: true, pid: status.pid, millisToFirstQuery: 0 };
  if (status.stalePid !== undefined) {
    log(`Removing a stale pid file (process ${status.stalePid} is gone; the last run did not shut down cleanly).`);
    fs.rmSync(layout.pidFile, { force: true });
  }
  await assertPortFree(config.bundled.boltPort, 'Neo4j', 'ENTENTE_NEO4J_BOLT_PORT');
  await assertPortFree(config.bundled.httpPort, 'Neo4j', 'ENTENTE_NEO4J_HTTP_PORT');

  const started = Date.now();
  log(`Starting Neo4j (instance "${config.bundled.instance}")…`);
  const run = await runNeo4jTool(config.bundled.java, layout, NEO4J_COMMAND, ['start', '--verbose']);
  const pid = readPid(layout);
  if (run.code !== 0 || pid === undefined) {
    throw new ServerStartError(
      `Neo4j did not start (exit ${run.code}):\n${run.output.trim()}\n${logTail(layout.neo4jLog)}`,
    );
  }
  await waitForBolt(config, credentials.password, pid, layout);
  return { alreadyRunning: false, pid, millisToFirstQuery: Date.now() - started };
}

async function waitForBolt(config: Config, password: string, pid: number, layout: InstanceLayout): Promise<void> {
  const deadline = Date.now() + config.bundled.startTimeoutMs;
  const probe = new BoltProbe(config, password);
  try {
    for (;;) {
      try {
        await probe.answer();
        return;
      } catch (error) {
        if (error instanceof EntenteError && error.code === 'NEO4J_AUTH_FAILED') throw error;
        if (!isNeo4jProcess(pid))
          throw new ServerStartError(`Neo4j exited during start-up.\n${logTail(layout.neo4jLog)}`);
        if (Date.now() > deadline) {
          throw new ServerStartError(
            `Neo4j did not answer on Bolt within ${config.bundled.startTimeoutMs / 1000} s (raise ENTENTE_NEO4J_START_TIMEOUT_MS on a slow machine). It is still running as pid ${pid}; stop it with \`npx entente db stop\`.\n${logTail(layout.neo4jLog)}`,
          );
        }
        await sleep(500);
      }
    }
  } finally {
    await probe.close();
  }
}

interface StopResult {
  wasRunning: boolean;
  millis: number;
}

/** SIGTERM lets Neo4j checkpoint and close the store; we wait for the process to be gone. */
export async function stopServer(config: Config, timeoutMs = 120_000): Promise<StopResult> {
  const layout = instanceLayout(config);
  const status = serverStatus(config);
  if (!status.running || status.pid === undefined) {
    if (status.stalePid !== undefined) fs.rmSync(layout.pidFile, { force: true });
    return { wasRunning: false, millis: 0 };
  }
  const started = Date.now();
  process.kill(status.pid, 'SIGTERM');
  while (isNeo4jProcess(status.pid)) {
    if (Date.now() - started > timeoutMs) {
      throw new EntenteError(
        'SERVER_START_FAILED',
        `Neo4j (pid ${status.pid}) did not stop within ${timeoutMs / 1000} s; see ${layout.neo4jLog}. As a last resort: kill -9 ${status.pid}.`,
      );
    }
    await sleep(200);
  }
  fs.rmSync(layout.pidFile, { force: true });
  return { wasRunning: true, millis: Date.now() - started };
}

function readPid(layout: InstanceLayout): number | undefined {
  if (!fs.existsSync(layout.pidFile)) return undefined;
  const pid = Number(fs.readFileSync(layout.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isNeo4jProcess(pid: number): boolean {
  return isLiveProcessOf(pid, 'org.neo4j');
}
