/**
 * start / stop / status of the bundled CoreNLP host. The host writes its
 * state file (port, pid, token; mode 600) once it listens, then loads the
 * models in the background; ready means /health says so.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { withoutSecrets, type Config } from '../config.js';
import { EntenteError, ServerStartError } from '../errors.js';
import { assertPortFree, isLiveProcessOf, logTail, sleep } from '../server/local-process.js';
import { readHostState } from './client.js';
import { HOST_MAIN_CLASS, nlpLayout, type NlpLayout } from './layout.js';
import { provisionNlp, type Log } from './provision.js';

export interface NlpHealth {
  status: 'loading' | 'ready' | 'failed';
  inFlight: number;
  /** the host's process and the texts it annotated since start (absent from hosts built before they were added) */
  pid?: number;
  served?: number;
  /** -1 while loading */
  loadMillis: number;
  error: string;
}

interface NlpStatus {
  running: boolean;
  pid?: number;
  port?: number;
  /** a state file whose process is gone (a crash or a killed machine) */
  stalePid?: number;
  /** what the running host's /health says; undefined when it did not answer */
  health?: NlpHealth;
}

export async function nlpStatus(config: Config): Promise<NlpStatus> {
  const state = readHostState(config.nlp.stateFile);
  if (!state) return { running: false };
  if (!isHostProcess(state.pid)) return { running: false, stalePid: state.pid };
  const health = await fetchHealth(state.port);
  return { running: true, pid: state.pid, port: state.port, ...(health ? { health } : {}) };
}

interface NlpStartResult {
  alreadyRunning: boolean;
  pid: number;
  port: number;
  /** from start to models loaded; 0 when not waited for or already running */
  millisToReady: number;
}

/**
 * Provisions and starts the host unless it runs. With wait, returns once the
 * models are loaded (logging progress); without, once it listens, so that a
 * caller such as the API can come up while the models load.
 */
export async function startNlp(config: Config, log: Log, options: { wait: boolean }): Promise<NlpStartResult> {
  const classpath = await provisionNlp(config, log);
  const layout = nlpLayout(config);
  const status = await nlpStatus(config);
  if (status.running && status.pid !== undefined && status.port !== undefined) {
    if (options.wait && status.health?.status !== 'ready')
      await waitForReady(config, layout, status.pid, status.port, log, Date.now());
    return { alreadyRunning: true, pid: status.pid, port: status.port, millisToReady: 0 };
  }
  if (status.stalePid !== undefined)
    log(`Removing a stale state file (process ${status.stalePid} is gone; the last run did not shut down cleanly).`);
  fs.rmSync(layout.stateFile, { force: true });
  await assertPortFree(config.nlp.port, 'CoreNLP host', 'ENTENTE_NLP_PORT');

  fs.mkdirSync(layout.runDir, { recursive: true });
  const logFd = fs.openSync(layout.logFile, 'a', 0o600);
  const started = Date.now();
  log(
    `Starting the CoreNLP host "${config.nlp.instance}" on 127.0.0.1:${config.nlp.port} (heap ${config.nlp.heap}; log ${layout.logFile})…`,
  );
  // No secret on this command line or in the child's environment: the host makes its own token and writes it to the state file.
  const child = spawn(
    config.bundled.java,
    // An OutOfMemoryError can kill the HTTP thread and leave a live process that never answers: exit instead.
    [
      `-Xmx${config.nlp.heap}`,
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      classpath,
      HOST_MAIN_CLASS,
      '--port',
      String(config.nlp.port),
      '--state',
      layout.stateFile,
      '--max-chars',
      String(config.nlp.maxChars),
    ],
    { env: withoutSecrets(), cwd: layout.runDir, detached: true, stdio: ['ignore', logFd, logFd] },
  );
  fs.closeSync(logFd);
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  child.on('error', () => (exited = -1));
  child.unref();

  const pid = child.pid;
  if (pid === undefined)
    throw new ServerStartError(
      `Could not run ${config.bundled.java} for the CoreNLP host; set ENTENTE_JAVA.\n${logTail(layout.logFile)}`,
    );
  const port = await waitForState(layout, pid, () => exited, started);
  if (options.wait) await waitForReady(config, layout, pid, port, log, started);
  return { alreadyRunning: false, pid, port, millisToReady: options.wait ? Date.now() - started : 0 };
}

/** The host writes its state file once its socket is bound, a second or two after the JVM starts. */
async function waitForState(
  layout: NlpLayout,
  pid: number,
  exitCode: () => number | null | undefined,
  started: number,
): Promise<number> {
  for (;;) {
    const state = readHostState(layout.stateFile);
    if (state && state.pid === pid) return state.port;
    if (exitCode() !== undefined || !isHostProcess(pid))
      throw new ServerStartError(
        `The CoreNLP host exited during start-up (exit ${exitCode() ?? 'unknown'}).\n${logTail(layout.logFile)}`,
      );
    if (Date.now() - started > 60_000)
      throw new ServerStartError(
        `The CoreNLP host (pid ${pid}) did not open its port within 60 s.\n${logTail(layout.logFile)}`,
      );
    await sleep(200);
  }
}

async function waitForReady(
  config: Config,
  layout: NlpLayout,
  pid: number,
  port: number,
  log: Log,
  started: number,
): Promise<void> {
  let lastLine = Date.now();
  for (;;) {
    const health = await fetchHealth(port);
    if (health?.status === 'ready') {
      log(`  CoreNLP models loaded (${((Date.now() - started) / 1000).toFixed(0)} s).`);
      return;
    }
    if (health?.status === 'failed')
      throw new ServerStartError(
        `The CoreNLP host could not load its models: ${health.error}. A heap too small for the coreference models shows as OutOfMemoryError: raise ENTENTE_NLP_HEAP.\n${logTail(layout.logFile)}`,
      );
    if (!isHostProcess(pid))
      throw new ServerStartError(
        `The CoreNLP host exited while loading its models${/OutOfMemoryError/.test(logTail(layout.logFile)) ? `: the heap (${config.nlp.heap}) is too small for them; raise ENTENTE_NLP_HEAP (4g or more)` : ''}.\n${logTail(layout.logFile)}`,
      );
    const waited = Date.now() - started;
    if (waited > config.nlp.startTimeoutMs) {
      throw new ServerStartError(
        `The CoreNLP host did not load its models within ${config.nlp.startTimeoutMs / 1000} s (raise ENTENTE_NLP_START_TIMEOUT_MS on a busy machine). It is still running as pid ${pid}; stop it with \`npx entente nlp stop\`.\n${logTail(layout.logFile)}`,
      );
    }
    if (Date.now() - lastLine >= 10_000) {
      log(`  loading models… ${Math.round(waited / 1000)} s`);
      lastLine = Date.now();
    }
    await sleep(500);
  }
}

/** Waits for a host that is already starting (another process started it) to be ready. */
export async function waitForNlp(config: Config, log: Log): Promise<void> {
  const status = await nlpStatus(config);
  if (!status.running || status.pid === undefined || status.port === undefined)
    throw new ServerStartError(
      `The CoreNLP host "${config.nlp.instance}" is not running; start it with \`npx entente nlp start\`.`,
    );
  await waitForReady(config, nlpLayout(config), status.pid, status.port, log, Date.now());
}

interface NlpStopResult {
  wasRunning: boolean;
  millis: number;
}

/** Asks the host to exit (/shutdown with its token), then SIGTERM if it has not gone within a few seconds. */
export async function stopNlp(config: Config, timeoutMs = 30_000): Promise<NlpStopResult> {
  const layout = nlpLayout(config);
  const state = readHostState(layout.stateFile);
  if (!state || !isHostProcess(state.pid)) {
    fs.rmSync(layout.stateFile, { force: true });
    return { wasRunning: false, millis: 0 };
  }
  const started = Date.now();
  try {
    await fetch(`http://127.0.0.1:${state.port}/shutdown`, {
      method: 'POST',
      headers: { 'x-entente-token': state.token },
      signal: AbortSignal.timeout(3000),
    });
  } catch {
    // not answering: the signal below does it
  }
  let signalled = false;
  while (isHostProcess(state.pid)) {
    const waited = Date.now() - started;
    if (!signalled && waited > 5_000) {
      process.kill(state.pid, 'SIGTERM');
      signalled = true;
    }
    if (waited > timeoutMs)
      throw new EntenteError(
        'SERVER_START_FAILED',
        `The CoreNLP host (pid ${state.pid}) did not stop within ${timeoutMs / 1000} s; see ${layout.logFile}. As a last resort: kill -9 ${state.pid}.`,
      );
    await sleep(100);
  }
  fs.rmSync(layout.stateFile, { force: true });
  return { wasRunning: true, millis: Date.now() - started };
}

export async function fetchHealth(where: number | string): Promise<NlpHealth | undefined> {
  try {
    const response = await fetch(`${typeof where === 'number' ? `http://127.0.0.1:${where}` : where}/health`, {
      signal: AbortSignal.timeout(2000),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as Partial<NlpHealth>;
    return body.status === 'loading' || body.status === 'ready' || body.status === 'failed'
      ? {
          status: body.status,
          inFlight: Number(body.inFlight ?? 0),
          ...(typeof body.pid === 'number' ? { pid: body.pid } : {}),
          ...(typeof body.served === 'number' ? { served: body.served } : {}),
          loadMillis: Number(body.loadMillis ?? -1),
          error: String(body.error ?? ''),
        }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Our CoreNLP host, alive, behind this pid. */
export function isHostProcess(pid: number): boolean {
  return isLiveProcessOf(pid, HOST_MAIN_CLASS);
}
