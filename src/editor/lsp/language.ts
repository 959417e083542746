/**
 * Which target serves a document, and where a completion or hover is in a line: each target with
 * editor support declares that in its folder (src/targets/<id>/editor.ts) as plain pattern matching
 * on the line (never tree-sitter: completion must not wait for a parse). Each language names a TL
 * method its own way: `$MadelineProto->photos->getUserPhotos`, `photos.getUserPhotos`,
 * `Api.photos.GetUserPhotos`.
 */
import { editorTargets } from '../../targets/registry.js';
import type { CompletionSite } from '../../targets/types.js';
import type { EditorTarget } from '../snippet-syntax.js';

export type { CompletionSite };

/** LSP languageId → the target serving it (the first in the registry that claims it). */
export const LANGUAGE_TARGETS: Readonly<Record<string, EditorTarget>> = Object.freeze(
  (() => {
    const out: Record<string, EditorTarget> = {};
    for (const t of editorTargets()) for (const l of t.editor!.languageIds) out[l] ??= t.id;
    return out;
  })(),
);

/** Each editor target's declaration, by id (looked up for every completion item). */
const EDITORS = new Map(editorTargets().map((t) => [t.id, t.editor!]));
const editorOf = (target: EditorTarget) => EDITORS.get(target)!;

/** The completion site at the end of `before` (the line up to the cursor), or null. */
export function completionSite(target: EditorTarget, before: string): CompletionSite | null {
  return editorOf(target).completionSite(before);
}

/** The TL method named at a column of a line, for hover: `photos.getUserPhotos`, or null. */
export function methodAt(target: EditorTarget, line: string, column: number): { name: string; start: number; end: number } | null {
  return editorOf(target).methodAt(line, column);
}

/** A method's completion label in a target's language. */
export function methodLabel(target: EditorTarget, name: string): string {
  return editorOf(target).label(name.slice(name.indexOf('.') + 1));
}

/** Whether a target offers the methods without a namespace at the top level. */
export const offersBareMethods = (target: EditorTarget) => editorOf(target).bareMethods;

/** The call expression of a statement: without `$x = ` / `local x = ` / the invoke wrapper. */
export const expressionOf = (target: EditorTarget, statement: string) => editorOf(target).expressionOf(statement);
