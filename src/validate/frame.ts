/**
 * Plain-text code frames (no ANSI colours), in the familiar layout:
 *
 *     1 | <?php
 *   > 2 | $x = $!X;
 *       |      ^
 *     3 | echo $x;
 */

export interface FrameOptions {
  /** Lines shown before the marked line (default 2). */
  linesAbove?: number;
  /** Lines shown after the marked line (default 2). */
  linesBelow?: number;
  /** Longest line shown; longer lines are cut around the column (default 160). */
  maxWidth?: number;
}

/**
 * Control characters shown as their Unicode pictures (NUL → ␀, ESC → ␛, DEL → ␡), one cell each:
 * a frame never sends raw control codes to a terminal. Tabs stay (they align the caret).
 */
export const visibleControls = (s: string) =>
  s.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))));

/** Splits like tree-sitter counts rows (on `\n`), dropping a trailing `\r` of CRLF files. */
export function splitLines(source: string): string[] {
  return source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * A frame around `line`:`column` (1-based; the column counts UTF-16 code units, as tree-sitter's
 * web binding and editors do). `lines` may be passed to avoid splitting the source again.
 */
export function codeFrame(
  source: string | readonly string[],
  line: number,
  column: number,
  opts: FrameOptions = {},
): string {
  const lines = typeof source === 'string' ? splitLines(source) : source;
  const above = opts.linesAbove ?? 2;
  const below = opts.linesBelow ?? 2;
  const maxWidth = opts.maxWidth ?? 160;
  const target = Math.min(Math.max(line, 1), Math.max(lines.length, 1));
  // the empty "line" after a final newline is shown only when it is the marked one
  let count = lines.length;
  if (count > 1 && lines[count - 1] === '' && target < count) count--;
  const first = Math.max(1, target - above);
  const last = Math.min(count, target + below);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    let text = visibleControls(lines[n - 1] ?? '');
    let col = column;
    if (n === target && text.length > maxWidth) {
      // keep the column visible: cut a window around it
      const start = Math.max(0, Math.min(col - 1 - Math.floor(maxWidth / 2), text.length - maxWidth));
      text = (start > 0 ? '…' : '') + text.slice(start, start + maxWidth) + (start + maxWidth < text.length ? '…' : '');
      col = col - start + (start > 0 ? 1 : 0);
    } else if (text.length > maxWidth) {
      text = text.slice(0, maxWidth) + '…';
    }
    const num = String(n).padStart(gutter);
    out.push(`${n === target ? '>' : ' '} ${num} |${text ? ' ' + text : ''}`.trimEnd());
    if (n === target) {
      // keep tabs so the caret lines up; count code points so astral characters take one cell
      const prefix = Array.from(text.slice(0, Math.max(0, col - 1)), (ch) => (ch === '\t' ? '\t' : ' ')).join('');
      out.push(`  ${' '.repeat(gutter)} | ${prefix}^`);
    }
  }
  return out.join('\n');
}
