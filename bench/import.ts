/**
 * Import throughput: Entente's importer (batched transactions, with its
 * idempotency check and replace logic) against a baseline measured in the
 * same run that does the same work with plain batched UNWIND through the
 * driver: MERGE of actors and articles, the same provenance properties, the
 * actor-to-actor projection, the timeline's month buckets, the claim tallies, and the
 * propositions (attestations, grouping and contradictions, through the same
 * maintainPropositions the importer calls: grouping is domain logic, not
 * something a raw UNWIND can do). Both write the same number of articles per
 * transaction, so the ratio is the importer's own overhead: the plan-hash
 * check, identity resolution, one statement for the whole article instead of
 * one per part. The projection, the buckets and the claim tallies are written by the importer's
 * own add-ties, add-buckets and add-claim-tallies statements on both sides: the plain
 * dynamic-type MERGE walks every relationship between two hubs, and a
 * baseline that slow would flatter the importer.
 * Usage: npm run bench:import [-- N ...] [--batch 50]   (default 1000 10000)
 */
import { performance } from 'node:perf_hooks';
import { addCounters, zeroCounters, type WriteCounters } from '../src/graph/write-counters.js';
import { cypher } from '../src/graph/cypher.js';
import type { Connection } from '../src/graph/driver.js';
import { tieDeltas } from '../src/graph/ties.js';
import { bucketDeltas } from '../src/graph/timeline-buckets.js';
import { ActorIndex } from '../src/ingest/gazetteer.js';
import { DEFAULT_BATCH_SIZE, importArticles, syncGazetteerActors } from '../src/ingest/importer.js';
import { maintainPropositions } from '../src/graph/propositions-store.js';
import { DEFAULT_PROPOSITION_WINDOW_DAYS } from '../src/config.js';
import type { ArticlePlan } from '../src/graph/plan-types.js';
import { benchConnection, freshGraph } from './bench-db.js';
import { syntheticPool, syntheticSources } from './synthetic.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const batchArg = process.argv.indexOf('--batch');
const BATCH = batchArg > 0 ? Number(process.argv[batchArg + 1]) : DEFAULT_BATCH_SIZE;
const sizes = process.argv
  .slice(2)
  .filter((_, i, all) => all[i - 1] !== '--batch')
  .map(Number)
  .filter((n) => n > 0);
const N = sizes.length > 0 ? sizes : [1000, 10_000];
// The gazetteer is synced (untimed) before each run; the importer need not sync it again.
const emptyGazetteer = new ActorIndex([]);

function plans(n: number, gazetteer: ActorIndex, pool = gazetteer.all()): ArticlePlan[] {
  return syntheticSources(n, pool, gazetteer).map((source) => source.plan());
}

/** The importer's own write path: importArticles with its default concurrency, minus file reading. */
async function viaImporter(connection: Connection, all: ArticlePlan[]): Promise<WriteCounters> {
  const summary = await importArticles(
    connection,
    emptyGazetteer,
    all.map((plan) => ({ name: plan.article.id, plan: () => plan })),
    { batchSize: BATCH },
  );
  if (summary.counts.failed > 0)
    throw new Error(
      `importer failed on ${summary.counts.failed} articles: ${String(summary.results.find((r) => r.error)?.error)}`,
    );
  return summary.counters;
}

async function viaBaseline(connection: Connection, all: ArticlePlan[]): Promise<WriteCounters> {
  const counters = zeroCounters();
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const articles = batch.map((p) => ({ ...p.article, planHash: p.planHash, mentionIds: p.mentionIds }));
    const statements = batch.flatMap((p) => p.statements.map((s) => ({ ...s, articleId: p.article.id })));
    const claims = batch.flatMap((p) => p.claims.map((c) => ({ ...c, articleId: p.article.id })));
    const edges = batch.flatMap((p) =>
      p.edges.map((e) => ({ ...e, articleId: p.article.id, reportedAt: p.article.publishedAt })),
    );
    const actors = [...new Map(batch.flatMap((p) => p.actors.map((a) => [a.id, a] as const))).values()];
    const ties = tieDeltas(batch);
    const buckets = bucketDeltas(batch);
    const session = connection.driver.session({ database: connection.database });
    try {
      await session.executeWrite(async (tx) => {
        for (const [name, params] of [
          ['bench/baseline-actors', { actors }],
          ['bench/baseline-articles', { articles }],
          ['bench/baseline-statements', { statements }],
          ['bench/baseline-claims', { claims }],
          ['import/add-claim-tallies', { articleIds: batch.map((p) => p.article.id) }],
          ['bench/baseline-edges', { edges }],
          ['import/add-ties', { ties }],
          ['import/add-buckets', { buckets }],
        ] as const) {
          const u = (await tx.run(cypher(name), params)).summary.counters.updates();
          addCounters(counters, {
            nodesCreated: u.nodesCreated,
            nodesDeleted: 0,
            relationshipsCreated: u.relationshipsCreated,
            relationshipsDeleted: 0,
          });
        }
        await maintainPropositions(
          tx,
          {
            removedArticleIds: [],
            attestations: batch.flatMap((p) => p.attestations),
            windowDays: DEFAULT_PROPOSITION_WINDOW_DAYS,
          },
          counters,
        );
      });
    } finally {
      await session.close();
    }
  }
  return counters;
}

async function timed(
  label: string,
  connection: Connection,
  gazetteer: ActorIndex,
  all: ArticlePlan[],
  write: typeof viaImporter,
) {
  await freshGraph(connection);
  await syncGazetteerActors(connection, gazetteer);
  const t0 = performance.now();
  const counters = await write(connection, all);
  const seconds = (performance.now() - t0) / 1000;
  const row = {
    label,
    articles: all.length,
    seconds,
    articlesPerSecond: all.length / seconds,
    relationshipsPerSecond: counters.relationshipsCreated / seconds,
    relationships: counters.relationshipsCreated,
    nodes: counters.nodesCreated,
  };
  console.log(
    `${label.padEnd(9)} N=${String(all.length).padStart(6)}  ${seconds.toFixed(1).padStart(6)} s  ${row.articlesPerSecond.toFixed(0).padStart(5)} articles/s  ${row.relationshipsPerSecond.toFixed(0).padStart(7)} rels/s  (${row.nodes} nodes, ${row.relationships} rels)`,
  );
  return row;
}

const { connection, release } = await benchConnection();
try {
  const gazetteer = new ActorIndex(syntheticPool(Math.max(...N)));
  console.log(
    `import benchmark: synthetic articles (15 actors picked with a Zipf skew from those named so far, ${gazetteer.all().length} after ${Math.max(...N)} articles; 8 statements, 5 claims, 12 edges); ${BATCH} articles per transaction on both sides`,
  );
  const warm = plans(200, gazetteer);
  await timed('warm-up', connection, gazetteer, warm, viaImporter);
  await timed('warm-up', connection, gazetteer, warm, viaBaseline);
  for (const n of N) {
    const t0 = performance.now();
    const all = plans(n, gazetteer);
    console.log(
      `planning (validation, resolution, anchoring) N=${n}: ${(n / ((performance.now() - t0) / 1000)).toFixed(0)} articles/s`,
    );
    const base = await timed('baseline', connection, gazetteer, all, viaBaseline);
    const ours = await timed('importer', connection, gazetteer, all, viaImporter);
    if (base.relationships !== ours.relationships)
      console.log(
        `  note: relationship counts differ (baseline ${base.relationships}, importer ${ours.relationships}): the importer also writes mention and actor edges the baseline shares`,
      );
    console.log(
      `  ratio importer/baseline at N=${n}: ${(ours.articlesPerSecond / base.articlesPerSecond).toFixed(2)} (articles/s)`,
    );
  }
} finally {
  await release();
}
