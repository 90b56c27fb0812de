/**
 * The API's error codes and the one place where library errors become
 * GraphQL errors. Every message says what to change.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import { isEntenteError } from '../errors.js';
import { InputError } from '../ingest/input-error.js';
import { LIMITS } from './limits.js';

type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TIMEOUT'
  | 'QUERY_OUT_OF_MEMORY'
  | 'DATABASE_UNAVAILABLE';

/** HTTP statuses for errors raised before execution (a bad API key); resolver errors stay in a 200 response. */
const HTTP_STATUS: Partial<Record<ApiErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export function apiError(
  code: ApiErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  originalError?: Error,
): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { ...extensions, code, ...(status ? { http: { status } } : {}) },
    ...(originalError ? { originalError } : {}),
  });
}

/** What clients are told during an outage; the address and the operator's next step go to the server log only. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The graph database is not available right now. Try again in a few seconds; if it persists, tell the operator of this API.';

/** A value quoted in a message, cut short: a megabyte-long id must not make a megabyte-long error. */
export function echo(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return (
    JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text) +
    (text.length > max ? ` (${text.length} characters)` : '')
  );
}

export const badInput = (message: string, argument?: string): GraphQLError =>
  apiError('BAD_USER_INPUT', message, argument ? { argument } : {});
export const notFound = (what: string, ref: string, hint: string): GraphQLError =>
  apiError('NOT_FOUND', `No ${what} ${echo(ref)}. ${hint}`);

/** Errors from the data layer, translated once at the boundary where Cypher runs. */
export function fromDataLayer(error: unknown, timeoutMs: number): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof InputError) {
    return apiError('BAD_USER_INPUT', error.message, { file: error.file, problems: error.problems });
  }
  if (error instanceof Neo4jError && /TransactionTimedOut|Terminated/.test(error.code)) {
    return apiError(
      'QUERY_TIMEOUT',
      `The query ran longer than ${timeoutMs / 1000} s and was stopped. Narrow it: fewer hops, a date range, a smaller page, or more specific ids.`,
    );
  }
  // Found at a million edges: 16 analysts paging a hub's relations at once filled Neo4j's shared
  // transaction memory pool, and each got "internal error" though waiting or narrowing is the cure.
  if (error instanceof Neo4jError && error.code.endsWith('.MemoryPoolOutOfMemoryError')) {
    return apiError(
      'QUERY_OUT_OF_MEMORY',
      'The database is short of query memory right now: too many large queries run at once. Retry in a few seconds; a narrower query (a date range, a counterpart, a relation type, a smaller page) needs less.',
      {},
      error,
    );
  }
  if (error instanceof Neo4jError && error.code.endsWith('.TransactionOutOfMemoryError')) {
    return apiError(
      'QUERY_OUT_OF_MEMORY',
      'This query needs more memory than the database allows one query. Narrow it: a date range, a counterpart, a relation type, fewer hops or a smaller page.',
      {},
      error,
    );
  }
  if (isEntenteError(error) && (error.code === 'NEO4J_UNAVAILABLE' || error.code === 'NEO4J_AUTH_FAILED')) {
    return apiError('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE, {}, error);
  }
  return error;
}

const OPERATOR_WARNINGS: Partial<Record<string, string>> = {
  DATABASE_UNAVAILABLE: 'Neo4j unavailable while answering a request',
  QUERY_OUT_OF_MEMORY:
    'Neo4j ran out of transaction memory; if this recurs, raise dbms.memory.transaction.total.max (all queries at once) or db.memory.transaction.max (one query) in neo4j.conf, or the heap',
};

/**
 * Errors the API did not expect (a Cypher bug, a driver failure) are logged
 * with their detail and reach the client as a short message, never as Cypher.
 */
export function maskInternal(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void },
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // What the client is not told, the operator is: the cause, and for memory the settings that raise it.
  const forOperator = OPERATOR_WARNINGS[String(code)];
  if (forOperator) {
    const original = unwrapResolverError(error);
    const cause = original instanceof GraphQLError ? original.originalError : original;
    logger.warn({ path: formatted.path, reason: cause instanceof Error ? cause.message : String(cause) }, forOperator);
  }
  if (code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, message: withNextStep(shorten(formatted.message)) };
  const original = unwrapResolverError(error);
  if (
    original instanceof GraphQLError &&
    original.extensions?.code &&
    original.extensions.code !== 'INTERNAL_SERVER_ERROR'
  )
    return formatted;
  logger.error({ err: original, path: formatted.path }, 'internal error in a GraphQL request');
  return {
    ...formatted,
    message:
      'Internal error while answering this field; it has been logged on the server. Please report it with the query.',
  };
}

/** graphql-js quotes the request around a syntax error, a whole line of it: the location is enough. */
const MAX_MESSAGE_CHARS = 4_000;
function shorten(message: string): string {
  const withoutExcerpt = message.split('\n\nGraphQL request:')[0]!;
  return withoutExcerpt.length > MAX_MESSAGE_CHARS
    ? `${withoutExcerpt.slice(0, MAX_MESSAGE_CHARS)}… (message cut)`
    : withoutExcerpt;
}

/** graphql-js's own parse errors name the problem but not the way out (and spell it "more that"); a limit of ours says it. */
function withNextStep(message: string): string {
  return /Document contains more th\w+ \d+ tokens/.test(message)
    ? `${message} A request may hold at most ${LIMITS.maxTokens} tokens: ask for fewer fields, or split it into several requests.`
    : message;
}
