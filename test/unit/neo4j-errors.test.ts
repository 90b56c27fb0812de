/** Driver errors in Entente's words: what happened and the next step, without advice that does not apply. */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jUnavailableError } from '../../src/errors.js';
import { translateNeo4jError } from '../../src/graph/neo4j-errors.js';

// the driver's own text for a port nothing listens on (neo4j-driver 6)
const refused = (): Neo4jError =>
  new Neo4jError(
    'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
    'ServiceUnavailable',
    '08000',
    'error',
  );

describe('an unreachable Neo4j', () => {
  it("the bundled server: the cause and how to start it, not the driver's encryption advice", () => {
    const e = translateNeo4jError(refused(), { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', external: false });
    expect(e).toBeInstanceOf(Neo4jUnavailableError);
    expect((e as Error).message).toBe(
      'Cannot reach the bundled Neo4j at bolt://127.0.0.1:7687: connect ECONNREFUSED 127.0.0.1:7687. To fix: start it with `npx entente db start` (or `npm start`).',
    );
  });

  it("a server of NEO4J_URI keeps the driver's whole message: its encryption settings may be the cause", () => {
    const e = translateNeo4jError(refused(), { uri: 'neo4j+s://db.example:7687', user: 'neo4j', external: true });
    expect((e as Error).message).toMatch(
      /^Cannot reach Neo4j at neo4j\+s:\/\/db\.example:7687 \(NEO4J_URI\): Failed to connect.*encryption settings.*To fix: check that the server is up/s,
    );
  });
});
