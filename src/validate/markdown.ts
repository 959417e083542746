/**
 * Fenced code blocks in markdown, checked with the grammar their language tag names.
 *
 * Fences are found with markdown-it (CommonMark): ``` and ~~~ fences of any length, fences in
 * list items and block quotes, unclosed fences running to the end; indented code blocks and
 * fence-like lines inside HTML blocks or longer fences are correctly *not* fences. Diagnostics are
 * reported in markdown coordinates (line of the file; column including any container prefix such
 * as list indentation or `> `), with frames drawn from the markdown itself.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { type Diagnostic, checkCode } from './check.js';
import { codeFrame } from './frame.js';
import { GRAMMARS, type GrammarId, loadGrammars } from './grammars.js';

/** Language tags (lower-cased) → grammar: each grammar's declared fence tags. Anything else is skipped. */
export const TAG_GRAMMARS: Readonly<Record<string, GrammarId>> = Object.freeze(
  Object.fromEntries(GRAMMARS.flatMap((g) => g.fenceTags.map((tag) => [tag, g.id]))),
);

export function grammarForTag(tag: string): GrammarId | null {
  return Object.hasOwn(TAG_GRAMMARS, tag) ? TAG_GRAMMARS[tag]! : null;
}

export interface CodeBlock {
  /** The language tag: first word of the info string, lower-cased, `{.x}` braces stripped; '' if none. */
  tag: string;
  /** The grammar the tag maps to, or null when the block is skipped. */
  grammar: GrammarId | null;
  /** 1-based markdown line of the opening fence. Code line n is markdown line `fenceLine + n`. */
  fenceLine: number;
  /** The block's content (line endings normalised to `\n`). */
  code: string;
  /** Per code line (0-based), how many characters of the markdown line precede it (`> `, list indent). */
  columnOffsets: number[];
  /** The fence is never closed: it runs to the end of the file (reported as an error). */
  unclosed?: true;
}

/** A diagnostic in markdown coordinates, with the index of its block in `extractCodeBlocks`. */
export interface MarkdownDiagnostic extends Diagnostic {
  block: number;
  grammar: GrammarId;
}

export interface MarkdownBlockResult {
  block: CodeBlock;
  /** Index among all fences of the file. */
  index: number;
  /** Diagnostics in markdown coordinates. */
  diagnostics: MarkdownDiagnostic[];
}

export interface MarkdownResult {
  /** The blocks that were checked (a known language tag), in file order. */
  blocks: MarkdownBlockResult[];
  /** Fences without a tag or with a tag no grammar handles. */
  skipped: number;
  /** All diagnostics of the file, in file order. */
  diagnostics: MarkdownDiagnostic[];
}

let parser: MarkdownIt | undefined;
function markdownParser(): MarkdownIt {
  if (!parser) {
    parser = markdownIt('commonmark');
    parser.core.ruler.disable(['inline'], true); // only block structure is needed
  }
  return parser;
}

/** Lines as markdown-it counts them (it normalises `\r\n` and lone `\r` to `\n`). */
function markdownLines(markdown: string): string[] {
  return markdown.split(/\r\n?|\n/);
}

function tagOf(info: string): string {
  const word = info.trim().split(/\s+/)[0] ?? '';
  return word.replace(/^\{?\.?/, '').replace(/[},]+$/, '').toLowerCase();
}

/** Every fenced code block of the document, in order. */
export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const tokens = markdownParser().parse(markdown, {});
  let lines: string[] | undefined;
  const blocks: CodeBlock[] = [];
  for (const token of tokens) {
    if (token.type !== 'fence' || !token.map) continue;
    const tag = tagOf(token.info);
    const fenceIndex = token.map[0]; // 0-based line of the opening fence
    const code = token.content;
    lines ??= markdownLines(markdown);
    const codeLines = code.split('\n');
    const columnOffsets = codeLines.map((text, i) => {
      const source = lines![fenceIndex + 1 + i] ?? '';
      return source.endsWith(text) ? source.length - text.length : 0;
    });
    // A fence that is never closed runs to the end of the file: everything after it is read as code.
    // (the closing line without its container prefix: `> ` of a quote, a list item's indent)
    const closing = (lines[token.map[1] - 1] ?? '').replace(/^[\s>]*/, '').trimEnd();
    const unclosed = token.map[1] - 1 === fenceIndex || !(closing.startsWith(token.markup) && /^(`+|~+)$/.test(closing));
    blocks.push({ tag, grammar: grammarForTag(tag), fenceLine: fenceIndex + 1, code, columnOffsets, ...(unclosed ? { unclosed: true } : {}) });
  }
  return blocks;
}

/** The grammars the blocks need, for `loadGrammars` before checking. */
export function grammarsOfBlocks(blocks: readonly CodeBlock[]): GrammarId[] {
  const set = new Set<GrammarId>();
  for (const b of blocks) if (b.grammar) set.add(b.grammar);
  return [...set];
}

/**
 * Checks already-extracted blocks of `markdown` (synchronous: the blocks' grammars must be loaded).
 */
export function checkBlocks(markdown: string, blocks: readonly CodeBlock[]): MarkdownResult {
  const result: MarkdownResult = { blocks: [], skipped: 0, diagnostics: [] };
  let lines: string[] | undefined;
  blocks.forEach((block, index) => {
    const grammar = block.grammar;
    const diagnostics: MarkdownDiagnostic[] = [];
    if (block.unclosed) {
      lines ??= markdownLines(markdown);
      const text = lines[block.fenceLine - 1] ?? '';
      const column = text.length - text.trimStart().length + 1;
      diagnostics.push({
        line: block.fenceLine,
        column,
        endLine: block.fenceLine,
        endColumn: text.length + 1,
        kind: 'error',
        message: 'this fence is never closed: everything after it is read as code',
        frame: codeFrame(lines, block.fenceLine, column),
        block: index,
        grammar: grammar ?? 'markdown',
      });
    }
    if (!grammar) {
      result.skipped++;
      result.diagnostics.push(...diagnostics);
      return;
    }
    const found = checkCode(grammar, block.code);
    if (found.length) {
      lines ??= markdownLines(markdown);
      for (const d of found) {
        const line = block.fenceLine + d.line;
        const column = d.column + (block.columnOffsets[d.line - 1] ?? 0);
        diagnostics.push({
          ...d,
          line,
          column,
          endLine: block.fenceLine + d.endLine,
          endColumn: d.endColumn + (block.columnOffsets[d.endLine - 1] ?? 0),
          frame: codeFrame(lines, line, column),
          block: index,
          grammar,
        });
      }
    }
    result.blocks.push({ block, index, diagnostics });
    result.diagnostics.push(...diagnostics);
  });
  return result;
}

/** Extracts and checks the fences of `markdown` (synchronous: grammars must be loaded). */
export function checkMarkdown(markdown: string): MarkdownResult {
  return checkBlocks(markdown, extractCodeBlocks(markdown));
}

/** `checkMarkdown` after loading the grammars its fences need. */
export async function checkMarkdownAsync(markdown: string): Promise<MarkdownResult> {
  const blocks = extractCodeBlocks(markdown);
  await loadGrammars(grammarsOfBlocks(blocks));
  return checkBlocks(markdown, blocks);
}
