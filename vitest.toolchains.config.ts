import { defineConfig } from 'vitest/config';

/** `npm run test:toolchains`: the full validation ladder (real php, lua, tsc, bash) over every layer. */
export default defineConfig({
  test: {
    // One temporary root per run, removed at its end (test/support/global-temp.ts).
    globalSetup: ['test/support/global-temp.ts'],
    include: ['test/toolchains/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
