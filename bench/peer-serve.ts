/**
 * The peer (@neo4j/graphql, bench/peer.ts) as a server process of its own, for bench:scale: it is started as
 * Entente's API is (bench/api-process.ts: the same node, flags and environment), reads the same configuration
 * (src/config.ts: the bench instance, ENTENTE_API_PORT) and opens its driver with Entente's settings, and prints its
 * URL on the line the API prints ("GraphQL API: URL"). SIGTERM or SIGINT closes it.
 */
import { loadConfig, serveInProductionMode } from '../src/config.js';

// Before graphql-js, Apollo and @neo4j/graphql load: they read NODE_ENV as they do (the bench sets it for both sides).
serveInProductionMode();
const { openConnection, verifyConnection } = await import('../src/graph/driver.js');
const { RELATION_TYPE_NAMES } = await import('../src/domain/vocabulary.js');
const { startPeer } = await import('./peer.js');

const config = loadConfig();
const connection = openConnection(config);
await verifyConnection(connection);
const peer = await startPeer(connection, RELATION_TYPE_NAMES, config.api.port);
console.log(`peer (@neo4j/graphql) GraphQL API: ${peer.url}`);

const shutdown = async (): Promise<void> => {
  await peer.close();
  await connection.driver.close();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
