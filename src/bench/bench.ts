/**
 * `npm run bench`: prints the figures the issues name. Never a test: timings on a shared 2-core VM
 * are noisy, so they are reported, not asserted.
 *  - cold start of `tlsnip snippet photos.getUserPhotos --target php` vs a node process that loads
 *    httpsnippet and converts one request (median of N runs each, interleaved);
 *  - warm throughput of render + tree-sitter check over every method of the bundled layer × 5 targets;
 *  - which grammars a php-only run loads.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../loaders/index.js';
import { TARGETS } from '../targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../render/snippet.js';
import { prepareTargets, renderMethod } from '../render/checked.js';

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
  const trace = spawnSync(process.execPath, ['bin/tlsnip.js', 'snippet', 'photos.getUserPhotos', '--target', 'php'], {
    cwd: ROOT,
    env: { ...process.env, TLSNIP_TRACE: '1' },
    encoding: 'utf8',
  });
  console.log(`  grammars loaded by that run: ${/grammars: (.*)/.exec(trace.stderr)?.[1] ?? '(no trace)'}`);
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

await cold();
await warm();
