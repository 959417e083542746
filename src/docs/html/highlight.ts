/**
 * Syntax highlighting at build time from the tree-sitter parse, with the grammar packages' own
 * `queries/highlights.scm` (TypeScript's builds on JavaScript's, used where tree-sitter-javascript
 * is installed): no client-side highlighter, no second parser. Captures become
 * `<span class="hl-keyword">` etc. around the escaped text, so the code's text is unchanged.
 * Where captures overlap, the one that starts first and covers most wins (nested captures are
 * flattened); a grammar without queries gives plain escaped text.
 */
import { readFileSync } from 'node:fs';
import { Query } from 'web-tree-sitter';
import { GRAMMAR_FILES, languageFor, loadGrammars, parserFor, resolvePackageFile, type GrammarId } from '../../validate/grammars.js';
import { escapeHtml } from './escape.js';

/** Extra query files a grammar's own highlights build on. */
const BASE_QUERIES: Readonly<Record<string, readonly { pkg: string; file: string }[]>> = {
  typescript: [{ pkg: 'tree-sitter-javascript', file: 'queries/highlights.scm' }],
};

/** Highlights code; `stream` (a target id) groups the codes that share their lines (see below). */
export type Highlighter = (code: string, stream?: string) => string;

/** Highlighters for these grammars (loaded once); plain escaping where a grammar has no queries. */
export async function highlighters(grammars: readonly GrammarId[]): Promise<(grammar: GrammarId) => Highlighter> {
  await loadGrammars(grammars);
  const made = new Map<GrammarId, Highlighter>();
  for (const g of new Set(grammars)) made.set(g, highlighterFor(g));
  return (g) => made.get(g) ?? ((code: string) => escapeHtml(code));
}

function highlighterFor(grammar: GrammarId): Highlighter {
  const language = languageFor(grammar);
  const parser = parserFor(grammar);
  const source = querySource(grammar);
  if (!language || !parser || !source) return (code) => escapeHtml(code);
  let query: Query;
  try {
    query = new Query(language, source);
  } catch {
    // A query file written for another version of the grammar: no colours rather than no docs.
    return (code) => escapeHtml(code);
  }
  // Snippets of one target share most lines (the program around the call): lines equal to the
  // previous code's first and last lines keep their highlighted HTML, and only the lines between
  // are queried (captures of a tree-sitter query cost ~1 ms a snippet in TypeScript otherwise).
  const last = new Map<string, { lines: string[]; html: string[] }>();
  return (code, stream = '') => {
    const previous = last.get(stream);
    const lines = code.split('\n');
    const head = previous ? commonHead(previous.lines, lines) : 0;
    const tail = previous ? commonTail(previous.lines, lines, head) : 0;
    const tree = parser.parse(code);
    if (!tree) return escapeHtml(code);
    try {
      const to = lines.length - tail;
      const middle = head < to ? lineHtml(code, lines, head, to, query.captures(tree.rootNode, { startPosition: { row: head, column: 0 }, endPosition: { row: to, column: 0 } })) : [];
      const before = previous ? previous.html.slice(0, head) : [];
      const after = previous && tail ? previous.html.slice(previous.lines.length - tail) : [];
      const html = [...before, ...middle, ...after];
      last.set(stream, { lines, html });
      return html.join('\n');
    } finally {
      tree.delete();
    }
  };
}

function commonHead(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonTail(a: readonly string[], b: readonly string[], head: number): number {
  let i = 0;
  while (i < a.length - head && i < b.length - head && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** The highlighted HTML of lines [from, to) of the code, one string per line. */
function lineHtml(code: string, lines: readonly string[], from: number, to: number, captures: readonly Capture[]): string[] {
  let start = 0;
  for (let i = 0; i < from; i++) start += lines[i]!.length + 1;
  let end = start;
  for (let i = from; i < to; i++) end += lines[i]!.length + (i < lines.length - 1 ? 1 : 0);
  const inside = captures.filter((c) => c.node.startIndex >= start && c.node.endIndex <= end);
  const html = spans(code.slice(start, end), inside, start);
  return html.split('\n').slice(0, to - from);
}

function querySource(grammar: GrammarId): string | undefined {
  const own = GRAMMAR_FILES[grammar];
  const files = [...(BASE_QUERIES[grammar] ?? []), ...(own ? [{ pkg: own.pkg, file: 'queries/highlights.scm' }] : [])];
  const parts: string[] = [];
  for (const f of files) {
    try {
      parts.push(readFileSync(resolvePackageFile(f.pkg, f.file), 'utf8'));
    } catch {
      // not installed (tree-sitter-javascript is a development dependency): fewer colours
    }
  }
  return parts.length ? parts.join('\n') : undefined;
}

interface Capture {
  readonly name: string;
  readonly node: { readonly startIndex: number; readonly endIndex: number };
}

/**
 * The code with non-overlapping captures wrapped in spans, each line's spans closed at its end (so
 * that the HTML splits into lines). Indices are UTF-16 (JavaScript strings), `offset` that of the
 * code's start in the parsed text.
 */
export function spans(code: string, captures: readonly Capture[], offset = 0): string {
  const sorted = [...captures].sort((a, b) => a.node.startIndex - b.node.startIndex || b.node.endIndex - a.node.endIndex);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    const start = c.node.startIndex - offset;
    const end = c.node.endIndex - offset;
    if (start < at || end <= start) continue;
    out += escapeHtml(code.slice(at, start));
    const open = `<span class="hl-${c.name.replace(/[^a-z0-9]+/gi, '-')}">`;
    out += open + escapeHtml(code.slice(start, end)).split('\n').join(`</span>\n${open}`) + '</span>';
    at = end;
  }
  return out + escapeHtml(code.slice(at));
}
