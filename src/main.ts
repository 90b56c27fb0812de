/**
 * `npm start`, the main job: a reachable, migrated Neo4j (the bundled one
 * unless NEO4J_URI is set), the articles in data/ imported, the GraphQL API
 * up, the URLs printed; Ctrl-C shuts it all down.
 */
import { loadConfig } from './config.js';
import { exitCodeFor, reportError } from './cli/output.js';
import { runMainJob } from './cli/serve.js';

try {
  await runMainJob(loadConfig(), { importData: true });
} catch (error) {
  reportError(error);
  process.exitCode = exitCodeFor(error);
}
