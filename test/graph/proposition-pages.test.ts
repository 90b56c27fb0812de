/**
 * Pages of propositions about an actor, between two, or of all of them are read
 * in index order and counted up to a limit (queries/propositions-list, with
 * schema/011's ranked indexes). On a real Neo4j with a synthetic world, every
 * page in every filter equals the slice of the statement it replaced, which
 * collected and sorted every matching proposition; the count is exact up to the
 * limit and flagged as a lower bound past it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { actorPool } from '../../bench/synthetic.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { readRow } from '../support/named-cypher.js';
import { pageWindows } from '../support/page-windows.js';
import { importSyntheticWorld } from '../support/synthetic-world.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

const pool = actorPool(40);

const query = <T>(name: string, params: Record<string, unknown>) => readRow<T>(connection, name, params);

type Page = { total: number; ids: string[]; totalIsLowerBound?: boolean; hasMore?: boolean };
const read = (name: string, f: Record<string, unknown>, skip: number, limit: number, countLimit = 100_000) =>
  query<Page>(name, {
    about: null,
    dyad: null,
    contested: null,
    minSources: neo4j.int(1),
    ...f,
    skip: neo4j.int(skip),
    limit: neo4j.int(limit),
    countLimit: neo4j.int(countLimit),
  });

describe('propositions about an actor, between two, or all: index-ordered pages, counts up to a limit', () => {
  beforeAll(async () => {
    await resetDatabase(connection);
    // 60 synthetic articles on 40 actors, a few hubs among them, reported by one outlet
    await importSyntheticWorld(connection, { actors: 40, articles: 60, seed: 11 });
  });

  it(
    'equal the pages of the statement that collected every proposition, in every filter',
    { timeout: 300_000 },
    async () => {
      const [hub, other] = [pool[0]!.id, pool[1]!.id];
      const filters: Record<string, unknown>[] = [];
      for (const contested of [null, true, false])
        for (const minSources of [0, 1, 2]) {
          const c = { contested, minSources: neo4j.int(minSources) };
          for (const about of [hub, other, pool[5]!.id, pool[30]!.id]) filters.push({ ...c, about });
          const dyad = hub < other ? `${hub}|${other}` : `${other}|${hub}`;
          filters.push({ ...c, dyad }, { ...c, dyad, about: hub }, c);
        }
      let compared = 0;
      let largest = 0;
      let capped = 0;
      for (const f of filters) {
        const whole = await read('test/propositions-list-collected', f, 0, 100_000);
        largest = Math.max(largest, f.about || f.dyad ? whole.total : 0);
        for (const [skip, limit] of pageWindows(whole.total)) {
          const label = JSON.stringify({ ...f, skip, limit });
          expect(await read('queries/propositions-list', f, skip, limit), label).toEqual({
            total: whole.total,
            totalIsLowerBound: false,
            hasMore: skip + limit < whole.total,
            ids: whole.ids.slice(skip, skip + limit),
          });
          compared += Math.min(limit, Math.max(whole.total - skip, 0));
        }
        // counted up to a limit below the total: the limit, flagged; the pages are the same
        if (whole.total >= 3) {
          const countLimit = whole.total - 2;
          expect(await read('queries/propositions-list', f, 2, 3, countLimit), JSON.stringify(f)).toEqual({
            total: countLimit,
            totalIsLowerBound: true,
            hasMore: 5 < whole.total,
            ids: whole.ids.slice(2, 5),
          });
          expect(await read('queries/propositions-list', f, 0, 2, whole.total)).toMatchObject({
            total: whole.total,
            totalIsLowerBound: false,
          });
          capped += 1;
        }
      }
      expect(compared).toBeGreaterThan(1000);
      expect(largest).toBeGreaterThan(30);
      expect(capped).toBeGreaterThan(20);
    },
  );
});
