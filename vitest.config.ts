import { defineConfig } from 'vitest/config';

// Two tiers. `unit` (test/unit/) needs nothing but Node: no database, no parser, no network,
// so `npm run test:unit` runs anywhere in seconds. `integration` (everything else) talks to a
// real Neo4j found or started by its global setup. `npm test` runs both.
export default defineConfig({
  // graphql ships CommonJS (index.js) and ESM (index.mjs) side by side without an exports map: Node loads the
  // CommonJS copy for Apollo, @graphql-tools and graphql-jit, Vite's resolver would give our sources the ESM one, and a
  // schema built by one copy cannot be executed by the other. Resolve it as Node does, so tests run what `npm start` runs.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    env: { TZ: 'UTC' },
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
          globalSetup: ['test/support/global-setup.ts'],
          // Integration files share one database and wipe it in turn: run them one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
