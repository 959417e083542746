import { defineConfig } from 'vitest/config';

/** `npm run test:stress`: concurrency and fault tests that run many whole builds (CI runs them after `npm test`). */
export default defineConfig({
  test: {
    // One temporary root per run, removed at its end (test/support/global-temp.ts).
    globalSetup: ['test/support/global-temp.ts'],
    include: ['test/stress/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
