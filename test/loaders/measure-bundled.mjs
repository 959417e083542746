#!/usr/bin/env node
/**
 * Measures loadBundledDefault() through the precomputed cache and through run-time conversion, on
 * compiled output. Not a test (no timed assertions); run it by hand:
 *
 *   npx tsc -p tsconfig.json && node dist/loaders/build-cache.js && node test/loaders/measure-bundled.mjs
 *   node test/loaders/measure-bundled.mjs /path/to/other/dist     # a dist compiled elsewhere
 *
 * Each figure is the median of N fresh `node` processes: "import+load" is from before the dynamic
 * import of bundled.js to the resolved model, "process" is the whole process wall time (spawn to exit).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = resolve(process.argv[2] ?? join(repo, 'dist'));
const runs = Number(process.env.RUNS ?? 7);
const bundled = pathToFileURL(join(dist, 'loaders', 'bundled.js')).href;
const cacheFile = join(dist, 'bundled-model.json');
if (!existsSync(fileURLToPath(bundled))) throw new Error(`${bundled} not found: compile first (npx tsc -p tsconfig.json)`);
if (!existsSync(cacheFile)) console.log(`note: ${cacheFile} is missing (node ${join(dist, 'loaders', 'build-cache.js')}), the "cache" figures will be conversions`);

const child = (cacheArg) => `
const t0 = performance.now();
const { loadBundledDefault } = await import(${JSON.stringify(bundled)});
const t1 = performance.now();
const m = await loadBundledDefault(${cacheArg});
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, totalMs: t2 - t0, methods: m.methods.length }));
`;

function measure(label, cacheArg) {
  const totals = [];
  const procs = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child(cacheArg)], { encoding: 'utf8' });
    const wall = performance.now() - start;
    if (r.status !== 0) throw new Error(r.stderr);
    last = JSON.parse(r.stdout);
    totals.push(last.totalMs);
    procs.push(wall);
  }
  console.log(`${label.padEnd(34)} import+load ${median(totals).toFixed(1).padStart(7)} ms   process ${median(procs).toFixed(0).padStart(5)} ms   (${last.methods} methods, median of ${runs})`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const baseline = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  execFileSync(process.execPath, ['--input-type=module', '-e', '']);
  baseline.push(performance.now() - start);
}
console.log(`${'empty ESM node process (baseline)'.padEnd(34)} ${''.padStart(23)} process ${median(baseline).toFixed(0).padStart(5)} ms`);
measure('loadBundledDefault() via cache', '');
measure('loadBundledDefault() converting', `{ cacheFile: ${JSON.stringify(join(dist, 'no-such-cache.json'))} }`);
