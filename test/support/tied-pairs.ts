/** The pairs of tied actors (TIED, schema/013) as stored, checked against a recount from the evidence edges. */
import { expect } from 'vitest';
import type { Connection } from '../../src/graph/driver.js';
import { readRows } from './named-cypher.js';

type PairRow = [dyad: string, lo: string, hi: string, ties: number];

async function rows(connection: Connection, name: string): Promise<PairRow[]> {
  const pairs = await readRows<{ dyad: string; lo: string; hi: string; ties: number }>(connection, name);
  return pairs.map((p) => [p.dyad, p.lo, p.hi, p.ties]);
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
