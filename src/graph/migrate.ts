/**
 * Schema migrations: cypher/schema/*.cypher in file-name order. Each statement
 * is idempotent (IF NOT EXISTS, or a backfill that fills only what is
 * missing), so applying them again changes nothing. Constraints and indexes
 * are re-applied on every run (cheap, and a dropped index comes back); a
 * file's backfills run once per graph, because finding nothing to fill still
 * reads every edge (17 s cold at a million edges, on every start).
 */
import type { ResultSummary } from 'neo4j-driver';
import type { Connection } from './driver.js';
import { cypher, cypherNames, splitStatements } from './cypher.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { decodeRows, list, object, string } from './row-decode.js';
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
  /** backfill statements not run because this graph records them as done */
  skipped: number;
  /** constraints and indexes that did not exist before this run */
  created: number;
}

const backfillsDone = object<{ files: string[] }>({ files: list(string) });

const isBackfill = (statement: string): boolean => /\bIN\s+TRANSACTIONS\b/i.test(statement);

/**
 * A backfill over a large graph commits in batches (CALL { … } IN TRANSACTIONS), which Neo4j runs only in an
 * auto-commit transaction, never in the managed one executeQuery opens; every other statement runs managed.
 */
async function runStatement(connection: Connection, statement: string): Promise<ResultSummary> {
  if (!isBackfill(statement))
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
  let skipped = 0;
  let created = 0;
  const db = { database: connection.database };
  try {
    const { records } = await connection.driver.executeQuery(cypher('admin/backfills-done'), {}, db);
    const done = new Set(decodeRows(records, backfillsDone, 'admin/backfills-done')[0]?.files);
    for (const file of files) {
      let backfilled = false;
      for (const statement of splitStatements(cypher(file))) {
        if (isBackfill(statement) && done.has(file)) {
          skipped += 1;
          continue;
        }
        const summary = await runStatement(connection, statement);
        statements += 1;
        backfilled ||= isBackfill(statement);
        created += summary.counters.updates().constraintsAdded + summary.counters.updates().indexesAdded;
      }
      // recorded only once every statement of the file has succeeded: a backfill cut short runs again
      if (backfilled) await connection.driver.executeQuery(cypher('admin/record-backfill'), { file }, db);
    }
    // A new index on an existing graph is populated in the background and not planned until it is online:
    // a graph that just gained one (the per-type articleId indexes on a million edges) waits for it here.
    if (created > 0) await connection.driver.executeQuery(cypher('admin/await-indexes'), {}, db);
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
  return { files, statements, skipped, created };
}
