/** The pairs of tied actors (TIED, schema/013) as stored, checked against a recount from the evidence edges. */
import { expect } from 'vitest';
import { cypher } from '../../src/graph/cypher.js';
import type { Connection } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/values.js';

type PairRow = [dyad: string, lo: string, hi: string, ties: number];

async function rows(connection: Connection, name: string): Promise<PairRow[]> {
  const { records } = await connection.driver.executeQuery(cypher(name), {}, { database: connection.database });
  return records.map((r) => {
    const p = toPlain(r.toObject()) as Record<string, unknown>;
    return [String(p.dyad), String(p.lo), String(p.hi), Number(p.ties)];
  });
}

/** Stored pairs equal the recount: one per pair with a tie, its key and its count of ties (a pair left with none is gone). */
export async function expectTiedPairsExact(connection: Connection): Promise<PairRow[]> {
  const [stored, recounted] = await Promise.all([
    rows(connection, 'test/tied-pairs-stored'),
    rows(connection, 'test/tied-pairs-recomputed'),
  ]);
  expect(stored).toEqual(recounted);
  return stored;
}
