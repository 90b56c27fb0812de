/**
 * The neighbourhood walks or expands its rings by type, and a path's tie is
 * shown through its edges' (dyad, effectiveDate) index. Each must answer
 * exactly as the statement it replaced,
 * kept in cypher/test/ as the oracle, on a synthetic world imported through the
 * real importer; the plans show that the new reads are the ones taken.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_READS } from '../../src/api/resolvers/path.js';
import { RELATION_TYPE_NAMES, tieTypeOf } from '../../src/domain/vocabulary.js';
import { cypher, paramsFor } from '../../src/graph/cypher.js';
import type { ActorDef } from '../../src/ingest/article-format.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { readProfiled, rowsOf } from '../support/named-cypher.js';
import { importSyntheticWorld } from '../support/synthetic-world.js';

const connection = testConnection();
let pool: ActorDef[] = [];

beforeAll(async () => {
  await resetDatabase(connection);
  // 40 actors and 80 articles: the first actors are hubs tied to most others, the last have a few ties.
  ({ pool } = await importSyntheticWorld(connection, { actors: 40, articles: 80, seed: 11 }));
}, 300_000);
afterAll(() => connection.driver.close());

/** A named statement's plain rows, and the plan that read them. */
const run = (name: string, params: Record<string, unknown>) => readProfiled(connection, name, params);

describe('traversals through the projection', () => {
  it('a neighbourhood, walked or expanded by type, equals the one of the statement before', async () => {
    type Item = { id: string; distance: number; via: string[] };
    const page = (rows: Record<string, unknown>[]) =>
      (rows[0]!.items as Item[]).map((x) => ({ id: x.id, distance: x.distance, via: [...x.via].sort() }));
    let walked = 0;
    let expanded = 0;
    let found = 0;
    for (const actor of [pool[0]!, pool[1]!, pool[5]!, pool[20]!, pool[39]!])
      for (const depth of [1, 2, 3])
        for (const [first, types] of [
          [1, RELATION_TYPE_NAMES],
          [5, RELATION_TYPE_NAMES],
          [20, RELATION_TYPE_NAMES],
          [50, RELATION_TYPE_NAMES],
          [3, ['MET', 'SANCTIONED', 'INVADED']],
          [10, ['CRITICIZED']],
        ] as const) {
          const params = { ids: [actor.id], types, depth: neo4j.int(depth), first: neo4j.int(first) };
          const got = await run('queries/neighbors-of-actors', params);
          const want = await run('test/neighbors-by-own-ties', params);
          const label = JSON.stringify({ id: actor.id, depth, first, types: types.length });
          expect(page(got.rows), label).toEqual(page(want.rows));
          expect(got.rows[0]!.actor, label).toEqual(want.rows[0]!.actor);
          const walks = rowsOf(got.plan, 'NodeIndexSeekByRange', 'name >=');
          if (walks > 0) walked += 1;
          else expanded += 1;
          found += page(want.rows).length;
        }
    // Both ways of finding a ring are exercised.
    expect(walked).toBeGreaterThan(10);
    expect(expanded).toBeGreaterThan(3);
    expect(found).toBeGreaterThan(300);
  }, 180_000);

  it("a path's search tests each relationship as it expands, with no fallback that enumerates every path", async () => {
    // A condition on the whole path (its length, a date for the whole path) makes Neo4j plan a variable-length
    // expansion to run when the shortest paths fail it: every path of up to 6 hops, minutes on a large graph.
    type Operator = { operatorType: string; children: Operator[] };
    const operators = (plan: Operator): string[] => [plan.operatorType, ...plan.children.flatMap(operators)];
    const params = {
      from: pool[0]!.id,
      to: pool[39]!.id,
      allowed: [...RELATION_TYPE_NAMES.map(tieTypeOf), 'HOLDS_ROLE'],
      maxHops: neo4j.int(1),
      first: neo4j.int(10),
      at: '2019-06-30',
      ...PATH_READS,
    };
    const { summary } = await connection.driver.executeQuery(
      `EXPLAIN ${cypher('queries/shortest-paths')}`,
      paramsFor('queries/shortest-paths', params),
      { database: connection.database },
    );
    expect(summary.plan).not.toBe(false);
    const ops = summary.plan ? operators(summary.plan) : [];
    expect(ops.filter((o) => o.startsWith('ShortestPath'))).toHaveLength(3);
    expect(ops.filter((o) => o.startsWith('VarLengthExpand'))).toEqual([]);
  });

  it("a path's ties shown through the (dyad, effectiveDate) index equal those found by expanding between their ends", async () => {
    const all = RELATION_TYPE_NAMES.map(tieTypeOf);
    const few = (['MET', 'SANCTIONED', 'CRITICIZED', 'HOSTED'] as const).map(tieTypeOf);
    // statements and events as hops too: the search whose pattern holds their links
    const links = ['SAID', 'ABOUT', 'PARTICIPATED_IN'];
    const notTies = ['HOLDS_ROLE', ...links];
    let paths = 0;
    let hops = 0;
    let throughLinks = 0;
    // the reads of PATH_READS; no search from both ends, and every shown tie read through the index
    const READS = [PATH_READS, { fewTies: 0 }];
    let fromBothEnds = 0;
    let searched = 0;
    let newestTies = 0;
    const pairs: [number, number][] = [
      [39, 38],
      [20, 35],
      [0, 1],
      [0, 30],
      [25, 12],
      [37, 33],
    ];
    for (const [from, to] of pairs)
      for (const [maxHops, first, allowed, at] of [
        [4, 10, all, null],
        [4, 50, all, null],
        [2, 3, few, null],
        [3, 10, few, null],
        [4, 10, all, '2019-06-30'],
        [4, 10, [...all, ...links], null],
        [4, 5, links, null],
      ] as const) {
        const params = {
          from: pool[from]!.id,
          to: pool[to]!.id,
          allowed: [...allowed, 'HOLDS_ROLE'],
          maxHops: neo4j.int(maxHops),
          first: neo4j.int(first),
          at,
        };
        const want = await run('test/shortest-paths-by-expansion', params);
        paths += want.rows.length;
        hops += want.rows.reduce((s, r) => s + (r.rels as unknown[]).length, 0);
        for (const reads of READS) {
          const got = await run('queries/shortest-paths', { ...params, ...reads });
          const label = JSON.stringify({ from, to, maxHops, first, allowed: allowed.length, at, reads });
          // Each actor on a path comes with its own map (the API's loader is primed with it); the rest is the plain read's.
          type Node = { id: string; label: string; actor: { id: string } | null };
          const nodes = got.rows.flatMap((r) => r.nodes as Node[]);
          expect(
            nodes.every((n) => (n.label === 'Actor' ? n.actor?.id === n.id : n.actor === null)),
            label,
          ).toBe(true);
          const plain = got.rows.map((r) => ({
            ...r,
            nodes: (r.nodes as Node[]).map(({ id, label }) => ({ id, label })),
          }));
          expect(plain, label).toEqual(want.rows);
          throughLinks += nodes.filter((n) => n.label !== 'Actor').length;
          // A shown tie with no role beside it (or any, with $at) is an edge of its newest date, read with every
          // other such tie's by one seek of each type's index; one dated by the roles beside it is read alone: from
          // an end of few relationships, else by one seek of its type's index (and null seeks of the others).
          type Shown = { id: string; type: string };
          const ways = want.rows.map((r) => r.rels as Shown[]);
          const isTie = (r: Shown) => !notTies.includes(r.type);
          const roleBeside = (rs: Shown[], i: number) =>
            rs[i - 1]?.type === 'HOLDS_ROLE' || rs[i + 1]?.type === 'HOLDS_ROLE';
          // a tie on several ways is read once
          const newest = new Set(
            ways.flatMap((rs) => rs.filter((r, i) => isTie(r) && (at !== null || !roleBeside(rs, i))).map((r) => r.id)),
          );
          const dated = new Set(
            ways.flatMap((rs) => rs.filter((r, i) => isTie(r) && at === null && roleBeside(rs, i)).map((r) => r.id)),
          );
          const together = rowsOf(got.plan, 'DirectedRelationshipIndexSeek', 'effectiveDate IN');
          const alone = rowsOf(got.plan, 'DirectedRelationshipIndexSeek', 'effectiveDate >=');
          expect(together, label).toBeGreaterThanOrEqual(newest.size);
          if (newest.size === 0) expect(together, label).toBe(0);
          if (dated.size > 0 && reads.fewTies === 0) expect(alone, label).toBeGreaterThan(0);
          if (dated.size === 0) expect(alone, label).toBe(0);
          newestTies += newest.size;
          // which search found the paths: from both ends (no ShortestPath rows), or the shortest-path search
          if (want.rows.length > 0) {
            if (rowsOf(got.plan, 'ShortestPath', '') === 0) fromBothEnds += 1;
            else searched += 1;
          }
        }
      }
    expect(paths).toBeGreaterThan(40);
    // the search with statements and events found paths through them
    expect(throughLinks).toBeGreaterThan(0);
    // both ways of finding them were taken (paths of 3 hops from both ends: path-from-both-ends.test.ts)
    expect(fromBothEnds).toBeGreaterThan(5);
    expect(searched).toBeGreaterThan(40);
    expect(hops).toBeGreaterThan(60);
    // shown as their newest edge, read together (a tie dated by the roles beside it: test/api/path-roles.test.ts)
    expect(newestTies).toBeGreaterThan(20);
  }, 180_000);
});
