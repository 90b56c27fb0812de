/** The actor-to-actor projection (TIE_<TYPE>) as stored, checked against one recomputed from the evidence edges. */
import { expect } from 'vitest';
import type { Connection } from '../../src/graph/driver.js';
import { readRows } from './named-cypher.js';

export type TieRow = Record<string, unknown>;

/** Stored and recomputed ties agree: counts and dates exactly, sums to float precision; each is stored under its type and ends. */
export async function expectTiesExact(connection: Connection): Promise<TieRow[]> {
  const [stored, recomputed] = await Promise.all([
    readRows<TieRow>(connection, 'test/ties-stored'),
    readRows<TieRow>(connection, 'test/ties-recomputed'),
  ]);
  expect(stored.map((t) => [t.sourceId, t.targetId, t.type, t.count, t.sources, t.firstDate, t.lastDate])).toEqual(
    recomputed.map((t) => [t.sourceId, t.targetId, t.type, t.count, t.sources, t.firstDate, t.lastDate]),
  );
  stored.forEach((t, i) => {
    expect(t.tieType).toBe(`TIE_${String(t.type)}`);
    // The ends' ids the (end, lastDate) indexes read are the tie's own ends.
    expect([t.storedSourceId, t.storedTargetId]).toEqual([t.sourceId, t.targetId]);
    expect(t.polaritySum as number).toBeCloseTo(recomputed[i]!.polaritySum as number, 9);
    expect(t.score as number).toBeCloseTo(recomputed[i]!.score as number, 9);
  });
  return stored;
}
