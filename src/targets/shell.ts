/** Shell words for curl commands: strong quoting, where only `'` needs care (`'\''`). */
import { commentLines } from './helpers.js';

export function shellQuote(s: string): string {
  if (s.includes('\0')) throw new Error('a shell argument cannot contain NUL');
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Percent-encodes every byte but the unreserved characters, for `-d name=<encoded>`. */
export function percentEncode(s: string): string {
  return [...new TextEncoder().encode(s)]
    .map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

/** One form field: `--data-urlencode 'name=value'`, or pre-encoded when the value has control characters. */
export function formField(name: string, value: string): string {
  if (/[\x00-\x1f\x7f]/.test(value)) return `--data ${shellQuote(`${name}=${percentEncode(value)}`)}`;
  return `--data-urlencode ${shellQuote(`${name}=${value}`)}`;
}

/** `curl URL \` followed by one indented argument per line. */
export function curlCommand(url: string, args: readonly string[]): string {
  return [`curl ${url}`, ...args.map((a) => `  ${a}`)].join(' \\\n');
}

export const shellComment = (text: string) => commentLines(text, '#');
