import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One temporary root per run, removed at its end (test/support/global-temp.ts).
    globalSetup: ['test/support/global-temp.ts'],
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The full ladder over every layer is `npm run test:toolchains` (vitest.toolchains.config.ts);
    // many-build concurrency and fault tests are `npm run test:stress` (vitest.stress.config.ts).
    exclude: ['test/toolchains/**', 'test/stress/**', 'test/sites/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
