/**
 * Bundles the compiled CLI (dist/cli/main.js) into dist/bundle/ with esbuild. Loading ~150 small
 * ES modules costs Node 20 more than all of tlsnip's own work on a cold run; one file (plus a chunk
 * per lazily imported part: each target, the validate command, --format) loads several times
 * faster. Chunks sit beside the entry so `import.meta.url`-relative paths (templates/, the bundled
 * model) resolve as they do from dist/<dir>/. Packages with their own assets or that load only on
 * rare paths stay external.
 */
import { build } from 'esbuild';
import { ESM_REQUIRE_BANNER } from './esm-require.js';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Chunk names carry content hashes: without emptying the folder, every build would leave the last one's behind.
rmSync(new URL('../../dist/bundle/', import.meta.url), { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { tlsnip: 'dist/cli/main.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  external: ['web-tree-sitter', 'prettier', '@prettier/plugin-php', 'node-html-markdown', 'zod'],
  banner: { js: ESM_REQUIRE_BANNER },
});
const outputs = Object.entries(result.metafile.outputs);
const bytes = outputs.reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundled the CLI into dist/bundle/: ${outputs.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
