/**
 * Runs a named statement of cypher/ (as the data layer does) and decodes its
 * rows into plain values, for graph tests that compare an indexed read with
 * the statement it replaced.
 */
import { cypher, paramsFor } from '../../src/graph/cypher.js';
import type { Connection } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/values.js';

export async function readRows<T>(
  connection: Connection,
  name: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await connection.driver.executeQuery(cypher(name), paramsFor(name, params), {
    database: connection.database,
  });
  return records.map((r) => toPlain(r.toObject()) as T);
}

/** The first row of a statement that returns one (a page with its total, a count). */
export async function readRow<T>(
  connection: Connection,
  name: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const [row] = await readRows<T>(connection, name, params);
  if (row === undefined) throw new Error(`${name} returned no row`);
  return row;
}
