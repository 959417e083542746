/**
 * `tlsnip validate FILE_OR_DIR…`: checks snippet files by extension and the fenced blocks of
 * markdown files. All inputs are read and the grammars they need loaded before any parsing starts
 * (stack.md pitfall 3), then everything is checked synchronously.
 */
import { isUtf8 } from 'node:buffer';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { at, InputError } from '../errors.js';
import { type Diagnostic, checkCode } from './check.js';
import { codeFrame, splitLines } from './frame.js';
import { GRAMMARS, type GrammarId, loadGrammars } from './grammars.js';
import { type CodeBlock, checkBlocks, extractCodeBlocks, grammarsOfBlocks } from './markdown.js';

/** File extensions checked, and with what: each grammar's declared extensions, and markdown. */
export const EXTENSION_KINDS: Readonly<Record<string, GrammarId | 'markdown'>> = Object.freeze({
  ...Object.fromEntries(GRAMMARS.flatMap((g) => g.extensions.map((ext) => [ext, g.id]))),
  '.md': 'markdown',
});

/** Directories never entered (dot-directories are skipped too). */
const SKIPPED_DIRS = new Set(['node_modules']);

export interface FileDiagnostic extends Diagnostic {
  /** The file, as given or as found under a given directory. */
  file: string;
  /** `file:line:column`. */
  location: string;
  /** The grammar that reported it (for markdown: the fence's). */
  grammar: GrammarId;
  /** For markdown: index of the fence among all fences of the file. */
  block?: number;
}

export interface FileReport {
  path: string;
  kind: GrammarId | 'markdown';
  diagnostics: FileDiagnostic[];
  /** Code blocks checked: 1 for a code file, the fences with a known tag for markdown. */
  blocks: number;
  /** Markdown fences without a supported language tag (always 0 for code files). */
  skipped: number;
}

function kindOf(path: string): GrammarId | 'markdown' | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(EXTENSION_KINDS, ext) ? EXTENSION_KINDS[ext] : undefined;
}

const SUPPORTED = Object.keys(EXTENSION_KINDS).join(', ');

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // follow links to files; never links to directories (no cycles)
      const target = await stat(path).catch(() => undefined);
      isFile = target?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) await walk(path, out);
    } else if (isFile && kindOf(path)) {
      out.push(path);
    }
  }
}

/** The files `validatePaths` checks, in order. Throws InputError for missing or unsupported paths. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) throw new InputError('validate: no file or directory given');
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(
        code === 'ENOENT' ? `${path}: no such file or directory` : `${path}: cannot read (${(err as Error).message})`,
      );
    }
    if (info.isDirectory()) {
      await walk(path, files);
    } else if (!kindOf(path)) {
      throw new InputError(`${path}: unsupported file type "${extname(path) || '(none)'}" (supported: ${SUPPORTED})`);
    } else {
      files.push(path);
    }
  }
  // the same file named twice (or also found under a named directory) is checked once
  const seen = new Set<string>();
  return files.filter((f) => {
    const key = resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Loaded {
  path: string;
  kind: GrammarId | 'markdown';
  text: string;
  blocks?: CodeBlock[];
  /** Set when the file is not UTF-8: where, the text before it, the byte. Such a file is not parsed. */
  invalidUtf8?: { offset: number; before: string; byte: number };
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (overlongs, surrogates and
 * values past U+10FFFF included), or -1.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const [n, min] = c >= 0xc2 && c <= 0xdf ? [1, 0x80] : c >= 0xe0 && c <= 0xef ? [2, 0x800] : c >= 0xf0 && c <= 0xf4 ? [3, 0x10000] : [0, 0];
    if (n === 0 || i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function withFile(path: string, d: Diagnostic & { block?: number }, grammar: GrammarId): FileDiagnostic {
  return { ...d, file: path, location: `${path}:${d.line}:${d.column}`, grammar };
}

/** Checks files and directories (see the module comment); one report per file, in order. */
export async function validatePaths(paths: readonly string[]): Promise<FileReport[]> {
  const files = await collectFiles(paths);
  const loaded: Loaded[] = [];
  const needed = new Set<GrammarId>();
  for (const path of files) {
    const kind = kindOf(path)!;
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      throw new InputError(`${path}: cannot read (${(err as Error).message})`);
    }
    // Almost every file is UTF-8: checked natively, and the offending byte found only when it is not.
    const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
    if (bad >= 0) {
      loaded.push({ path, kind, text: '', invalidUtf8: { offset: bad, before: bytes.subarray(0, bad).toString('utf8'), byte: bytes[bad]! } });
      continue;
    }
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM is not part of the code
    if (kind === 'markdown') {
      const blocks = extractCodeBlocks(text);
      for (const g of grammarsOfBlocks(blocks)) needed.add(g);
      loaded.push({ path, kind, text, blocks });
    } else {
      needed.add(kind);
      loaded.push({ path, kind, text });
    }
  }
  await loadGrammars(needed);

  return loaded.map(({ path, kind, text, blocks, invalidUtf8 }): FileReport => {
    if (invalidUtf8) {
      const lines = splitLines(invalidUtf8.before);
      const line = lines.length;
      const column = lines[line - 1]!.length + 1;
      const hex = invalidUtf8.byte.toString(16).toUpperCase().padStart(2, '0');
      const d: Diagnostic = {
        line,
        column,
        endLine: line,
        endColumn: column + 1,
        kind: 'error',
        message: `not UTF-8: byte 0x${hex} at offset ${invalidUtf8.offset} (save the file as UTF-8; tools read it differently otherwise)`,
        frame: codeFrame(lines, line, column),
      };
      return { path, kind, diagnostics: [withFile(path, d, kind === 'markdown' ? 'markdown' : kind)], blocks: 1, skipped: 0 };
    }
    if (kind === 'markdown') {
      const result = checkBlocks(text, blocks ?? []);
      return {
        path,
        kind,
        diagnostics: result.diagnostics.map((d) => withFile(path, d, d.grammar)),
        blocks: result.blocks.length,
        skipped: result.skipped,
      };
    }
    return {
      path,
      kind,
      diagnostics: checkCode(kind, text).map((d) => withFile(path, d, kind)),
      blocks: 1,
      skipped: 0,
    };
  });
}

/** Number of reports with at least one diagnostic. */
export function invalidCount(reports: readonly FileReport[]): number {
  return reports.filter((r) => r.diagnostics.length > 0).length;
}

/**
 * Human-readable text: for each diagnostic `path:line:column: message` and its frame, then
 * `checked N files (M blocks): K invalid` (plus the number of skipped markdown fences, if any).
 */
export function formatReport(reports: readonly FileReport[]): string {
  const out: string[] = [];
  let blocks = 0;
  let skipped = 0;
  for (const report of reports) {
    blocks += report.blocks;
    skipped += report.skipped;
    for (const d of report.diagnostics) {
      out.push(at(d.file, d.line, d.column, d.message));
      out.push(d.frame);
      out.push('');
    }
  }
  const n = reports.length;
  let summary = `checked ${n} ${n === 1 ? 'file' : 'files'} (${blocks} ${blocks === 1 ? 'block' : 'blocks'}): ${invalidCount(reports)} invalid`;
  if (skipped) summary += `; ${skipped} markdown ${skipped === 1 ? 'fence' : 'fences'} without a supported language tag skipped`;
  out.push(summary);
  return out.join('\n');
}
