/** An in-process API server over HTTP against the test Neo4j, with the seed imported. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import type { MadeQuery } from '../../src/api/query-runner.js';
import { openConnection, type Connection } from '../../src/graph/driver.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { importArticles } from '../../src/ingest/importer.js';
import { readArticleFile } from '../../src/ingest/read-article.js';
import { resetDatabase, testConfig } from './database.js';
import { SEED_FILE } from './seed.js';

export const IMPORTER_KEY = 'importer-key-for-tests-0123456789';
export const READER_KEY = 'reader-key-for-tests-0123456789ab';

export interface TestApi {
  server: ApiServer;
  connection: Connection;
  /** Cypher round trips of the last request */
  lastCalls: () => number;
  /** the Cypher calls of the last request, in the order they started */
  lastQueries: () => MadeQuery[];
  gql: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GqlResponse>;
  close: () => Promise<void>;
}

export interface GqlResponse {
  status: number;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export const exampleQuery = (name: string): string =>
  fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'queries', `${name}.graphql`), 'utf8');

/** The docs' importArticle mutation with the importer's key; its result, after checking GraphQL raised no error. */
export async function importThroughApi(api: TestApi, article: string): Promise<Record<string, any>> {
  const res = await api.gql(exampleQuery('import-article'), { article }, { authorization: `Bearer ${IMPORTER_KEY}` });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.importArticle as Record<string, any>;
}

export async function startTestApi(env: NodeJS.ProcessEnv = {}, port = 0): Promise<TestApi> {
  // Functional tests are not overload tests: a cold first query on a busy CI machine may take longer than the production deadline.
  const config = testConfig({
    ENTENTE_API_KEYS: `${IMPORTER_KEY}:importer,${READER_KEY}:reader`,
    ENTENTE_API_REQUEST_DEADLINE_MS: '20000',
    ...env,
  });
  const connection = openConnection(config);
  await resetDatabase(connection);
  const gazetteer = loadGazetteer();
  await importArticles(connection, gazetteer, [{ name: SEED_FILE, plan: () => readArticleFile(SEED_FILE, gazetteer) }]);
  let calls = 0;
  let queries: MadeQuery[] = [];
  // Planned first, as `npm start` does: a cold plan of the largest reads takes longer than the query timeout on a
  // slow host, and a test's first request would pay it (the plans then stay in the test Neo4j's cache).
  const server = await startApiServer(config, connection, {
    port,
    warmUp: true,
    onRequestDone: (s) => {
      calls = s.calls;
      queries = s.queries;
    },
  });
  return {
    server,
    connection,
    lastCalls: () => calls,
    lastQueries: () => queries,
    async gql(query, variables = {}, headers = {}) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await server.close();
      await connection.driver.close();
    },
  };
}
