/**
 * GraphQL latency and throughput on a synthetic graph of 10,000 articles
 * (bench/synthetic.ts, imported once into the bench instance and reused), for
 * five representative queries at 1 and 16 concurrent clients (autocannon),
 * next to a baseline measured in the same run: the very Cypher calls each
 * GraphQL request made, replayed through the driver directly.
 * Usage: npm run bench:graphql [-- --duration 10] [--only timeline]
 */
import { performance } from 'node:perf_hooks';
import type { Connection } from '../src/graph/driver.js';
import { startApiServer } from '../src/api/server.js';
import { ActorIndex } from '../src/ingest/gazetteer.js';
import { importArticles } from '../src/ingest/importer.js';
import { benchConfig, benchConnection, freshGraph } from './bench-db.js';
import { leftOut, probe, viaDriver, viaGraphQL } from './load.js';
import { actorPool, syntheticSources } from './synthetic.js';

const ARTICLES = 10_000;
const durationArg = process.argv.indexOf('--duration');
const DURATION = durationArg > 0 ? Number(process.argv[durationArg + 1]) : 10;
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;

const pool = actorPool(3000);
const hub = pool[0]!.id;
const second = pool[1]!.id;
const rare = pool[2500]!.id;

const QUERIES: { name: string; query: string }[] = [
  {
    name: 'actor + relations',
    query: `{ actor(id: "${hub}") { name relations(first: 20) { type counterpart { name } date modality assertedBy { name } } } }`,
  },
  {
    name: 'timeline',
    query: `{ relationTimeline(a: "${hub}", b: "${second}") { score trend entries { runningScore relation { type date modality } } } }`,
  },
  {
    name: '3-hop neighbours',
    query: `{ actor(id: "${rare}") { neighbors(depth: 3, first: 50) { distance actor { name } } } }`,
  },
  {
    name: 'path',
    query: `{ path(from: "${rare}", to: "${pool[2000]!.id}", maxHops: 4) { length hops { kind from { name } to { name } } } }`,
  },
  {
    name: 'full-text search',
    query:
      '{ search(text: "discussed matter", first: 20) { totalCount nodes { score hit { ... on Statement { text speaker { name } } } } } }',
  },
];

async function ensureGraph(connection: Connection): Promise<void> {
  const { records } = await connection.driver.executeQuery(
    "MATCH (a:Article) WHERE a.id STARTS WITH 'synthetic-article-' RETURN count(a) AS n",
    {},
    { database: connection.database },
  );
  if (Number(records[0]?.get('n')) === ARTICLES) return;
  console.log(`importing ${ARTICLES} synthetic articles into the bench instance (once)…`);
  await freshGraph(connection);
  const gazetteer = new ActorIndex(pool);
  const t0 = performance.now();
  const summary = await importArticles(connection, gazetteer, syntheticSources(ARTICLES, pool, gazetteer));
  console.log(`  imported ${summary.counts.created} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

const { connection, release } = await benchConnection();
await ensureGraph(connection);
let lastCalls: { name: string; params: Record<string, unknown> }[] = [];
const api = await startApiServer(benchConfig(), connection, { port: 0, onRequestDone: (s) => (lastCalls = s.queries) });
try {
  console.log(
    `graphql benchmark: ${ARTICLES} synthetic articles, ${DURATION} s per measurement; latencies in ms; ratio = GraphQL p50 / driver p50`,
  );
  console.log(
    'query               clients |   GraphQL p50    p95    p99   req/s |  driver p50    p95    p99   req/s | ratio p50  (Cypher calls)',
  );
  for (const q of QUERIES.filter((x) => ONLY === undefined || x.name.startsWith(ONLY))) {
    await probe(api.url, q.query, q.name);
    const calls = lastCalls;
    for (const clients of [1, 16]) {
      const g = await viaGraphQL(api.url, q.query, clients, DURATION);
      const d = await viaDriver(connection, calls, clients, DURATION);
      const f = (x: number) => x.toFixed(1).padStart(6);
      const unfinished = leftOut(g, d);
      console.log(
        `${q.name.padEnd(19)} ${String(clients).padStart(7)} | ${f(g.p50)} ${f(g.p95)} ${f(g.p99)} ${g.rps.toFixed(0).padStart(7)} | ${f(d.p50)} ${f(d.p95)} ${f(d.p99)} ${d.rps.toFixed(0).padStart(7)} | ${(g.p50 / d.p50).toFixed(2).padStart(9)}  (${calls.length}${unfinished})`,
      );
    }
  }
} finally {
  await api.close();
  await release();
}
