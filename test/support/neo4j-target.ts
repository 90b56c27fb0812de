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
