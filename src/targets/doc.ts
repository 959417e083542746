/**
 * Layout for generated code. Snippets are built as prettier documents and printed with prettier's
 * own doc printer, so where a call or literal breaks is decided by the same algorithm prettier uses;
 * the targets only have to build the same document shapes prettier's language printers build.
 * `prettier/doc` is small (≈60 KB) and loads in a few milliseconds, unlike prettier itself.
 */
import { builders, printer } from 'prettier/doc';

export type Doc = builders.Doc;
export const { group, indent, line, softline, hardline, join, ifBreak, conditionalGroup, breakParent, fill, indentIfBreak } = builders;

export interface Layout {
  readonly printWidth: number;
  readonly tabWidth: number;
}

export function printDoc(doc: Doc, layout: Layout): string {
  return printer.printDocToString(doc, { printWidth: layout.printWidth, tabWidth: layout.tabWidth, useTabs: false }).formatted;
}

/**
 * A bracketed, comma-separated list that breaks one item per line with a trailing comma:
 * `(a, b)` / `[a, b]` / `{ a, b }` (pass `line` as `inner` for the space inside braces).
 */
export function list(open: string, items: readonly Doc[], close: string, inner: Doc = softline): Doc {
  if (items.length === 0) return open + close;
  return group([open, indent([inner, join([',', line], [...items])]), ifBreak(','), inner, close]);
}

/**
 * Call arguments whose last one may be "hugged" (`f({` … `})`), as prettier's printArguments does
 * for a trailing object or array: flat, else last argument expanded, else every argument broken out.
 */
export function huggedArguments(args: readonly Doc[], hugLast: boolean): Doc {
  if (args.length === 0) return '()';
  const flat = ['(', join(', ', [...args]), ')'];
  const allBroken = group(['(', indent([line, join([',', line], [...args])]), ',', line, ')'], { shouldBreak: true });
  if (!hugLast) return group(['(', indent([softline, join([',', line], [...args])]), ifBreak(','), softline, ')']);
  const head = args.slice(0, -1);
  const last = args[args.length - 1]!;
  const expanded = ['(', ...head.flatMap((a) => [a, ', ']), group(last, { shouldBreak: true }), ')'];
  return conditionalGroup([flat, expanded, allBroken]);
}
