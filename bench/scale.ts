/**
 * Scale: the analysts' queries on graphs of about 100k and about 1M relation
 * edges, each built once through the real importer into its own bench
 * instance (bench-scale-<size>, ports 7690/7477, one at a time) and reused
 * while its marker matches. For each size and query: p50/p95/p99 and
 * requests/s at 1 and 16 clients through GraphQL, next to the same Cypher
 * calls replayed through the bare driver (the two measured in alternating half
 * windows, both warmed alike first: load.ts); then the growth ratio between the
 * smallest and the largest size. The API runs as its own process, compiled, as `npm start` runs it
 * (bench/api-process.ts, as in bench:graphql): its latency does not share an event loop with autocannon and the
 * replay, and its RSS is its own. The Cypher calls each query makes are read from an in-process API's round-trip
 * report. The peer (@neo4j/graphql, bench/peer.ts) runs as a process of its own too, started the same way
 * (bench/peer-serve.ts): for each query both can say, the two sides' answers are compared first (a ratio is reported
 * only where they agree), and the peer is timed in half windows between Entente's. Run `npm run build` first.
 * Usage: npm run bench:scale [-- --sizes 25k,100k] [--duration 5] [--warm-up 2] [--only 3-hop,claims] [--build-only]
 *   [--resume] [--batch 200] [--save FILE] [--against FILE]
 *   (--warm-up S: before each query is measured, the API and the replay each run it for S seconds at 1 client,
 *   unrecorded; 0 measures from the API process's first requests, as the runs before this option did)
 *   (--save writes each size's rows as JSON; --against reads such a file from an earlier run and prints the growth
 *   from its smallest size to this run's largest, for sizes that need different server settings, e.g. 1M's heap)
 *   (sizes are relation edges; --sizes 100k,1m builds the million-edge graph, which
 *   takes hours on a busy 2-core machine)
 */
import fs from 'node:fs';
import { cypher } from '../src/graph/cypher.js';
import type { Connection } from '../src/graph/driver.js';
import { serverStatus } from '../src/server/lifecycle.js';
import { benchConfig, benchConnection, useScaleBenchDefaults } from './bench-db.js';
import { cypherCallsOf, startApiProcess, startPeerProcess } from './api-process.js';
import { leftOut, probe, sideBySide, warmUp, type Stats } from './load.js';
import { EDGES_PER_ARTICLE, ensureSyntheticGraph, type Build } from './synthetic-graph.js';
import {
  benchActors,
  peerQueries,
  scaleQueries,
  type Answer,
  type BenchActors,
  type PeerQuery,
} from './scale-queries.js';
import { arg, helpIfAsked, onlyAskedFor } from './help.js';

helpIfAsked(import.meta.url);

const SIZE_SUFFIX: Record<string, number> = { k: 1e3, m: 1e6 };
const parseSize = (s: string): number =>
  Math.round(Number(s.replace(/[km]$/i, '')) * (SIZE_SUFFIX[s.slice(-1).toLowerCase()] ?? 1));
const SIZES = (arg('sizes') ?? '25k,100k').split(',').map((s) => ({ label: s.toLowerCase(), edges: parseSize(s) }));
const DURATION = Number(arg('duration') ?? 5);
const WARM_UP = Number(arg('warm-up') ?? 2);
const only = onlyAskedFor();
/** Build (or check) the graphs and measure nothing: a long build can run while another size is measured. */
const BUILD_ONLY = process.argv.includes('--build-only');
/** Keep what a stopped build imported: the importer skips articles already there (same plan hash) and writes the rest. */
const RESUME = process.argv.includes('--resume');
/**
 * Articles per import transaction while building. Each batch re-reads the propositions of every pair of actors it
 * touches, and the hubs' pairs are in every batch, so larger batches read them less often; the graph is the same.
 */
const BATCH = arg('batch') === undefined ? undefined : Number(arg('batch'));
const SAVE = arg('save');
const AGAINST = arg('against');
useScaleBenchDefaults();

async function shape(connection: Connection, { hub, second, rare, rare2, named }: BenchActors): Promise<string> {
  const { records } = await connection.driver.executeQuery(
    cypher('bench/scale-shape'),
    { hub, rare, rare2, second },
    { database: connection.database },
  );
  const r = records[0]!;
  return `${named} actors named; hub ${hub}: ${r.get('hubEdges')} relation edges in ${r.get('hubTies')} ties; rare ${rare}: ${r.get('rareEdges')} edges, ${rare2}: ${r.get('rare2Edges')}; hub dyad: ${r.get('dyad')} edges`;
}

function rssOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

type Row = {
  query: string;
  clients: number;
  graphql: Stats;
  driver: Stats;
  calls: number;
  peer?: Stats;
  graphqlCpuMs?: number;
  peerCpuMs?: number;
};
const f = (x: number) => x.toFixed(1).padStart(7);

const cpu = (ms: number | undefined): string => (ms !== undefined && Number.isFinite(ms) ? f(ms) : '      -');

/**
 * Each shared query asked once of both sides, their answers reduced as scale-queries.ts says and compared: a ratio
 * between sides that answer different things would compare unequal work, so a query whose answers differ is still
 * timed but given no ratio. One line per query says which.
 */
async function compareAnswers(
  apiUrl: string,
  peerUrl: string,
  shared: readonly { name: string; query: string }[],
  peerQuery: Record<string, PeerQuery>,
): Promise<Map<string, boolean>> {
  const agree = new Map<string, boolean>();
  for (const q of shared) {
    const pq = peerQuery[q.name]!;
    const e = pq.entente(await probe(apiUrl, q.query, q.name));
    const p = pq.peer(await probe(peerUrl, pq.query, `peer ${q.name}`));
    const difference = differenceOf(e, p);
    agree.set(q.name, difference === undefined);
    const total = e.total === undefined ? '' : ` of ${e.total}`;
    console.log(
      difference === undefined
        ? `answers agree (${q.name}): the same ${e.items.length} ${pq.unit}${total}, in the same order`
        : `answers differ (${q.name}): ${difference}; no ratio is reported for it`,
    );
  }
  return agree;
}

function differenceOf(e: Answer, p: Answer): string | undefined {
  if (e.total !== p.total) return `total ${e.total} (Entente) against ${p.total} (peer)`;
  if (e.items.length !== p.items.length) return `${e.items.length} items (Entente) against ${p.items.length} (peer)`;
  const i = e.items.findIndex((item, k) => item !== p.items[k]);
  if (i >= 0) return `item ${i + 1}: "${e.items[i]}" (Entente) against "${p.items[i]}" (peer)`;
  return undefined;
}
async function measureSize(label: string, edges: number): Promise<{ build: Build; rows: Row[] }> {
  const instance = `bench-scale-${label}`;
  const { connection, release } = await benchConnection(instance);
  const rows: Row[] = [];
  try {
    const build = await ensureSyntheticGraph(connection, Math.ceil(edges / EDGES_PER_ARTICLE), {
      resume: RESUME,
      batchSize: BATCH,
    });
    const actors = await benchActors(connection);
    console.log(
      `\n== ${label}: ${build.articles} articles, ${build.edges} relation edges (instance ${instance}); ${await shape(connection, actors)}`,
    );
    if (BUILD_ONLY) return { build, rows };
    const config = benchConfig(instance);
    const queries = scaleQueries(actors).filter((x) => only(x.name));
    const peerAsks = peerQueries(actors);
    const made = await cypherCallsOf(config, connection, queries);
    const shared = queries.filter((q) => peerAsks[q.name] !== undefined);
    // Both servers run as processes of their own, started the same way (bench/api-process.ts), and both stay up
    // for the whole run: each shared query's peer is timed in half windows between Entente's (load.ts, sideBySide).
    const api = await startApiProcess(config);
    const peer = shared.length > 0 ? await startPeerProcess(config) : undefined;
    const apiRss = api.sampleRss();
    const peerRss = peer?.sampleRss();
    try {
      const agree = peer ? await compareAnswers(api.url, peer.url, shared, peerAsks) : new Map<string, boolean>();
      console.log(
        'query                  clients |  GraphQL p50     p95     p99   req/s |   driver p50     p95     p99   req/s | ratio p50 (calls)',
      );
      for (const q of queries) {
        // Twice: the first answer warms the page cache and the query plans; warmUp below warms both sides' code alike.
        await probe(api.url, q.query, q.name);
        await probe(api.url, q.query, q.name);
        const peerQuery = peer && peerAsks[q.name];
        if (peer && peerQuery) {
          await probe(peer.url, peerQuery.query, `peer ${q.name}`);
          await probe(peer.url, peerQuery.query, `peer ${q.name}`);
        }
        const calls = made.get(q.name)!;
        await warmUp(
          api.url,
          q.query,
          connection,
          calls,
          WARM_UP,
          { timeoutMs: config.api.queryTimeoutMs },
          peer && peerQuery && { url: peer.url, query: peerQuery.query },
        );
        for (const clients of [1, 16]) {
          const {
            graphql: g,
            driver: d,
            apiCpuPerRequest: graphqlCpuMs,
            peer: peerStats,
            peerCpuPerRequest: peerCpuMs,
          } = await sideBySide({
            url: api.url,
            query: q.query,
            connection,
            calls,
            clients,
            seconds: DURATION,
            sameWork: { timeoutMs: config.api.queryTimeoutMs },
            apiCpuMs: () => api.cpuMs(),
            ...(peer && peerQuery && { peer: { url: peer.url, query: peerQuery.query, cpuMs: () => peer.cpuMs() } }),
            peerLast: agree.get(q.name) === false,
          });
          const peerRow: Pick<Row, 'peer' | 'peerCpuMs'> = peerStats ? { peer: peerStats, peerCpuMs } : {};
          rows.push({ query: q.name, clients, graphql: g, driver: d, calls: calls.length, graphqlCpuMs, ...peerRow });
          const unfinished = leftOut(g, d);
          console.log(
            `${q.name.padEnd(22)} ${String(clients).padStart(7)} | ${f(g.p50)} ${f(g.p95)} ${f(g.p99)} ${g.rps.toFixed(0).padStart(7)} | ${f(d.p50)} ${f(d.p95)} ${f(d.p99)} ${d.rps.toFixed(0).padStart(7)} | ${(g.p50 / d.p50).toFixed(2).padStart(9)} (${calls.length}${unfinished})`,
          );
        }
      }
      if (peer) {
        console.log(
          `\npeer (@neo4j/graphql 7.6.3) on the same graph, same run, in its own process started as the API's is, timed in half windows between Entente's (GraphQL, driver, peer, peer, driver, GraphQL; after them where the answers differ); ratio = Entente req/s / peer req/s, only where the answers agree; CPU = the server process's CPU time per request (Neo4j's not included)`,
        );
        console.log(
          'query                  clients |  Entente p50     p95   req/s |     peer p50     p95   req/s | throughput ratio | CPU ms/req Entente   peer',
        );
        for (const row of rows.filter((r) => r.peer)) {
          const g = row.graphql;
          const p = row.peer!;
          // A peer that finished no request in the window has no latency to show and no ratio to divide by.
          let ratio = 'answers differ';
          if (agree.get(row.query)) ratio = p.rps > 0 ? (g.rps / p.rps).toFixed(2) : 'none';
          const peerSide =
            p.rps > 0
              ? `${f(p.p50)} ${f(p.p95)} ${p.rps.toFixed(0).padStart(7)}`
              : `no request in ${DURATION} s`.padStart(23);
          console.log(
            `${row.query.padEnd(22)} ${String(row.clients).padStart(7)} | ${f(g.p50)} ${f(g.p95)} ${g.rps.toFixed(0).padStart(7)} | ${peerSide} | ${ratio.padStart(16)} | ${cpu(row.graphqlCpuMs).padStart(18)} ${cpu(row.peerCpuMs)}`,
          );
        }
      }
      console.log(
        `API process RSS (compiled, its own process), peak during the run: ${apiRss.stop().toFixed(0)} MB${peerRss ? `; peer process RSS, peak: ${peerRss.stop().toFixed(0)} MB` : ''}; Neo4j RSS now: ${rssOf(serverStatus(config).pid).toFixed(0)} MB`,
      );
    } finally {
      apiRss.stop();
      peerRss?.stop();
      await api.close();
      await peer?.close();
    }
    return { build, rows };
  } finally {
    await release();
  }
}

console.log(
  `scale benchmark: sizes ${SIZES.map((s) => s.label).join(', ')} (relation edges); ${DURATION} s per measurement after ${WARM_UP} s of warm-up on each side; latencies in ms; ratio = GraphQL p50 / driver p50`,
);
console.log(
  `bench Neo4j: heap ${process.env.ENTENTE_NEO4J_HEAP}, page cache ${process.env.ENTENTE_NEO4J_PAGECACHE}; Node ${process.version}`,
);
const results: { label: string; build: Build; rows: Row[] }[] = [];
for (const size of SIZES) results.push({ label: size.label, ...(await measureSize(size.label, size.edges)) });

if (SAVE) fs.writeFileSync(SAVE, JSON.stringify(results, null, 2));
const earlier: typeof results = AGAINST ? (JSON.parse(fs.readFileSync(AGAINST, 'utf8')) as typeof results) : [];
const compared = [...earlier.slice(0, 1), ...results];
if (compared.length > 1) {
  const [small, large] = [compared[0]!, compared[compared.length - 1]!];
  console.log(
    `\n== growth ${small.label} → ${large.label} (${(large.build.edges / small.build.edges).toFixed(0)}× the edges): p50 and p95 at ${large.label} / at ${small.label}${AGAINST ? ` (${small.label} from ${AGAINST}, an earlier run)` : ''}`,
  );
  console.log('query                  clients | GraphQL p50    p95 | driver p50    p95');
  for (const row of large.rows) {
    const base = small.rows.find((r) => r.query === row.query && r.clients === row.clients);
    if (!base) continue;
    const r = (a: number, b: number) => (a / b).toFixed(2).padStart(6);
    console.log(
      `${row.query.padEnd(22)} ${String(row.clients).padStart(7)} |      ${r(row.graphql.p50, base.graphql.p50)} ${r(row.graphql.p95, base.graphql.p95)} |     ${r(row.driver.p50, base.driver.p50)} ${r(row.driver.p95, base.driver.p95)}`,
    );
  }
}
for (const r of results) {
  if (r.build.seconds !== null)
    console.log(
      `build ${r.label}: ${r.build.articles} articles in ${r.build.seconds.toFixed(0)} s through the importer (${(r.build.articles / r.build.seconds).toFixed(0)} articles/s), peak RSS ${r.build.peakRssMb?.toFixed(0)} MB (measured when built)`,
    );
}
