import { defineConfig } from 'vitest/config';

/**
 * `npm run test:sites`: the example sites (examples/vitepress, examples/docusaurus) built by the
 * real generators and checked, and clicked in Chromium where it is installed; the docs built by
 * Jekyll (test/sites/jekyll.test.ts). The example sites' dependencies
 * are the examples' own (npm ci in each, done by the script), never the package's.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/support/global-temp.ts'],
    include: ['test/sites/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
