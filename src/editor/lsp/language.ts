/**
 * Where a completion or hover is in a line of PHP, Lua or TypeScript, as plain pattern matching on
 * the line (never tree-sitter: completion must not wait for a parse). Each language names a TL
 * method its own way: `$MadelineProto->photos->getUserPhotos`, `photos.getUserPhotos`,
 * `Api.photos.GetUserPhotos`.
 */
import type { EditorTarget } from '../snippet-syntax.js';

export const LANGUAGE_TARGETS: Readonly<Record<string, EditorTarget>> = {
  php: 'php',
  lua: 'lua',
  typescript: 'ts',
  typescriptreact: 'ts',
  javascript: 'ts',
};

export interface CompletionSite {
  /** The namespace the user is completing in, or null for the top level (namespaces and bare methods). */
  readonly namespace: string | null;
  /** What is typed of the name so far. */
  readonly typed: string;
  /** Column where the whole expression (`$MadelineProto->…`, `Api.…`, `ns.`) starts: the insertion replaces from here. */
  readonly start: number;
  /** True when nothing but indentation precedes the expression: the whole statement is inserted. */
  readonly statement: boolean;
}

const atLineStart = (before: string, start: number) => /^\s*(new\s+)?$/.test(before.slice(0, start));

/** The completion site at the end of `before` (the line up to the cursor), or null. */
export function completionSite(target: EditorTarget, before: string): CompletionSite | null {
  let m: RegExpExecArray | null;
  switch (target) {
    case 'php':
      if ((m = /\$MadelineProto->(\w+)->(\w*)$/.exec(before))) return site(before, m, m[1]!, m[2]!);
      if ((m = /\$MadelineProto->(\w*)$/.exec(before))) return site(before, m, null, m[1]!);
      return null;
    case 'lua':
      if ((m = /(?<![\w.:])([a-z]\w*)\.(\w*)$/.exec(before))) return site(before, m, m[1]!, m[2]!);
      return null;
    case 'ts':
      if ((m = /(?:new\s+)?Api\.([a-z]\w*)\.(\w*)$/.exec(before))) return site(before, m, m[1]!, m[2]!);
      if ((m = /(?:new\s+)?Api\.(\w*)$/.exec(before))) return site(before, m, null, m[1]!);
      return null;
  }
}

function site(before: string, m: RegExpExecArray, namespace: string | null, typed: string): CompletionSite {
  return { namespace, typed, start: m.index, statement: atLineStart(before, m.index) };
}

/** The TL method named at a column of a line, for hover: `photos.getUserPhotos`, or null. */
export function methodAt(target: EditorTarget, line: string, column: number): { name: string; start: number; end: number } | null {
  const patterns: Record<EditorTarget, RegExp[]> = {
    php: [/\$MadelineProto->(\w+)->(\w+)/g, /\$MadelineProto->(\w+)(?=\s*\()/g],
    lua: [/(?<![\w.:])([a-z]\w*)\.(\w+)(?=\s*\()/g, /madelineFunction\(\{\s*_\s*=\s*['"]([\w.]+)['"]/g],
    ts: [/Api\.([a-z]\w*)\.([A-Z]\w*)/g, /Api\.([A-Z]\w*)/g],
  };
  for (const re of patterns[target]) {
    for (const m of line.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (column < start || column > end) continue;
      const parts = m.slice(1).filter(Boolean) as string[];
      const tl = parts.map((p, i) => (i === parts.length - 1 && target === 'ts' ? p[0]!.toLowerCase() + p.slice(1) : p)).join('.');
      return { name: tl, start, end };
    }
  }
  return null;
}
