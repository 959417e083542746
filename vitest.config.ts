import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The full ladder over every layer is `npm run test:toolchains` (vitest.toolchains.config.ts).
    exclude: ['test/toolchains/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
