/**
 * Statements, newest first: a page of the whole list, of one speaker's
 * (schema/015's speakerId), of those about one actor (schema/016's keys on
 * ABOUT edges) or of what one speaker said about one actor (schema/018's
 * speakerId on ABOUT edges) is read in index order (undated statements after
 * the dated ones, in article order), not sorted from every statement. On a
 * real Neo4j, after import, replacement, deletion, a merge and a split: every
 * statement's speakerId is its speaker's, and every ABOUT edge's keys are its
 * statement's and actor's; every page of queries/statements-list, in every
 * filter, equals the statement it replaced, which collected and sorted every
 * matching statement (undated ones after the dated, however far a page
 * reaches), and so does each actor's newest statements
 * (queries/statements-by-speakers); and a first page reads about its own rows.
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
import { expectActorListsEqual, expectListEqual, pageParams, pageReader } from '../support/page-windows.js';
import { articlePeople, importDrawn } from '../support/synthetic-world.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

const pool = actorPool(30);
const gazetteer = new ActorIndex(pool);
const [hub, other] = [pool[0]!.id, pool[1]!.id];

/** Four dates in one spring, so that many statements share a date and the page's last date has ties. */
const DATES = ['2021-03-01', '2021-03-02', '2021-04-15', '2021-05-30'];

/**
 * Synthetic article i whose statements are dated from DATES, every third one undated (those sort last); the hub
 * speaks every fourth statement and is talked about in every fifth, and one of the two people the article
 * introduces speaks another and is talked about in another (so that a merge moves statements and ABOUT edges). `variant` rewrites an article for a
 * replacement: its statements lose their dates and one goes.
 */
function article(i: number, variant = false): ArticleFile {
  const a = syntheticArticle(i, pool, rng(2000 + i));
  const local = i % 2 === 0 ? 'local-aide' : 'local-envoy';
  const speakers = [hub, local];
  // the hub named twice: the planner writes one ABOUT edge for it
  const topics = [[hub, hub], [local]];
  let statements = a.statements.map((s, k) => ({
    ...s,
    date: (i + k) % 3 === 0 ? undefined : DATES[(i * 7 + k) % DATES.length],
    speaker: speakers[k % 4] ?? s.speaker,
    about: topics[k % 5] ?? s.about,
  }));
  if (variant) statements = statements.slice(1).map((s) => ({ ...s, date: undefined }));
  return { ...a, actors: articlePeople, statements, claims: [] };
}

const importWorld = (indexes: number[], variant = false) =>
  importDrawn(connection, gazetteer, indexes, (i) => article(i, variant));

const NULLS = ['speaker', 'about', 'since', 'until'];
const page = pageReader(connection, NULLS);
const params = (filter: Record<string, unknown>, skip: number, limit: number) => pageParams(NULLS, filter, skip, limit);

const FILTERS: Record<string, unknown>[] = [
  {},
  { since: '2021-03-02' },
  { until: '2021-04-15' },
  { since: '2021-03-02', until: '2021-04-15' },
  { since: '2022-01-01' },
  { speaker: hub },
  { speaker: other },
  { about: hub },
  { speaker: hub, about: hub },
  { speaker: other, about: hub, since: '2021-03-02' },
  { about: hub, until: '2021-03-02' },
  { speaker: 'local-aide' },
  { speaker: 'local-envoy', until: '2021-04-15' },
  { speaker: 'local-aide', about: hub },
  { speaker: 'local-envoy', about: hub },
  { speaker: hub, about: 'local-aide', since: '2021-03-02' },
  { about: 'local-aide' },
  { about: 'local-envoy', since: '2021-03-02' },
];

/**
 * Every statement's speakerId is its SAID speaker's id (schema/015), and every ABOUT edge carries its actor's id,
 * its statement's date and article, once per actor (schema/016), and its statement's speakerId (schema/018); returns
 * the statements checked.
 */
async function expectSpeakersExact(): Promise<number> {
  const { statements, wrong } = await readRow<{ statements: number; wrong: unknown[] }>(
    connection,
    'test/statement-speakers-wrong',
  );
  expect(wrong).toEqual([]);
  const topics = await readRow<{ edges: number; wrong: unknown[]; repeated: unknown[] }>(
    connection,
    'test/statement-topics-wrong',
  );
  expect(topics.wrong).toEqual([]);
  expect(topics.repeated).toEqual([]);
  expect(topics.edges).toBeGreaterThan(statements / 2);
  return statements;
}

/** A first page of five of a filter, read under PROFILE, whose total is the oracle's; its plan and that total. */
async function profiledFirstPage(filter: Record<string, unknown>) {
  const { rows, plan } = await readProfiled(connection, 'queries/statements-list', params(filter, 0, 5));
  const { total } = await page('test/statements-list-collected', filter, 0, 1);
  expect(rows[0], JSON.stringify(filter)).toMatchObject({ total });
  return { plan, total };
}

/**
 * Each actor's newest statements (Actor.statements) equal the collected ones, and every page window of every filter
 * equals the collected statement's slice; returns the ids compared.
 */
async function expectPagesEqual(): Promise<number> {
  return (
    (await expectActorListsEqual(
      connection,
      'queries/statements-by-speakers',
      'test/statements-by-speakers-collected',
      [hub, other, 'local-aide', 'local-envoy'],
    )) + (await expectListEqual(page, 'queries/statements-list', 'test/statements-list-collected', FILTERS))
  );
}

describe('statements newest first: index-ordered pages', () => {
  beforeAll(async () => {
    await resetDatabase(connection);
  });

  it('equal the collected pages after import, re-import, replacement and deletion', { timeout: 300_000 }, async () => {
    const all = Array.from({ length: 40 }, (_, i) => i);
    await importWorld(all);
    const whole = await page('test/statements-list-collected', {}, 0, 100_000);
    expect(whole.total).toBe(320);
    expect(await expectSpeakersExact()).toBe(320);
    expect(await expectPagesEqual()).toBeGreaterThan(1_000);

    await importWorld(all.slice(0, 10));
    await importWorld([1, 2, 3, 8, 14], true);
    expect((await page('test/statements-list-collected', {}, 0, 1)).total).toBe(315);
    expect(await expectPagesEqual()).toBeGreaterThan(1_000);

    await deleteArticles(connection, ['synthetic-article-2', 'synthetic-article-5', 'synthetic-article-21']);
    await expectSpeakersExact();
    expect(await expectPagesEqual()).toBeGreaterThan(900);
  });

  it(
    "stay equal when a merge moves a speaker's statements and the split moves them back",
    { timeout: 300_000 },
    async () => {
      await resetDatabase(connection);
      await importWorld(Array.from({ length: 30 }, (_, i) => i));
      const aide = await page('test/statements-list-collected', { speaker: 'local-aide' }, 0, 1);
      const merged = await mergeActors(connection, 'local-envoy', 'local-aide', DEFAULT_PROPOSITION_WINDOW_DAYS);
      expect(merged.moved).toBeGreaterThan(10);
      expect(await expectSpeakersExact()).toBe(240);
      expect((await page('queries/statements-list', { speaker: 'local-aide' }, 0, 1)).total).toBeGreaterThan(
        aide.total,
      );
      await expectPagesEqual();
      await splitActor(connection, 'local-envoy', DEFAULT_PROPOSITION_WINDOW_DAYS);
      await expectSpeakersExact();
      expect((await page('queries/statements-list', { speaker: 'local-aide' }, 0, 1)).total).toBe(aide.total);
      await expectPagesEqual();
    },
  );

  it('reads a first page of the whole list off the indexes, not every statement', async () => {
    await resetDatabase(connection);
    await importWorld(Array.from({ length: 40 }, (_, i) => i));
    // dated statements fill the page: the date index is read from the newest down to the page's last date
    const dated = await readProfiled(connection, 'queries/statements-list', params({}, 0, 5));
    expect(dated.rows[0]).toMatchObject({ total: 320 });
    const datedRead = rowsOf(dated.plan, 'NodeIndexSeekByRange', 'Statement(date)');
    expect(datedRead).toBeGreaterThan(5);
    // the last date of the page has its ties: at most the statements of the newest date or two, not all dated ones
    expect(datedRead).toBeLessThan(150);
    // sorted as read: only each date's ties by the rest of the order, never every statement read
    expect(rowsOf(dated.plan, 'PartialTop', '`s.date` DESC')).toBe(5);
    expect(rowsOf(dated.plan, 'NodeIndexScan', 'Statement(articleId)')).toBe(0);
    expect(rowsOf(dated.plan, 'NodeIndexScan', 'Statement(date)')).toBe(0);
    expect(rowsOf(dated.plan, 'NodeByLabelScan', 'Statement')).toBe(0);

    // a speaker's page: the same, off (speakerId, date), sought by the speaker, never scanned
    const spoken = await profiledFirstPage({ speaker: hub });
    const spokenRead = rowsOf(spoken.plan, 'NodeIndexSeek', 'Statement(speakerId, date)');
    expect(spokenRead).toBeGreaterThan(5);
    expect(spokenRead).toBeLessThan(spoken.total / 2);
    expect(rowsOf(spoken.plan, 'NodeIndexScan', 'Statement(speakerId')).toBe(0);
    expect(rowsOf(spoken.plan, 'Expand', 'SAID')).toBe(0);

    // a page of the statements about an actor: off the ABOUT edges' (actorId, date) index
    const about = await profiledFirstPage({ about: hub });
    const aboutRead = rowsOf(about.plan, 'DirectedRelationshipIndexSeek', 'ABOUT(actorId, date)');
    expect(aboutRead).toBeGreaterThan(5);
    expect(aboutRead).toBeLessThan(about.total / 2);
    expect(rowsOf(about.plan, 'Expand', 'ABOUT')).toBe(0);

    // what the hub said about itself: off the ABOUT edges' (speakerId, actorId, date) index, counted off its entries,
    // never by reading the speaker's statements and their edges
    const pair = await profiledFirstPage({ speaker: hub, about: hub });
    expect(pair.total).toBeGreaterThan(10);
    expect(rowsOf(pair.plan, 'PartialTop', '`r.speakerId` DESC')).toBe(5);
    const pairRead = rowsOf(pair.plan, 'DirectedRelationshipIndexSeek', 'ABOUT(speakerId, actorId, date)');
    expect(pairRead).toBeGreaterThan(5);
    expect(pairRead).toBeLessThan(pair.total);
    expect(rowsOf(pair.plan, 'Expand', 'ABOUT')).toBe(0);
    expect(rowsOf(pair.plan, 'NodeIndexSeek', 'Statement(speakerId')).toBe(0);
  });
});
