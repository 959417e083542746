/** `tlsnip snippet <method|glob>`: the library's renderMethods, printed (or written to --out). */
import { join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadSchema } from '../api/index.js';
import { prepare, renderMethods, type MethodSnippets } from '../api/index.js';
import { renderOptions, type ExampleArgs } from './snippet-args.js';
import { replaceDirAtomic } from '../io/atomic.js';
import { InputError } from '../errors.js';
import { TARGETS } from '../targets/registry.js';
import { checkWritable } from '../io/fs-errors.js';
import { DEFAULT_LOCK_TIMEOUT, withOutputLock } from '../io/lock.js';
import { isGlob } from '../api/select.js';
import { describeErrors, formatText, toJson } from './output.js';
import { mark } from './trace.js';

export interface SnippetArgs extends ExampleArgs {
  schema?: string;
  theme: string;
  templates?: string;
  format: boolean;
  json: boolean;
  out?: string;
}

export async function runSnippet(args: SnippetArgs): Promise<number> {
  mark('command');
  const opts = renderOptions(args);
  if (args.out) checkWritable(args.out, 'dir', '--out');
  // One method parses a handful of snippets: baseline (Liftoff) WebAssembly code is plenty, and
  // skipping the optimizing tier saves the ~50 ms Node otherwise spends at exit waiting for
  // background compilation of the grammars. Long runs (globs) keep the optimizing tier: it parses
  // 10–35% faster.
  if (!isGlob(args.method)) (await import('node:v8')).setFlagsFromString('--liftoff-only');
  // Grammars compile on background threads: prepare the targets while the schema is parsed.
  const preparing = prepare(opts);
  preparing.catch(() => {});
  const schema = await loadSchema(args.schema);
  mark('schema');
  await preparing;
  mark('targets');
  const results = await renderMethods(schema, args.method, opts);
  mark('rendered');
  // One method for one target that cannot show it is an error, not empty output.
  const single = opts.targets !== 'all' && opts.targets?.length === 1;
  if (results.length === 1 && single && results[0]!.skipped.length === 1) {
    throw new InputError(`${results[0]!.skipped[0]!.target}: ${results[0]!.skipped[0]!.reason}`);
  }
  if (args.out) await writeOut(args.out, results);
  else if (args.json) process.stdout.write(JSON.stringify(isGlob(args.method) ? results.map(toJson) : toJson(results[0]!), null, 2) + '\n');
  else process.stdout.write(ensureNewline(formatText(results, single)));
  mark('written');
  const errors = describeErrors(results);
  if (errors.length) {
    process.stderr.write(errors.map((l) => `tlsnip: ${l}`).join('\n') + '\n');
    return 1;
  }
  return 0;
}

const ensureNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/** `DIR/<target>/<method><ext>`, the folder replaced as a whole. */
async function writeOut(dir: string, results: readonly MethodSnippets[]): Promise<void> {
  // Serialised with other runs writing the same folder, as docs builds are.
  const write = () =>
    replaceDirAtomic(dir, async (tmp) => {
      for (const r of results) {
        for (const s of r.snippets) {
          const info = TARGETS.find((t) => t.id === s.target)!;
          await mkdir(join(tmp, s.target), { recursive: true });
          await writeFile(join(tmp, s.target, `${r.method}${info.extension}`), s.code);
        }
      }
    });
  await withOutputLock(dir, { timeoutSeconds: DEFAULT_LOCK_TIMEOUT, onWait: (m) => process.stderr.write(`tlsnip: ${m}\n`) }, write);
  const count = results.reduce((n, r) => n + r.snippets.length, 0);
  process.stderr.write(`tlsnip: wrote ${count} snippets of ${results.length} methods to ${dir}\n`);
}
