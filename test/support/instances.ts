/**
 * Bundled instances the tests may start, each with its own folder and ports so
 * that npm test never touches the analyst's "main" instance.
 */
export const TEST_INSTANCE_ENV = {
  NEO4J_URI: '',
  NEO4J_PASSWORD: '',
  ENTENTE_NEO4J_INSTANCE: 'test',
  ENTENTE_NEO4J_BOLT_PORT: process.env.ENTENTE_TEST_BOLT_PORT ?? '7688',
  ENTENTE_NEO4J_HTTP_PORT: process.env.ENTENTE_TEST_HTTP_PORT ?? '7475',
  ENTENTE_NEO4J_HEAP: '1g',
  ENTENTE_NEO4J_PAGECACHE: '512m',
  ENTENTE_NEO4J_TX_MEMORY: '512m',
  // The Browser end-to-end test serves the style and guide from an API on this port.
  ENTENTE_API_PORT: process.env.ENTENTE_TEST_API_PORT ?? '4100',
};

/** Used only by the lifecycle test, which stops and restarts its server. */
export const LIFECYCLE_INSTANCE_ENV = {
  ...TEST_INSTANCE_ENV,
  ENTENTE_NEO4J_INSTANCE: 'lifecycle-test',
  ENTENTE_NEO4J_BOLT_PORT: process.env.ENTENTE_TEST_LIFECYCLE_BOLT_PORT ?? '7689',
  ENTENTE_NEO4J_HTTP_PORT: process.env.ENTENTE_TEST_LIFECYCLE_HTTP_PORT ?? '7476',
  ENTENTE_NEO4J_HEAP: '512m',
  ENTENTE_NEO4J_PAGECACHE: '128m',
  ENTENTE_NEO4J_TX_MEMORY: '256m',
};
