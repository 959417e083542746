/** `tlsnip snippet <method|glob>`: render, validate and print (or write) snippets. */
import { join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadSchema } from '../loaders/index.js';
import { parseSetArgument } from '../values/coerce.js';
import type { FlagsPolicy, ValueMode } from '../values/types.js';
import { methodCall, type SnippetOptions } from '../render/snippet.js';
import { checkSnippet, prepareTargets, renderMethod, type MethodResult } from '../render/checked.js';
import { formatCode } from '../render/format.js';
import { checkTemplatesDir } from '../render/templates.js';
import { checkWritable } from '../io/fs-errors.js';
import { DEFAULT_LOCK_TIMEOUT, withOutputLock } from '../io/lock.js';
import { replaceDirAtomic } from '../io/atomic.js';
import { InputError } from '../errors.js';
import { TARGETS } from '../targets/registry.js';
import { isGlob, selectMethods, selectTargets } from './select.js';
import { describeErrors, formatText, toJson } from './output.js';
import { mark } from './trace.js';

export interface SnippetArgs {
  method: string;
  target: string[];
  set: string[];
  flags: FlagsPolicy;
  values: ValueMode;
  schema?: string;
  boilerplate: boolean;
  /** Target options by name (`php-style`): see each target's info.ts. */
  targetOptions: Readonly<Record<string, string>>;
  theme: string;
  templates?: string;
  format: boolean;
  json: boolean;
  out?: string;
}

export function snippetOptions(args: Omit<SnippetArgs, 'method' | 'target' | 'json' | 'out' | 'format' | 'schema'>): SnippetOptions {
  const set: Record<string, string> = {};
  for (const s of args.set) {
    const [name, value] = parseSetArgument(s);
    if (Object.hasOwn(set, name)) throw new InputError(`--set ${name} is given twice`);
    set[name] = value;
  }
  return {
    values: { mode: args.values, flags: args.flags, set },
    render: { boilerplate: args.boilerplate, targetOptions: args.targetOptions },
    templates: { theme: args.theme, templatesDir: args.templates },
  };
}

export async function runSnippet(args: SnippetArgs): Promise<number> {
  mark('command');
  const opts = snippetOptions(args);
  checkTemplatesDir(args.templates);
  if (args.out) checkWritable(args.out, 'dir', '--out');
  const targets = selectTargets(args.target);
  // One method parses a handful of snippets: baseline (Liftoff) WebAssembly code is plenty, and
  // skipping the optimizing tier saves the ~50 ms Node otherwise spends at exit waiting for
  // background compilation of the grammars. Long runs (globs) keep the optimizing tier: it parses
  // 10–35% faster.
  if (!isGlob(args.method)) (await import('node:v8')).setFlagsFromString('--liftoff-only');
  // Grammars compile on background threads: prepare targets while the schema is parsed.
  const preparing = prepareTargets(targets, opts);
  preparing.catch(() => {});
  const schema = await loadSchema(args.schema);
  mark('schema');
  const methods = selectMethods(schema, args.method);
  if (methods.length > 1 && Object.keys(opts.values.set).length) {
    throw new InputError('--set applies to one method; give a method name, not a pattern');
  }
  const prepared = await preparing;
  mark('targets');
  const results: MethodResult[] = [];
  for (const method of methods) {
    const call = methodCall(schema, method, opts.values);
    let result = renderMethod(prepared, schema, method, call, opts);
    if (args.format) result = await formatResult(result);
    results.push(result);
  }
  mark('rendered');
  // One method for one target that cannot show it is an error, not empty output.
  if (methods.length === 1 && targets.length === 1 && results[0]!.skipped.length === 1) {
    throw new InputError(`${targets[0]!.id}: ${results[0]!.skipped[0]!.reason}`);
  }
  if (args.out) await writeOut(args.out, results);
  else if (args.json) process.stdout.write(JSON.stringify(isGlob(args.method) ? results.map(toJson) : toJson(results[0]!), null, 2) + '\n');
  else process.stdout.write(ensureNewline(formatText(results, targets.length === 1)));
  mark('written');
  const errors = describeErrors(results);
  if (errors.length) {
    process.stderr.write(errors.map((l) => `tlsnip: ${l}`).join('\n') + '\n');
    return 1;
  }
  return 0;
}

const ensureNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

async function formatResult(r: MethodResult): Promise<MethodResult> {
  const snippets = [];
  for (const s of r.snippets) {
    const info = TARGETS.find((t) => t.id === s.target)!;
    const code = await formatCode(info, s.code);
    const errors = code === s.code ? s.errors : checkSnippet(info, code, []);
    snippets.push({ ...s, code, valid: errors.length === 0, errors });
  }
  return { ...r, snippets };
}

/** `DIR/<target>/<method><ext>`, the folder replaced as a whole. */
async function writeOut(dir: string, results: readonly MethodResult[]): Promise<void> {
  // Serialised with other runs writing the same folder, as docs builds are.
  const write = () => replaceDirAtomic(dir, async (tmp) => {
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
