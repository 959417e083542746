/**
 * Argument markers for editor snippets: with `markArguments`, a target wraps each top-level argument
 * value in these. They are combining marks, which prettier's doc printer counts as zero width, so the
 * layout (where lines break) is exactly that of the plain snippet; the editor module then turns each
 * marked span into a tabstop. No example value contains combining marks U+0300–U+0319.
 */
import type { Doc } from './doc.js';

const OPEN = '\u0300';
const SEP = '\u0301';
const CLOSE = '\u0302';
const DIGIT0 = 0x0310;

export function markArgument(index: number, doc: Doc): Doc {
  const digits = [...String(index)].map((d) => String.fromCharCode(DIGIT0 + Number(d))).join('');
  return [OPEN + digits + SEP, doc, CLOSE];
}

export interface Marked {
  readonly index: number;
  readonly text: string;
}

/** Splits marked text into plain strings and marked arguments, in order. */
export function splitMarked(text: string): (string | Marked)[] {
  const out: (string | Marked)[] = [];
  const re = /\u0300([\u0310-\u0319]+)\u0301([\s\S]*?)\u0302/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(last, m.index));
    out.push({ index: Number([...m[1]!].map((c) => c.charCodeAt(0) - DIGIT0).join('')), text: m[2]! });
    last = m.index! + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

export const hasMarkers = (text: string) => /[\u0300-\u0302]/.test(text);
