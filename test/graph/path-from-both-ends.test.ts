/**
 * Two actors with few ties are searched from both ends (each end's first ring,
 * then the pairs of the two rings that TIED joins) instead of by
 * allShortestPaths. On a sparse world, where tail actors are 3 hops apart
 * through two hubs, the answers must equal those of the shortest-path search
 * alone (which traversals.test.ts checks against the oracle; the oracle's own
 * search takes seconds here).
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_READS } from '../../src/api/resolvers/path.js';
import { RELATION_TYPE_NAMES, tieTypeOf } from '../../src/domain/vocabulary.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { readProfiled, rowsOf } from '../support/named-cypher.js';
import { importSyntheticWorld } from '../support/synthetic-world.js';

const connection = testConnection();

beforeAll(async () => {
  await resetDatabase(connection);
  // Many actors, few articles: the tail actors appear once or twice, tied to the hubs of their articles.
  await importSyntheticWorld(connection, { actors: 600, articles: 40, seed: 5 });
}, 300_000);
afterAll(() => connection.driver.close());

/** A named statement's plain rows, and the plan that read them. */
const run = (name: string, params: Record<string, unknown>) => readProfiled(connection, name, params);

describe('a path searched from both ends', () => {
  it('finds the shortest paths the search finds, of 1 to 3 hops, testing the pairs by TIED seeks and reading the ties of the pairs it can show', async () => {
    const allowed = [...RELATION_TYPE_NAMES.map(tieTypeOf), 'HOLDS_ROLE'];
    const found = new Map<number, number>();
    let seeks = 0;
    // ties read between the rings, by pair, for 50 paths and then for 2
    const sought = new Map<number, number[]>();
    const few = await run('test/actors-with-few-ties', { most: neo4j.int(PATH_READS.fewTies) });
    const tail = few.rows.map((r) => r.id as string);
    expect(tail.length).toBeGreaterThan(20);
    for (let i = 0; i + 1 < tail.length; i += Math.ceil(tail.length / 30))
      for (const [maxHops, first] of [
        [4, 50],
        [3, 2],
        [2, 10],
      ] as const) {
        const params = {
          from: tail[i]!,
          to: tail[i + 1]!,
          allowed,
          maxHops: neo4j.int(maxHops),
          first: neo4j.int(first),
          at: null,
        };
        // the shortest-path search alone (checked against the oracle in traversals.test.ts)
        const want = await run('queries/shortest-paths', { ...params, fewTies: 0 });
        const got = await run('queries/shortest-paths', { ...params, ...PATH_READS });
        const label = JSON.stringify({ from: params.from, to: params.to, maxHops, first });
        expect(got.rows, label).toEqual(want.rows);
        if (want.rows.length === 0 || rowsOf(got.plan, 'ShortestPath', '') > 0) continue;
        const length = (want.rows[0]!.rels as unknown[]).length;
        found.set(length, (found.get(length) ?? 0) + 1);
        if (rowsOf(got.plan, 'DirectedRelationshipIndexSeek', ':TIED(dyad)') > 0) seeks += 1;
        if (length === 3 && first !== 10)
          sought.set(i, [...(sought.get(i) ?? []), rowsOf(got.plan, 'DirectedRelationshipIndexSeek', ':TIE_')]);
      }
    expect(found.get(3) ?? 0).toBeGreaterThan(10);
    expect(found.get(2) ?? 0).toBeGreaterThan(2);
    expect(seeks).toBeGreaterThan(0);
    // with 2 paths asked for, the ties of the pairs ordered after the second way were not read
    expect([...sought.values()].filter(([all, two]) => two! < all!).length).toBeGreaterThan(0);
  }, 300_000);
});
