import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Integration files share one database and wipe it in turn: run them one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
    reporters: ['default'],
  },
});
