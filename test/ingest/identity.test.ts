/**
 * One identity per actor across articles, on a real Neo4j: an actor an
 * article introduces is matched against the graph before a node is made.
 * Van Bruggen is taken out of the gazetteer here, so that she arrives as an
 * extracted actor would. The articles are written for these tests.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/values.js';
import { ActorIndex } from '../../src/ingest/gazetteer.js';
import { importArticles } from '../../src/ingest/importer.js';
import { planFromSource } from '../../src/ingest/read-article.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { NOTHING_WRITTEN } from '../support/graph-snapshot.js';
import { gazetteer as full } from '../support/seed.js';

const connection = testConnection();
afterAll(() => connection.driver.close());
beforeEach(() => resetDatabase(connection));

const gazetteer = new ActorIndex(full.all().filter((a) => a.id !== 'isabelle-van-bruggen'));
const importTexts = (texts: { name: string; text: string }[]) =>
  importArticles(
    connection,
    gazetteer,
    texts.map((t) => ({ name: t.name, plan: () => planFromSource(t.name, t.text, 'yaml', gazetteer) })),
  );

const FULL_NAME = {
  name: 'newsweek.yaml',
  text: `id: t-newsweek-kazakhstan
title: Kazakhstan turns
outlet: newsweek
publishedAt: 2023-09-27
text: Isabelle Van Bruggen wrote that Kazakhstan is turning away from Russia.
actors:
  - { id: isabelle-van-bruggen-nw, kind: Person, name: Isabelle Van Bruggen, roles: [{ title: Reporter, of: newsweek }] }
relations:
  - { type: DRIFTING_FROM, source: Kazakhstan, target: Russia, assertedBy: isabelle-van-bruggen-nw, text: Kazakhstan is turning away from Russia }
`,
};

const SURNAME = {
  name: 'review.yaml',
  text: `id: t-review-kazakhstan
title: Press review
outlet: eurasianet
publishedAt: 2023-09-29
text: Van Bruggen believes relations between Kazakhstan and Russia have worsened.
actors:
  - { id: van-bruggen, kind: Person, name: Van Bruggen }
relations:
  - { type: RELATIONS_WORSENING, source: Kazakhstan, target: Russia, assertedBy: van-bruggen, text: relations between Kazakhstan and Russia have worsened }
`,
};

async function people(): Promise<{ id: string; name: string; aliases: string[] }[]> {
  const { records } = await connection.driver.executeQuery(
    'MATCH (p:Person) WHERE p.gazetteer IS NULL RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id',
    {},
    { database: connection.database },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    aliases: r.get('aliases') as string[],
  }));
}

describe('identity across articles', () => {
  it('"Van Bruggen" in a second article is the "Isabelle Van Bruggen" of the first: one node, provenance and confidence recorded', async () => {
    await importTexts([FULL_NAME]);
    const summary = await importTexts([SURNAME]);
    expect(summary.results[0]).toMatchObject({
      outcome: 'created',
      newActorIds: [],
      identified: [{ name: 'Van Bruggen', actorId: 'isabelle-van-bruggen-nw', method: 'surname', confidence: 0.7 }],
    });
    expect(await people()).toEqual([
      { id: 'isabelle-van-bruggen-nw', name: 'Isabelle Van Bruggen', aliases: ['Van Bruggen'] },
    ]);
    const { records } = await connection.driver.executeQuery(
      `MATCH (p:Person {id: 'isabelle-van-bruggen-nw'})
       RETURN COUNT { (:Actor)-[r]->(:Actor) WHERE r.assertedBy = p.id } AS asserted,
              [(a:Article)-[i:IDENTIFIED]->(p) | [a.id, i.name, i.method, i.confidence]] AS identified,
              COUNT { (:Attestation {assertedBy: p.id}) } AS attestations`,
      {},
      { database: connection.database },
    );
    expect(toPlain(records[0]!.toObject())).toEqual({
      asserted: 2,
      attestations: 2,
      identified: [['t-review-kazakhstan', 'Van Bruggen', 'surname', 0.7]],
    });
  });

  it('matches within one batch, in either order of full name and surname, and a re-import changes nothing', async () => {
    const summary = await importTexts([FULL_NAME, SURNAME]);
    expect(summary.counts.created).toBe(2);
    expect((await people()).map((p) => p.id)).toEqual(['isabelle-van-bruggen-nw']);
    const again = await importTexts([FULL_NAME, SURNAME]);
    expect(again.counters).toEqual(NOTHING_WRITTEN);

    await resetDatabase(connection);
    await importTexts([SURNAME, FULL_NAME]);
    // The surname came first, so it is the node; the full name joins it.
    expect((await people()).map((p) => [p.id, p.aliases])).toEqual([['van-bruggen', ['Isabelle Van Bruggen']]]);
  });

  it('does not merge two people who share a surname but appear on different dates in different roles', async () => {
    const minister = {
      name: 'minister.yaml',
      text: `id: t-minister
title: Minister visits Moscow
outlet: reuters
publishedAt: 2023-03-01
text: Economy Minister Nino Beridze of Georgia visited Moscow.
actors:
  - { id: nino-beridze, kind: Person, name: Nino Beridze, roles: [{ title: Economy Minister, of: georgia }] }
relations:
  - { type: VISITED, source: nino-beridze, target: Russia, text: Economy Minister Nino Beridze of Georgia visited Moscow, date: 2023-03-01 }
`,
    };
    const spokeswoman = {
      name: 'spokeswoman.yaml',
      text: `id: t-spokeswoman
title: UN on Armenia
outlet: afp
publishedAt: 2025-06-10
text: Beridze, a UN spokeswoman, criticized Azerbaijan.
actors:
  - { id: beridze, kind: Person, name: Beridze, roles: [{ title: Spokeswoman, of: united-nations }] }
relations:
  - { type: CRITICIZED, source: beridze, target: Azerbaijan, text: 'Beridze, a UN spokeswoman, criticized Azerbaijan', date: 2025-06-10 }
`,
    };
    const namesake = {
      name: 'namesake.yaml',
      text: minister.text
        .replaceAll('Nino Beridze', 'Levan Beridze')
        .replaceAll('nino-beridze', 'levan-beridze')
        .replace('id: t-minister', 'id: t-namesake'),
    };
    const summary = await importTexts([minister, spokeswoman, namesake]);
    expect(summary.results.map((r) => r.identified)).toEqual([[], [], []]);
    expect((await people()).map((p) => p.id)).toEqual(['beridze', 'levan-beridze', 'nino-beridze']);
  });

  it('matches transliteration variants, and a title before a surname', async () => {
    const first = {
      name: 'a.yaml',
      text: `id: t-hajiyev-1\ntitle: a\noutlet: reuters\npublishedAt: 2024-01-10\ntext: Hikmet Hajiyev criticized Armenia.\nactors:\n  - { id: hikmet-hajiyev, kind: Person, name: Hikmet Hajiyev }\nrelations:\n  - { type: CRITICIZED, source: hikmet-hajiyev, target: Armenia, text: Hikmet Hajiyev criticized Armenia }\n`,
    };
    const variant = {
      name: 'b.yaml',
      text: first.text
        .replaceAll('Hikmet Hajiyev', 'Hikmet Hajiev')
        .replace('hikmet-hajiyev, kind', 'hikmet-hajiev, kind')
        .replace('source: hikmet-hajiyev', 'source: hikmet-hajiev')
        .replace('t-hajiyev-1', 't-hajiyev-2'),
    };
    const titled = {
      name: 'c.yaml',
      text: first.text
        .replaceAll('Hikmet Hajiyev', 'Adviser Hajiyev')
        .replaceAll('hikmet-hajiyev', 'adviser-hajiyev')
        .replace('t-hajiyev-1', 't-hajiyev-3'),
    };
    const summary = await importTexts([first, variant, titled]);
    expect(summary.results.map((r) => r.identified?.map((m) => [m.actorId, m.method, m.confidence]))).toEqual([
      [],
      [['hikmet-hajiyev', 'transliteration', 0.85]],
      [['hikmet-hajiyev', 'title+surname', 0.75]],
    ]);
    expect((await people()).map((p) => p.id)).toEqual(['hikmet-hajiyev']);
  });
});
