/**
 * The API's queries send their dates as strings (toString() in the Cypher), never as DATE values: the driver
 * decodes a DATE with 64-bit Integer long division, about 18 KB of garbage a value, and a page of relations or a
 * path's edges carries 20-40 of them. That garbage was half of what the path query allocated a request and what
 * grew the API process to 400 MB under 16 clients at 1M edges (docs/benchmarks.md, "The API's own cost").
 * A projection that lists a date property as it is (`.date`, `date: r.date`) would bring it back unseen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, cypher } from '../../src/graph/cypher.js';

/** The graph's DATE properties (written with date() by the importer and the projections). */
const DATE_PROPERTIES = ['date', 'reportedAt', 'since', 'until', 'publishedAt', 'firstDate', 'lastDate'];

const QUERIES = fs
  .readdirSync(path.join(CYPHER_DIR, 'queries'))
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => `queries/${f.replace(/\.cypher$/, '')}`);

/** Map entries that return a date property unconverted: `{.date`, `, .date`, `key: x.date,` or `key: x.date}`. */
function rawDateEntries(text: string): string[] {
  const props = DATE_PROPERTIES.join('|');
  const body = text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');
  const shorthand = new RegExp(`[{,]\\s*\\.(?:${props})\\b`, 'g');
  const keyed = new RegExp(`\\w+:\\s*\\w+\\.(?:${props})\\s*[,}]`, 'g');
  return [...body.matchAll(shorthand), ...body.matchAll(keyed)].map((m) => m[0].replace(/\s+/g, ' '));
}

describe("the API's queries return dates as strings", () => {
  it('finds the forms it refuses', () => {
    expect(rawDateEntries('RETURN r {.id, .date, .reportedAt} AS item')).toEqual([', .date', ', .reportedAt']);
    expect(rawDateEntries('RETURN {since: r.since, until: r.until} AS role')).toEqual([
      'since: r.since,',
      'until: r.until}',
    ]);
    expect(rawDateEntries('RETURN r {.id, date: toString(r.date)} AS item')).toEqual([]);
    // comparisons and sort keys are not returned values
    expect(rawDateEntries('WHERE r.since <= date($at) WITH r ORDER BY r.date DESC')).toEqual([]);
  });

  it.each(QUERIES)('%s returns no DATE value', (name) => {
    expect(rawDateEntries(cypher(name))).toEqual([]);
  });
});
