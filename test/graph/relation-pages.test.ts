/**
 * An actor's relations page (queries/relations-of-actors) reads its edges from
 * the page's date floor up through schema/012's (sourceId, effectiveDate) and
 * (targetId, effectiveDate) indexes, newest first and at most a page per type
 * and direction (with a counterpart, through schema/008's (dyad,
 * effectiveDate) ones), instead of every tie that reaches into the range, and
 * before that, instead of expanding every edge between the actor and each
 * counterpart. On a real Neo4j with a synthetic world that has undated edges,
 * edges dated by their event and by their report, and many edges on one date:
 * after import, replacement, deletion, a merge and a split, every page in
 * every filter equals the pages of the statements it replaced
 * (test/relations-of-actors-by-ties, each tie that reaches the floor, then its
 * edges; test/relations-of-actors-expanded, the same floor and ties, then
 * every edge between the two actors), item for item, and the ids of the plain
 * read of every edge of the actor (test/relations-by-scan); and every edge's
 * stored ends and dyad key are its own (test/dyad-keys-wrong).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { DEFAULT_PROPOSITION_WINDOW_DAYS } from '../../src/config.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { mergeActors, splitActor } from '../../src/graph/actor-merge.js';
import { deleteArticles } from '../../src/graph/article-store.js';
import type { ArticleFile } from '../../src/ingest/article-format.js';
import { ActorIndex } from '../../src/ingest/gazetteer.js';
import { actorPool, rng, syntheticArticle } from '../../bench/synthetic.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { readRows } from '../support/named-cypher.js';
import { pageWindows } from '../support/page-windows.js';
import { articlePeople, importDrawn } from '../support/synthetic-world.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

// 40 actors, the first few hubs with a hundred edges or more.
const pool = actorPool(40);
const gazetteer = new ActorIndex(pool);
const [hub, other, mid, rare] = [pool[0]!.id, pool[1]!.id, pool[5]!.id, pool[30]!.id];

/**
 * Synthetic article i: every fifth has no publication date and its relations no date (undated edges, which sort
 * last); in every third the relations carry their own event date, a month before the report; two actors of the
 * article's own (so that a merge may move them) meet the hub and each other. `variant` rewrites an article for a
 * replacement: its relations lose their event dates and one goes.
 */
function article(i: number, variant = false): ArticleFile {
  const a = syntheticArticle(i, pool, rng(2000 + i));
  const undated = i % 5 === 0;
  const eventDate = (d: string | null) => {
    if (d === null) return undefined;
    const t = new Date(`${d}T00:00:00Z`);
    t.setUTCMonth(t.getUTCMonth() - 1);
    return t.toISOString().slice(0, 10);
  };
  let relations = [
    ...a.relations,
    { ...a.relations[0]!, type: 'MET' as const, source: 'local-aide', target: hub },
    { ...a.relations[1]!, type: 'MET' as const, source: hub, target: 'local-envoy' },
    { ...a.relations[2]!, type: 'CRITICIZED' as const, source: 'local-envoy', target: 'local-aide' },
  ].map((r) => {
    if (undated) return { ...r, date: undefined };
    return i % 3 === 0 ? { ...r, date: eventDate(a.publishedAt) } : r;
  });
  if (variant) relations = relations.slice(1).map((r) => ({ ...r, date: undefined }));
  return {
    ...a,
    publishedAt: undated ? null : a.publishedAt,
    actors: articlePeople,
    relations,
  };
}

const importWorld = (indexes: number[], variant = false) =>
  importDrawn(connection, gazetteer, indexes, (i) => article(i, variant));

type Row = { key: string; actor: { id: string }; items: Record<string, unknown>[]; actors: { id: string }[] };
const rows = <T = Row>(name: string, params: Record<string, unknown>) => readRows<T>(connection, name, params);

const base = {
  types: RELATION_TYPE_NAMES,
  direction: 'BOTH',
  counterpart: null,
  since: null,
  until: null,
};

/** The filters compared: per actor, every page size the paging tests use, each direction, a counterpart, date ranges and a few types. */
function filters(actors: string[]): Record<string, unknown>[] {
  const firsts = [...new Set(pageWindows(200).map(([, limit]) => limit))];
  const out: Record<string, unknown>[] = [];
  for (const id of actors) {
    for (const first of firsts) out.push({ ids: [id], first });
    out.push(
      { ids: [id], first: 1, direction: 'OUTGOING' },
      { ids: [id], first: 20, direction: 'OUTGOING' },
      { ids: [id], first: 20, direction: 'INCOMING' },
      { ids: [id], first: 20, types: ['MET', 'CRITICIZED', 'INVADED'] },
      { ids: [id], first: 20, since: '2018-01-01' },
      { ids: [id], first: 20, until: '2016-06-30' },
      { ids: [id], first: 20, since: '2015-01-01', until: '2015-12-31' },
      // ranges that end in the past (most ties go on after them, so no floor over the ties' last dates cuts them),
      // that start after every edge, one month, one direction and a few types within a range
      { ids: [id], first: 20, until: '2014-06-30' },
      { ids: [id], first: 5, until: '2019-06-30' },
      { ids: [id], first: 20, since: '2030-01-01' },
      { ids: [id], first: 3, since: '2016-01-01', until: '2016-01-31' },
      { ids: [id], first: 20, since: '2019-01-01', until: '2019-12-31', direction: 'INCOMING' },
      { ids: [id], first: 20, until: '2017-06-30', direction: 'OUTGOING', types: ['MET', 'CRITICIZED'] },
      // the whole list, whose tail is the undated edges, each direction
      { ids: [id], first: 100_000, direction: 'INCOMING' },
      { ids: [id], first: 100_000, direction: 'OUTGOING', types: ['MET', 'CRITICIZED', 'INVADED'] },
    );
    for (const counterpart of [hub, other, 'local-aide', id])
      out.push(
        { ids: [id], first: 3, counterpart },
        { ids: [id], first: 100_000, counterpart, since: '2016-01-01' },
        { ids: [id], first: 20, counterpart },
        { ids: [id], first: 5, counterpart, direction: 'OUTGOING' },
        { ids: [id], first: 5, counterpart, direction: 'INCOMING', until: '2016-06-30' },
        { ids: [id], first: 20, counterpart, types: ['MET', 'CRITICIZED', 'INVADED'] },
        { ids: [id], first: 20, counterpart, since: '2015-01-01', until: '2018-06-30' },
        { ids: [id], first: 3, counterpart, direction: 'OUTGOING', until: '2015-06-30' },
      );
  }
  out.push({ ids: [hub, other, rare, 'local-aide'], first: 20 }, { ids: [hub, other], first: 100_000 });
  return out;
}

/**
 * Every filter's page equals the old statement's, item for item, and the scan's ids; returns the items compared,
 * how many of them were undated, and how many pages were full (so that a floor cut the ties).
 */
async function expectPagesEqual(actors: string[]): Promise<{ items: number; undated: number; full: number }> {
  // Every edge's (and tie's) stored ends and dyad key are its own, which the indexes the page reads by hold.
  const [ends] = await rows<{ checked: number; wrong: string[] }>('test/dyad-keys-wrong', {
    types: RELATION_TYPE_NAMES,
  });
  expect(ends!.wrong).toEqual([]);
  expect(ends!.checked).toBeGreaterThan(1000);
  let [items, undated, full] = [0, 0, 0];
  for (const f of filters(actors)) {
    const params = { ...base, ...f, first: neo4j.int(f.first as number) };
    const label = JSON.stringify(f);
    const [got, want, byTies, ...scans] = await Promise.all([
      rows('queries/relations-of-actors', params),
      rows('test/relations-of-actors-expanded', params),
      rows('test/relations-of-actors-by-ties', params),
      ...(f.ids as string[]).map((id) => rows<{ ids: string[] }>('test/relations-by-scan', { ...params, id })),
    ]);
    expect(
      got.map(({ key, items }) => ({ key, items })),
      label,
    ).toEqual(want);
    // the statement before the edges' own (end, effectiveDate) indexes: the whole rows, actors included
    expect(got, label).toEqual(byTies);
    expect(
      got.map((r) => r.key),
      label,
    ).toEqual(f.ids);
    for (const [k, row] of got.entries()) {
      // The page brings its actor and every actor its items name (ends and reporters), each once.
      expect(row.actor.id, label).toBe(row.key);
      const named = new Set(row.items.flatMap((r) => [r.sourceId, r.targetId, r.assertedById] as string[]));
      expect(row.actors.map((a) => a.id).sort(), label).toEqual([...named].sort());
      expect(
        row.items.map((r) => r.id),
        label,
      ).toEqual(scans[k]![0]!.ids);
      items += row.items.length;
      undated += row.items.filter((r) => r.date == null && r.reportedAt == null).length;
      if (row.items.length === f.first) full++;
    }
  }
  return { items, undated, full };
}

describe("an actor's relations page: edges read through the (end, effectiveDate) and (dyad, effectiveDate) indexes", () => {
  beforeAll(async () => {
    await resetDatabase(connection);
  });

  it(
    'equal the pages of the statements they replaced, through import, replacement and deletion',
    // about 300 filters, each read by the statement, two oracles and the scan: 466 s at a load average of 12
    { timeout: 1_200_000 },
    async () => {
      const all = Array.from({ length: 60 }, (_, i) => i);
      await importWorld(all);
      const actors = [hub, other, mid, rare, 'local-aide'];
      const first = await expectPagesEqual(actors);
      expect(first.items).toBeGreaterThan(1000);
      expect(first.undated).toBeGreaterThan(50);
      expect(first.full).toBeGreaterThan(40);

      // replaced articles: their relations lose event dates and one goes
      await importWorld([1, 2, 3, 9, 14, 30], true);
      expect((await expectPagesEqual(actors)).items).toBeGreaterThan(1000);

      // deleted articles take their edges (and, with the last edge, ties) with them
      await deleteArticles(connection, ['synthetic-article-2', 'synthetic-article-5', 'synthetic-article-21']);
      expect((await expectPagesEqual(actors)).items).toBeGreaterThan(1000);
    },
  );

  it(
    'stay equal when a merge moves an actor’s edges to another (new dyad keys), and when the split moves them back',
    // whichever test runs first plans the three long statements: 316 s here once, at a load average of 12
    { timeout: 1_200_000 },
    async () => {
      await resetDatabase(connection);
      await importWorld(Array.from({ length: 40 }, (_, i) => i));
      const merged = await mergeActors(connection, 'local-envoy', 'local-aide', DEFAULT_PROPOSITION_WINDOW_DAYS);
      expect(merged.moved).toBeGreaterThan(10);
      // the envoy's edges with the aide now run from the aide to itself
      expect((await expectPagesEqual([hub, 'local-aide', other])).items).toBeGreaterThan(1000);
      await splitActor(connection, 'local-envoy', DEFAULT_PROPOSITION_WINDOW_DAYS);
      expect((await expectPagesEqual([hub, 'local-aide', 'local-envoy'])).items).toBeGreaterThan(1000);
    },
  );
});
