/**
 * relationTimeline's time order over HTTP on a real Neo4j: an entry without a
 * date of its own is placed at its article's publication date, entries with
 * neither come last, and the running score follows that order whatever order
 * the articles were imported in. Also imports the docs' importArticle example.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importThroughApi, startTestApi, type TestApi } from '../support/api.js';
import { exampleVariables } from '../../src/api/queries-doc.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const importArticle = (article: string) => importThroughApi(api, article);

// Written for this test; the facts are public (Armenia-Russia, 2023-2024).
const dated2024 = `id: t-order-2024
title: Armenia freezes CSTO participation
outlet: rferl
publishedAt: 2024-02-23
text: Armenia froze its participation in the Russia-led bloc. Yerevan is turning away from Moscow.
relations:
  - { type: DRIFTING_FROM, source: Armenia, target: Russia, text: Yerevan is turning away from Moscow, date: 2024-02-22 }
`;
// No date on the entry: it falls back to the article's (2023-09-03), so it precedes 2024.
const undatedEntry = `id: t-order-2023
title: Pashinyan on relying on Russia
outlet: reuters
publishedAt: 2023-09-03
text: Pashinyan criticized Russia for failing to guarantee Armenia's security.
relations:
  - { type: CRITICIZED, source: Armenia, target: Russia, text: Pashinyan criticized Russia }
`;
// Neither the entry nor its article is dated: nothing places it in time, so it comes last.
const undatedArticle = `id: t-order-undated
title: Armenia and Russia trade
outlet: tass
publishedAt: null
text: Armenia trades with Russia more than with any other country.
relations:
  - { type: TRADES_WITH, source: Armenia, target: Russia, text: Armenia trades with Russia }
`;

describe('relationTimeline order', () => {
  it("places an undated entry at its article's date, entries with no date at all last, and runs the score in that order", async () => {
    // Imported newest first and the wholly undated one in the middle, so import order cannot pass for time order.
    await importArticle(dated2024);
    await importArticle(undatedArticle);
    await importArticle(undatedEntry);
    const q = `query($first: Int, $after: String) { relationTimeline(a: "armenia", b: "russia", first: $first, after: $after) {
      score trend totalCount pageInfo { hasNextPage endCursor }
      entries { weight runningScore relation { type date reportedAt article { id } } } } }`;
    const res = await api.gql(q, { first: 100 });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const t = res.data!.relationTimeline;
    const seed = 'azattyq-kazakhstan-turned-its-back-on-russia';
    expect(t.entries).toEqual([
      {
        weight: 1,
        runningScore: -0.4,
        relation: { type: 'CRITICIZED', date: null, reportedAt: '2023-09-03', article: { id: 't-order-2023' } },
      },
      {
        weight: 1,
        runningScore: -1,
        relation: {
          type: 'DRIFTING_FROM',
          date: '2024-02-22',
          reportedAt: '2024-02-23',
          article: { id: 't-order-2024' },
        },
      },
      // The seed article (publishedAt: null) and t-order-undated have no date at all: last, by article id, then sentence.
      {
        weight: 0.5,
        runningScore: -1.3,
        relation: { type: 'DRIFTING_FROM', date: null, reportedAt: null, article: { id: seed } },
      },
      {
        weight: 1,
        runningScore: -1.8,
        relation: { type: 'FAILED_TO_SUPPORT', date: null, reportedAt: null, article: { id: seed } },
      },
      {
        weight: 1,
        runningScore: -2.3,
        relation: { type: 'LOSING_INFLUENCE_OVER', date: null, reportedAt: null, article: { id: seed } },
      },
      {
        weight: 1,
        runningScore: -1.9,
        relation: { type: 'TRADES_WITH', date: null, reportedAt: null, article: { id: 't-order-undated' } },
      },
    ]);
    expect(t).toMatchObject({ score: -1.9, totalCount: 6, pageInfo: { hasNextPage: false } });
    // The latest half, the last three entries: -0.5 - 0.5 + 0.4 = -0.6, below -0.2.
    expect(t.trend).toBe('WORSENING');

    // Pages keep the order and carry the running score over.
    const first = (await api.gql(q, { first: 1 })).data!.relationTimeline;
    const rest = (await api.gql(q, { first: 5, after: first.pageInfo.endCursor })).data!.relationTimeline;
    expect([...first.entries, ...rest.entries]).toEqual(t.entries);
    expect(rest).toMatchObject({ totalCount: 6, score: -1.9, trend: 'WORSENING' });
  });
});

describe('the importArticle example in docs/queries.md', () => {
  it('imports a real article whose relations are then in the graph', async () => {
    const article = exampleVariables('import-article')!.article as string;
    expect(await importArticle(article)).toMatchObject({
      articleId: 'rferl-armenia-freezes-csto-participation',
      outcome: 'CREATED',
      newActors: [],
    });
    const check = await api.gql(
      '{ actor(id: "csto") { relations(types: [FAILED_TO_SUPPORT, DRIFTING_FROM]) { type source { id } target { id } date } } }',
    );
    expect(check.errors, JSON.stringify(check.errors)).toBeUndefined();
    expect(check.data!.actor.relations).toEqual(
      expect.arrayContaining([
        { type: 'DRIFTING_FROM', source: { id: 'armenia' }, target: { id: 'csto' }, date: '2024-02-22' },
        { type: 'FAILED_TO_SUPPORT', source: { id: 'csto' }, target: { id: 'armenia' }, date: '2024-02-22' },
      ]),
    );
    expect(check.data!.actor.relations).toHaveLength(2);
  });
});
