/** What the global setup hands to every test file: where the test database is. */
export interface Neo4jTarget {
  source: 'NEO4J_URI' | 'testcontainers' | 'bundled';
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Neo4j Browser of that server, when the harness knows it (null for NEO4J_URI without ENTENTE_TEST_BROWSER_URL) */
  browserUrl: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

/** The environment that points Entente (a config, a CLI child, `npm start`) at the test database. */
export function neo4jEnv(
  t: Neo4jTarget,
): Record<'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE', string> {
  return { NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database };
}
