/**
 * Python literals for Telethon, laid out as black lays them out (line length 88):
 *  - names as Telethon's generator makes them: `messages.sendMessage` →
 *    `functions.messages.SendMessageRequest`, `inputPeerUser` → `types.InputPeerUser`
 *    (`_x` → `X`, first letter upper-cased, other underscores dropped; functions get `Request`);
 *    arguments keep their TL names but `self` → `is_self` and `from` → `from_`;
 *  - int, long, int53 → int; int128/int256 → the int Telethon writes back as those little-endian
 *    signed bytes; double → a float literal that reads back as the same double; bytes → `b"…"`
 *    (`\xNN` for every byte that is not printable ASCII); string → a str literal (a lone surrogate has
 *    no UTF-8 form, and Telethon sends str as UTF-8: refused); Bool and true flags → True/False;
 *  - peers: a string (`"durov"`, `"me"`) or a bot-API ID, which Telethon resolves only in the
 *    top-level arguments of a request (and their lists); nested, `await client.get_input_entity(…)`,
 *    converted with `utils.get_input_user`/`utils.get_input_channel` where the slot needs it;
 *  - files: `await client.upload_file("photo.jpg")` at any depth;
 *  - random_id (long) is left out at every depth: Telethon's classes fill it in.
 */
import type { ParamModel } from '../../model/types.js';
import type { Value } from '../../values/types.js';
import { assertWellFormed, UnrepresentableError } from '../helpers.js';
import { placeholderName, withoutAuto } from '../common.js';
import { group, indent, join, line, softline, ifBreak, type Doc } from '../doc.js';

/** What a printed value needs imported, and where its TL definitions are (to check flag groups). */
export interface PyNeeds {
  utils: boolean;
  /** The parameters of a constructor or method of the schema, when it is known. */
  readonly paramsOf?: (name: string, isMethod: boolean) => readonly ParamModel[] | undefined;
}

export const newNeeds = (paramsOf?: PyNeeds['paramsOf']): PyNeeds => ({ utils: false, paramsOf });

/**
 * Telethon sends the parameters that share one flag bit all or none: it asserts so before it
 * serializes. A value giving some of them but not the others cannot be sent: refused, naming them.
 */
export function checkFlagGroups(owner: string, fields: readonly { name: string; value: Value }[], params: readonly ParamModel[] | undefined): void {
  if (!params) return;
  const groups = new Map<string, ParamModel[]>();
  for (const p of params) {
    if (!p.flag) continue;
    const key = `${p.flag.field}.${p.flag.bit}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [flag, group] of groups) {
    if (group.length < 2) continue;
    const valueOf = (p: ParamModel) => fields.find((f) => f.name === p.name)?.value;
    // Telethon's assertion counts a `true` flag given as false both as set and as unset.
    const either = (p: ParamModel) => p.type === 'true' && valueOf(p)?.kind === 'bool' && !(valueOf(p) as { value: boolean }).value;
    const set = group.filter((p) => valueOf(p) !== undefined && !either(p));
    const unset = group.filter((p) => valueOf(p) === undefined);
    if (set.length && unset.length) {
      const names = (ps: ParamModel[]) => ps.map((p) => p.name).join(', ');
      throw new UnrepresentableError(
        `telethon cannot send ${owner} with ${names(set)} but without ${names(unset)}: they share ${flag}, and Telethon sends all of them or none (set ${names(unset)} too)`,
      );
    }
  }
}

/** Python's keywords: a TL name equal to one cannot be a keyword argument as it is. */
export const PY_KEYWORDS: ReadonlySet<string> = new Set([
  ...['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif'],
  ...['else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or'],
  ...['pass', 'raise', 'return', 'try', 'while', 'with', 'yield'],
]);

/**
 * The keyword-argument name Telethon's generator gives a TL parameter: `self` → `is_self`,
 * `from` → `from_`. No other TL name in any layer is a Python keyword; should one appear, it gets
 * the same trailing underscore, the PEP 8 spelling Telethon uses for `from`.
 */
export function pyArgName(name: string): string {
  if (name === 'self') return 'is_self';
  return PY_KEYWORDS.has(name) ? `${name}_` : name;
}

/** Telethon's class of a TL combinator: `functions.messages.SendMessageRequest`, `types.InputPeerUser`. */
export function telethonClass(tlName: string, isFunction: boolean): string {
  const dot = tlName.indexOf('.');
  const ns = dot >= 0 ? `${tlName.slice(0, dot)}.` : '';
  const camel = tlName.slice(dot + 1).replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  const cls = camel.slice(0, 1).toUpperCase() + camel.slice(1).replace(/_/g, '');
  return isFunction ? `functions.${ns}${cls}Request` : `types.${ns}${cls}`;
}

/** Characters written as escapes in a str literal: controls, line and paragraph separators, bidi controls. */
const ESCAPED = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function escapeChar(ch: string, quote: string): string {
  switch (ch) {
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case quote:
      return `\\${quote}`;
  }
  if (!ESCAPED.test(ch)) return ch;
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Black's quote: double, unless the text holds more double quotes than single ones. */
function quoteFor(text: string): string {
  return text.split('"').length > text.split("'").length ? "'" : '"';
}

/** A str literal: UTF-8 text as it is, controls and quotes escaped. */
export function pyString(s: string): string {
  assertWellFormed(s, 'telethon');
  const q = quoteFor(s);
  let out = q;
  for (const ch of s) out += escapeChar(ch, q);
  return out + q;
}

/** A bytes literal: printable ASCII as it is, every other byte as `\xNN`. */
export function pyBytes(bytes: Uint8Array): string {
  const ascii = String.fromCharCode(...bytes.filter((b) => b >= 0x20 && b < 0x7f));
  const q = quoteFor(ascii);
  let out = `b${q}`;
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (b >= 0x20 && b < 0x7f) out += escapeChar(ch, q);
    else if (ch === '\n' || ch === '\r' || ch === '\t') out += escapeChar(ch, q);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out + q;
}

/** A float literal that Python reads back as the same double (JS's shortest digits are Python's too). */
export function pyFloat(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`telethon: cannot print the number ${n}`);
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n).replace('e+', 'e');
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

/** int128/int256: Telethon writes `int.to_bytes(n, 'little', signed=True)`, so the bytes are that int. */
export function littleEndianSigned(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  const bits = BigInt(bytes.length * 8);
  return bytes.length && n >= 1n << (bits - 1n) ? n - (1n << bits) : n;
}

/**
 * A bracketed list as black prints it: on one line when it fits; else the items on their own line,
 * one line for all when they fit there, else one per line with a trailing comma. A single item is
 * never given a trailing comma (black splits it at its brackets instead).
 */
export function pyBracket(open: string, items: readonly Doc[], close: string): Doc {
  if (items.length === 0) return open + close;
  const body = items.length === 1 ? items[0]! : group([join([',', line], [...items]), ifBreak(',')]);
  return group([open, indent([softline, body]), softline, close]);
}

export const pyCall = (callee: string, args: readonly Doc[]): Doc => [callee, pyBracket('(', args, ')')];

/** A peer as Telethon resolves it in a request's own arguments: `"durov"`, `"me"`, a bot-API ID. */
export function peerLike(ref: string | bigint): string {
  return typeof ref === 'bigint' ? ref.toString() : pyString(ref.replace(/^@/, ''));
}

/** A nested peer: Telethon resolves only a request's own arguments, so resolve it first. */
function nestedPeer(v: Extract<Value, { kind: 'peer' }>, needs: PyNeeds): Doc {
  const entity = ['await ', pyCall('client.get_input_entity', [peerLike(v.ref)])];
  if (v.tlType === 'InputUser' || v.tlType === 'InputChannel') {
    needs.utils = true;
    return pyCall(v.tlType === 'InputUser' ? 'utils.get_input_user' : 'utils.get_input_channel', [entity]);
  }
  return entity;
}

/**
 * `top`: a request's own argument (or an item of a list that is one), where Telethon resolves
 * peers itself.
 */
export function pyValue(v: Value, needs: PyNeeds, top: boolean): Doc {
  switch (v.kind) {
    case 'int':
      return String(v.value);
    case 'long':
      return v.value.toString();
    case 'double':
      return pyFloat(v.value);
    case 'string':
      return pyString(v.value);
    case 'bytes':
      return v.tlType === 'bytes' ? pyBytes(v.value) : littleEndianSigned(v.value).toString();
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'vector':
      return pyBracket('[', v.items.map((i) => pyValue(i, needs, top)), ']');
    case 'object':
      checkFlagGroups(v.constructor, v.fields, needs.paramsOf?.(v.constructor, v.isMethod));
      return pyCall(telethonClass(v.constructor, v.isMethod), pyKeywords(v.fields, needs, false));
    case 'peer':
      return top ? peerLike(v.ref) : nestedPeer(v, needs);
    case 'file':
      return ['await ', pyCall('client.upload_file', [pyString(v.path)])];
    case 'placeholder':
      return placeholderName(v.tlType, (inner) => `[${inner}]`);
  }
}

/** `name=value` keyword arguments, random_id left to Telethon; `mark` wraps each value (editor markers). */
export function pyKeywords(
  fields: readonly { name: string; tlType: string; value: Value }[],
  needs: PyNeeds,
  top: boolean,
  mark: (index: number, doc: Doc) => Doc = (_i, doc) => doc,
): Doc[] {
  return withoutAuto(fields).map((f, i) => [pyArgName(f.name), '=', mark(i, pyValue(f.value, needs, top))]);
}
