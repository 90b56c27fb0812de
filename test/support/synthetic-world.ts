/**
 * A small synthetic world imported through the real importer: `actors`
 * actors (the first ones hubs, as bench/synthetic.ts draws them) and
 * `articles` articles drawn with a seeded generator, for tests that compare
 * an indexed read with a read of everything.
 */
import { actorPool, rng, syntheticArticle } from '../../bench/synthetic.js';
import type { Connection } from '../../src/graph/driver.js';
import type { ActorDef, ArticleFile } from '../../src/ingest/article-format.js';
import { ActorIndex } from '../../src/ingest/gazetteer.js';
import { importArticles } from '../../src/ingest/importer.js';
import { planArticle } from '../../src/ingest/plan-article.js';

/** A drawn article has no source file, so no line to point an error at. */
const noLocate = { name: 'synthetic', data: null, locate: () => undefined };

const person = (id: string, name: string): ActorDef => ({
  id,
  kind: 'Person',
  name,
  aliases: [],
  demonyms: [],
  seats: [],
  roles: [],
});

/** Two people an article introduces itself, outside the gazetteer, so that a merge or a split has actors to move. */
export const articlePeople: ActorDef[] = [person('local-aide', 'Local Aide'), person('local-envoy', 'Local Envoy')];

/** Imports `article(i)` for each index as file `s<i>`, through the real importer. */
export function importDrawn(
  connection: Connection,
  gazetteer: ActorIndex,
  indexes: number[],
  article: (i: number) => ArticleFile,
): ReturnType<typeof importArticles> {
  return importArticles(
    connection,
    gazetteer,
    indexes.map((i) => ({ name: `s${i}`, plan: () => planArticle(noLocate, article(i), gazetteer) })),
  );
}

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
