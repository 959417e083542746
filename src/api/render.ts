/**
 * Rendering through the library API: one method, or every method a glob matches, for chosen
 * targets with options, every snippet validated. The CLI's `snippet` command is this plus output.
 */
import type { MethodModel, SchemaModel } from '../model/types.js';
import { parseSetArgument } from '../values/coerce.js';
import type { FlagsPolicy, ValueMode } from '../values/types.js';
import { methodCall, type SnippetOptions } from '../render/snippet.js';
import { prepareTargets, renderMethod, checkSnippet, type MethodResult, type SnippetResult } from '../render/checked.js';
import type { PreparedTarget } from '../render/snippet.js';
import { formatCode } from '../render/format.js';
import { checkTemplatesDir } from '../render/templates.js';
import { targetInfo, type TargetInfo } from '../targets/registry.js';
import { isGlob, selectMethods, selectTargets } from './select.js';
import { InputError } from '../errors.js';

export interface RenderOptions {
  /** Target ids (`['php', 'ts']`), or `'all'` (the default). */
  readonly targets?: readonly string[] | 'all';
  /**
   * Parameter overrides, as on the command line (`--set message=hi`): strings coerced by the
   * parameter's TL type; vectors and constructors as JSON text. Other values are JSON-encoded first.
   */
  readonly set?: Readonly<Record<string, unknown>>;
  /** `none` (default): optional parameters omitted; `all`: every one shown. */
  readonly flags?: FlagsPolicy;
  /** `realistic` (default) example values, or TL type names as placeholders. */
  readonly values?: ValueMode;
  /** Whole runnable programs (default) or the call statement only. */
  readonly boilerplate?: boolean;
  /** Target options by name, as the CLI flags (`{ 'php-style': 'array' }`). */
  readonly targetOptions?: Readonly<Record<string, string>>;
  /** Template theme (default `modern`) and a folder of templates overriding it by path. */
  readonly theme?: string;
  readonly templatesDir?: string;
  /** Run the target's formatter (prettier) over the output, for templates of your own. */
  readonly format?: boolean;
}

/** One target's snippet of one method, validated. */
export interface Snippet extends SnippetResult {
  /** The target's label (`PHP (MadelineProto)`). */
  readonly label: string;
}

/** Every snippet of one method, and the targets that cannot show it (bots cannot call it) with why. */
export interface MethodSnippets {
  readonly method: string;
  readonly layer: number | null;
  readonly snippets: readonly Snippet[];
  readonly skipped: readonly { readonly target: string; readonly reason: string }[];
}

const cache = new Map<string, Promise<PreparedTarget[]>>();

/** The snippet options of `RenderOptions` (throws an InputError for a malformed `set`). */
export function snippetOptionsOf(opts: RenderOptions): SnippetOptions {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(opts.set ?? {})) {
    // Same rules as --set name=value (its name checks, and coercion by TL type later).
    const [k, v] = parseSetArgument(`${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    set[k] = v;
  }
  return {
    values: { mode: opts.values ?? 'realistic', flags: opts.flags ?? 'none', set },
    render: { boilerplate: opts.boilerplate ?? true, targetOptions: opts.targetOptions ?? {} },
    templates: { theme: opts.theme ?? 'modern', templatesDir: opts.templatesDir },
  };
}

export function targetsOf(opts: RenderOptions): TargetInfo[] {
  return selectTargets(opts.targets === undefined || opts.targets === 'all' ? ['all'] : [...opts.targets]);
}

/**
 * Loads the targets' printers, templates and grammars (cached per targets and templates). Call it
 * before `loadSchema` to overlap the two; `renderSnippets` calls it anyway.
 */
export function prepare(opts: RenderOptions = {}): Promise<PreparedTarget[]> {
  checkTemplatesDir(opts.templatesDir);
  const infos = targetsOf(opts);
  const so = snippetOptionsOf({ ...opts, set: {} });
  const key = JSON.stringify([infos.map((i) => i.id), so.templates]);
  let p = cache.get(key);
  if (!p) {
    cache.set(key, (p = prepareTargets(infos, so)));
    p.catch(() => cache.delete(key));
  }
  return p;
}

/**
 * Every method `pattern` names (a method name, or a glob: `messages.*`, `*`), rendered for the
 * chosen targets and validated. Throws an InputError for an unknown method (with the nearest
 * names), target or option, a bad `set`, or a value a target cannot represent.
 */
export async function renderMethods(schema: SchemaModel, pattern: string, opts: RenderOptions = {}): Promise<MethodSnippets[]> {
  const so = snippetOptionsOf(opts);
  const prepared = await prepare(opts);
  const out = renderWith(prepared, schema, pattern, opts, so);
  return opts.format ? Promise.all(out.map(formatResult)) : out;
}

/**
 * `renderMethods` without waiting: the targets' printers, templates and grammars are already
 * loaded (`prepared`, from `prepare`). No formatting (prettier is asynchronous).
 */
export function renderWith(prepared: readonly PreparedTarget[], schema: SchemaModel, pattern: string, opts: RenderOptions, so = snippetOptionsOf(opts)): MethodSnippets[] {
  const ids = targetsOf(opts).map((t) => t.id);
  const chosen = ids.map((id) => {
    const p = prepared.find((t) => t.info.id === id);
    if (!p) throw new InputError(`target ${id} was not prepared: prepared ${prepared.map((t) => t.info.id).join(', ')}`);
    return p;
  });
  const methods = selectMethods(schema, pattern);
  if (methods.length > 1 && Object.keys(so.values.set).length) throw new InputError('--set applies to one method; give a method name, not a pattern');
  return methods.map((m) => withLabels(renderMethod(chosen, schema, m, methodCall(schema, m, so.values), so)));
}

const withLabels = (r: MethodResult): MethodSnippets => ({ ...r, snippets: r.snippets.map((s) => ({ ...s, label: targetInfo(s.target)!.label })) });

/**
 * The snippets of one method for the chosen targets, every one validated (`valid`, `errors` with
 * line, column and a code frame), in target order. Targets that cannot show the method are left
 * out (see `renderMethods` for the reasons).
 */
export async function renderSnippets(schema: SchemaModel, method: string, opts: RenderOptions = {}): Promise<readonly Snippet[]> {
  if (isGlob(method)) throw new InputError(`"${method}" is a pattern: renderSnippets takes one method name (renderMethods takes a pattern)`);
  return (await renderMethods(schema, method, opts))[0]!.snippets;
}

async function formatResult(r: MethodSnippets): Promise<MethodSnippets> {
  const snippets = [];
  for (const s of r.snippets) {
    const info = targetInfo(s.target)!;
    const code = await formatCode(info, s.code);
    const errors = code === s.code ? s.errors : checkSnippet(info, code, []);
    snippets.push({ ...s, code, valid: errors.length === 0, errors });
  }
  return { ...r, snippets };
}
