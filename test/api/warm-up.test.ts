/**
 * `npm start` runs the documented reads once before it says the API is up, so
 * that a newcomer's first try of each, right after a start with Neo4j's plan
 * cache empty, is answered within the production deadline instead of 503.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReads } from '../../src/api/queries-doc.js';
import { warmUpReads } from '../../src/api/warm-up.js';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { openConnection, type Connection } from '../../src/graph/driver.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { importArticles } from '../../src/ingest/importer.js';
import { readArticleFile } from '../../src/ingest/read-article.js';
import { resetDatabase, testConfig } from '../support/database.js';
import { SEED_FILE } from '../support/seed.js';

// the production deadline, not the functional tests' 20 s: a plan left cold is what this is about
const config = testConfig({ ENTENTE_API_REQUEST_DEADLINE_MS: '1500' });
let connection: Connection;
let server: ApiServer;

beforeAll(async () => {
  connection = openConnection(config);
  await resetDatabase(connection);
  const gazetteer = loadGazetteer();
  await importArticles(connection, gazetteer, [{ name: SEED_FILE, plan: () => readArticleFile(SEED_FILE, gazetteer) }]);
  // as after a fresh Neo4j start: nothing planned yet
  await connection.driver.executeQuery('CALL db.clearQueryCaches()');
  server = await startApiServer(config, connection, { port: 0, warmUp: true });
}, 180_000);
afterAll(async () => {
  await server?.close();
  await connection?.driver.close();
});

describe('warming the query plans at start', () => {
  it("runs every documented read, and only the reads, and the explorer's first query, without an error", () => {
    const reads = exampleReads().map((q) => q.name);
    expect(reads).toContain('neighbors');
    expect(reads).not.toContain('import-article');
    expect(warmUpReads().map((q) => q.name)).toEqual(['explorer default query', ...reads]);
    expect(server.warmUp).toMatchObject({ queries: reads.length + 1, skipped: 0, failed: [] });
  });

  it("leaves each documented read, and the explorer's query, answered within the production deadline on its first request", async () => {
    for (const { name, query, variables } of warmUpReads()) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      expect({ name, status: res.status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
    }
  });
});
