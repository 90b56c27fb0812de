/**
 * `npm start`, the main job: a reachable, migrated Neo4j (the bundled one
 * unless NEO4J_URI is set), the articles in data/ imported, the GraphQL API
 * up, the URLs printed; Ctrl-C shuts it all down.
 */
import { loadConfig, serveInProductionMode } from './config.js';
import { exitCodeFor, reportError } from './cli/output.js';

try {
  // Before the server's modules load (graphql-js and Apollo read NODE_ENV as they do).
  serveInProductionMode();
  const serve = await import('./cli/serve.js');
  await serve.runMainJob(loadConfig(), { importData: true });
} catch (error) {
  reportError(error);
  process.exitCode = exitCodeFor(error);
}
