/**
 * Articles, newest first: without an outlet, a page is read in the
 * publication-date index's order (undated articles after the dated ones, by
 * id), and the total comes from the count store less the stubs (articles known
 * only from a citation). On a real Neo4j, after import and deletion, every page
 * of queries/articles-list, in every filter, equals the statement it replaced,
 * which collected and sorted every matching article; and the first page of the
 * whole list reads about its own rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticles } from '../../src/graph/article-store.js';
import type { ArticleFile } from '../../src/ingest/article-format.js';
import { ActorIndex } from '../../src/ingest/gazetteer.js';
import { actorPool, rng, syntheticArticle } from '../../bench/synthetic.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { readProfiled, readRow, rowsOf } from '../support/named-cypher.js';
import { expectListEqual, pageParams, pageReader } from '../support/page-windows.js';
import { importDrawn } from '../support/synthetic-world.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

const pool = actorPool(30);
const gazetteer = new ActorIndex(pool);
const outlets = pool.filter((a) => a.kind !== 'Person').map((a) => a.id);
const [outletA, outletB] = [outlets[0]!, outlets[1]!];

/** Three dates, so that most articles share their date with others and a page's last date has ties. */
const DATES = ['2022-06-01', '2022-06-02', '2022-07-20'];

/**
 * Synthetic article i, published by one of two outlets on one of DATES, every fifth one undated (those sort
 * last); every third one cites an outlet, which leaves a stub article in the graph.
 */
function article(i: number): ArticleFile {
  const a = syntheticArticle(i, pool, rng(3000 + i));
  return {
    ...a,
    outlet: i % 2 === 0 ? outletA : outletB,
    publishedAt: i % 5 === 0 ? null : DATES[(i * 7) % DATES.length]!,
    cites: i % 3 === 0 ? [{ outlet: outlets[2 + (i % 4)]! }] : [],
    statements: [],
    claims: [],
    relations: a.relations.map((r) => ({ ...r, date: DATES[0] })),
  };
}

const NULLS = ['outlet', 'since', 'until'];
const page = pageReader(connection, NULLS);

const FILTERS: Record<string, unknown>[] = [
  {},
  { since: '2022-06-02' },
  { until: '2022-06-02' },
  { since: '2022-06-02', until: '2022-06-30' },
  { since: '2023-01-01' },
  { outlet: outletA },
  { outlet: outletB, since: '2022-06-02' },
];

/** Every page window of every filter equals the collected statement's slice; returns the ids compared. */
const expectPagesEqual = () => expectListEqual(page, 'queries/articles-list', 'test/articles-list-collected', FILTERS);

describe('articles newest first: index-ordered pages', () => {
  beforeAll(async () => {
    await resetDatabase(connection);
  });

  it(
    'equal the collected pages after import, re-import and deletion, stubs left out',
    { timeout: 300_000 },
    async () => {
      const all = Array.from({ length: 45 }, (_, i) => i);
      await importDrawn(connection, gazetteer, all, article);
      const { stubs, datedStubs } = await readRow<{ stubs: number; datedStubs: number }>(
        connection,
        'test/articles-world',
      );
      expect(stubs).toBeGreaterThan(0);
      expect(datedStubs).toBe(0);
      expect((await page('test/articles-list-collected', {}, 0, 1)).total).toBe(45);
      expect(await expectPagesEqual()).toBeGreaterThan(300);

      await importDrawn(connection, gazetteer, all.slice(0, 10), article);
      await deleteArticles(connection, ['synthetic-article-3', 'synthetic-article-10', 'synthetic-article-11']);
      expect((await page('test/articles-list-collected', {}, 0, 1)).total).toBe(42);
      expect(await expectPagesEqual()).toBeGreaterThan(250);
    },
  );

  it('reads a first page of the whole list off the indexes, not every article', async () => {
    await resetDatabase(connection);
    await importDrawn(
      connection,
      gazetteer,
      Array.from({ length: 45 }, (_, i) => i),
      article,
    );
    const { rows, plan } = await readProfiled(connection, 'queries/articles-list', pageParams(NULLS, {}, 0, 3));
    const whole = await page('test/articles-list-collected', {}, 0, 100_000);
    expect(rows[0]).toEqual({ total: whole.total, ids: whole.ids.slice(0, 3) });
    const read = rowsOf(plan, 'NodeIndexSeekByRange', 'Article(publishedAt)');
    // the three newest, then every article of the newest date (a third of the dated ones at most)
    expect(read).toBeGreaterThan(3);
    expect(read).toBeLessThan(25);
    expect(rowsOf(plan, 'PartialTop', '`art.publishedAt` DESC')).toBe(3);
    expect(rowsOf(plan, 'NodeByLabelScan', 'Article')).toBe(0);
    expect(rowsOf(plan, 'NodeIndexScan', 'Article(id)')).toBe(0);
    expect(rowsOf(plan, 'NodeIndexScan', 'Article(publishedAt)')).toBe(0);
  });
});
