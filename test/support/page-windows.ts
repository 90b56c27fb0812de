/**
 * How the paging tests read a list: the windows they cut, and the check that
 * a list read's windows equal the slices of the list its oracle collected.
 */
import { expect } from 'vitest';
import type { Connection } from '../../src/graph/driver.js';
import { integerParams } from '../../src/graph/values.js';
import { readRow, readRows } from './named-cypher.js';

/**
 * The (skip, limit) windows a paging test reads over a list of `total` items: the first page, one item, pages
 * that cross each other's boundary, the last item, past the end, and everything at once.
 */
export function pageWindows(total: number): readonly (readonly [number, number])[] {
  return [
    [0, 20],
    [0, 1],
    [3, 4],
    [7, 5],
    [Math.max(total - 1, 0), 3],
    [total + 2, 5],
    [0, 100_000],
  ];
}

/** A page of ids with the total of the list it was cut from, as the list reads (queries/*-list) return it. */
export interface IdPage {
  total: number;
  ids: string[];
}

/**
 * Each window of the list read by `read` equals the same slice of `whole`, the list collected by the oracle, with
 * its total; `label` names the filter in a failure. Returns the ids compared.
 */
export async function expectWindowsEqual(
  whole: IdPage,
  read: (skip: number, limit: number) => Promise<IdPage>,
  label: Record<string, unknown>,
): Promise<number> {
  let compared = 0;
  for (const [skip, limit] of pageWindows(whole.total)) {
    const got = await read(skip, limit);
    expect(got, JSON.stringify({ ...label, skip, limit })).toEqual({
      total: whole.total,
      ids: whole.ids.slice(skip, skip + limit),
    });
    compared += got.ids.length;
  }
  return compared;
}

/** Reads a page of a list (or of its oracle) with the filter's parameters, every other one of `nulls` null. */
export type PageReader = (
  name: string,
  filter: Record<string, unknown>,
  skip: number,
  limit: number,
) => Promise<IdPage>;

export const pageReader =
  (connection: Connection, nulls: readonly string[]): PageReader =>
  (name, filter, skip, limit) =>
    readRow<IdPage>(connection, name, pageParams(nulls, filter, skip, limit));

/** A list read's parameters: the filter, every other one of `nulls` null, and the window as integers. */
export const pageParams = (
  nulls: readonly string[],
  filter: Record<string, unknown>,
  skip: number,
  limit: number,
): Record<string, unknown> =>
  integerParams({ ...Object.fromEntries(nulls.map((n) => [n, null])), ...filter, skip, limit });

/**
 * For every filter, each window of the list `read` equals the same slice of the whole list its oracle
 * `collected` returns; returns the ids compared.
 */
export async function expectListEqual(
  page: PageReader,
  read: string,
  collected: string,
  filters: readonly Record<string, unknown>[],
): Promise<number> {
  let compared = 0;
  for (const f of filters) {
    const whole = await page(collected, f, 0, 100_000);
    compared += await expectWindowsEqual(whole, (skip, limit) => page(read, f, skip, limit), f);
  }
  return compared;
}

/**
 * A per-actor list (an Actor field: `read`, one row of ids per actor) equals its oracle `collected` for each of
 * `ids` at several lengths; returns the ids compared.
 */
export async function expectActorListsEqual(
  connection: Connection,
  read: string,
  collected: string,
  ids: readonly string[],
): Promise<number> {
  let compared = 0;
  for (const first of [1, 3, 7, 40, 1_000]) {
    const rows = (name: string) =>
      readRows<{ key: string; ids: string[] }>(connection, name, integerParams({ ids, first }));
    const got = await rows(read);
    expect(got, `${read}, first ${first}`).toEqual(await rows(collected));
    compared += got.reduce((n, row) => n + row.ids.length, 0);
  }
  return compared;
}
