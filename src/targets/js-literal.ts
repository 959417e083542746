/**
 * JavaScript/TypeScript literals shared by the targets that print JS (GramJS, mtcute): strings and
 * numbers in prettier's spelling, so prettier leaves the output as it is.
 */

/** Double quotes, or single quotes when the text has more double than single quotes: prettier's choice. */
export function tsString(s: string): string {
  const body = JSON.stringify(s)
    .slice(1, -1)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const doubles = s.split('"').length - 1;
  const singles = s.split("'").length - 1;
  if (doubles <= singles) return `"${body}"`;
  return `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A JS number in prettier's spelling (`1e25`, not `1e+25`). */
export function tsNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`ts: cannot print the number ${n}`);
  return Object.is(n, -0) ? '-0' : String(n).replace('e+', 'e');
}
