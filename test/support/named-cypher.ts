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
  return plainRows<T>(records);
}

const plainRows = <T>(records: { toObject(): unknown }[]): T[] => records.map((r) => toPlain(r.toObject()) as T);

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

/** A profiled plan as the driver returns it: each operator with the rows it produced. */
export interface Plan {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

/** Rows produced by the plan's operators of one kind whose details contain a text. */
export const rowsOf = (plan: Plan, operator: string, detail: string): number =>
  (plan.operatorType.startsWith(operator) &&
  typeof plan.arguments.Details === 'string' &&
  plan.arguments.Details.includes(detail)
    ? plan.rows
    : 0) + plan.children.reduce((s, c) => s + rowsOf(c, operator, detail), 0);

/** A named statement run under PROFILE: its plain rows and the plan that read them. */
export async function readProfiled(
  connection: Connection,
  name: string,
  params: Record<string, unknown> = {},
): Promise<{ rows: Record<string, unknown>[]; plan: Plan }> {
  const { records, summary } = await connection.driver.executeQuery(
    `PROFILE ${cypher(name)}`,
    paramsFor(name, params),
    { database: connection.database },
  );
  if (!summary.profile) throw new Error(`${name}: no profile came back`);
  return { rows: plainRows<Record<string, unknown>>(records), plan: summary.profile };
}
