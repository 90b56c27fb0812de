/**
 * Schema migrations: cypher/schema/*.cypher in file-name order. Each statement
 * is idempotent (IF NOT EXISTS), so applying them again changes nothing.
 */
import type { ResultSummary } from 'neo4j-driver';
import type { Connection } from './driver.js';
import { cypher, cypherNames, splitStatements } from './cypher.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { UnsupportedServerError } from '../errors.js';

interface ServerInfo {
  version: string;
  edition: string;
}

export async function serverInfo(connection: Connection): Promise<ServerInfo> {
  try {
    const { records } = await connection.driver.executeQuery(
      cypher('admin/server-info'),
      {},
      { database: connection.database, routing: 'READ' },
    );
    const record = records[0];
    return { version: String(record?.get('version')), edition: String(record?.get('edition')) };
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
}

export function assertSupported(info: ServerInfo): void {
  const [major = 0, minor = 0] = info.version.split('.').map(Number);
  // Calendar versions (2025.x, 2026.x) are newer than 5.x.
  if (!(major > 5 || (major === 5 && minor >= 26))) {
    throw new UnsupportedServerError(
      `Neo4j ${info.version} is too old: Entente needs Neo4j 5.26 or newer (it writes relationship types from its vocabulary with dynamic types, and uses scoped CALL subqueries). Upgrade the server or point NEO4J_URI at a newer one.`,
    );
  }
}

interface MigrationResult {
  files: string[];
  statements: number;
  /** constraints and indexes that did not exist before this run */
  created: number;
}

/**
 * A backfill over a large graph commits in batches (CALL { … } IN TRANSACTIONS), which Neo4j runs only in an
 * auto-commit transaction, never in the managed one executeQuery opens; every other statement runs managed.
 */
async function runStatement(connection: Connection, statement: string): Promise<ResultSummary> {
  if (!/\bIN\s+TRANSACTIONS\b/i.test(statement))
    return (await connection.driver.executeQuery(statement, {}, { database: connection.database })).summary;
  const session = connection.driver.session({ database: connection.database });
  try {
    return (await session.run(statement)).summary;
  } finally {
    await session.close();
  }
}

export async function migrate(connection: Connection): Promise<MigrationResult> {
  assertSupported(await serverInfo(connection));
  const files = cypherNames('schema');
  let statements = 0;
  let created = 0;
  try {
    for (const file of files) {
      for (const statement of splitStatements(cypher(file))) {
        const summary = await runStatement(connection, statement);
        statements += 1;
        created += summary.counters.updates().constraintsAdded + summary.counters.updates().indexesAdded;
      }
    }
    // A new index on an existing graph is populated in the background and not planned until it is online:
    // a graph that just gained one (the per-type articleId indexes on a million edges) waits for it here.
    if (created > 0)
      await connection.driver.executeQuery(cypher('admin/await-indexes'), {}, { database: connection.database });
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
  return { files, statements, created };
}
