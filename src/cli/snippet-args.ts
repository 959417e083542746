/**
 * The `snippet` command's arguments, declared once: the CLI's `tlsnip snippet` and the markdown
 * plugins' `tlsnip` fences (```` ```tlsnip messages.sendMessage --set message=hi ````) parse the
 * same options with yargs and turn them into the library's RenderOptions the same way.
 */
import type { Argv } from 'yargs';
import { InputError } from '../errors.js';
import { selectTargets } from '../api/select.js';
import type { RenderOptions } from '../api/render.js';
import { targetOptions } from '../targets/registry.js';
import { parseSetArgument } from '../values/coerce.js';
import type { FlagsPolicy, ValueMode } from '../values/types.js';

export const SCHEMA_HELP = 'schema to read: a bundle.json, a .tl file or an @mtcute/tl api-schema.json (default: the bundled @mtcute/tl layer)';

/** The options of one example: what a fence may say. */
export function exampleOptions<T>(y: Argv<T>, targetIds: string) {
  return withTargetOptions(y)
    .positional('method', { type: 'string', demandOption: true, describe: "method name, or a glob: 'messages.*', '*'" })
    .option('target', { alias: 't', type: 'string', default: 'all', describe: `${targetIds}, a comma list, or all` })
    .option('set', { type: 'string', describe: 'override a parameter: --set name=value (repeatable; JSON for vectors and constructors)' })
    .option('flags', { choices: ['none', 'all'] as const, default: 'none' as const, describe: 'which optional (flag) parameters to show' })
    .option('values', { choices: ['realistic', 'placeholder'] as const, default: 'realistic' as const, describe: 'example values, or type names as placeholders' })
    .option('boilerplate', { type: 'boolean', default: true, describe: 'whole runnable program; --no-boilerplate for the call only' });
}

/** Each target's own options as flags, made from its declaration (src/targets/<id>/info.ts). */
function withTargetOptions<T>(y: Argv<T>): Argv<T> {
  const all = targetOptions();
  for (const { option: o } of all) y = y.option(o.name, o.choices ? { choices: o.choices, default: o.default, describe: o.describe } : { type: 'string', default: o.default, describe: o.describe }) as Argv<T>;
  return y.group(all.map((o) => o.option.name), 'Target options:');
}

/** What `exampleOptions` parses to. */
export interface ExampleArgs {
  readonly method: string;
  readonly target: readonly string[];
  readonly set: readonly string[];
  readonly flags: FlagsPolicy;
  readonly values: ValueMode;
  readonly boilerplate: boolean;
  /** Target options by name (`php-style`): see each target's info.ts. */
  readonly targetOptions: Readonly<Record<string, string>>;
}

/** The parsed yargs arguments of `exampleOptions` as ExampleArgs. */
export function exampleArgsOf(a: Record<string, unknown>): ExampleArgs {
  return {
    method: String(a.method),
    target: toList(a.target),
    set: toList(a.set),
    flags: a.flags as FlagsPolicy,
    values: a.values as ValueMode,
    boilerplate: a.boilerplate as boolean,
    targetOptions: Object.fromEntries(targetOptions().map(({ option: o }) => [o.name, String(a[o.name])])),
  };
}

/** The library's render options for these arguments (`--set name=value`, each name once). */
export function renderOptions(args: Omit<ExampleArgs, 'method'> & { theme?: string; templates?: string; format?: boolean }): RenderOptions {
  const set: Record<string, string> = {};
  for (const s of args.set) {
    const [name, value] = parseSetArgument(s);
    if (Object.hasOwn(set, name)) throw new InputError(`--set ${name} is given twice`);
    set[name] = value;
  }
  return {
    targets: selectTargets([...args.target]).map((t) => t.id),
    set,
    flags: args.flags,
    values: args.values,
    boilerplate: args.boilerplate,
    targetOptions: args.targetOptions,
    theme: args.theme,
    templatesDir: args.templates,
    format: args.format,
  };
}

export function toList(v: unknown): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}
