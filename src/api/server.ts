/**
 * The GraphQL server: Apollo Server on Node's own http module, so that the
 * same port also answers GET /health (and later static routes) without a web
 * framework. Request → context (caller, loaders) → Apollo → response.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Config } from '../config.js';
import type { Connection } from '../graph/driver.js';
import { serverInfo } from '../graph/migrate.js';
import { circuitOf } from '../graph/circuit.js';
import { loadGazetteer, type ActorIndex } from '../ingest/gazetteer.js';
import { readKeyPlugin, roleFor } from './auth.js';
import { createContext, type ApiContext } from './context.js';
import { GUIDE_PATH, guideHtml, STYLE_PATH, styleSheet } from './browser-assets.js';
import { armor } from './limits.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { createLogger } from '../logger.js';
import { DATABASE_UNAVAILABLE_MESSAGE, maskInternal } from './errors.js';
import { guardArguments } from './argument-limits.js';
import { Admission } from './admission.js';

export interface ApiServer {
  url: string;
  healthUrl: string;
  close(): Promise<void>;
}

export interface ApiOptions {
  /** called after each GraphQL request with its Cypher round trips (tests, benchmarks) */
  onRequestDone?: (stats: { calls: number; queries: { name: string; params: Record<string, unknown> }[] }) => void;
  /** port override; 0 picks a free one */
  port?: number;
}

const MAX_BODY_BYTES = 4 * 1024 * 1024;
const HEALTH_DEADLINE_MS = 800;
const AT_CAPACITY = 'The API is at capacity; retry after the number of seconds in Retry-After.';

function isMutation(body: unknown): boolean {
  const query = typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined;
  return typeof query === 'string' && /\bmutation\b/.test(query);
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Neo4j within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export async function startApiServer(
  config: Config,
  connection: Connection,
  options: ApiOptions = {},
): Promise<ApiServer> {
  const httpServer = http.createServer();
  const protection = armor();
  const logger = createLogger(config.logLevel);
  const admission = new Admission({
    concurrency: config.api.maxConcurrency,
    queue: config.api.maxQueue,
    waitMs: config.api.queueTimeoutMs,
  });
  const apollo = new ApolloServer<ApiContext>({
    logger,
    formatError: (formatted, error) => maskInternal(formatted, error, logger),
    typeDefs: loadTypeDefs(),
    resolvers: guardArguments(resolvers),
    introspection: true,
    ...protection,
    plugins: [
      readKeyPlugin(config.api.requireKeyForReads),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              options.onRequestDone?.({ calls: contextValue.db.calls, queries: contextValue.db.queries });
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  let gazetteer: ActorIndex | undefined;
  const gazetteerOnce = (): ActorIndex => (gazetteer ??= loadGazetteer());

  httpServer.on('request', (req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    });
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const arrived = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && req.method === 'GET') return health(res);
    if (url.pathname === STYLE_PATH || url.pathname === GUIDE_PATH)
      return req.method === 'OPTIONS' ? preflight(res) : browserAsset(url.pathname, res);
    if (url.pathname !== '/graphql' && url.pathname !== '/graphql/') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(
        `Not found. The GraphQL endpoint is /graphql; health is /health; Neo4j Browser assets are ${STYLE_PATH} and ${GUIDE_PATH}.\n`,
      );
      return;
    }
    // The body is read before admission, so that a slow upload never holds an execution slot.
    let body: unknown;
    if (req.method === 'POST') {
      const read = await readJson(req);
      if (read.kind === 'refused') return refuse(req, res, read.status, read.message);
      body = read.body;
    }
    const admitted = await admission.enter();
    if ('shed' in admitted) {
      logger.warn({ reason: admitted.shed, ...admission.load }, 'request shed: the API is at capacity');
      return refuse(req, res, 503, AT_CAPACITY, { 'retry-after': '1' });
    }
    const work = graphql(req, res, url, body).finally(() => admitted.release());
    if (isMutation(body)) return work;
    // A read still running at the deadline is answered 503 now; it keeps its slot until it ends, so Neo4j's load stays bounded.
    const left = config.api.requestDeadlineMs - (Date.now() - arrived);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, left))));
    const first = await Promise.race([work.then(() => 'done' as const), late]);
    clearTimeout(timer);
    if (first === 'late' && !res.headersSent) {
      const down = circuitOf(connection).open;
      logger.warn(
        { deadlineMs: config.api.requestDeadlineMs, neo4jDown: down, ...admission.load },
        'request shed: not answered by its deadline',
      );
      if (down) refuse(req, res, 503, DATABASE_UNAVAILABLE_MESSAGE, { 'retry-after': '2' }, 'DATABASE_UNAVAILABLE');
      else refuse(req, res, 503, AT_CAPACITY, { 'retry-after': '1' });
      work.catch(() => undefined);
    }
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: unknown): Promise<void> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        createContext({
          role: roleFor(req.headers.authorization, config.api.keys),
          config,
          connection,
          gazetteer: gazetteerOnce,
        }),
    });
    // Shed at its deadline already: the client has its 503.
    if (res.headersSent) return;
    for (const [k, v] of response.headers) res.setHeader(k, v);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (res.statusCode >= 500 && onlyRequestErrors(response.body.string)) res.statusCode = 400;
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  function preflight(res: http.ServerResponse): void {
    res.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, OPTIONS',
      'access-control-allow-headers': '*',
      'access-control-max-age': '600',
    });
    res.end();
  }

  /** Neo4j Browser fetches these cross-origin (from the Neo4j HTTP port), hence CORS. */
  function browserAsset(pathname: string, res: http.ServerResponse): void {
    const css = pathname === STYLE_PATH;
    res.writeHead(200, {
      'content-type': css ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8',
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    });
    res.end(css ? styleSheet() : guideHtml());
  }

  /** Answers within HEALTH_DEADLINE_MS whatever Neo4j does: a probe that hangs counts as down. */
  async function health(res: http.ServerResponse): Promise<void> {
    try {
      const info = await withDeadline(
        circuitOf(connection).guard(
          () => serverInfo(connection),
          (e) => e,
        ),
        HEALTH_DEADLINE_MS,
      );
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition } }),
      );
    } catch (error) {
      logger.warn(
        { reason: error instanceof Error ? error.message : String(error) },
        'health check: Neo4j unavailable',
      );
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '2' });
      res.end(JSON.stringify({ status: 'unavailable', neo4j: { reachable: false } }));
    }
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? config.api.port, config.api.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const base = `http://${config.api.host}:${port}`;
  return {
    url: `${base}/graphql`,
    healthUrl: `${base}/health`,
    close: () => apollo.stop(),
  };
}

type BodyRead = { kind: 'body'; body: unknown } | { kind: 'refused'; status: number; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An over-limit request is answered (413), not reset: the client learns why.
 * The connection is closed after the answer so the rest is never read.
 */
const REFUSAL_CODES: Record<number, string> = { 413: 'PAYLOAD_TOO_LARGE', 503: 'OVERLOADED' };

function refuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
  code = REFUSAL_CODES[status] ?? 'BAD_REQUEST',
): void {
  // A shed request keeps its connection (the client will retry on it); a refused body's rest is never read.
  const close = status !== 503;
  res.writeHead(status, { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}), ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }), () => {
    if (close) req.destroy();
  });
}

/** Errors raised before execution because of the request itself (syntax, validation, over-limit tokens): 400, not 500. */
function onlyRequestErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const codes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);
    return (
      parsed.data === undefined &&
      (parsed.errors?.length ?? 0) > 0 &&
      parsed.errors!.every((e) => codes.has(String(e.extensions?.code)))
    );
  } catch {
    return false;
  }
}

function readJson(req: http.IncomingMessage): Promise<BodyRead> {
  const tooLarge: BodyRead = {
    kind: 'refused',
    status: 413,
    message: `The request body is over ${MAX_BODY_BYTES / 1024 / 1024} MiB; send a smaller article or query.`,
  };
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    let size = 0;
    let done = false;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        req.pause();
        resolve(tooLarge);
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (done) return;
      let text: string;
      try {
        text = strictUtf8.decode(Buffer.concat(chunks));
      } catch {
        return resolve({ kind: 'refused', status: 400, message: 'The request body is not valid UTF-8.' });
      }
      if (text === '') return resolve({ kind: 'body', body: undefined });
      try {
        resolve({ kind: 'body', body: JSON.parse(text) });
      } catch {
        // Apollo answers malformed bodies with a proper 400.
        resolve({ kind: 'body', body: text });
      }
    });
    req.on('error', reject);
  });
}
