/**
 * VS Code snippet files (`.code-snippets`): one entry per method, its call statement with a tabstop
 * per parameter whose default is the example value (`${1:'@durov'}`), a choice for booleans
 * (`${2|true,false|}`), and the snippet syntax escaped (`$`, `}`, `\`: PHP's `$MadelineProto` comes
 * out as a literal `$`). With every tabstop left at its default, a body expands to exactly the
 * snippet `tlsnip snippet --no-boilerplate` prints; every body is validated that way before writing.
 */
import type { MethodModel, SchemaModel } from '../model/types.js';
import { targetInfo, type TargetInfo } from '../targets/registry.js';
import { withoutAuto } from '../targets/common.js';
import { splitMarked, hasMarkers } from '../targets/markers.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, prepareTarget, renderPrepared, type PreparedTarget } from '../render/snippet.js';
import type { CallValues } from '../values/types.js';
import { checkCode } from '../validate/check.js';
import { loadGrammars } from '../validate/grammars.js';
import { InputError, InvalidOutputError } from '../errors.js';

/** The targets an editor can insert (the PWRTelegram ones are shell commands, not code in a file). */
export const EDITOR_TARGETS = ['php', 'lua', 'ts'] as const;
export type EditorTarget = (typeof EDITOR_TARGETS)[number];

/** VS Code language ids, per target. */
export const SCOPES: Readonly<Record<EditorTarget, string>> = { php: 'php', lua: 'lua', ts: 'typescript' };

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

/** First sentence of a description, as plain text, for the snippet's description. */
function summary(method: MethodModel): string {
  const flat = method.description.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(flat);
  return (m ? m[1]! : flat) || method.name;
}

export async function prepareEditorTarget(id: string): Promise<PreparedTarget> {
  if (!(EDITOR_TARGETS as readonly string[]).includes(id)) {
    throw new InputError(`unknown editor target "${id}"; the targets with editor snippets are: ${EDITOR_TARGETS.join(', ')} (or all)`);
  }
  const info = targetInfo(id) as TargetInfo;
  await loadGrammars([info.grammar]);
  return prepareTarget(info, DEFAULT_SNIPPET_OPTIONS.templates);
}

const MARKED = { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: false, markArguments: true };

/** One method's marked call statement (undefined when the target cannot show it). */
export function markedStatement(prepared: PreparedTarget, schema: SchemaModel, method: MethodModel): { marked: string; call: CallValues } | undefined {
  const call = methodCall(schema, method, DEFAULT_SNIPPET_OPTIONS.values);
  const r = renderPrepared(prepared, schema, method, call, MARKED);
  return 'skipped' in r ? undefined : { marked: r.code, call };
}

/** The plain text a marked statement stands for (what inserting every default gives). */
export const unmark = (marked: string) => splitMarked(marked).map((p) => (typeof p === 'string' ? p : p.text)).join('');

export function vscodeSnippets(prepared: PreparedTarget, schema: SchemaModel): Record<string, VscodeSnippet> {
  const id = prepared.info.id as EditorTarget;
  const out: Record<string, VscodeSnippet> = {};
  for (const method of schema.methods) {
    const m = markedStatement(prepared, schema, method);
    if (!m) continue;
    const plain = unmark(m.marked);
    if (hasMarkers(plain)) throw new Error(`${method.name}: unbalanced argument markers`);
    const errors = checkCode(prepared.info.grammar, plain);
    if (errors.length) {
      const e = errors[0]!;
      throw new InvalidOutputError(`invalid ${id} editor snippet of ${method.name} at ${e.line}:${e.column}: ${e.message}\n${e.frame}`);
    }
    out[method.name] = {
      prefix: method.name,
      body: toSnippetSyntax(m.marked, m.call).split('\n'),
      description: summary(method),
      scope: SCOPES[id],
    };
  }
  return out;
}
