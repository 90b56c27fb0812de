/** Per-file access to the test database: a connection, and a clean slate on demand. */
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { wipeGraph } from '../../src/graph/admin.js';
import { cypher } from '../../src/graph/cypher.js';
import { openConnection, type Connection } from '../../src/graph/driver.js';
import { neo4jEnv } from './neo4j-target.js';

export function testConfig(extra: NodeJS.ProcessEnv = {}): Config {
  const t = inject('neo4j');
  return loadConfig({
    ...neo4jEnv(t),
    ...extra,
  });
}

export function testConnection(): Connection {
  return openConnection(testConfig());
}

/** Deletes all data (the schema stays) and re-marks the database as the tests' own. */
export async function resetDatabase(connection: Connection): Promise<void> {
  await wipeGraph(connection);
  await connection.driver.executeQuery(cypher('test/mark-database'), {}, { database: connection.database });
}
