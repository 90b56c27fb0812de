/**
 * What each path of the API's port answers: /graphql (admitted, then run by
 * Apollo within its deadline; the explorer for a browser), /explorer and its
 * assets, /health, and the assets Neo4j Browser loads.
 */
import type http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Config } from '../config.js';
import type { Connection } from '../graph/driver.js';
import { circuitOf } from '../graph/circuit.js';
import { serverInfo } from '../graph/migrate.js';
import type { ActorIndex } from '../ingest/gazetteer.js';
import type { Logger } from '../logger.js';
import type { Admission } from './admission.js';
import { roleFor } from './auth.js';
import { GUIDE_PATH, guideHtml, STYLE_PATH, styleSheet } from './browser-assets.js';
import { createContext, type ApiContext } from './context.js';
import { DATABASE_UNAVAILABLE_MESSAGE } from './errors.js';
import { EXPLORER_PATH, explorerHtml, wantsExplorer, type ExplorerAssets } from './explorer.js';
import { onlyRequestErrors, preflight, readJson, refuse, withDeadline } from './http-io.js';

interface RouteDeps {
  config: Config;
  connection: Connection;
  apollo: ApolloServer<ApiContext>;
  admission: Admission;
  logger: Logger;
  gazetteer: () => ActorIndex;
  explorer: ExplorerAssets;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

const HEALTH_DEADLINE_MS = 800;
const AT_CAPACITY = 'The API is at capacity; retry after the number of seconds in Retry-After.';
/** One slow request is not a full server: say which limit it met, and who can move it. */
const pastDeadline = (ms: number): string =>
  `The query was not answered within the API's deadline of ${ms} ms (the server is busy, or this query is slow on it, as a first query often is); ` +
  'retry after the number of seconds in Retry-After, or ask for fewer items. The operator can raise ENTENTE_API_REQUEST_DEADLINE_MS.';

export function router(deps: RouteDeps): Handler {
  return async (req, res) => {
    const arrived = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && req.method === 'GET') return health(deps, res);
    if (url.pathname === STYLE_PATH || url.pathname === GUIDE_PATH)
      return req.method === 'OPTIONS' ? preflight(res) : browserAsset(url.pathname, res);
    if (url.pathname === '/graphql' || url.pathname === '/graphql/') {
      if (deps.config.api.explorer === 'graphiql' && wantsExplorer(req.method, url, req.headers.accept))
        return explorer(res);
      return admitted(deps, req, res, url, arrived);
    }
    if (url.pathname === EXPLORER_PATH && req.method === 'GET') return explorer(res);
    const asset = req.method === 'GET' ? deps.explorer.asset(url.pathname) : null;
    if (asset) {
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
      res.end(asset.body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(
      `Not found. The GraphQL endpoint is /graphql; the explorer is ${EXPLORER_PATH}; health is /health; Neo4j Browser assets are ${STYLE_PATH} and ${GUIDE_PATH}.\n`,
    );
  };
}

function isMutation(body: unknown): boolean {
  const query = typeof body === 'object' && body !== null && 'query' in body ? body.query : undefined;
  return typeof query === 'string' && /\bmutation\b/.test(query);
}

/** A GraphQL request: body read first, then admitted, then answered by its deadline (reads) or when done (mutations). */
async function admitted(
  deps: RouteDeps,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  arrived: number,
): Promise<void> {
  const { admission, config, logger } = deps;
  // The body is read before admission, so that a slow upload never holds an execution slot.
  let body: unknown;
  if (req.method === 'POST') {
    const read = await readJson(req);
    if (read.kind === 'refused') return refuse(req, res, read.status, read.message);
    body = read.body;
  }
  const slot = await admission.enter();
  if ('shed' in slot) {
    logger.warn({ reason: slot.shed, ...admission.load }, 'request shed: the API is at capacity');
    return refuse(req, res, 503, AT_CAPACITY, { 'retry-after': '1' });
  }
  const work = runGraphql(deps, req, res, url, body).finally(() => slot.release());
  if (isMutation(body)) return work;
  // A read still running at the deadline is answered 503 now; it keeps its slot until it ends, so Neo4j's load stays bounded.
  const left = config.api.requestDeadlineMs - (Date.now() - arrived);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, left))));
  const first = await Promise.race([work.then(() => 'done' as const), late]);
  clearTimeout(timer);
  if (first === 'late' && !res.headersSent) {
    const down = circuitOf(deps.connection).open;
    logger.warn(
      { deadlineMs: config.api.requestDeadlineMs, neo4jDown: down, ...admission.load },
      'request shed: not answered by its deadline',
    );
    if (down) refuse(req, res, 503, DATABASE_UNAVAILABLE_MESSAGE, { 'retry-after': '2' }, 'DATABASE_UNAVAILABLE');
    else refuse(req, res, 503, pastDeadline(config.api.requestDeadlineMs), { 'retry-after': '1' });
    work.catch(() => undefined);
  }
}

async function runGraphql(
  deps: RouteDeps,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  body: unknown,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () =>
      createContext({
        role: roleFor(req.headers.authorization, deps.config.api.keys),
        config: deps.config,
        connection: deps.connection,
        gazetteer: deps.gazetteer,
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

function explorer(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(explorerHtml());
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
async function health({ connection, logger }: RouteDeps, res: http.ServerResponse): Promise<void> {
  try {
    const info = await withDeadline(
      circuitOf(connection).guard(
        () => serverInfo(connection),
        (e) => e,
      ),
      HEALTH_DEADLINE_MS,
    );
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition } }));
  } catch (error) {
    logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'health check: Neo4j unavailable');
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '2' });
    res.end(JSON.stringify({ status: 'unavailable', neo4j: { reachable: false } }));
  }
}
