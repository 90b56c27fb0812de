/**
 * Replacing or deleting an article on a scale graph: what it costs to take one
 * article's relation edges out of the projection, the timeline's month
 * buckets, its claims out of the claim tallies, and the graph
 * (import/remove-ties, remove-buckets, remove-claim-tallies, then
 * import/delete-articles-content), as deleteArticles does, next to a baseline measured in the same
 * run doing the same work the way it was done before the per-type articleId
 * indexes: walking every relationship of every actor the article mentions
 * (cypher/bench/baseline-*). Each side's statements run under PROFILE in a
 * transaction that is rolled back, so the graph is left as it was; the two
 * sides alternate, --runs times each, on articles that mention the graph's
 * largest hub. Then one of them is deleted and imported again through the
 * real code path (deleteArticles, importArticles), which restores the graph
 * exactly.
 * Uses a graph that `npm run bench:scale` built (instance bench-scale-<size>).
 * Usage: npm run bench:remove-article [-- --size 100k] [--runs 5] [--articles 3]
 */
import { performance } from 'node:perf_hooks';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { deleteArticles } from '../src/graph/article-store.js';
import { cypher } from '../src/graph/cypher.js';
import { ActorIndex } from '../src/ingest/gazetteer.js';
import { importArticles } from '../src/ingest/importer.js';
import { benchConnection, useScaleBenchDefaults } from './bench-db.js';
import { hub } from './scale-queries.js';
import { syntheticPool, syntheticSources } from './synthetic.js';
import { arg, helpIfAsked } from './help.js';
import { median } from './load.js';

helpIfAsked(import.meta.url);

const SIZE = (arg('size') ?? '100k').toLowerCase();
const RUNS = Number(arg('runs') ?? 5);
const ARTICLES = Number(arg('articles') ?? 3);
useScaleBenchDefaults();

// Both sides take the article out of the timeline's month buckets with the importer's own statement, as
// removeContent does: the buckets had no older way of doing it to compare with.
const SIDES = {
  baseline: [
    'bench/baseline-remove-ties',
    'import/remove-buckets',
    'import/remove-claim-tallies',
    'bench/baseline-delete-articles-content',
  ],
  indexed: [
    'import/remove-ties',
    'import/remove-buckets',
    'import/remove-claim-tallies',
    'import/delete-articles-content',
  ],
} as const;
type Side = keyof typeof SIDES;

const hitsOf = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((s, c) => s + hitsOf(c), 0);

const { connection, release } = await benchConnection(`bench-scale-${SIZE}`);
try {
  const { records } = await connection.driver.executeQuery(
    cypher('bench/hub-articles'),
    { hub, n: neo4j.int(ARTICLES) },
    { database: connection.database },
  );
  const articles = records.map((r) => String(r.get('id')));
  const { records: degree } = await connection.driver.executeQuery(
    cypher('bench/actor-degree'),
    { hub },
    { database: connection.database },
  );
  console.log(
    `remove one article's relation edges (remove-ties + remove-buckets + remove-claim-tallies + delete-articles-content), ${SIZE} graph; articles mentioning hub ${hub} (${degree[0]?.get('rels')} relationships): ${articles.join(', ')}`,
  );
  console.log('PROFILE in a rolled-back transaction, baseline and indexed alternating; median of the runs per article');
  console.log('article                  | baseline ms  db hits | indexed ms  db hits | ratio ms  db hits');
  for (const id of articles) {
    const times: Record<Side, number[]> = { baseline: [], indexed: [] };
    const hits: Record<Side, number> = { baseline: 0, indexed: 0 };
    for (let run = 0; run < RUNS; run++) {
      for (const side of ['baseline', 'indexed'] as const) {
        const session = connection.driver.session({ database: connection.database });
        const tx = session.beginTransaction();
        try {
          let total = 0;
          const t0 = performance.now();
          for (const name of SIDES[side]) {
            const result = await tx.run(`PROFILE ${cypher(name)}`, { articleIds: [id] });
            total += result.summary.profile ? hitsOf(result.summary.profile) : 0;
          }
          times[side].push(performance.now() - t0);
          hits[side] = total;
        } finally {
          await tx.rollback();
          await session.close();
        }
      }
    }
    const b = median(times.baseline);
    const x = median(times.indexed);
    console.log(
      `${id.padEnd(24)} | ${b.toFixed(1).padStart(10)} ${String(hits.baseline).padStart(8)} | ${x.toFixed(1).padStart(10)} ${String(hits.indexed).padStart(8)} | ${(x / b).toFixed(3).padStart(8)} ${(hits.indexed / hits.baseline).toFixed(4).padStart(8)}`,
    );
  }

  // End to end through the real code path, on the first article: delete it, then import it again.
  const first = articles[0];
  if (first !== undefined) {
    const index = Number(first.slice('synthetic-article-'.length));
    const pool = syntheticPool(index + 1);
    const gazetteer = new ActorIndex(pool);
    const sources = syntheticSources(index + 1, pool, gazetteer);
    // One seeded stream plans them all in order: the articles before it are planned (and dropped) first.
    for (const s of sources.slice(0, index)) s.plan();
    const source = sources[index]!;
    const t0 = performance.now();
    const { deleted } = await deleteArticles(connection, [first]);
    const t1 = performance.now();
    const summary = await importArticles(connection, gazetteer, [source]);
    const t2 = performance.now();
    console.log(
      `\nend to end, ${first}: deleteArticles ${(t1 - t0).toFixed(0)} ms (${deleted.length} deleted), imported again ${(t2 - t1).toFixed(0)} ms (${summary.counts.created} created); propositions and contradictions included`,
    );
  }
} finally {
  await release();
}
