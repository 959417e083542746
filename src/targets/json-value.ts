/**
 * Values as MadelineProto's JSON (what PWRTelegram decodes with PHP's json_decode): constructors as
 * `{"_": name, …}`, longs as exact JSON integers (PHP decodes int64 exactly), bytes as
 * `{"_":"bytes","bytes":"<base64>"}`. Compact, like the requests a client sends.
 */
import type { Field, Value } from '../values/types.js';
import { assertWellFormed } from './helpers.js';
import { withoutAuto } from './common.js';

/** A JSON string PHP's json_decode accepts: it rejects escaped lone surrogates. */
export function jsonString(s: string, target: string): string {
  assertWellFormed(s, target);
  return JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export function jsonNumber(n: number, isDouble: boolean): string {
  if (!Number.isFinite(n)) throw new Error(`json: cannot print the number ${n}`);
  // `1e21`, not JS's `1e+21`: both are JSON, but tree-sitter-json 0.24 rejects an exponent sign `+`.
  const s = String(n).replace('e+', 'e');
  return isDouble && /^-?\d+$/.test(s) ? `${s}.0` : s;
}

export function jsonValue(v: Value, target: string): string {
  switch (v.kind) {
    case 'int':
      return jsonNumber(v.value, false);
    case 'double':
      return jsonNumber(v.value, true);
    case 'long':
      return v.value.toString();
    case 'string':
      return jsonString(v.value, target);
    case 'bytes':
      return `{"_":"bytes","bytes":"${Buffer.from(v.value).toString('base64')}"}`;
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'vector':
      return `[${v.items.map((i) => jsonValue(i, target)).join(',')}]`;
    case 'object':
      return jsonObject([['_', jsonString(v.constructor, target)], ...withoutAuto(v.fields).map((f) => [f.name, jsonValue(f.value, target)] as const)], target);
    case 'peer':
      return typeof v.ref === 'bigint' ? v.ref.toString() : jsonString(v.ref, target);
    case 'file':
      return jsonString(v.path, target);
    case 'placeholder':
      // Still valid JSON: the type name as a string.
      return jsonString(v.tlType, target);
  }
}

export function jsonObject(entries: readonly (readonly [string, string])[], target: string): string {
  return `{${entries.map(([k, v]) => `${jsonString(k, target)}:${v}`).join(',')}}`;
}

/** The named arguments of a call as one JSON object (PWRTelegram's bot `params`). */
export function jsonArgs(args: readonly Field[], target: string): string {
  return jsonObject(withoutAuto(args).map((f) => [f.name, jsonValue(f.value, target)] as const), target);
}
