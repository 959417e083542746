/**
 * tlsnip as a library: the one way in that the CLI, the docs command and the language server use.
 *
 *     import { loadSchema, renderSnippets } from "tlsnip";
 *     const schema = await loadSchema();                        // the bundled layer, or a path
 *     const snippets = await renderSnippets(schema, "messages.sendMessage", { targets: ["php", "ts"], set: { message: "hi" } });
 *
 * Importing it has no side effects: schemas, printers and grammars load when first asked for.
 * Errors are typed: an `InputError` (bad input; the CLI's exit 2) with the message the CLI prints,
 * or an `InvalidOutputError` (a generated snippet failed validation; exit 1).
 */
import { loadSchema as loadAnySchema } from '../loaders/index.js';
import type { MethodModel, SchemaModel } from '../model/types.js';
import { TARGETS } from '../targets/registry.js';
import type { TargetOption } from '../targets/types.js';
import type { Diagnostic } from '../validate/check.js';
import { InputError } from '../errors.js';

export { InputError, InvalidOutputError } from '../errors.js';
export { UnrepresentableError } from '../targets/helpers.js';
export { LockTimeoutError } from '../io/lock.js';
export { FsInputError } from '../io/fs-errors.js';
export type { SchemaModel as Schema, MethodModel as Method, ParamModel as Param, ConstructorModel as Constructor, TypeModel as Type } from '../model/types.js';
export type { Diagnostic } from '../validate/check.js';
export type { FileReport, FileDiagnostic } from '../validate/files.js';
export type { MethodSnippets, RenderOptions, Snippet } from './render.js';
import type { MethodSnippets, RenderOptions, Snippet } from './render.js';
import type { PreparedTarget } from '../render/snippet.js';
export type { SnippetError } from '../render/checked.js';
export type { DocsOptions, DocsSummary } from '../docs/build.js';
export type { ValuesReport } from '../values/report.js';

/**
 * A schema: the bundled layer (no argument), or a `.tl` file, a bundle manifest (`bundle.json`) or
 * an `@mtcute/tl` `api-schema.json`. The result is deeply frozen; load it once and reuse it.
 */
export function loadSchema(source?: string): Promise<SchemaModel> {
  return loadAnySchema(source);
}

/** The methods of a schema, in schema order. */
export function listMethods(schema: SchemaModel): readonly MethodModel[] {
  return schema.methods;
}

export interface TargetSummary {
  readonly id: string;
  readonly label: string;
  readonly language: string;
  readonly description: string;
  readonly options: readonly TargetOption[];
}

/** The targets, in registry order. */
export function listTargets(): TargetSummary[] {
  return TARGETS.map((t) => ({ id: t.id, label: t.label, language: t.language, description: t.description, options: t.options ?? [] }));
}

/**
 * Parses `code` with the grammar of a language (a fence tag: `php`, `ts`, `python`, `sh`, `json`,
 * …) and returns its syntax errors, each with line, column and a code frame; [] when it parses.
 */
export async function validateCode(language: string, code: string): Promise<Diagnostic[]> {
  // Imported here: tree-sitter loads only when something is validated.
  const [{ GRAMMARS }, { checkCodeAsync }] = await Promise.all([import('../validate/grammars.js'), import('../validate/check.js')]);
  const tag = language.toLowerCase();
  const grammar = GRAMMARS.find((g) => g.fenceTags.includes(tag) || g.id === tag);
  if (!grammar) throw new InputError(`validateCode: no grammar for "${language}"; languages: ${GRAMMARS.flatMap((g) => g.fenceTags).join(', ')}`);
  return checkCodeAsync(grammar.id, code);
}

/** Checks files and folders as `tlsnip validate` does (code files by extension, fences in markdown). */
export async function validateFiles(paths: readonly string[]): Promise<import('../validate/files.js').FileReport[]> {
  const { validatePaths } = await import('../validate/files.js');
  return validatePaths(paths);
}

/**
 * Builds the docs of a schema into a folder (atomically, incrementally, one build at a time per
 * folder); resolves with the summary. Invalid blocks keep the previous docs (see `force`).
 */
export async function buildDocs(opts: import('../docs/build.js').DocsOptions): Promise<import('../docs/build.js').DocsSummary> {
  const { buildDocs: build } = await import('../docs/build.js');
  return build(opts);
}

// Rendering loads the printers and tree-sitter: imported on first use, so that importing the
// library (or loading a schema, as the language server does) stays light.

/**
 * The snippets of one method for the chosen targets, every one validated (`valid`, and `errors`
 * with line, column and a code frame), in target order; targets that cannot show the method (bots
 * cannot call it) are left out. Throws an `InputError` for an unknown method (with the nearest
 * names), target or option, a bad `set`, or a value a target cannot represent.
 */
export async function renderSnippets(schema: SchemaModel, method: string, opts?: RenderOptions): Promise<readonly Snippet[]> {
  return (await import('./render.js')).renderSnippets(schema, method, opts);
}

/** Every method a name or glob (`messages.*`, `*`) selects, with the targets that skipped it and why. */
export async function renderMethods(schema: SchemaModel, pattern: string, opts?: RenderOptions): Promise<MethodSnippets[]> {
  return (await import('./render.js')).renderMethods(schema, pattern, opts);
}

/** Loads the printers, templates and grammars of `opts.targets` ahead of rendering (optional). */
export async function prepare(opts?: RenderOptions): Promise<PreparedTarget[]> {
  return (await import('./render.js')).prepare(opts);
}

/** Renders synchronously once its targets are loaded: for hosts that cannot wait (markdown-it). */
export interface Renderer {
  readonly schema: SchemaModel;
  /** The target ids it loaded. */
  readonly targets: readonly string[];
  /**
   * As `renderMethods`, synchronously, for any of the loaded targets (default: all of them). `opts.theme` and
   * `opts.templatesDir` are the renderer's own; `opts.format` is not available (prettier is
   * asynchronous).
   */
  render(pattern: string, opts?: Omit<RenderOptions, 'theme' | 'templatesDir' | 'format'>): MethodSnippets[];
}

/**
 * Loads the printers, templates and grammars of `opts.targets` (default: all) once, and returns a
 * renderer for `schema` that renders and validates synchronously.
 */
export async function createRenderer(schema: SchemaModel, opts: Pick<RenderOptions, 'targets' | 'theme' | 'templatesDir'> = {}): Promise<Renderer> {
  const { prepare: load, renderWith } = await import('./render.js');
  const prepared = await load(opts);
  const ids = prepared.map((p) => p.info.id);
  return {
    schema,
    targets: ids,
    render: (pattern, o = {}) => {
      if ((o as RenderOptions).format) throw new InputError('format: not available when rendering synchronously (prettier is asynchronous); use renderMethods');
      return renderWith(prepared, schema, pattern, { ...o, targets: o.targets ?? ids, theme: opts.theme, templatesDir: opts.templatesDir });
    },
  };
}

/**
 * How good the example values of a schema are, as numbers a regression shows in: string values
 * no rule fits (fallbacks), calls that change something but send nothing, and the values checked
 * against the constraints Telegram enforces (with every violation). `flags`: the examples of
 * `--flags none` (default) or `all`.
 */
export async function valuesReport(schema: SchemaModel, flags: 'none' | 'all' = 'none'): Promise<import('../values/report.js').ValuesReport> {
  const { valuesReport: report } = await import('../values/report.js');
  return report(schema, flags);
}
