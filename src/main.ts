/**
 * `npm start`, the main job: a reachable, migrated Neo4j (the bundled one
 * unless NEO4J_URI is set), the articles in data/ imported, and the URLs an
 * analyst needs.
 */
import { loadConfig } from './config.js';
import { ensureDatabase, printUrls } from './cli/ensure-database.js';
import { importDataFolder } from './cli/import-data.js';
import { reportError, exitCodeFor } from './cli/output.js';

try {
  const config = loadConfig();
  await ensureDatabase(config, { migrate: true });
  await importDataFolder(config);
  printUrls(config);
} catch (error) {
  reportError(error);
  process.exitCode = exitCodeFor(error);
}
