/**
 * Syntax check of one snippet with tree-sitter.
 *
 * The hot path (a valid snippet) is parse + `rootNode.hasError` + `tree.delete()`, plus a cheap
 * grammar-specific gate for known gaps of the grammars:
 * - Lua: the grammar's identifier token is a negated class that also admits `!X`, `$y`, `@y`,
 *   `` `y` ``, `?y` and non-ASCII letters, which real Lua rejects. One regex scan looks for such
 *   characters; only where one occurs is the tree consulted (`descendantForIndex`), and only
 *   characters outside strings and comments are reported.
 * - JSON: the grammar accepts comments, several top-level values, an empty document and raw
 *   control characters in strings. `JSON.parse` (native, about a microsecond for a snippet) is the
 *   gate; only when it fails is the tree searched for the reason and its position.
 * The tree is walked only when something is wrong.
 */
import { Edit, type Node, type Parser, type Tree } from 'web-tree-sitter';
import { codeFrame, splitLines } from './frame.js';
import { type GrammarId, GRAMMAR_IDS, loadGrammars, parserFor } from './grammars.js';

export interface Diagnostic {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as editors and tree-sitter's web binding count). */
  column: number;
  /** 1-based end (exclusive) of the offending text; equals line/column for a missing token. */
  endLine: number;
  endColumn: number;
  kind: 'error' | 'missing';
  /** `unexpected "=>"`, `missing ";"`, `invalid Lua identifier "$y"`, … */
  message: string;
  /** A plain-text code frame around the position (see frame.ts). */
  frame: string;
}

interface Point {
  row: number;
  column: number;
}

interface RawDiagnostic {
  index: number;
  start: Point;
  end: Point;
  kind: Diagnostic['kind'];
  message: string;
}

const MAX_TOKEN = 32;

/** Quotes a token for a message: double quotes unless it contains one, control characters escaped. */
export function quoteToken(text: string): string {
  let t = text.length > MAX_TOKEN ? text.slice(0, MAX_TOKEN) + '…' : text;
  // control characters and invisible spaces are escaped so that the message shows them
  t = t.replace(/[\u0000-\u001f\u007f-\u00a0\u2000-\u200f\u2028\u2029\ufeff]/g, (ch) =>
    ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return t.includes('"') && !t.includes("'") ? `'${t}'` : `"${t}"`;
}

function fromNode(node: Node, kind: Diagnostic['kind'], message: string): RawDiagnostic {
  return { index: node.startIndex, start: node.startPosition, end: node.endPosition, kind, message };
}

/** Row/column (0-based, UTF-16 units, as web-tree-sitter counts) of a string index. */
function pointAt(code: string, index: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = code.indexOf('\n'); i !== -1 && i < index; i = code.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}

function fromIndex(code: string, index: number, length: number, kind: Diagnostic['kind'], message: string): RawDiagnostic {
  return { index, start: pointAt(code, index), end: pointAt(code, index + length), kind, message };
}

/** First token of an ERROR node (skipping extras such as comments when possible). */
function firstToken(node: Node): Node {
  let leaf = node;
  while (leaf.childCount > 0) {
    let next: Node | null = null;
    for (let i = 0, n = leaf.childCount; i < n; i++) {
      const child = leaf.child(i);
      if (child && !child.isExtra) {
        next = child;
        break;
      }
    }
    next ??= leaf.child(0);
    if (!next) break;
    leaf = next;
  }
  return leaf;
}

function errorDiagnostic(node: Node, code: string): RawDiagnostic {
  const token = firstToken(node);
  let text = token.text;
  let at = token;
  if (!text.trim()) {
    text = node.text;
    at = node;
  }
  const firstLine = text.trim().split('\n')[0] ?? '';
  if (!firstLine) {
    const atEnd = !code.slice(node.startIndex).trim();
    return fromNode(node, 'error', atEnd ? 'unexpected end of input' : 'syntax error');
  }
  return fromNode(at, 'error', `unexpected ${quoteToken(firstLine)}`);
}

function missingDiagnostic(node: Node): RawDiagnostic {
  const what = node.isNamed ? node.type.replace(/_/g, ' ') : quoteToken(node.type);
  return fromNode(node, 'missing', `missing ${what}`);
}

/** Every ERROR and MISSING node, outermost only, in document order. */
function collectSyntaxErrors(root: Node, code: string, out: RawDiagnostic[]): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.isError) {
      out.push(errorDiagnostic(node, code));
    } else if (node.isMissing) {
      out.push(missingDiagnostic(node));
    } else if (node.hasError) {
      for (let i = node.childCount - 1; i >= 0; i--) {
        const child = node.child(i);
        if (child) stack.push(child);
      }
    }
  }
}

// ---- Lua: identifiers the grammar admits but Lua rejects --------------------------------------

/** Characters outside `[A-Za-z0-9_]` that the grammar's identifier token accepts (and any non-ASCII). */
const LUA_SUSPICIOUS = /[!$?@`\u0080-\uffff]/g;
const LUA_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Nodes in which any character is fine. */
const LUA_FREE_TEXT = new Set(['string', 'comment', 'hash_bang_line']);

function checkLuaIdentifiers(root: Node, code: string, out: RawDiagnostic[]): void {
  const re = LUA_SUSPICIOUS;
  re.lastIndex = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const at = m.index;
    const leaf = root.descendantForIndex(at);
    let next = at + 1;
    let free = false;
    for (let n: Node | null = leaf; n; n = n.parent) {
      if (LUA_FREE_TEXT.has(n.type)) {
        free = true;
        next = n.endIndex;
        break;
      }
    }
    if (!free && leaf) {
      if (leaf.type === 'identifier' && !LUA_IDENTIFIER.test(leaf.text)) {
        out.push(fromNode(leaf, 'error', `invalid Lua identifier ${quoteToken(leaf.text)}`));
        next = leaf.endIndex;
      } else {
        const ch = String.fromCodePoint(code.codePointAt(at)!);
        const cp = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        out.push(fromIndex(code, at, ch.length, 'error', `unexpected character ${quoteToken(ch)} (${cp})`));
        next = at + ch.length;
      }
    }
    re.lastIndex = Math.max(next, at + 1);
  }
}

// ---- JSON: what the grammar accepts but JSON does not ----------------------------------------

function checkJsonStrict(root: Node, code: string, out: RawDiagnostic[]): void {
  let reason: string;
  try {
    JSON.parse(code);
    return;
  } catch (err) {
    reason = (err as Error).message;
  }
  const before = out.length;
  if (code.includes('/')) {
    for (const c of root.descendantsOfType('comment')) out.push(fromNode(c, 'error', 'comments are not allowed in JSON'));
  }
  const values = root.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  if (values.length === 0) {
    out.push(fromIndex(code, code.length, 0, 'missing', 'missing JSON value'));
  } else if (values.length > 1) {
    const extra = values[1]!;
    out.push(fromNode(firstToken(extra), 'error', `unexpected ${quoteToken(firstToken(extra).text.split('\n')[0] ?? '')} after the JSON value`));
  }
  if (/[\u0000-\u001f]/.test(code)) {
    for (const s of root.descendantsOfType('string_content')) {
      const i = s.text.search(/[\u0000-\u001f]/);
      if (i >= 0) {
        const cp = `U+${s.text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
        out.push(fromIndex(code, s.startIndex + i, 1, 'error', `unescaped control character ${cp} in a JSON string`));
      }
    }
  }
  if (out.length === before) {
    // Anything else JSON.parse rejects (e.g. a BOM): report its own words.
    const pos = /position (\d+)/.exec(reason);
    const index = pos ? Math.min(Number(pos[1]), code.length) : 0;
    out.push(fromIndex(code, index, 0, 'error', `invalid JSON: ${reason}`));
  }
}

type ExtraCheck = (root: Node, code: string, out: RawDiagnostic[]) => void;
const EXTRA_CHECKS: Partial<Record<GrammarId, ExtraCheck>> = {
  lua: checkLuaIdentifiers,
  json: checkJsonStrict,
};

function finish(raw: RawDiagnostic[], code: string): Diagnostic[] {
  raw.sort((a, b) => a.index - b.index);
  const lines = splitLines(code);
  const seen = new Set<string>();
  const result: Diagnostic[] = [];
  for (const d of raw) {
    const line = d.start.row + 1;
    const column = d.start.column + 1;
    const key = `${line}:${column}:${d.kind}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({
      line,
      column,
      endLine: d.end.row + 1,
      endColumn: d.end.column + 1,
      kind: d.kind,
      message: d.message,
      frame: codeFrame(lines, line, column),
    });
  }
  return result;
}

/**
 * The last tree parsed per grammar and stream, and its text, kept for the next parse to reuse. A
 * stream is one kind of snippet (a target's): two targets sharing a grammar (GramJS and mtcute
 * both TypeScript) alternate, and each reuses the tree of its own last snippet.
 */
const previous = new Map<string, { code: string; tree: Tree }>();

/** Frees the trees kept for reuse; the next check of each grammar parses from scratch. */
export function forgetTrees(): void {
  for (const p of previous.values()) p.tree.delete();
  previous.clear();
}

const BLOCK = 32;

/**
 * Parses `code`, reusing the grammar's previous tree: snippets of one target share their boilerplate,
 * so the edit from the previous text (common prefix and suffix kept) lets tree-sitter reparse only
 * what changed. Incremental parsing yields the same tree as a fresh parse; a test compares them.
 */
function parseReusing(parser: Parser, key: string, code: string): Tree | null {
  const prev = previous.get(key);
  let tree: Tree | null;
  if (prev) {
    const old = prev.code;
    const max = Math.min(old.length, code.length);
    // Common prefix and suffix, compared a block at a time natively, then a character at a time.
    let start = 0;
    while (start + BLOCK <= max && old.startsWith(code.slice(start, start + BLOCK), start)) start += BLOCK;
    while (start < max && old.charCodeAt(start) === code.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix + BLOCK <= max - start && old.endsWith(code.slice(code.length - suffix - BLOCK, code.length - suffix), old.length - suffix)) suffix += BLOCK;
    while (suffix < max - start && old.charCodeAt(old.length - 1 - suffix) === code.charCodeAt(code.length - 1 - suffix)) suffix++;
    const oldEnd = old.length - suffix;
    const newEnd = code.length - suffix;
    prev.tree.edit(new Edit({
      startIndex: start,
      oldEndIndex: oldEnd,
      newEndIndex: newEnd,
      startPosition: pointAt(old, start),
      oldEndPosition: pointAt(old, oldEnd),
      newEndPosition: pointAt(code, newEnd),
    }));
    tree = parser.parse(code, prev.tree);
    prev.tree.delete();
    previous.delete(key);
  } else {
    tree = parser.parse(code);
  }
  if (tree) previous.set(key, { code, tree });
  return tree;
}

/**
 * Syntax diagnostics for `code` (an empty array when it is valid). Synchronous: the grammar must
 * have been loaded with `loadGrammars` (or use `checkCodeAsync`). `stream` names the kind of
 * snippet (a target id) whose last tree this parse reuses; the result does not depend on it.
 */
export function checkCode(grammar: GrammarId, code: string, stream = ''): Diagnostic[] {
  const parser = parserFor(grammar);
  if (!parser) {
    if (!(GRAMMAR_IDS as readonly string[]).includes(grammar)) {
      throw new Error(`checkCode: unknown grammar ${JSON.stringify(grammar)}; expected one of ${GRAMMAR_IDS.join(', ')}`);
    }
    throw new Error(
      `checkCode: the ${grammar} grammar is not loaded; call \`await loadGrammars(['${grammar}'])\` before checking, or use checkCodeAsync()`,
    );
  }
  const tree = parseReusing(parser, `${grammar}\0${stream}`, code);
  if (!tree) throw new Error(`checkCode: tree-sitter returned no tree for a ${grammar} snippet (parse cancelled?)`);
  // The tree stays alive for the next parse of this grammar to reuse (it is deleted then).
  const root = tree.rootNode;
  const raw: RawDiagnostic[] = [];
  if (root.hasError) {
    collectSyntaxErrors(root, code, raw);
    if (raw.length === 0) raw.push(fromIndex(code, 0, 0, 'error', 'syntax error'));
  } else {
    const extra = EXTRA_CHECKS[grammar];
    if (!extra) return [];
    extra(root, code, raw);
  }
  return raw.length === 0 ? [] : finish(raw, code);
}

/** `checkCode` after loading the grammar if needed. */
export async function checkCodeAsync(grammar: GrammarId, code: string): Promise<Diagnostic[]> {
  await loadGrammars([grammar]);
  return checkCode(grammar, code);
}
