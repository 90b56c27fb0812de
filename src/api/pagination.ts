/**
 * Offset pagination with opaque cursors over a stable order (every list query
 * orders by a unique key last). Page sizes are capped so one request cannot
 * ask for the whole graph.
 */
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
/** Paging deeper than this is a crawl; narrow the query instead. */
const MAX_OFFSET = 100_000;

export interface Page {
  skip: number;
  limit: number;
}

export function pageOf(first: number | null | undefined, after: string | null | undefined, fallback = 20): Page {
  return { skip: after ? decodeCursor(after) : 0, limit: limitOf(first, fallback) };
}

export function limitOf(first: number | null | undefined, fallback = 20, argument = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE)
    throw badInput(
      `\`${argument}\` must be between 1 and ${MAX_PAGE_SIZE} (got ${n}); page through longer lists with \`after\`.`,
      argument,
    );
  return n;
}

const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const m = cursor.length <= 64 ? /^o:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (m && Number(m[1]) > MAX_OFFSET)
    throw badInput(
      `\`after\` points ${m[1]} items deep; paging stops at ${MAX_OFFSET}: narrow the query (a date range, a kind, an actor).`,
      'after',
    );
  if (!m)
    throw badInput(
      '`after` is not a cursor this API gave out; pass the `pageInfo.endCursor` of the previous page.',
      'after',
    );
  return Number(m[1]);
}

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

export function connectionOf<T>(total: number, nodes: T[], page: Page): Connection<T> {
  const end = page.skip + nodes.length;
  return {
    totalCount: total,
    pageInfo: { hasNextPage: end < total, endCursor: nodes.length > 0 ? encodeCursor(end) : null },
    nodes,
  };
}
