/** The timeline's month buckets (schema/010) as stored, checked against a recount from the evidence edges. */
import { expect } from 'vitest';
import { cypher } from '../../src/graph/cypher.js';
import type { Connection } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/values.js';

interface BucketRow {
  dyad: string;
  type: string;
  month: string;
  count: number;
  weight: number;
}

async function rows(connection: Connection, name: string): Promise<BucketRow[]> {
  const { records } = await connection.driver.executeQuery(cypher(name), {}, { database: connection.database });
  return records.map((r) => {
    const k = toPlain(r.toObject()) as Record<string, unknown>;
    return {
      dyad: String(k.dyad),
      type: String(k.type),
      month: String(k.month),
      count: Number(k.count),
      weight: Number(k.weight),
    };
  });
}

/** Stored buckets equal the recount: keys and counts exactly (an emptied bucket is gone), weights to float precision. */
export async function expectBucketsExact(connection: Connection): Promise<BucketRow[]> {
  const [stored, recounted] = await Promise.all([
    rows(connection, 'test/buckets-stored'),
    rows(connection, 'test/buckets-recomputed'),
  ]);
  expect(stored.map((k) => [k.dyad, k.type, k.month, k.count])).toEqual(
    recounted.map((k) => [k.dyad, k.type, k.month, k.count]),
  );
  stored.forEach((k, i) => expect(k.weight, JSON.stringify(k)).toBeCloseTo(recounted[i]!.weight, 9));
  return stored;
}
