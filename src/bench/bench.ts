/**
 * `npm run bench`: prints the figures the issues name. Never a test: timings on a shared 2-core VM
 * are noisy, so they are reported, not asserted.
 *  - cold start of `tlsnip snippet photos.getUserPhotos --target php` vs a node process that loads
 *    httpsnippet and converts one request (median of N runs each, interleaved);
 *  - warm throughput of render + tree-sitter check over every method of the bundled layer × every target;
 *  - which grammars a one-target run loads, for every target;
 *  - a full docs build of the bundled layer, and a rebuild with nothing changed;
 *  - the language server: spawn to first completion, completion latency, memory (lsp.ts);
 *  - the markdown plugins as a site build uses them: import time, cost per fence (markdown-child.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../loaders/index.js';
import { TARGETS } from '../targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../render/snippet.js';
import { prepareTargets, renderMethod } from '../render/checked.js';
import { lspBench } from './lsp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function wall(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function cold(): Promise<void> {
  const ours: number[] = [];
  const theirs: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(wall(process.execPath, ['bin/tlsnip.js', 'snippet', 'photos.getUserPhotos', '--target', 'php']));
    theirs.push(wall(process.execPath, ['dist/bench/httpsnippet-once.js']));
    bare.push(wall(process.execPath, ['-e', '0']));
  }
  const [o, h, b] = [median(ours), median(theirs), median(bare)];
  console.log(`cold start (median of ${RUNS}):`);
  console.log(`  node -e 0 (the floor)                                   ${b.toFixed(0)} ms`);
  console.log(`  httpsnippet: load + convert one request                 ${h.toFixed(0)} ms`);
  console.log(`  tlsnip snippet photos.getUserPhotos --target php         ${o.toFixed(0)} ms  (${(o / h).toFixed(2)}× httpsnippet; target ≤ 1.0×)`);
  // The library entry point, imported by name in a fresh process (issue 9: ≤ 100 ms).
  const importing: number[] = [];
  for (let i = 0; i < RUNS; i++) importing.push(wall(process.execPath, ['--input-type=module', '-e', 'await import("tlsnip")']));
  console.log(`  import "tlsnip" (the library API; node's own start included)  ${median(importing).toFixed(0)} ms, of which node -e 0: ${b.toFixed(0)} ms`);
  // Grammars load lazily: a one-target run loads only what that target declares.
  for (const t of TARGETS) {
    const trace = spawnSync(process.execPath, ['bin/tlsnip.js', 'snippet', 'help.getConfig', '--target', t.id], {
      cwd: ROOT,
      env: { ...process.env, TLSNIP_TRACE: '1' },
      encoding: 'utf8',
    });
    console.log(`  grammars loaded by snippet help.getConfig --target ${t.id}: ${/grammars: (.*)/.exec(trace.stderr)?.[1] ?? '(no trace)'}`);
  }
}

async function warm(): Promise<void> {
  const schema = await loadSchema(undefined);
  const prepared = await prepareTargets(TARGETS, DEFAULT_SNIPPET_OPTIONS);
  const opts = DEFAULT_SNIPPET_OPTIONS;
  const pass = () => {
    let n = 0;
    let invalid = 0;
    for (const m of schema.methods) {
      const r = renderMethod(prepared, schema, m, methodCall(schema, m, opts.values), opts);
      n += r.snippets.length;
      invalid += r.snippets.filter((s) => !s.valid).length;
    }
    return { n, invalid };
  };
  pass(); // warm-up
  let best = Infinity;
  let count = { n: 0, invalid: 0 };
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    count = pass();
    best = Math.min(best, performance.now() - t);
  }
  console.log(`warm throughput (${schema.source}, ${schema.methods.length} methods × ${TARGETS.length} targets, best of 3):`);
  console.log(`  ${count.n} snippets rendered and tree-sitter-checked in ${best.toFixed(0)} ms: ${Math.round(count.n / (best / 1000))} snippets/s (target ≥ 10,000); invalid: ${count.invalid}`);
}

/** Full docs build of the bundled layer in a fresh process, then a rebuild with nothing changed. */
function docs(): void {
  const out = mkdtempSync(join(tmpdir(), 'tlsnip-bench-docs-'));
  const dir = join(out, 'docs');
  const runs = Math.max(3, Math.floor(RUNS / 5));
  const full: number[] = [];
  const forced: number[] = [];
  const again: number[] = [];
  const parts: { renderSeconds: number; writeSeconds: number }[] = [];
  let pages = 0;
  const html: number[] = [];
  const run = (args: string[], to = dir) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['bin/tlsnip.js', 'docs', '--out', to, '--json', ...args], { cwd: ROOT, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    return { ms, summary: JSON.parse(r.stdout) as { pages: number; renderSeconds: number; writeSeconds: number } };
  };
  for (let i = 0; i < runs; i++) {
    rmSync(dir, { recursive: true, force: true });
    const first = run([]);
    full.push(first.ms);
    parts.push(first.summary);
    pages = first.summary.pages;
    forced.push(run(['--force']).ms);
    again.push(run([]).ms);
    rmSync(join(out, 'site'), { recursive: true, force: true });
    html.push(run(['--html'], join(out, 'site')).ms);
  }
  const indexBytes = statSync(join(out, 'site', 'assets', 'search-index.js')).size;
  rmSync(out, { recursive: true, force: true });
  const f = median(full);
  const mid = (k: 'renderSeconds' | 'writeSeconds') => median(parts.map((p) => p[k])).toFixed(2);
  console.log(`docs, theme modern, bundled layer (median of ${runs}, fresh process each):`);
  console.log(`  full build into an empty folder: ${pages} pages in ${(f / 1000).toFixed(2)} s, ${Math.round(pages / (f / 1000))} pages/s (target ≤ 1.5 s; Telethon's generator: ~410 pages/s)`);
  console.log(`    of which rendering + checking ${mid('renderSeconds')} s, creating ${pages} files ${mid('writeSeconds')} s (this VM's disk: 0.1–2.5 s for ~2,900 creates)`);
  console.log(`  full re-render into the existing folder (--force, unchanged pages hard-linked): ${(median(forced) / 1000).toFixed(2)} s`);
  console.log(`  rebuild with nothing changed: ${(median(again) / 1000).toFixed(2)} s (target ≤ 0.5 s)`);
  console.log(`  --html into an empty folder: ${(median(html) / 1000).toFixed(2)} s, ${(median(html) / f).toFixed(2)}× the markdown build (target ≤ 1.5×); search index ${(indexBytes / 1024).toFixed(0)} KiB`);
}

/** The markdown plugins in a fresh process (median of 3 runs by per-fence mean). */
function markdown(): void {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/markdown-child.js')], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`markdown bench failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout) as Record<string, number>);
  }
  const m = [...runs].sort((a, b) => a.mean! - b.mean!)[1]!;
  const ms = (k: string, d = 1) => `${m[k]!.toFixed(d)} ms`;
  console.log(`markdown plugins (a site build: one process, ${m.fences} fences of distinct methods, every target; median run of 3):`);
  console.log(`  import tlsnip/markdown-it ${ms('importMarkdownIt')}, then tlsnip/remark ${ms('importRemark')} (target ≤ 100 ms); schema and targets loaded in ${ms('setup', 0)}`);
  console.log(`  first fence ${ms('first')}; after it: mean ${ms('mean', 2)}, median ${ms('median', 2)}, p90 ${ms('p90', 2)}, second half ${ms('lastHalfMean', 2)} (target ≤ 2 ms); a fence seen before ${ms('cached', 3)}`);
  console.log(`  remark's first fence in the same process ${ms('remarkFirst')}; schema loads in the process: ${m.schemaLoads} (target 1)`);
}

// BENCH_ONLY=cold,warm,docs,lsp,markdown runs a subset.
const only = new Set((process.env.BENCH_ONLY ?? 'cold,warm,docs,lsp,markdown').split(','));
if (only.has('cold')) await cold();
if (only.has('warm')) await warm();
if (only.has('docs')) docs();
if (only.has('lsp')) await lspBench(ROOT, Math.max(5, Math.floor(RUNS / 2)));
if (only.has('markdown')) markdown();
