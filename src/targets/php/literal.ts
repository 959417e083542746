/**
 * PHP literals for MadelineProto. Strings are single-quoted unless they hold control characters
 * (only `\\` and `\'` are escapes there); then double-quoted with `\$` and `\xNN`, so no `$`, `{$`,
 * `?>` or newline can change what the literal means. Longs are int literals, never strings: an
 * 8-character string is read by MadelineProto as raw bytes.
 */
import type { Field, Value } from '../../values/types.js';
import { assertWellFormed } from '../helpers.js';
import { decodeUtf8, placeholderName, withoutAuto } from '../common.js';
import { group, indent, join, line, softline, ifBreak, type Doc } from '../doc.js';

const CONTROL = /[\x00-\x1f\x7f]/;
const INT64_MIN = -(2n ** 63n);

export function phpString(s: string): string {
  assertWellFormed(s, 'php');
  if (!CONTROL.test(s)) return `'${s.replace(/[\\']/g, (c) => '\\' + c)}'`;
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case '"': out += '\\"'; break;
      case '$': out += '\\$'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      default:
        out += CONTROL.test(ch) ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : ch;
    }
  }
  return out + '"';
}

/** Binary-safe: printable ASCII and valid UTF-8 text stay readable; anything else becomes `\xNN`. */
export function phpBytes(bytes: Uint8Array): string {
  const text = decodeUtf8(bytes);
  if (text !== undefined) return phpString(text);
  let out = '"';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (b >= 0x20 && b < 0x7f) out += c === '\\' || c === '"' || c === '$' ? '\\' + c : c;
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out + '"';
}

export function phpLong(v: bigint): string {
  // -9223372036854775808 is parsed as -(9223372036854775808), which overflows to a float.
  return v === INT64_MIN ? 'PHP_INT_MIN' : v.toString();
}

/** Always a float literal (`41.0`, `1.0e25`), in the spelling prettier's PHP plugin keeps. */
export function phpDouble(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`php: cannot print the double ${n}`);
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n);
  const [mantissa, exp] = s.split('e') as [string, string | undefined];
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return exp === undefined ? m : `${m}e${exp.replace('+', '')}`;
}

/** MadelineProto computes random_id/random_bytes itself at every depth; they are never written. */
export const phpFields = (fields: readonly Field[]) => withoutAuto(fields);

export function phpValue(v: Value): Doc {
  switch (v.kind) {
    case 'int':
      return String(v.value);
    case 'long':
      return phpLong(v.value);
    case 'double':
      return phpDouble(v.value);
    case 'string':
      return phpString(v.value);
    case 'bytes':
      return phpBytes(v.value);
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'vector':
      return phpArray(v.items.map(phpValue));
    case 'object':
      return phpArray([
        `'_' => ${phpString(v.constructor)}`,
        ...phpFields(v.fields).map((f) => [phpString(f.name), ' => ', phpValue(f.value)]),
      ]);
    case 'peer':
      return typeof v.ref === 'bigint' ? phpLong(v.ref) : phpString(v.ref);
    case 'file':
      return phpString(v.path);
    case 'placeholder':
      return placeholderName(v.tlType, (inner) => `[${inner}]`);
  }
}

/** `[a, b]`, breaking one element per line with a trailing comma, as prettier-php prints arrays. */
export function phpArray(items: readonly Doc[]): Doc {
  if (items.length === 0) return '[]';
  return group(['[', indent([softline, join([',', line], [...items])]), ifBreak(','), softline, ']']);
}
