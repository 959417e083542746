/**
 * VS Code snippet files (`.code-snippets`): one entry per method, its call statement with a tabstop
 * per parameter whose default is the example value (`${1:'@durov'}`), a choice for booleans
 * (`${2|true,false|}`), and the snippet syntax escaped (`$`, `}`, `\`: PHP's `$MadelineProto` comes
 * out as a literal `$`). With every tabstop left at its default, a body expands to exactly the
 * snippet `tlsnip snippet --no-boilerplate` prints; every body is validated that way before writing.
 */
import type { MethodModel, SchemaModel } from '../model/types.js';
import { targetInfo, type TargetInfo } from '../targets/registry.js';
import { hasMarkers } from '../targets/markers.js';
import { DEFAULT_SNIPPET_OPTIONS, prepareTarget, type PreparedTarget } from '../render/snippet.js';
import { EDITOR_TARGETS, SCOPES, markedStatement, toSnippetSyntax, unmark, type EditorTarget, type VscodeSnippet } from './snippet-syntax.js';
import { checkCode } from '../validate/check.js';
import { loadGrammars } from '../validate/grammars.js';
import { InputError, InvalidOutputError } from '../errors.js';

export { EDITOR_TARGETS, SCOPES, escapeText, toSnippetSyntax, markedStatement, unmark, type EditorTarget, type VscodeSnippet } from './snippet-syntax.js';

/** First sentence of a description, as plain text, for the snippet's description. */
function summary(method: MethodModel): string {
  const flat = method.description.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(flat);
  return (m ? m[1]! : flat) || method.name;
}

export async function prepareEditorTarget(id: string): Promise<PreparedTarget> {
  if (!EDITOR_TARGETS.includes(id)) {
    throw new InputError(`unknown editor target "${id}"; the targets with editor snippets are: ${EDITOR_TARGETS.join(', ')} (or all)`);
  }
  const info = targetInfo(id) as TargetInfo;
  await loadGrammars([info.grammar.id]);
  return prepareTarget(info, DEFAULT_SNIPPET_OPTIONS.templates);
}

export function vscodeSnippets(prepared: PreparedTarget, schema: SchemaModel): Record<string, VscodeSnippet> {
  const id: EditorTarget = prepared.info.id;
  const out: Record<string, VscodeSnippet> = {};
  for (const method of schema.methods) {
    const m = markedStatement(prepared, schema, method);
    if (!m) continue;
    const plain = unmark(m.marked);
    if (hasMarkers(plain)) throw new Error(`${method.name}: unbalanced argument markers`);
    const errors = checkCode(prepared.info.grammar.id, plain);
    if (errors.length) {
      const e = errors[0]!;
      throw new InvalidOutputError(`invalid ${id} editor snippet of ${method.name} at ${e.line}:${e.column}: ${e.message}\n${e.frame}`);
    }
    out[method.name] = {
      prefix: method.name,
      body: toSnippetSyntax(m.marked, m.call).split('\n'),
      description: summary(method),
      scope: SCOPES[id]!,
    };
  }
  return out;
}
