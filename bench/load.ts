/**
 * Load generation shared by the API benchmarks: a GraphQL query at N
 * concurrent clients (autocannon, open HTTP connections), and the very Cypher
 * calls a request made replayed through the driver with N closed-loop workers.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { cypher, paramsFor } from '../src/graph/cypher.js';
import { integerParams } from '../src/graph/values.js';
import type { Connection } from '../src/graph/driver.js';
import { readRecords } from '../src/graph/read.js';
import { decodeRows, type Decoder } from '../src/graph/row-decode.js';

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  failed: number;
  samples: number;
}
/**
 * A call as a request made it; with `row`, the replay decodes its records into the same typed rows. `after`: how many
 * of the request's calls had returned when it started (query-runner.ts); absent, the calls ran one after another.
 */
export type CypherCall = { name: string; params: Record<string, unknown>; row?: Decoder<unknown>; after?: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The middle value (the upper one of an even count), as the latency tables' p50: what the benches' "median" means. */
export function median(xs: number[]): number {
  return percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
}

export function stats(latencies: number[], seconds: number, failed = 0): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: latencies.length / seconds,
    failed,
    samples: latencies.length,
  };
}

/** The latencies of one measured window, and the requests it left out. */
interface Window {
  latencies: number[];
  failed: number;
}

export async function viaGraphQL(url: string, query: string, connections: number, seconds: number): Promise<Stats> {
  const w = await graphqlWindow(url, query, connections, seconds);
  return stats(w.latencies, seconds, w.failed);
}

async function graphqlWindow(url: string, query: string, connections: number, seconds: number): Promise<Window> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 60,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      },
      (err, res) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, time) => {
      if (status === 200) latencies.push(time);
    });
  });
  // Requests still in flight when the duration ends are counted as errors by autocannon; they are reported, not hidden.
  return { latencies, failed: result.non2xx + result.errors };
}

/**
 * The same Cypher calls, in the same order, through the driver as the API makes them (graph/read.ts: one auto-commit
 * read each), and side by side where the API ran them side by side (each starts once as many of the request's calls
 * have returned as had returned in the API); closed loop with `clients` workers. With
 * `sameWork`, each call also does what the API's QueryRunner does around it: the same transaction timeout and
 * metadata, and its records decoded into the same typed rows (a bare-driver client needs typed rows too).
 */
export async function viaDriver(
  connection: Connection,
  calls: CypherCall[],
  clients: number,
  seconds: number,
  sameWork?: { timeoutMs: number },
): Promise<Stats> {
  const w = await driverWindow(connection, calls, clients, seconds, sameWork);
  return stats(w.latencies, seconds, w.failed);
}

async function driverWindow(
  connection: Connection,
  calls: CypherCall[],
  clients: number,
  seconds: number,
  sameWork?: { timeoutMs: number },
): Promise<Window> {
  const latencies: number[] = [];
  let failed = 0;
  const prepared = calls.map((c) => ({
    text: cypher(c.name),
    params: paramsFor(c.name, integerParams(c.params)),
    decode: sameWork && c.row,
    options: sameWork && { timeoutMs: sameWork.timeoutMs, metadata: { app: 'entente-bench', query: c.name } },
    name: c.name,
    after: c.after,
  }));
  const one = async (c: (typeof prepared)[number]): Promise<void> => {
    const records = await readRecords(connection, c.text, c.params, c.options);
    if (c.decode) decodeRows(records, c.decode, c.name);
  };
  const inTurn = prepared.every((c, i) => (c.after ?? i) === i);
  const request = inTurn
    ? async () => {
        for (const c of prepared) await one(c);
      }
    : () => overlapping(prepared, one);
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await request();
          latencies.push(performance.now() - t0);
        } catch (error) {
          // A refused request (at 1M edges, 16 hub reads filled Neo4j's transaction memory) is counted
          // and reported beside the figures; one of them must not end the whole run.
          if (failed++ === 0) console.error(`  driver: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }),
  );
  return { latencies, failed };
}

export interface SideBySide {
  graphql: Stats;
  driver: Stats;
  /** CPU the API process spent in the GraphQL windows (from `apiCpuMs`), and the replay in its own, per request */
  apiCpuPerRequest: number;
  replayCpuPerRequest: number;
  /** the GraphQL half windows, ms since the epoch (bench:graphql --phases finds the API's requests by them) */
  graphqlWindows: { from: number; to: number }[];
  /** the peer's figures, when a peer was given, and the CPU its process spent per request */
  peer?: Stats;
  peerCpuPerRequest?: number;
}

/**
 * GraphQL and the driver replay of one query, measured in turn in half windows, GraphQL, driver, driver, GraphQL,
 * each side `seconds` in all: on a shared machine whose load moves within seconds (another engineer's test run
 * starting), a burst during one side's single window made the ratio, and the replay's row was always measured after
 * the API's. Half windows in that order give both sides the same share of the run's early and late moments. With a
 * peer (another GraphQL server answering the same question, bench/peer-serve.ts), its two halves go in the middle:
 * GraphQL, driver, peer, peer, driver, GraphQL, so the three sides still share the run's moments alike. A peer whose
 * answers differ from Entente's gets no ratio, so sharing moments with it buys nothing: its halves go last
 * (`peerLast`). Its unbounded reads (every full-text hit at 1M edges, 16 at once) outlived the idle wait and its
 * ending of them, and ran on through Entente's second halves.
 */
export async function sideBySide(options: {
  url: string;
  query: string;
  connection: Connection;
  calls: CypherCall[];
  clients: number;
  seconds: number;
  sameWork: { timeoutMs: number };
  /** the API process's CPU time so far, ms (api-process.ts) */
  apiCpuMs: () => number;
  peer?: { url: string; query: string; cpuMs: () => number };
  /** the peer's halves after Entente's four, not between them: for a peer whose answers differ */
  peerLast?: boolean;
}): Promise<SideBySide> {
  const { url, query, connection, calls, clients, seconds, sameWork, apiCpuMs, peer, peerLast = false } = options;
  const half = seconds / 2;
  const g: Window = { latencies: [], failed: 0 };
  const d: Window = { latencies: [], failed: 0 };
  let apiCpu = 0;
  let replayCpu = 0;
  const graphqlWindows: { from: number; to: number }[] = [];
  const epochMs = (): number => performance.timeOrigin + performance.now();
  // Each half waits for Neo4j to be idle after it (untilIdle), so that requests a side dropped at its window's end do
  // not run on into the other's; the API's CPU counts until then, as it still answers them.
  const serverHalf = async (
    server: { url: string; query: string; cpuMs: () => number },
    into: Window,
    windows?: { from: number; to: number }[],
  ): Promise<number> => {
    const cpu0 = server.cpuMs();
    const from = epochMs();
    const w = await graphqlWindow(server.url, server.query, clients, half);
    windows?.push({ from, to: epochMs() });
    await untilIdle(connection);
    into.latencies.push(...w.latencies);
    into.failed += w.failed;
    return server.cpuMs() - cpu0;
  };
  const graphqlHalf = async (): Promise<void> => {
    apiCpu += await serverHalf({ url, query, cpuMs: apiCpuMs }, g, graphqlWindows);
  };
  const p: Window = { latencies: [], failed: 0 };
  let peerCpu = 0;
  const driverHalf = async (): Promise<void> => {
    const cpu0 = process.cpuUsage();
    const w = await driverWindow(connection, calls, clients, half, sameWork);
    const cpu = process.cpuUsage(cpu0);
    await untilIdle(connection);
    replayCpu += (cpu.user + cpu.system) / 1000;
    d.latencies.push(...w.latencies);
    d.failed += w.failed;
  };
  const peerHalves = async (): Promise<void> => {
    if (peer === undefined) return;
    peerCpu += await serverHalf(peer, p);
    peerCpu += await serverHalf(peer, p);
  };
  await graphqlHalf();
  await driverHalf();
  if (!peerLast) await peerHalves();
  await driverHalf();
  await graphqlHalf();
  if (peerLast) await peerHalves();
  return {
    graphql: stats(g.latencies, seconds, g.failed),
    driver: stats(d.latencies, seconds, d.failed),
    apiCpuPerRequest: apiCpu / g.latencies.length,
    replayCpuPerRequest: replayCpu / d.latencies.length,
    graphqlWindows,
    ...(peer && { peer: stats(p.latencies, seconds, p.failed), peerCpuPerRequest: peerCpu / p.latencies.length }),
  };
}

/**
 * Both sides run the query for `seconds` at 1 client before it is measured, unrecorded. The API is a process started
 * for the run, and a query's first requests run code V8 has not optimised yet (its resolvers, row decoders and
 * graphql-js paths): in a query's first 3 s the API spent up to a third more CPU a request than in the next 3 s, and
 * the first query measured (relations of a hub) ran at 1.8x the replay, then 1.1x (docs/benchmarks.md). A server
 * answers analysts for hours, so warm figures describe it; the replay gets the same warm-up.
 */
export async function warmUp(
  url: string,
  query: string,
  connection: Connection,
  calls: CypherCall[],
  seconds: number,
  sameWork: { timeoutMs: number },
  /** a peer server measured beside them (bench:scale): a process started for the run too, so it is warmed alike */
  peer?: { url: string; query: string },
): Promise<void> {
  if (seconds <= 0) return;
  await viaGraphQL(url, query, 1, seconds);
  await untilIdle(connection);
  await viaDriver(connection, calls, 1, seconds, sameWork);
  await untilIdle(connection);
  if (peer === undefined) return;
  await viaGraphQL(peer.url, peer.query, 1, seconds);
  await untilIdle(connection);
}

/** Starts each call once `after` of the calls started before it have returned, as the API did; fails as the first failure. */
async function overlapping<C extends { after?: number }>(calls: C[], one: (c: C) => Promise<void>): Promise<void> {
  let returned = 0;
  let failure: { error: unknown } | undefined;
  let wake = (): void => {};
  const running: Promise<void>[] = [];
  for (const [i, c] of calls.entries()) {
    while (returned < (c.after ?? i) && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) break;
    running.push(
      one(c)
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => {
          returned += 1;
          wake();
        }),
    );
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure.error;
}

/**
 * Waits until Neo4j runs no transaction but this check's own: when a measurement's window closes, the requests still
 * in flight are dropped by the load generator but not by the server, and their queries would otherwise run on into
 * the next measurement (a peer's 16 slow claim queries once tripled the driver replay's p50 that followed). Gives up
 * after `maxMs` and says so.
 */
export async function untilIdle(connection: Connection, graceMs = 20_000, maxMs = 120_000): Promise<void> {
  const name = 'bench/transactions-running';
  const text = cypher(name);
  const start = performance.now();
  let terminated = false;
  for (;;) {
    let running: string[] | 'busy';
    try {
      const [record] = await readRecords(connection, text, {}, { timeoutMs: 10_000, metadata: { query: name } });
      const ids: unknown = record?.get('ids');
      running = Array.isArray(ids) ? ids.map(String) : [];
    } catch (error) {
      // A server this busy can refuse the check itself (16 slow queries can fill the transaction memory pool at 1M
      // edges) or not answer it within its timeout: that is a busy server, not a failed benchmark.
      if (!(error instanceof neo4j.Neo4jError && (error.retryable || error.code.includes('TransactionTimedOut')))) {
        throw error;
      }
      running = 'busy';
    }
    if (running !== 'busy' && running.length === 0) return;
    const waited = performance.now() - start;
    // What is still running after the grace period is a closed window's own work (the peer's 16 full-text reads of
    // every hit at 1M ran for minutes): its requests are already counted as unfinished, and left alone they would
    // run into the next side's window or outlast the wait.
    if (waited > graceMs && !terminated && running !== 'busy')
      terminated = await terminate(connection, running, graceMs);
    if (waited > maxMs) {
      const count = running === 'busy' ? 'some' : running.length;
      console.error(`  still ${count} transactions running after ${maxMs / 1000} s; measuring on`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ends the transactions; false when the server did not manage it in time (a saturated 1M server once), to try again. */
async function terminate(connection: Connection, ids: string[], graceMs: number): Promise<boolean> {
  const name = 'bench/transactions-terminate';
  try {
    const ended = await readRecords(
      connection,
      cypher(name),
      { ids },
      { timeoutMs: 30_000, metadata: { query: name } },
    );
    console.error(`  ended ${ended.length} transactions a closed window left running for over ${graceMs / 1000} s`);
    return true;
  } catch (error) {
    if (!(error instanceof neo4j.Neo4jError)) throw error;
    console.error(`  could not end the transactions a closed window left running (${error.code}); trying again`);
    return false;
  }
}

/** What a row's figures leave out: GraphQL requests still in flight at the end, driver requests refused. */
export function leftOut(graphql: Stats, driver: Stats): string {
  return (
    (graphql.failed > 0 ? `, ${graphql.failed} unfinished at the end` : '') +
    (driver.failed > 0 ? `, ${driver.failed} driver requests failed` : '')
  );
}

/** Posts one query and fails loudly on GraphQL errors, so a benchmark never times error responses. */
export async function probe(url: string, query: string, label: string): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown; data?: unknown };
  if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
  return body.data;
}
