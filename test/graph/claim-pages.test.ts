/**
 * Claims by a claimant about an actor are read a page at a time in index order
 * and counted by the importer's ClaimTally (schema/011). On a real Neo4j, after
 * import, replacement, deletion, a merge and a split: every tally equals the
 * claims recounted from their edges, and every page of queries/claims-list, in
 * every filter, equals the statement it replaced, which collected and sorted
 * every matching claim (and, for a claimant and an actor, the claimant's claims
 * checked one by one), as do each actor's own claims and the claims about it
 * (queries/claims-by-claimants, claims-about-actors, read off schema/017's
 * indexes); and a page of every claim is read off the sortDate index
 * (schema/014).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROPOSITION_WINDOW_DAYS } from '../../src/config.js';
import { mergeActors, splitActor } from '../../src/graph/actor-merge.js';
import { deleteArticles } from '../../src/graph/article-store.js';
import type { ArticleFile } from '../../src/ingest/article-format.js';
import { ActorIndex } from '../../src/ingest/gazetteer.js';
import { actorPool, rng, syntheticArticle } from '../../bench/synthetic.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { readProfiled, readRow, rowsOf } from '../support/named-cypher.js';
import { expectActorListsEqual, expectWindowsEqual, pageParams, pageReader } from '../support/page-windows.js';
import { articlePeople, importDrawn } from '../support/synthetic-world.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

// A small world of 40 actors: the first few are hubs that claim and are claimed about often.
const pool = actorPool(40);
const gazetteer = new ActorIndex(pool);
const [hub, other] = [pool[0]!.id, pool[1]!.id];

/**
 * Synthetic article i, with every fourth article's claims undated (they sort last), and two actors the article
 * introduces (so that a merge may move them): the aide claims about the hub twice an article (on one date, so
 * the date's ties are sorted by the rest of the order), once with the hub as subject and once as object, and
 * the aide or the envoy claims once more; a fourth claim is about the envoy (in every third article, about the
 * envoy and the aide: a merge of the two makes it a claim about one actor on both sides).
 * `variant` rewrites an article for a replacement: its claims change claimant, lose their dates and one goes.
 */
function article(i: number, variant = false): ArticleFile {
  const a = syntheticArticle(i, pool, rng(1000 + i));
  const claimants = ['local-aide', null, i % 2 === 0 ? 'local-aide' : 'local-envoy', null, 'local-aide'];
  const subjects = [hub, null, null, 'local-envoy', null];
  const objects = [null, null, null, i % 3 === 0 ? 'local-aide' : null, hub];
  let claims = a.claims.map((c, k) => ({
    ...c,
    date: i % 4 === 0 ? undefined : c.date,
    claimant: claimants[k] ?? c.claimant,
    subject: subjects[k] ?? c.subject,
    object: objects[k] ?? c.object,
  }));
  if (variant) claims = claims.slice(1).map((c) => ({ ...c, claimant: hub, date: undefined }));
  return { ...a, actors: articlePeople, claims };
}

const importWorld = (indexes: number[], variant = false) =>
  importDrawn(connection, gazetteer, indexes, (i) => article(i, variant));

const query = <T>(name: string, params: Record<string, unknown> = {}) => readRow<T>(connection, name, params);

/** Every tally equals the claims recounted from the edges; returns the pairs compared and the claims counted. */
async function expectTalliesExact(): Promise<{ pairs: number; counted: number }> {
  const { pairs, counted, wrong } = await query<{ pairs: number; counted: number; wrong: unknown[] }>(
    'test/claim-tallies-wrong',
  );
  expect(wrong).toEqual([]);
  return { pairs, counted };
}

const NULLS = ['about', 'claimant', 'predicate', 'modality'];
const page = pageReader(connection, NULLS);

/**
 * Each actor's own claims and the claims about it (Actor.claimsMade, claimsAbout) equal the collected ones, and
 * pages of claims-list equal the slices of the collected statement's whole list (and, for a pair, of the scan's)
 * in every filter; returns the ids compared and the largest pair's total.
 */
async function expectPagesEqual(): Promise<{ compared: number; largestPair: number }> {
  const actors = [hub, other, 'local-aide', 'local-envoy'];
  let compared =
    (await expectActorListsEqual(
      connection,
      'queries/claims-by-claimants',
      'test/claims-by-claimants-collected',
      actors,
    )) +
    (await expectActorListsEqual(
      connection,
      'queries/claims-about-actors',
      'test/claims-about-actors-collected',
      actors,
    ));
  let largestPair = 0;
  const filters: Record<string, unknown>[] = [];
  for (const claimant of actors)
    for (const about of actors)
      for (const extra of [{}, { predicate: 'MET' }, { modality: 'hedged' }])
        filters.push({ claimant, about, ...extra });
  for (const id of [hub, 'local-aide'])
    filters.push(
      { claimant: id },
      { about: id },
      { claimant: id, modality: 'hedged' },
      { about: id, predicate: 'MET' },
    );
  filters.push({}, { predicate: 'INVADED' }, { modality: 'hedged' });
  for (const f of filters) {
    const whole = await page('test/claims-list-collected', f, 0, 100_000);
    if (f.claimant && f.about) {
      expect(await page('test/claims-by-scan', f, 0, 100_000)).toEqual(whole);
      largestPair = Math.max(largestPair, whole.total);
    }
    compared += await expectWindowsEqual(whole, (skip, limit) => page('queries/claims-list', f, skip, limit), f);
  }
  return { compared, largestPair };
}

/** Pages compared hold at least `ids` ids, and some pair has more claims than the pages that cross boundaries reach. */
async function expectPages(ids: number): Promise<void> {
  const { compared, largestPair } = await expectPagesEqual();
  expect(compared).toBeGreaterThan(ids);
  expect(largestPair).toBeGreaterThan(40);
}

describe('claims of a claimant about an actor: index-ordered pages and maintained counts', () => {
  beforeAll(async () => {
    await resetDatabase(connection);
  });

  it(
    'equal the collected pages and the recounted claims after import, re-import, replacement and deletion',
    { timeout: 300_000 },
    async () => {
      const all = Array.from({ length: 48 }, (_, i) => i);
      await importWorld(all);
      expect((await expectTalliesExact()).counted).toBeGreaterThan(200);
      // undated claims are in the world
      expect((await query<{ undated: number }>('test/claims-world')).undated).toBeGreaterThan(20);
      await expectPages(300);

      // an unchanged re-import changes no tally
      await importWorld(all.slice(0, 10));
      await expectTalliesExact();

      // replaced articles: their claims change claimant, lose dates, one goes
      await importWorld([1, 2, 3, 8, 14], true);
      await expectTalliesExact();
      await expectPages(300);

      // deleted articles take their claims' counts with them, and the last one leaves no tally
      await deleteArticles(connection, ['synthetic-article-2', 'synthetic-article-5', 'synthetic-article-21']);
      await expectTalliesExact();
      await expectPages(200);
      await deleteArticles(
        connection,
        all.map((i) => `synthetic-article-${i}`),
      );
      expect(await expectTalliesExact()).toEqual({ pairs: 0, counted: 0 });
    },
  );

  it('read a first page of every claim off the sortDate index, not every claim', async () => {
    await resetDatabase(connection);
    await importWorld(Array.from({ length: 40 }, (_, i) => i));
    const { rows, plan } = await readProfiled(connection, 'queries/claims-list', pageParams(NULLS, {}, 0, 5));
    const whole = await page('test/claims-list-collected', {}, 0, 100_000);
    expect(whole.total).toBeGreaterThan(100);
    expect(rows[0]).toEqual({ total: whole.total, ids: whole.ids.slice(0, 5) });
    const read = rowsOf(plan, 'NodeIndexSeekByRange', 'Claim(sortDate)');
    // the five newest, then every claim of the fifth's date (an article's claims share its date)
    expect(read).toBeGreaterThan(5);
    expect(read).toBeLessThan(40);
    expect(rowsOf(plan, 'PartialTop', '`c.sortDate` DESC')).toBe(5);
    expect(rowsOf(plan, 'NodeByLabelScan', 'Claim')).toBe(0);
    expect(rowsOf(plan, 'NodeIndexScan', 'Claim(sortDate)')).toBe(0);

    // the claims about one actor: each side read off its (id, sortDate) index, at most the page's rows
    const about = await readProfiled(connection, 'queries/claims-list', pageParams(NULLS, { about: hub }, 0, 5));
    const aboutHub = await page('test/claims-list-collected', { about: hub }, 0, 100_000);
    expect(about.rows[0]).toEqual({ total: aboutHub.total, ids: aboutHub.ids.slice(0, 5) });
    const sides =
      rowsOf(about.plan, 'NodeIndexSeek', 'Claim(subjectId, sortDate)') +
      rowsOf(about.plan, 'NodeIndexSeek', 'Claim(objectId, sortDate)');
    expect(sides).toBeGreaterThanOrEqual(5);
    expect(sides).toBeLessThan(aboutHub.total / 2);
    expect(rowsOf(about.plan, 'Expand', 'SUBJECT')).toBe(0);
  });

  it(
    'stay exact when a merge moves a claimant and an actor claimed about, and when the split moves them back',
    { timeout: 300_000 },
    async () => {
      await resetDatabase(connection);
      await importWorld(Array.from({ length: 40 }, (_, i) => i));
      const before = await expectTalliesExact();
      const merged = await mergeActors(connection, 'local-envoy', 'local-aide', DEFAULT_PROPOSITION_WINDOW_DAYS);
      expect(merged.moved).toBeGreaterThan(10);
      const after = await expectTalliesExact();
      expect(after.pairs).toBeLessThan(before.pairs);
      await expectPages(200);
      await splitActor(connection, 'local-envoy', DEFAULT_PROPOSITION_WINDOW_DAYS);
      expect(await expectTalliesExact()).toEqual(before);
      await expectPages(200);
    },
  );
});
