/** A readable fingerprint of the whole graph, to prove that an operation changed nothing. */
import type { Connection } from '../../src/graph/driver.js';

export async function graphFingerprint(
  connection: Connection,
): Promise<{ nodes: number; relationships: number; edges: string[] }> {
  const { records } = await connection.driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes
     OPTIONAL MATCH (a)-[r]->(b)
     WITH nodes, count(r) AS relationships, collect(coalesce(a.id, '?') + ' ' + type(r) + ' ' + coalesce(b.id, '?') + ' ' + coalesce(r.id, '')) AS edges
     RETURN nodes, relationships, edges`,
    {},
    { database: connection.database },
  );
  const r = records[0]!;
  return {
    nodes: Number(r.get('nodes')),
    relationships: Number(r.get('relationships')),
    edges: (r.get('edges') as string[]).sort(),
  };
}

/** The write counters of an operation that wrote nothing: a re-import of an unchanged article, a no-op sync. */
export const NOTHING_WRITTEN = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
