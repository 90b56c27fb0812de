/**
 * GraphQL latency and throughput on a synthetic graph (bench/synthetic.ts, 10,000 articles by default, imported
 * once into the bench instance and reused while its marker matches: bench/synthetic-graph.ts), for the analysts'
 * queries of bench:scale at 1 and 16 concurrent clients (autocannon), next to a baseline measured in the same run:
 * the very Cypher calls each GraphQL request made, replayed through the driver directly (the two measured in
 * alternating half windows, GraphQL, driver, driver, GraphQL, after the same warm-up: load.ts).
 *
 * The API runs as its own process, compiled, as `npm start` runs it (bench/api-process.ts): its latency is not
 * shared with autocannon's event loop, and its RSS is sampled on its own (peak per query at 16 clients, and over
 * the run). The Cypher calls each query makes are read once from an in-process API's round-trip report.
 * Usage: npm run build && npm run bench:graphql [-- --duration 10] [--warm-up 2] [--only 'timeline,3-hop, rare'] [--articles 2000]
 *   [--cpu-prof DIR] [--phases]
 *   --warm-up S: before each query is measured, the API and the replay each run it for S seconds at 1 client, unrecorded
 *   --cpu-prof DIR: the API process writes a V8 CPU profile into DIR when the run ends (open it in Chrome DevTools)
 *   --phases: the API process records each request's wall-clock phases and its garbage collections
 *   (bench/api-phases.mjs); printed after the run for the 1-client rows, beside the replay's p50
 */
import type { Connection } from '../src/graph/driver.js';
import { cypherCallsOf, startApiProcess } from './api-process.js';
import { phaseRecorderArgs, printPhases, type PhaseRow } from './api-phases.js';
import { benchConfig, benchConnection, useScaleBenchDefaults } from './bench-db.js';
import { leftOut, probe, sideBySide, warmUp, type CypherCall } from './load.js';
import { benchActors, scaleQueries, type BenchActors } from './scale-queries.js';
import { ensureSyntheticGraph } from './synthetic-graph.js';
import { arg, helpIfAsked, onlyAskedFor } from './help.js';

helpIfAsked(import.meta.url);

const ARTICLES = Number(arg('articles') ?? 10_000);
const DURATION = Number(arg('duration') ?? 10);
const WARM_UP = Number(arg('warm-up') ?? 2);
/** comma-separated name prefixes, e.g. --only '3-hop, rare,4-hop' */
const only = onlyAskedFor();
const CPU_PROF = arg('cpu-prof');
const PHASES = process.argv.includes('--phases');
// A first plan on a busy machine takes seconds: the API's deadline must not answer it 503 (measurements are not limits).
useScaleBenchDefaults();

const { connection, release } = await benchConnection();
try {
  await ensureSyntheticGraph(connection, ARTICLES);
  await measure(connection, await benchActors(connection));
} finally {
  await release();
}

/** How many round trips follow one another when some of the calls go out together, e.g. ", 2 in turn" for 3 calls. */
function inTurn(calls: CypherCall[]): string {
  const steps = new Set(calls.map((c, i) => c.after ?? i)).size;
  return steps < calls.length ? `, ${steps} in turn` : '';
}

async function measure(connection: Connection, actors: BenchActors): Promise<void> {
  const queries = scaleQueries(actors).filter((x) => only(x.name));

  const config = benchConfig();
  const calls = await cypherCallsOf(config, connection, queries);

  const api = await startApiProcess(config, [
    ...(CPU_PROF === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`]),
    ...(PHASES ? phaseRecorderArgs() : []),
  ]);
  const phaseRows: PhaseRow[] = [];
  try {
    console.log(
      `graphql benchmark: ${ARTICLES} synthetic articles, ${DURATION} s per measurement after ${WARM_UP} s of warm-up on each side; latencies in ms; ratio = GraphQL p50 / driver p50; API process pid ${api.pid}, RSS at start ${api.rssMb().toFixed(0)} MB`,
    );
    console.log(
      'query                    clients |   GraphQL p50    p95    p99   req/s |  driver p50    p95    p99   req/s | ratio p50  (Cypher calls, in turn) | CPU ms/req API, replay | API RSS peak MB',
    );
    const overall = api.sampleRss();
    for (const q of queries) {
      const made = calls.get(q.name)!;
      await probe(api.url, q.query, q.name);
      await warmUp(api.url, q.query, connection, made, WARM_UP, { timeoutMs: config.api.queryTimeoutMs });
      for (const clients of [1, 16]) {
        const rss = api.sampleRss();
        const {
          graphql: g,
          driver: d,
          apiCpuPerRequest: cpuPerRequest,
          replayCpuPerRequest: driverCpuPerRequest,
          graphqlWindows,
        } = await sideBySide({
          url: api.url,
          query: q.query,
          connection,
          calls: made,
          clients,
          seconds: DURATION,
          sameWork: { timeoutMs: config.api.queryTimeoutMs },
          apiCpuMs: () => api.cpuMs(),
        });
        const peak = rss.stop();
        phaseRows.push({ name: q.name, clients, windows: graphqlWindows, driverP50: d.p50 });
        const f = (x: number) => x.toFixed(1).padStart(6);
        const unfinished = leftOut(g, d);
        console.log(
          `${q.name.padEnd(24)} ${String(clients).padStart(7)} | ${f(g.p50)} ${f(g.p95)} ${f(g.p99)} ${g.rps.toFixed(0).padStart(7)} | ${f(d.p50)} ${f(d.p95)} ${f(d.p99)} ${d.rps.toFixed(0).padStart(7)} | ${(g.p50 / d.p50).toFixed(2).padStart(9)}  (${made.length}${inTurn(made)}${unfinished}) | ${cpuPerRequest.toFixed(2).padStart(15)} ${driverCpuPerRequest.toFixed(2).padStart(6)} | ${peak.toFixed(0).padStart(6)}`,
        );
      }
    }
    console.log(
      `API process RSS: peak ${overall.stop().toFixed(0)} MB over the run, ${api.rssMb().toFixed(0)} MB at the end`,
    );
  } finally {
    await api.close();
  }
  if (PHASES) printPhases(api.pid, phaseRows);
}
