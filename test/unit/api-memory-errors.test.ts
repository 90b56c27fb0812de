/**
 * Neo4j's two out-of-memory errors reach an analyst as QUERY_OUT_OF_MEMORY
 * with a next step, and the operator's log names the setting, instead of
 * "internal error". The errors are built as the driver delivers them (code
 * and GQL status as Neo4j 5.26 sends them); raising them for real needs an
 * Enterprise-only dynamic setting or a million-edge graph (bench:scale).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromDataLayer, maskInternal } from '../../src/api/errors.js';

const poolFull = new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB. Currently using 1022.9 MiB. dbms.memory.transaction.total.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  '51N72',
  'error: system configuration or operation exception - memory pool out of memory',
);
const oneTooBig = new Neo4jError(
  'The allocation of an extra 8.0 MiB would use more than the limit 100.0 MiB. db.memory.transaction.max threshold reached',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  '51N73',
  'error: system configuration or operation exception - transaction memory limit reached',
);

function answered(error: Neo4jError): { formatted: GraphQLFormattedError; warnings: string[] } {
  const translated = fromDataLayer(error, 15_000);
  expect(translated).toBeInstanceOf(GraphQLError);
  const warnings: string[] = [];
  const logger = { error: () => warnings.push('error'), warn: (_: object, msg: string) => warnings.push(msg) };
  const formatted = maskInternal((translated as GraphQLError).toJSON(), translated, logger);
  return { formatted, warnings };
}

describe('Neo4j out of transaction memory', () => {
  it('a full shared pool says to retry or narrow the query, and the log names the setting', () => {
    const { formatted, warnings } = answered(poolFull);
    expect(formatted.extensions?.code).toBe('QUERY_OUT_OF_MEMORY');
    expect(formatted.message).toMatch(/Retry in a few seconds/);
    expect(formatted.message).not.toMatch(/dbms\.memory|Internal error/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/dbms\.memory\.transaction\.total\.max/);
  });

  it('one query over its own limit says how to narrow it', () => {
    const { formatted, warnings } = answered(oneTooBig);
    expect(formatted.extensions?.code).toBe('QUERY_OUT_OF_MEMORY');
    expect(formatted.message).toMatch(/more memory than the database allows one query\. Narrow it/);
    expect(warnings[0]).toMatch(/db\.memory\.transaction\.max/);
  });

  it('any other driver error stays internal: masked for the client, logged as an error', () => {
    const other = new Neo4jError('boom', 'Neo.DatabaseError.General.UnknownError', '50N42', 'error');
    expect(fromDataLayer(other, 15_000)).toBe(other);
  });
});
