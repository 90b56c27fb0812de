/**
 * Checked decoders from the plain values a query returns to typed rows. A
 * decoder's type is spelled by the DTO it must produce, so a field missing
 * from the decoder, or decoded as the wrong type, fails to compile; a value
 * of the wrong shape from Cypher fails at the data boundary with the query,
 * the row and the field, not as an undefined deep in a resolver.
 *
 * Why not the driver's own object mapping (`rule.asString`, `hydrated<T>`)?
 * Its rules are untyped (`Record<string, Rule>`), so `hydrated<T>` trusts T
 * the way a cast does, and it does not reach into nested maps and lists,
 * which most of Entente's queries return.
 */
import { toPlain, type Plain } from './values.js';
import { RowShapeError } from '../errors.js';

/** `at` names where the value sits, e.g. "row 0.items[2].polarity", for the error. */
export type Decoder<T> = (value: Plain | undefined, at: string) => T;

const show = (value: Plain | undefined): string => (value === undefined ? 'nothing' : JSON.stringify(value));

function fail(at: string, expected: string, value: Plain | undefined): never {
  throw new RowShapeError(at, `expected ${expected}, got ${show(value).slice(0, 80)}`);
}

export const string: Decoder<string> = (v, at) => (typeof v === 'string' ? v : fail(at, 'a string', v));
export const number: Decoder<number> = (v, at) => (typeof v === 'number' ? v : fail(at, 'a number', v));
export const boolean: Decoder<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'a boolean', v));

/** One of a fixed set of strings (a stored enum value). */
export function oneOf<const S extends string>(...allowed: S[]): Decoder<S> {
  return (v, at) =>
    typeof v === 'string' && (allowed as string[]).includes(v) ? (v as S) : fail(at, allowed.join(' | '), v);
}

/** A property Cypher leaves out or sets to null. */
export function nullable<T>(inner: Decoder<T>): Decoder<T | null> {
  return (v, at) => (v == null ? null : inner(v, at));
}

/** A list; a missing or null list (a key with nothing collected) is empty. */
export function list<T>(item: Decoder<T>): Decoder<T[]> {
  return (v, at) => {
    if (v == null) return [];
    if (!Array.isArray(v)) return fail(at, 'a list', v);
    return v.map((x, i) => item(x, `${at}[${i}]`));
  };
}

/** A default for a value Cypher may leave null (e.g. a flag never set). */
export function withDefault<T>(inner: Decoder<T>, fallback: T): Decoder<T> {
  return (v, at) => (v == null ? fallback : inner(v, at));
}

type Fields<T> = { [K in keyof T]-?: Decoder<T[K]> };

/** A map whose every field has a decoder; extra columns are ignored. */
export function object<T>(fields: Fields<T>): Decoder<T> {
  return (v, at) => {
    if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) return fail(at, 'a map', v);
    const out = {} as T;
    for (const key of Object.keys(fields) as (keyof T & string)[]) out[key] = fields[key](v[key], `${at}.${key}`);
    return out;
  };
}

/** One column of a row (or one key of a map), unchecked: for a decoder that reads it next. */
export function column(v: Plain | undefined, name: string, at: string): Plain | undefined {
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) return fail(at, 'a map', v);
  return v[name];
}

/** A value computed from a decoded one (e.g. a row's column, or a sum type's variant). */
export function map<A, B>(inner: Decoder<A>, to: (a: A, at: string) => B): Decoder<B> {
  return (v, at) => to(inner(v, at), at);
}

/** Every record of a result through one decoder; an error names the query and the row. */
export function decodeRows<T>(records: readonly { toObject(): unknown }[], decoder: Decoder<T>, query: string): T[] {
  return records.map((r, i) => decoder(toPlain(r.toObject()), `${query} row ${i}`));
}
