/**
 * Lua literals for MadelineProto's Lua bridge (php-lua). Escapes are the Lua 5.1 set only
 * (`\\ \' \n \r \t` and three-digit `\ddd`), so the same text loads on 5.1 to 5.4. Every Lua
 * number reaches PHP as a double, so longs beyond 2^53 are written as decimal strings, which
 * MadelineProto accepts for long.
 */
import type { Value } from '../../values/types.js';
import { assertWellFormed } from '../helpers.js';
import { decodeUtf8, placeholderName, withoutAuto } from '../common.js';
import { group, indent, join, line, softline, ifBreak, type Doc } from '../doc.js';

export const LUA_KEYWORDS = new Set(
  'and break do else elseif end false for function goto if in local nil not or repeat return then true until while'.split(' '),
);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_EXACT = 2n ** 53n;

/** Quotes with `'` unless the text has more single than double quotes. */
export function luaString(s: string): string {
  assertWellFormed(s, 'lua');
  const singles = s.split("'").length - 1;
  const doubles = s.split('"').length - 1;
  const q = singles > doubles ? '"' : "'";
  return quoteBytes(q, [...s].map((ch) => ({ ch, code: ch.codePointAt(0)! })));
}

/** Binary-safe: text stays readable, other bytes become `\ddd`. */
export function luaBytes(bytes: Uint8Array): string {
  const text = decodeUtf8(bytes);
  if (text !== undefined) return luaString(text);
  return quoteBytes("'", [...bytes].map((b) => ({ ch: b < 0x80 ? String.fromCharCode(b) : '', code: b })));
}

function quoteBytes(q: string, chars: { ch: string; code: number }[]): string {
  let out = q;
  for (const { ch, code } of chars) {
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || ch === '') out += '\\' + String(code).padStart(3, '0');
    else out += ch;
  }
  return out + q;
}

export function luaLong(v: bigint): string {
  return v >= -MAX_EXACT && v <= MAX_EXACT ? v.toString() : luaString(v.toString());
}

export function luaNumber(n: number, isDouble: boolean): string {
  if (!Number.isFinite(n)) throw new Error(`lua: cannot print the number ${n}`);
  const s = Object.is(n, -0) ? '-0.0' : String(n);
  return isDouble && /^-?\d+$/.test(s) ? `${s}.0` : s;
}

/** `name=`, or `["until"]=` for a reserved word (keys are TL identifiers: nothing to escape). */
export function luaKey(name: string): string {
  if (!IDENT.test(name)) throw new Error(`lua: "${name}" is not a TL identifier`);
  return LUA_KEYWORDS.has(name) ? `["${name}"]=` : `${name}=`;
}

export function luaTable(items: readonly Doc[]): Doc {
  if (items.length === 0) return '{}';
  return group(['{', indent([softline, join([',', line], [...items])]), ifBreak(','), softline, '}']);
}

export function luaValue(v: Value): Doc {
  switch (v.kind) {
    case 'int':
      return luaNumber(v.value, false);
    case 'long':
      return luaLong(v.value);
    case 'double':
      return luaNumber(v.value, true);
    case 'string':
      return luaString(v.value);
    case 'bytes':
      return luaBytes(v.value);
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'vector':
      return luaTable(v.items.map(luaValue));
    case 'object':
      return luaTable([
        `_=${luaString(v.constructor)}`,
        ...withoutAuto(v.fields).map((f) => [luaKey(f.name), luaValue(f.value)]),
      ]);
    case 'peer':
      return typeof v.ref === 'bigint' ? luaLong(v.ref) : luaString(v.ref);
    case 'file':
      return luaString(v.path);
    case 'placeholder':
      return placeholderName(v.tlType, (inner) => `{${inner}}`);
  }
}
