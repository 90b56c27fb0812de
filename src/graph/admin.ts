/** Whole-database chores: counts and a batched wipe (db reset, tests). */
import neo4j from 'neo4j-driver';
import type { Connection } from './driver.js';
import { cypher } from './cypher.js';
import { translateNeo4jError } from './neo4j-errors.js';

interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function graphCounts(connection: Connection): Promise<GraphCounts> {
  try {
    const { records } = await connection.driver.executeQuery(
      cypher('admin/counts'),
      {},
      { database: connection.database, routing: 'READ' },
    );
    const r = records[0];
    return { nodes: Number(r?.get('nodes') ?? 0), relationships: Number(r?.get('relationships') ?? 0) };
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
}

/** Deletes every node and relationship in batches; the schema (constraints, indexes) stays. */
export async function wipeGraph(connection: Connection, batch = 10_000): Promise<number> {
  let total = 0;
  try {
    for (;;) {
      const { records } = await connection.driver.executeQuery(
        cypher('admin/wipe-batch'),
        { batch: neo4j.int(batch) },
        { database: connection.database },
      );
      const deleted = Number(records[0]?.get('deleted') ?? 0);
      total += deleted;
      if (deleted === 0) return total;
    }
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
}
