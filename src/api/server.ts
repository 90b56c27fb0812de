/**
 * The GraphQL server: Apollo Server on Node's own http module, so that the
 * same port also answers GET /health and static routes (routes.ts) without a
 * web framework. Request → admission → context (caller, loaders) → Apollo →
 * response.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Config } from '../config.js';
import { ServerStartError } from '../errors.js';
import type { Connection } from '../graph/driver.js';
import { loadGazetteer, type ActorIndex } from '../ingest/gazetteer.js';
import { createLogger, type Logger } from '../logger.js';
import { Admission } from './admission.js';
import { guardArguments } from './argument-limits.js';
import { readKeyPlugin } from './auth.js';
import type { ApiContext } from './context.js';
import { maskInternal } from './errors.js';
import type { MadeQuery } from './query-runner.js';
import { loadExplorerAssets, type ExplorerAssets } from './explorer.js';
import { armor } from './limits.js';
import { resolvers } from './resolvers/index.js';
import { router } from './routes.js';
import { loadTypeDefs } from './schema.js';
import { warmUpQueries, type WarmUp } from './warm-up.js';

export interface ApiServer {
  url: string;
  healthUrl: string;
  /** set when the start ran the documented reads first (options.warmUp) */
  warmUp?: WarmUp;
  close(): Promise<void>;
}

interface ApiOptions {
  /** called after each GraphQL request with its Cypher round trips (tests, benchmarks) */
  onRequestDone?: (stats: { calls: number; queries: MadeQuery[] }) => void;
  /** the explorer's files, when the caller loaded them already (npm start checks them before Neo4j starts) */
  explorer?: ExplorerAssets;
  /** port override; 0 picks a free one */
  port?: number;
  /** run the documented reads once before listening, so their Cypher is planned before the first request (npm start) */
  warmUp?: boolean;
}

export async function startApiServer(
  config: Config,
  connection: Connection,
  options: ApiOptions = {},
): Promise<ApiServer> {
  // First, so that a stale node_modules stops the start before anything listens.
  const explorer = options.explorer ?? loadExplorerAssets();
  const httpServer = http.createServer();
  const logger = createLogger(config.logLevel);
  const apollo = apolloServer(config, httpServer, logger, options);
  await apollo.start();
  let gazetteerIndex: ActorIndex | undefined;
  const gazetteer = (): ActorIndex => (gazetteerIndex ??= loadGazetteer());
  const warmUp = options.warmUp ? await warmUpQueries(apollo, { config, connection, gazetteer }) : undefined;
  const handle = router({
    config,
    connection,
    apollo,
    logger,
    admission: new Admission({
      concurrency: config.api.maxConcurrency,
      queue: config.api.maxQueue,
      waitMs: config.api.queueTimeoutMs,
    }),
    gazetteer,
    explorer,
  });
  httpServer.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    });
  });
  const { port } = await listen(httpServer, options.port ?? config.api.port, config.api.host).catch(
    async (error: unknown) => {
      await apollo.stop();
      throw error;
    },
  );
  const base = `http://${config.api.host}:${port}`;
  return { url: `${base}/graphql`, healthUrl: `${base}/health`, warmUp, close: () => apollo.stop() };
}

/** Apollo with the schema, guarded resolvers, query limits, API keys, and the per-request round-trip report. */
function apolloServer(
  config: Config,
  httpServer: http.Server,
  logger: Logger,
  options: ApiOptions,
): ApolloServer<ApiContext> {
  const typeDefs = loadTypeDefs();
  return new ApolloServer<ApiContext>({
    logger,
    formatError: (formatted, error) => maskInternal(formatted, error, logger),
    typeDefs,
    resolvers: guardArguments(resolvers, typeDefs),
    introspection: true,
    // The process owns its shutdown (cli/serve.ts: the API, the driver, then the Neo4j it started). Apollo's own
    // SIGINT/SIGTERM handler would stop only itself and then re-raise the signal, killing the process before that.
    stopOnTerminationSignals: false,
    ...armor(),
    plugins: [
      // Every plugin hook runs on every request; those with nothing to do here are not installed. Apollo's cache
      // control would wrap every field's resolver (a willResolveField hook per field) for cache hints this schema
      // never sets, and usage reporting would start if an APOLLO_KEY happened to be in the environment.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...(config.api.requireKeyForReads ? [readKeyPlugin()] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      landingPage(config.api.explorer),
      ...(options.onRequestDone ? [roundTripReport(options.onRequestDone)] : []),
    ],
  });
}

/** Hands each request's Cypher round trips to a test or benchmark. */
function roundTripReport(onRequestDone: NonNullable<ApiOptions['onRequestDone']>): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          onRequestDone({ calls: contextValue.db.calls, queries: contextValue.db.queries });
        },
      };
    },
  };
}

/** With GraphiQL, routes.ts answers a browser at /graphql; Sandbox is Apollo's own landing page. */
function landingPage(explorer: Config['api']['explorer']): ApolloServerPlugin {
  switch (explorer) {
    case 'graphiql':
      return ApolloServerPluginLandingPageDisabled();
    case 'sandbox':
      return ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false });
  }
}

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, port, host)));
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/**
 * Fails as startApiServer would when the API's address cannot be listened on,
 * without starting anything: `npm start` asks this first, so a port in use
 * stops it before it starts Neo4j and imports data/, not a minute later.
 */
export async function checkApiAddress(config: Config): Promise<void> {
  const probe = http.createServer();
  await listen(probe, config.api.port, config.api.host);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

/** The two ways a listen fails that a person can fix, in words; anything else stays as it was. */
function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  const where = `The GraphQL API cannot listen on ${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new ServerStartError(
        `${where}: the port is in use, perhaps by another \`npm start\` or \`entente serve\`. Stop that process, or choose a free port with ENTENTE_API_PORT.`,
        { cause: error },
      );
    case 'EACCES':
    case 'EADDRNOTAVAIL':
      return new ServerStartError(
        `${where} (${error.code}): this machine does not let it use that address. Choose a port above 1023 with ENTENTE_API_PORT, or an address of this machine with ENTENTE_API_HOST.`,
        { cause: error },
      );
    default:
      return error;
  }
}
