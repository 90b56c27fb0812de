/**
 * One read query as an auto-commit transaction. executeQuery opens a managed transaction: BEGIN, RUN and PULL,
 * then COMMIT, three socket writes and two waits for Neo4j per call. A read has nothing to commit, and the API
 * asks the driver for no retries (ENTENTE_NEO4J_RETRY_MS is 0 unless set), so RUN and PULL alone, one write and
 * one wait, return the same records in about half the time and CPU (docs/benchmarks.md). The session shares
 * executeQuery's bookmark manager, so a read still follows the writes executeQuery made before it (an import, then a
 * query) on a cluster too.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { Connection } from './driver.js';

interface ReadOptions {
  /** Neo4j's transaction timeout, ms */
  timeoutMs: number;
  /** shown in Neo4j's query log and SHOW TRANSACTIONS */
  metadata: Record<string, string>;
}

export async function readRecords(
  connection: Connection,
  text: string,
  params: Record<string, unknown>,
  options?: ReadOptions,
): Promise<Neo4jRecord[]> {
  const session = connection.driver.session({
    database: connection.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: connection.driver.executeQueryBookmarkManager,
  });
  try {
    const config = options && { timeout: options.timeoutMs, metadata: options.metadata };
    const { records } = await session.run(text, params, config);
    return records;
  } finally {
    await session.close();
  }
}
