/**
 * The actor-to-actor projection (TIE_<TYPE> relationships) and the timeline's
 * month buckets (TimelineBucket nodes) are maintained by the importer in the
 * article's own transaction. After every kind of change they must equal the
 * projection and the buckets recomputed from scratch from the evidence edges.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticles } from '../../src/graph/article-store.js';
import neo4j from 'neo4j-driver';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { cypher, paramsFor } from '../../src/graph/cypher.js';
import { toPlain } from '../../src/graph/values.js';
import { expectBucketsExact } from '../support/buckets.js';
import { expectTiedPairsExact } from '../support/tied-pairs.js';
import { expectTiesExact, type TieRow } from '../support/ties.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { readProfiled, rowsOf } from '../support/named-cypher.js';
import { importTexts, seedSource, SEED_ID } from '../support/seed.js';
import { importSyntheticWorld } from '../support/synthetic-world.js';

const connection = testConnection();
afterAll(() => connection.driver.close());
beforeEach(() => resetDatabase(connection));

/** Articles written for this test: several sources on the same dyads, on different dates and with different modalities. */
const article = (id: string, published: string, relations: string) => ({
  name: `${id}.yaml`,
  text: `
id: ${id}
title: Projection test ${id}
outlet: tass
publishedAt: ${published}
text: Putin met Tokayev in Astana. Putin may have met Tokayev again later. Russia sanctioned Kazakhstan, the wire said. Kazakhstan criticized Russia.
relations:
${relations}`,
});
const rel = (type: string, source: string, target: string, text: string, extra = '') =>
  `  - type: ${type}\n    source: ${source}\n    target: ${target}\n    text: ${text}\n${extra}`;

const A = article(
  'proj-a',
  '2021-03-01',
  [
    rel('MET', 'Putin', 'Tokayev', 'Putin met Tokayev in Astana', '    date: 2021-02-27\n'),
    rel('MET', 'Putin', 'Tokayev', 'Putin may have met Tokayev again later', '    modality: hedged\n'),
    rel('SANCTIONED', 'Russia', 'Kazakhstan', 'Russia sanctioned Kazakhstan'),
  ].join(''),
);
const B = article(
  'proj-b',
  '2022-06-10',
  [
    rel('MET', 'Putin', 'Tokayev', 'Putin met Tokayev in Astana', '    date: 2022-06-09\n'),
    rel('CRITICIZED', 'Kazakhstan', 'Russia', 'Kazakhstan criticized Russia', '    modality: denied\n'),
  ].join(''),
);
const C = article(
  'proj-c',
  '2020-01-15',
  [
    rel('MET', 'Putin', 'Tokayev', 'Putin met Tokayev in Astana'),
    rel('SANCTIONED', 'Russia', 'Kazakhstan', 'Russia sanctioned Kazakhstan', '    date: 2019-12-31\n'),
  ].join(''),
);

/** The projection, the dyad and claim keys, the buckets and the tied pairs all equal their recount from the evidence. */
async function expectExact(): Promise<TieRow[]> {
  const stored = await expectTiesExact(connection);
  // Each tie has at least one edge: the check saw them all, not an empty match.
  expect(await expectDyadKeys()).toBeGreaterThanOrEqual(2 * stored.length);
  await expectClaimKeys();
  // Every edge is in one bucket, and a dyad with ties has buckets.
  const buckets = await expectBucketsExact(connection);
  expect(buckets.length > 0).toBe(stored.length > 0);
  // Every pair of actors a tie joins has its TIED, counting its ties.
  const pairs = await expectTiedPairsExact(connection);
  expect(pairs.length > 0).toBe(stored.length > 0);
  return stored;
}

/** Every claim's claimantId, subjectId and objectId are the ids of the actors its edges join it to (schema/009). */
async function expectClaimKeys(): Promise<number> {
  const { records } = await connection.driver.executeQuery(
    cypher('test/claim-keys-wrong'),
    {},
    { database: connection.database },
  );
  const { checked, wrong } = toPlain(records[0]!.toObject()) as { checked: number; wrong: string[] };
  expect(wrong).toEqual([]);
  return checked;
}

/** Every relation edge's and tie's dyad key, and every edge's effectiveDate, are what its ends and dates say (schema/008). */
async function expectDyadKeys(): Promise<number> {
  const { records } = await connection.driver.executeQuery(
    cypher('test/dyad-keys-wrong'),
    { types: RELATION_TYPE_NAMES },
    { database: connection.database },
  );
  const { checked, wrong } = toPlain(records[0]!.toObject()) as { checked: number; wrong: string[] };
  expect(wrong).toEqual([]);
  return checked;
}

const tie = (ties: TieRow[], source: string, target: string, type: string) =>
  ties.find((t) => t.sourceId === source && t.targetId === target && t.type === type);

describe('actor-to-actor projection', () => {
  it('sums every source of a dyad, per type and direction, on import in one batch and one by one', async () => {
    await importTexts(connection, [{ name: 'seed.yaml', text: seedSource() }, A, B]);
    await importTexts(connection, [C]);
    const ties = await expectExact();
    expect(tie(ties, 'vladimir-putin', 'kassym-jomart-tokayev', 'MET')).toMatchObject({
      count: 4,
      sources: 3,
      firstDate: '2020-01-15',
      lastDate: '2022-06-09',
    });
    expect(tie(ties, 'vladimir-putin', 'kassym-jomart-tokayev', 'MET')!.score as number).toBeCloseTo(0.4 * 3.5, 9);
    expect(tie(ties, 'kazakhstan', 'russia', 'CRITICIZED')).toMatchObject({ count: 1, score: 0 });
    expect(ties.length).toBeGreaterThan(5);
  });

  it('stays exact when an article is replaced: a first date, a last date and a whole tie go away', async () => {
    await importTexts(connection, [{ name: 'seed.yaml', text: seedSource() }, A, B, C]);
    const pairBefore = (await expectTiedPairsExact(connection)).find(([dyad]) => dyad === 'kazakhstan|russia');
    // C held the earliest MET and SANCTIONED dates; B the latest MET and the only CRITICIZED.
    await importTexts(connection, [{ name: 'c.yaml', text: C.text.replace('2019-12-31', '2021-05-05') }]);
    await importTexts(connection, [
      {
        name: 'b.yaml',
        text: B.text.replace(/ {2}- type: CRITICIZED[\s\S]*$/, '').replace('2022-06-09', '2021-01-01'),
      },
    ]);
    const ties = await expectExact();
    expect(tie(ties, 'kazakhstan', 'russia', 'CRITICIZED')).toBeUndefined();
    // the pair lost that tie and kept its others (SANCTIONED, at least)
    const pairAfter = (await expectTiedPairsExact(connection)).find(([dyad]) => dyad === 'kazakhstan|russia');
    expect(pairAfter?.[3]).toBe(pairBefore![3] - 1);
    expect(pairAfter?.[3]).toBeGreaterThan(0);
    expect(tie(ties, 'vladimir-putin', 'kassym-jomart-tokayev', 'MET')).toMatchObject({
      count: 4,
      sources: 3,
      firstDate: '2020-01-15',
      lastDate: '2021-03-01',
    });
    expect(tie(ties, 'russia', 'kazakhstan', 'SANCTIONED')).toMatchObject({
      count: 2,
      firstDate: '2021-03-01',
      lastDate: '2021-05-05',
    });
  });

  it('stays exact when articles are deleted, and re-importing an unchanged article changes nothing', async () => {
    await importTexts(connection, [{ name: 'seed.yaml', text: seedSource() }, A, B, C]);
    const before = await expectExact();
    await importTexts(connection, [A, B, C]);
    expect(await expectExact()).toEqual(before);
    expect((await deleteArticles(connection, ['proj-c', 'proj-a', 'no-such-article'])).deleted.sort()).toEqual([
      'proj-a',
      'proj-c',
    ]);
    const ties = await expectExact();
    expect(tie(ties, 'vladimir-putin', 'kassym-jomart-tokayev', 'MET')).toMatchObject({
      count: 1,
      sources: 1,
      firstDate: '2022-06-09',
      lastDate: '2022-06-09',
    });
    expect(tie(ties, 'russia', 'kazakhstan', 'SANCTIONED')).toBeUndefined();
    await deleteArticles(connection, [SEED_ID, 'proj-b']);
    expect(await expectExact()).toEqual([]);
  });
});

describe('queries over the projection', () => {
  it("the trend's sum, found through the month buckets, is the whole timeline's when many entries share the middle date", async () => {
    // Two MET entries per article (asserted 0.4, hedged 0.2). Four articles share 2021-03-05, the middle date, and one
    // is later in the same month: the latest half ends inside that date, so which of its entries count decides the sum.
    const met = (id: string, published: string) =>
      article(
        id,
        published,
        rel('MET', 'Putin', 'Tokayev', 'Putin met Tokayev in Astana') +
          rel('MET', 'Putin', 'Tokayev', 'Putin may have met Tokayev again later', '    modality: hedged\n'),
      );
    const dates = ['2021-01-10', '2021-03-05', '2021-03-05', '2021-03-05', '2021-03-05', '2021-03-20', '2021-05-01'];
    await importTexts(
      connection,
      dates.map((d, i) => met(`mid-${i + 1}`, d)),
    );
    const recent = async (types: readonly string[]) => {
      const params = {
        a: 'vladimir-putin',
        b: 'kassym-jomart-tokayev',
        types,
        skip: neo4j.int(0),
        limit: neo4j.int(1),
      };
      const [got, want] = await Promise.all(
        ['queries/relation-timeline-recent', 'test/timeline-by-scan'].map(async (name) =>
          Number(
            (
              await connection.driver.executeQuery(cypher(name), paramsFor(name, params), {
                database: connection.database,
              })
            ).records[0]!.get('recent'),
          ),
        ),
      );
      expect(got, JSON.stringify(types)).toBeCloseTo(want!, 9);
      return got!;
    };
    // 14 entries, the latest 7: the four after 2021-03-05 (1.2) and the last three of that date (mid-5's two, mid-4's hedged one).
    expect(await recent(['MET'])).toBeCloseTo(1.2 + 0.2 + 0.4 + 0.2, 9);
    await recent(RELATION_TYPE_NAMES);
    await recent(['MET', 'SANCTIONED', 'INVADED']);
    await recent(['INVADED']);
    // An odd total, then the middle moving to another month.
    await deleteArticles(connection, ['mid-7']);
    await importTexts(connection, [
      article('mid-8', '2021-03-05', rel('MET', 'Putin', 'Tokayev', 'Putin met Tokayev in Astana')),
    ]);
    // 13 entries, the latest 7: mid-6's two (0.6), mid-8's one (0.4), and mid-5's and mid-4's two each.
    expect(await recent(['MET'])).toBeCloseTo(0.6 + 0.4 + (0.2 + 0.4) * 2, 9);
    await deleteArticles(connection, ['mid-2', 'mid-3', 'mid-4', 'mid-8']);
    await recent(['MET']);
    await recent(RELATION_TYPE_NAMES);
    await expectExact();
  });

  it("an actor's relations page and neighbourhood, found through its ties, equal those found by reading everything", async () => {
    // A small world of 40 actors and 60 articles: the first actors are hubs with a hundred edges or more.
    const { pool } = await importSyntheticWorld(connection, { actors: 40, articles: 60, seed: 3 });
    await expectExact();
    const [hub, other, rare] = [pool[0]!.id, pool[1]!.id, pool[35]!.id];
    const base = {
      types: RELATION_TYPE_NAMES,
      direction: 'BOTH',
      counterpart: null,
      since: null,
      until: null,
      first: 20,
    };
    const cases = [
      { id: hub },
      { id: hub, first: 1 },
      { id: hub, first: 100 },
      { id: rare },
      { id: rare, first: 100 },
      { id: hub, until: '2017-06-30' },
      { id: hub, since: '2016-01-01', until: '2016-12-31' },
      { id: hub, direction: 'OUTGOING' },
      { id: hub, direction: 'INCOMING', counterpart: other },
      { id: hub, types: ['MET', 'SANCTIONED', 'INVADED'] },
    ];
    let compared = 0;
    for (const c of cases) {
      const params = { ...base, ...c };
      const integers = { ...params, first: neo4j.int(params.first) };
      const [viaTies, byScan] = await Promise.all([
        connection.driver.executeQuery(
          cypher('queries/relations-of-actors'),
          paramsFor('queries/relations-of-actors', { ...integers, ids: [params.id] }),
          { database: connection.database },
        ),
        connection.driver.executeQuery(cypher('test/relations-by-scan'), integers, { database: connection.database }),
      ]);
      const got = (viaTies.records[0]!.get('items') as { id: string }[]).map((r) => r.id);
      const want = byScan.records[0]!.get('ids') as string[];
      expect(got, JSON.stringify(c)).toEqual(want);
      compared += want.length;
    }
    expect(compared).toBeGreaterThan(100);

    // A dyad's timeline through the (dyad, effectiveDate) and tie (dyad) indexes equals the plain read of
    // every edge between the two: the page, its order, the totals, the score before the page and the trend's sum.
    let pages = 0;
    for (const [a, b] of [
      [hub, other],
      [other, hub],
      [hub, rare],
      [pool[20]!.id, hub],
    ] as const)
      for (const [skip, limit, types] of [
        [0, 20, RELATION_TYPE_NAMES],
        [0, 1, RELATION_TYPE_NAMES],
        [7, 5, RELATION_TYPE_NAMES],
        [20, 20, RELATION_TYPE_NAMES],
        [0, 500, RELATION_TYPE_NAMES],
        [2, 4, ['MET', 'SANCTIONED', 'INVADED']],
      ] as const) {
        const params = { a, b, types, skip: neo4j.int(skip), limit: neo4j.int(limit) };
        const run = async (name: string) =>
          toPlain(
            (
              await connection.driver.executeQuery(cypher(name), paramsFor(name, params), {
                database: connection.database,
              })
            ).records[0]!.toObject(),
          ) as { total: number; score: number; before: number; recent: number; items: { id: string }[] };
        const [page, recent, want] = await Promise.all([
          run('queries/relation-timeline'),
          run('queries/relation-timeline-recent'),
          run('test/timeline-by-scan'),
        ]);
        const label = JSON.stringify({ a, b, skip, limit, types: types.length });
        expect(page.items, label).toEqual(want.items);
        expect(page.total, label).toBe(want.total);
        expect(page.score, label).toBeCloseTo(want.score, 9);
        expect(page.before, label).toBeCloseTo(want.before, 9);
        expect(recent.recent, label).toBeCloseTo(want.recent, 9);
        pages += page.items.length;
      }
    expect(pages).toBeGreaterThan(30);

    // Claims by a claimant about an actor, found through the claims' (claimantId, subjectId|objectId)
    // indexes, equal the claimant's claims checked one by one: the page, its order and the total.
    expect(await expectClaimKeys()).toBe(300);
    let claims = 0;
    const claimants = [hub, other, pool[2]!.id, pool[3]!.id];
    for (const claimant of claimants)
      for (const about of [hub, other, rare, pool[5]!.id, claimant])
        for (const [skip, limit, predicate] of [
          [0, 20, null],
          [0, 1, null],
          [3, 4, null],
          [0, 500, null],
          [0, 500, 'MET'],
        ] as const) {
          const params = { claimant, about, predicate, modality: null, skip: neo4j.int(skip), limit: neo4j.int(limit) };
          const run = async (name: string) =>
            toPlain(
              (
                await connection.driver.executeQuery(cypher(name), params, { database: connection.database })
              ).records[0]!.toObject(),
            ) as { total: number; ids: string[] };
          const [got, want] = await Promise.all([run('queries/claims-list'), run('test/claims-by-scan')]);
          const label = JSON.stringify({ claimant, about, skip, limit, predicate });
          expect(got, label).toEqual(want);
          claims += want.ids.length;
        }
    expect(claims).toBeGreaterThan(30);

    // Neighbourhoods: the page (walked in name order for a hub, expanded for a rare actor) equals the page
    // of the plain query that expands every ring whole, and both ways of finding a ring are exercised.
    const neighbours = async (name: string, params: Record<string, unknown>) => {
      const { rows, plan } = await readProfiled(connection, name, params);
      const items = rows[0]!.items as { id: string; distance: number; via: string[] }[];
      return { items: items.map((x) => ({ id: x.id, distance: x.distance, via: [...x.via].sort() })), plan };
    };
    let walks = 0;
    let expansions = 0;
    let found = 0;
    for (const id of [hub, other, rare, pool[20]!.id])
      for (const depth of [1, 2, 3])
        for (const [first, types] of [
          [1, RELATION_TYPE_NAMES],
          [3, RELATION_TYPE_NAMES],
          [20, RELATION_TYPE_NAMES],
          [50, RELATION_TYPE_NAMES],
          [5, ['MET', 'SANCTIONED', 'INVADED']],
        ] as const) {
          const params = { ids: [id], types, depth: neo4j.int(depth), first: neo4j.int(first) };
          const got = await neighbours('queries/neighbors-of-actors', params);
          const want = await neighbours('test/neighbors-by-expansion', params);
          expect(got.items, JSON.stringify({ id, depth, first, types })).toEqual(want.items);
          if (rowsOf(got.plan, 'NodeIndexSeekByRange', '') > 0) walks += 1;
          else expansions += 1;
          found += want.items.length;
        }
    expect(walks).toBeGreaterThan(3);
    expect(expansions).toBeGreaterThan(3);
    expect(found).toBeGreaterThan(200);
  }, 180_000);
});
