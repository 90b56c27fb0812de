/**
 * A small synthetic world imported through the real importer: `actors`
 * actors (the first ones hubs, as bench/synthetic.ts draws them) and
 * `articles` articles drawn with a seeded generator, for tests that compare
 * an indexed read with a read of everything.
 */
import { actorPool, rng, syntheticArticle } from '../../bench/synthetic.js';
import type { Connection } from '../../src/graph/driver.js';
import type { ActorDef } from '../../src/ingest/article-format.js';
import { ActorIndex } from '../../src/ingest/gazetteer.js';
import { importArticles } from '../../src/ingest/importer.js';
import { planArticle } from '../../src/ingest/plan-article.js';

const noLocate = { name: 'synthetic', data: null, locate: () => undefined };

export async function importSyntheticWorld(
  connection: Connection,
  shape: { actors: number; articles: number; seed: number },
): Promise<{ pool: ActorDef[]; gazetteer: ActorIndex }> {
  const pool = actorPool(shape.actors);
  const gazetteer = new ActorIndex(pool);
  const random = rng(shape.seed);
  await importArticles(
    connection,
    gazetteer,
    Array.from({ length: shape.articles }, (_, i) => ({
      name: `s${i}`,
      plan: () => planArticle(noLocate, syntheticArticle(i, pool, random), gazetteer),
    })),
  );
  return { pool, gazetteer };
}
