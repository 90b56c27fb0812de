/**
 * Benchmarks run on their own bundled instance ("bench", ports 7690/7477), never on an analyst's or the tests' data.
 * ENTENTE_BENCH_BOLT_PORT / ENTENTE_BENCH_HTTP_PORT move it, so that a long build can run beside a measurement.
 */
import { loadConfig, type Config } from '../src/config.js';
import { wipeGraph } from '../src/graph/admin.js';
import { openConnection, type Connection } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { startServer, stopServer } from '../src/server/lifecycle.js';

/**
 * The scale graphs' server and API settings, shared by bench:scale and bench:profile so that both start and
 * query the same instances the same way. Each stays overridable from the environment.
 */
export function useScaleBenchDefaults(): void {
  // The machine is shared: a modest server by default.
  process.env.ENTENTE_NEO4J_HEAP ??= '1500m';
  process.env.ENTENTE_NEO4J_PAGECACHE ??= '1500m';
  process.env.ENTENTE_NEO4J_TX_MEMORY ??= '1g';
  // A first plan of a long query on a starved machine can take seconds; measurements are not limits.
  process.env.ENTENTE_QUERY_TIMEOUT_MS ??= '120000';
  // Latency is measured, not cut short: the API's own deadline and queue wait would answer slow requests 503.
  process.env.ENTENTE_API_REQUEST_DEADLINE_MS ??= '120000';
  process.env.ENTENTE_API_QUEUE_TIMEOUT_MS ??= '120000';
  // 16 clients on slow hub queries wait for pooled connections longer than the 1 s an operator wants for an outage.
  process.env.ENTENTE_NEO4J_CONNECT_TIMEOUT_MS ??= '120000';
}

export function benchConfig(instance = 'bench'): Config {
  if (process.env.NEO4J_URI) return loadConfig();
  return loadConfig({
    ...process.env,
    ENTENTE_NEO4J_INSTANCE: instance,
    ENTENTE_NEO4J_BOLT_PORT: process.env.ENTENTE_BENCH_BOLT_PORT ?? '7690',
    ENTENTE_NEO4J_HTTP_PORT: process.env.ENTENTE_BENCH_HTTP_PORT ?? '7477',
    ENTENTE_NEO4J_HEAP: process.env.ENTENTE_NEO4J_HEAP ?? '3g',
    ENTENTE_NEO4J_PAGECACHE: process.env.ENTENTE_NEO4J_PAGECACHE ?? '2g',
    ENTENTE_NEO4J_TX_MEMORY: process.env.ENTENTE_NEO4J_TX_MEMORY ?? '2g',
  });
}

/** A connection to the bench database; release() closes it and stops the server if this run started it. */
export async function benchConnection(
  instance = 'bench',
): Promise<{ connection: Connection; release: () => Promise<void> }> {
  const config = benchConfig(instance);
  const started =
    !config.neo4j.external &&
    !(await startServer(config, (l) => process.stderr.write(`[bench] ${l}\n`))).alreadyRunning;
  const connection = openConnection(config);
  await migrate(connection);
  return {
    connection,
    release: async () => {
      await connection.driver.close();
      if (started) {
        process.stderr.write('[bench] stopping the bench Neo4j this run started\n');
        await stopServer(config);
      }
    },
  };
}

export async function freshGraph(connection: Connection): Promise<void> {
  await wipeGraph(connection, 10_000);
}
