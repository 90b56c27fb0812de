import { defineConfig } from 'vitest/config';

// Two tiers. `unit` (test/unit/) needs nothing but Node: no database, no parser, no network,
// so `npm run test:unit` runs anywhere in seconds. `integration` (everything else) talks to a
// real Neo4j found or started by its global setup. `npm test` runs both.
export default defineConfig({
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
