/**
 * The long-running part of the main job: the GraphQL server until Ctrl-C,
 * then a clean shutdown (the API, the driver, and the bundled Neo4j if this
 * process started it).
 */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { loadExplorerAssets } from '../api/explorer.js';
import { checkApiAddress, startApiServer } from '../api/server.js';
import type { WarmUp } from '../api/warm-up.js';
import { openConnection } from '../graph/driver.js';
import { stopServer } from '../server/lifecycle.js';
import { startNlp, stopNlp, waitForNlp } from '../nlp/lifecycle.js';
import { ensureDatabase, printUrls } from './ensure-database.js';
import { importDataFolder } from './import-data.js';
import { action, note, say } from './output.js';

interface MainJobOptions {
  importData: boolean;
}

export async function runMainJob(config: Config, options: MainJobOptions): Promise<void> {
  // A stale node_modules or a port in use is reported before Neo4j starts and data/ is imported, not a minute later.
  const explorer = loadExplorerAssets();
  await checkApiAddress(config);
  // Only extraction needs the parser: its models load in the background while the API comes up.
  const parserStart = config.nlp.external || !config.nlp.autostart ? undefined : startParserInBackground(config);
  let startedServer: boolean;
  let connection: ReturnType<typeof openConnection>;
  let api: Awaited<ReturnType<typeof startApiServer>>;
  try {
    ({ startedServer } = await ensureDatabase(config, { migrate: true }));
    if (options.importData) await importDataFolder(config);
    connection = openConnection(config);
    api = await startApiServer(config, connection, { explorer, warmUp: true });
  } catch (error) {
    // a host this job started would otherwise outlive it, holding 4-6 GB
    if (parserStart && (await parserStart)) await stopNlp(config);
    throw error;
  }
  if (api.warmUp) note(warmUpLine(api.warmUp));
  say(`GraphQL API:   ${api.url}  (the explorer in a browser; health at ${api.healthUrl})`);
  printUrls(config);
  say('Press Ctrl-C to stop.');
  await untilStopped();
  note('Shutting down…');
  await api.close();
  await connection.driver.close();
  if (parserStart && (await parserStart)) {
    const r = await stopNlp(config);
    note(
      r.wasRunning
        ? `CoreNLP host stopped in ${(r.millis / 1000).toFixed(1)} s.`
        : 'The CoreNLP host was already stopped.',
    );
  }
  if (startedServer) {
    const r = await stopServer(config);
    note(r.wasRunning ? `Neo4j stopped in ${(r.millis / 1000).toFixed(1)} s.` : 'Neo4j was already stopped.');
  } else if (!config.neo4j.external) {
    note('Neo4j was already running before this started, so it is left running (npx entente db stop).');
  }
}

function warmUpLine(w: WarmUp): string {
  const done = `Query plans warmed: ${w.queries} queries (docs/queries/ and the explorer's) run once in ${(w.millis / 1000).toFixed(1)} s${w.skipped > 0 ? ` (${w.skipped} left cold: the minute it may take was spent)` : ''}`;
  return w.failed.length === 0
    ? `${done}.`
    : `${done}; ${w.failed.length} answered with an error (the API is up, but check these): ${w.failed.join('; ')}`;
}

/** Resolves to whether this job started the host (once it listens, seconds after the JVM starts), so Ctrl-C can stop it. */
async function startParserInBackground(config: Config): Promise<boolean> {
  try {
    const r = await startNlp(config, note, { wait: false });
    if (r.alreadyRunning) {
      note(`The CoreNLP host is already running (pid ${r.pid}).`);
      return false;
    }
    waitForNlp(config, note).then(
      () => note(`The CoreNLP host is ready for extraction (pid ${r.pid}).`),
      (error: unknown) =>
        note(
          `The parser did not load its models, so extraction is unavailable (the API and import work without it): ${(error as Error).message}`,
        ),
    );
    return true;
  } catch (error) {
    note(
      `The parser did not start, so extraction is unavailable (the API and import work without it): ${(error as Error).message}`,
    );
    return false;
  }
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until a supervisor or a terminal says stop: SIGINT, SIGTERM or SIGHUP, or
 * the parent going away. `npm start` runs this under npm and a shell that
 * do not pass SIGTERM on (the shell dies, this process is orphaned), so a
 * changed parent pid counts as a stop too.
 */
function untilStopped(): Promise<void> {
  const parent = process.ppid;
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
      // A Ctrl-C under `npm start` arrives twice: from the terminal and forwarded by npm. With no handler left, the
      // second one killed this process mid-shutdown, leaving the CoreNLP host it started running (4-6 GB).
      for (const signal of STOP_SIGNALS) process.on(signal, repeated);
      clearInterval(watch);
      resolve();
    };
    let told = false;
    const repeated = (): void => {
      if (told) return;
      told = true;
      note('Already shutting down (a Ctrl-C under npm arrives twice); stopping what this started takes a few seconds.');
    };
    for (const signal of STOP_SIGNALS) process.on(signal, stop);
    const watch = setInterval(() => {
      if (process.ppid !== parent) stop();
    }, 250);
  });
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'start the GraphQL API (and the bundled Neo4j if needed) until Ctrl-C; `npm start` is this plus importing data/',
    )
    .option('--import', 'import data/articles first, as npm start does')
    .action(
      action(async (flags: { import?: boolean }) => {
        await runMainJob(loadConfig(), { importData: flags.import ?? false });
      }),
    );
}
