/**
 * A synthetic graph built once into a bench instance and reused while its marker matches: the articles' count and
 * the generator's version (GENERATOR below) both have to, so a change to synthetic.ts rebuilds stale graphs instead
 * of timing them. bench:scale and bench:graphql build theirs this way.
 */
import { performance } from 'node:perf_hooks';
import { cypher } from '../src/graph/cypher.js';
import type { Connection } from '../src/graph/driver.js';
import { ActorIndex } from '../src/ingest/gazetteer.js';
import { importArticles } from '../src/ingest/importer.js';
import { freshGraph } from './bench-db.js';
import { syntheticPool, syntheticSources } from './synthetic.js';

export const EDGES_PER_ARTICLE = 12;
/** Bumped whenever synthetic.ts changes what it generates, so stale graphs are rebuilt. */
// v3: graphs built before propositions existed have none, so they are rebuilt.
// v4: the actors named grow with the articles (Heaps' law) instead of a fixed pool of 3,000.
const GENERATOR = 'synthetic-v4';

export interface Build {
  articles: number;
  edges: number;
  /** what the build took and its importer's peak RSS, as the marker recorded them */
  seconds: number | null;
  peakRssMb: number | null;
}

export interface BuildOptions {
  /** keep what a stopped build imported: the importer skips articles already there (same plan hash) */
  resume?: boolean;
  /** articles per import transaction */
  batchSize?: number | undefined;
}

/** The graph of `articles` synthetic articles, from the marker when it is already there, else imported now. */
export async function ensureSyntheticGraph(
  connection: Connection,
  articles: number,
  options: BuildOptions = {},
): Promise<Build> {
  const edges = articles * EDGES_PER_ARTICLE;
  const { records } = await connection.driver.executeQuery(
    cypher('bench/scale-marker-read'),
    {},
    { database: connection.database },
  );
  const m = records[0]!;
  if (Number(m.get('n')) === articles && m.get('g') === GENERATOR)
    return { articles, edges, seconds: Number(m.get('s')), peakRssMb: Number(m.get('rss')) };
  console.log(
    `building the graph: ${articles} synthetic articles (${edges} relation edges) through the importer, once…`,
  );
  if (!options.resume) await freshGraph(connection);
  const pool = syntheticPool(articles);
  const gazetteer = new ActorIndex(pool);
  const t0 = performance.now();
  let last = t0;
  const summary = await importArticles(connection, gazetteer, syntheticSources(articles, pool, gazetteer), {
    batchSize: options.batchSize,
    onProgress: (done, total) => {
      if (performance.now() - last > 30_000) {
        last = performance.now();
        console.log(
          `  ${done}/${total} articles, ${(done / ((last - t0) / 1000)).toFixed(0)} articles/s, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
        );
      }
    },
  });
  if (summary.counts.failed > 0)
    throw new Error(
      `the importer failed on ${summary.counts.failed} articles: ${String(summary.results.find((r) => r.error)?.error)}`,
    );
  const seconds = (performance.now() - t0) / 1000;
  if (options.resume)
    console.log(
      `  resumed: ${summary.counts.unchanged} articles were already imported and skipped, ${summary.counts.created} written now (the time below is this run's)`,
    );
  // maxRSS is in kilobytes: the peak of this process, planning and writing included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await connection.driver.executeQuery(
    cypher('bench/scale-marker-write'),
    { articles, generator: GENERATOR, seconds, rss: peakRssMb },
    { database: connection.database },
  );
  console.log(
    `  imported ${articles} articles in ${seconds.toFixed(0)} s (${(articles / seconds).toFixed(0)} articles/s, ${(edges / seconds).toFixed(0)} relation edges/s), peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  return { articles, edges, seconds, peakRssMb };
}
