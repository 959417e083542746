/** What the targets' editor declarations (`<id>/editor.ts`) share: building a completion site, matching a name. */
import type { CompletionSite } from './types.js';

const atLineStart = (before: string, start: number) => /^\s*(new\s+)?$/.test(before.slice(0, start));

export function editorSite(before: string, m: RegExpExecArray, namespace: string | null, typed: string): CompletionSite {
  return { namespace, typed, start: m.index, statement: atLineStart(before, m.index) };
}

/** The first match of `patterns` covering `column`: its groups joined with `.` as the TL name. */
export function matchAt(line: string, column: number, patterns: readonly RegExp[]): { name: string; start: number; end: number } | null {
  for (const re of patterns) {
    for (const m of line.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (column < start || column > end) continue;
      return { name: m.slice(1).filter(Boolean).join('.'), start, end };
    }
  }
  return null;
}
