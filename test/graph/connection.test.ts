import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Neo4jAuthError, Neo4jUnavailableError } from '../../src/errors.js';
import { openConnection, verifyConnection } from '../../src/graph/driver.js';
import { resetDatabase, testConfig, testConnection } from '../support/database.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

describe('connection to the real Neo4j', () => {
  it('writes a node and reads it back over Bolt', async () => {
    await resetDatabase(connection);
    await connection.driver.executeQuery(
      'CREATE (:ConnectionProbe {name: $name, at: datetime()})',
      { name: 'probe' },
      { database: connection.database },
    );
    const { records } = await connection.driver.executeQuery(
      'MATCH (p:ConnectionProbe) RETURN p.name AS name, count(*) AS n',
      {},
      { database: connection.database },
    );
    expect(records.map((r) => [r.get('name'), Number(r.get('n'))])).toEqual([['probe', 1]]);
  });

  it('turns a wrong password into an error that says what to check', async () => {
    const wrong = openConnection(testConfig(), 'not-the-password');
    try {
      const error = await verifyConnection(wrong).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jAuthError);
      expect((error as Error).message).toMatch(
        /refused user "neo4j": wrong user name or password\. To fix: check NEO4J_USER and NEO4J_PASSWORD/,
      );
    } finally {
      await wrong.driver.close();
    }
  });

  it('turns an unreachable server into an error that says how to start one', async () => {
    const nowhere = openConnection(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever-123' }));
    try {
      const error = await verifyConnection(nowhere).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jUnavailableError);
      expect((error as Error).message).toMatch(
        /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(NEO4J_URI\).*check that the server is up/s,
      );
    } finally {
      await nowhere.driver.close();
    }
  });
});
