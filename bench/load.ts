/**
 * Load generation shared by the API benchmarks: a GraphQL query at N
 * concurrent clients (autocannon, open HTTP connections), and the very Cypher
 * calls a request made replayed through the driver with N closed-loop workers.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { cypher } from '../src/graph/cypher.js';
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

export async function viaGraphQL(url: string, query: string, connections: number, seconds: number): Promise<Stats> {
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
  return stats(latencies, seconds, result.non2xx + result.errors);
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
  const latencies: number[] = [];
  let failed = 0;
  const prepared = calls.map((c) => ({
    text: cypher(c.name),
    params: Object.fromEntries(
      Object.entries(c.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
    ),
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
  return stats(latencies, seconds, failed);
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
export async function untilIdle(connection: Connection, maxMs = 120_000): Promise<void> {
  const name = 'bench/transactions-running';
  const text = cypher(name);
  const end = performance.now() + maxMs;
  for (;;) {
    const [record] = await readRecords(connection, text, {}, { timeoutMs: 10_000, metadata: { query: name } });
    const running = Number(record?.get('running') ?? 0);
    if (running === 0) return;
    if (performance.now() > end) {
      console.error(`  still ${running} transactions running after ${maxMs / 1000} s; measuring on`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
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
