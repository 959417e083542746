/**
 * The editor snippet syntax of a method's call, shared by the snippet files (vscode.ts) and the
 * language server: the marked statement a target renders (argument values wrapped in markers) and
 * its VS Code / LSP snippet form, with a tabstop per argument whose default is the example value.
 * Nothing here loads tree-sitter: the language server must not wait for it.
 */
import type { MethodModel, SchemaModel } from '../model/types.js';
import { withoutAuto } from '../targets/common.js';
import { editorTargets } from '../targets/registry.js';
import { splitMarked } from '../targets/markers.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, renderPrepared, type PreparedTarget } from '../render/snippet.js';
import type { CallValues } from '../values/types.js';

/** The targets an editor can insert: those declaring editor support (the PWRTelegram ones are shell commands, not code in a file). */
export const EDITOR_TARGETS: readonly string[] = Object.freeze(editorTargets().map((t) => t.id));
/** The id of a target with editor support. */
export type EditorTarget = string;

/** VS Code language ids, per target. */
export const SCOPES: Readonly<Record<EditorTarget, string>> = Object.freeze(Object.fromEntries(editorTargets().map((t) => [t.id, t.editor!.scope])));

export interface VscodeSnippet {
  readonly prefix: string;
  readonly body: readonly string[];
  readonly description: string;
  readonly scope: string;
}

/** Text outside tabstops: `$`, `}` and `\` are escaped. */
export const escapeText = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);
/** Inside a choice `${1|a,b|}`, also `,` and `|`. */
const escapeChoice = (s: string) => s.replace(/[\\$}|,]/g, (c) => `\\${c}`);

/** The snippet syntax of a marked statement: arguments become tabstops 1…n, then `$0`. */
export function toSnippetSyntax(marked: string, call: CallValues): string {
  const args = withoutAuto(call.args);
  let out = '';
  for (const part of splitMarked(marked)) {
    if (typeof part === 'string') {
      out += escapeText(part);
      continue;
    }
    const n = part.index + 1;
    const value = args[part.index]?.value;
    if (value?.kind === 'bool') {
      const other = part.text === 'true' ? 'false' : 'true';
      out += `\${${n}|${escapeChoice(part.text)},${other}|}`;
    } else {
      out += `\${${n}:${escapeText(part.text)}}`;
    }
  }
  return `${out}$0`;
}

const MARKED = { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: false, markArguments: true };

/** One method's marked call statement (undefined when the target cannot show it). */
export function markedStatement(
  prepared: PreparedTarget,
  schema: SchemaModel,
  method: MethodModel,
  call: CallValues = methodCall(schema, method, DEFAULT_SNIPPET_OPTIONS.values),
): { marked: string; call: CallValues } | undefined {
  const r = renderPrepared(prepared, schema, method, call, MARKED);
  return 'skipped' in r ? undefined : { marked: r.code, call };
}

/** The plain text a marked statement stands for (what inserting every default gives). */
export const unmark = (marked: string) => splitMarked(marked).map((p) => (typeof p === 'string' ? p : p.text)).join('');
