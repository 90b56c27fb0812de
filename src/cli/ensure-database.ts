/** The shared first step of `db start`, `npm start` and the importer: a reachable, migrated database. */
import type { Config } from '../config.js';
import { openConnection, verifyConnection } from '../graph/driver.js';
import { migrate } from '../graph/migrate.js';
import { startServer } from '../server/lifecycle.js';
import { instanceLayout } from '../server/layout.js';
import { note, say } from './output.js';

interface EnsureResult {
  /** true when this call started the bundled server (so the caller may stop it) */
  startedServer: boolean;
}

export async function ensureDatabase(config: Config, options: { migrate: boolean }): Promise<EnsureResult> {
  let startedServer = false;
  if (!config.neo4j.external) {
    const result = await startServer(config, note);
    startedServer = !result.alreadyRunning;
    note(
      result.alreadyRunning
        ? `Neo4j is already running (pid ${result.pid}).`
        : `Neo4j started (pid ${result.pid}); first query answered after ${(result.millisToFirstQuery / 1000).toFixed(1)} s.`,
    );
  }
  const connection = openConnection(config);
  try {
    await verifyConnection(connection);
    if (options.migrate) {
      const m = await migrate(connection);
      note(
        `Schema: ${m.files.length} migration files applied${m.created > 0 ? `, ${m.created} constraints/indexes created` : ', nothing new'}.`,
      );
    }
  } finally {
    await connection.driver.close();
  }
  return { startedServer };
}

export function printUrls(config: Config): void {
  say(`Bolt URI:      ${config.neo4j.uri}  (database "${config.neo4j.database}", user "${config.neo4j.user}")`);
  if (config.neo4j.external) {
    say('Credentials:   NEO4J_USER / NEO4J_PASSWORD from the environment');
  } else {
    say(`Neo4j Browser: http://127.0.0.1:${config.bundled.httpPort}/browser/`);
    say(`Credentials:   ${instanceLayout(config).credentials}  (user neo4j; the password is in that file)`);
  }
}
