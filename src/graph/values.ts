/**
 * Decided once: how Neo4j values leave the data layer. Integers become
 * numbers (Entente's counts and offsets are far below 2^53), DATE values
 * become YYYY-MM-DD strings, and nested lists and maps are converted too.
 * The API's queries send their dates as strings already (toString() in the
 * Cypher): the driver decodes a DATE with 64-bit Integer long division, about
 * 18 KB of garbage a value, which was half of what the path query allocated
 * and what grew the API's heap under 16 clients (docs/benchmarks.md).
 */
import neo4j from 'neo4j-driver';

/** JavaScript numbers travel as floats; LIMIT, SKIP and path bounds need integers. */
export function integerParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  return out;
}

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Most values of a result are strings and numbers: they skip the driver's four type probes (a quarter of the
  // API's row decoding in a CPU profile).
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  // A symbol or a function is no Neo4j value; as before, passed on unchanged for the decoder to refuse.
  return value as Plain;
}
