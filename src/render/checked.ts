/**
 * Renders and validates: the result every output (CLI, docs, editor) is built from. Every snippet
 * is parsed with its target's grammar, and embedded code (PWRTelegram's JSON params) with its own.
 */
import type { MethodModel, SchemaModel } from '../model/types.js';
import type { CallValues } from '../values/types.js';
import { checkCode } from '../validate/check.js';
import { loadGrammars } from '../validate/grammars.js';
import type { TargetInfo } from '../targets/registry.js';
import type { EmbeddedCode } from '../targets/types.js';
import { prepareTarget, renderPrepared, type PreparedTarget, type SnippetOptions } from './snippet.js';

export interface SnippetError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly frame: string;
  /** Set when the error is inside embedded code (`params`), whose positions are relative to it. */
  readonly in?: string;
}

export interface SnippetResult {
  readonly target: string;
  readonly language: string;
  readonly code: string;
  readonly valid: boolean;
  readonly errors: readonly SnippetError[];
}

export interface MethodResult {
  readonly method: string;
  readonly layer: number | null;
  readonly snippets: readonly SnippetResult[];
  /** Targets that cannot show this method, and why. */
  readonly skipped: readonly { readonly target: string; readonly reason: string }[];
}

/** Loads target modules, compiles their templates and loads exactly the grammars they need. */
export async function prepareTargets(infos: readonly TargetInfo[], opts: SnippetOptions): Promise<PreparedTarget[]> {
  const prepared = await Promise.all(infos.map((i) => prepareTarget(i, opts.templates)));
  await loadGrammars(infos.flatMap((i) => [i.grammar.id, ...(i.embeddedGrammars ?? []).map((g) => g.id)]));
  return prepared;
}

export function checkSnippet(info: TargetInfo, code: string, embedded: readonly EmbeddedCode[]): SnippetError[] {
  const errors: SnippetError[] = checkCode(info.grammar.id, code, info.id).map((d) => ({ line: d.line, column: d.column, message: d.message, frame: d.frame }));
  // Embedded code is only worth its own check when the whole snippet parsed.
  if (errors.length === 0) {
    for (const e of embedded) {
      for (const d of checkCode(e.grammar, e.code, `${info.id} ${e.label}`)) errors.push({ line: d.line, column: d.column, message: d.message, frame: d.frame, in: e.label });
    }
  }
  return errors;
}

/** Renders and checks one method for every prepared target (synchronous: grammars are loaded). */
export function renderMethod(
  prepared: readonly PreparedTarget[],
  schema: SchemaModel,
  method: MethodModel,
  call: CallValues,
  opts: SnippetOptions,
): MethodResult {
  const snippets: SnippetResult[] = [];
  const skipped: { target: string; reason: string }[] = [];
  for (const p of prepared) {
    const r = renderPrepared(p, schema, method, call, opts.render);
    if ('skipped' in r) {
      skipped.push({ target: p.info.id, reason: r.skipped });
      continue;
    }
    const errors = checkSnippet(p.info, r.code, r.embedded);
    snippets.push({ target: p.info.id, language: p.info.language, code: r.code, valid: errors.length === 0, errors });
  }
  return { method: method.name, layer: method.layer ?? schema.layer, snippets, skipped };
}
