/**
 * The JSON body of a TelegramApiServer request, as TelegramApiServer and MadelineProto v8 read it.
 * TelegramApiServer json_decodes the body (assoc, no JSON_BIGINT_AS_STRING), merges a top-level
 * `data` array into the parameters, turns every `{"_":"LocalFile"|"RemoteUrl"|"BotApiFileId",…}`
 * into a file object, and calls `$MadelineProto->ns->method(...$params)`. MadelineProto's TL
 * serializer then reads (src/TL/TL.php, serializeObject and serializeParams):
 *  - `bytes`: a string as raw bytes, or `{"_":"bytes","bytes":"<base64>"}` (written here);
 *  - `int128`/`int256`: a string of exactly 16/32 bytes as is, any other string base64-decoded
 *    (an array is an error), so they are written as base64 strings;
 *  - `DataJSON`: any value, which it json_encodes itself into `dataJSON.data`, so a DataJSON is
 *    written as its decoded JSON value, and only when PHP's json_encode gives back the same text;
 *  - longs as JSON integers (PHP ints are 64-bit), files as `{"_":"LocalFile","file":"…"}`.
 * Strings escape every control, invisible or direction-changing character, so the body pastes
 * into a terminal as it reads.
 */
import type { Field, Value } from '../../values/types.js';
import { UnrepresentableError } from '../helpers.js';
import { decodeUtf8, withoutAuto } from '../common.js';
import { jsonNumber, jsonString } from '../json-value.js';
import { markArgument } from '../markers.js';
import { printDoc } from '../doc.js';

/** A JSON value before layout: a scalar's text, an array, or an object (keys already JSON strings). */
export type JsonNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, JsonNode])[] }
  /** An editor-snippet argument: printed between the markers of markers.ts. */
  | { readonly kind: 'marked'; readonly index: number; readonly node: JsonNode };

const text = (t: string): JsonNode => ({ kind: 'text', text: t });
const object = (entries: readonly (readonly [string, JsonNode])[]): JsonNode => ({ kind: 'object', entries });

/** Characters written as `\uXXXX` beyond JSON's own: DEL and C1 controls, invisible and bidi marks, line/paragraph separators. */
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** A JSON string PHP's json_decode reads back exactly (no lone surrogates), with nothing invisible left raw. */
export function tasString(s: string): string {
  return jsonString(s, 'tas').replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** The TelegramApiServer media objects its resolveMadelineMediaObjects builds from `{"_": …}` at any depth. */
export const MEDIA_OBJECTS = new Set(['LocalFile', 'RemoteUrl', 'BotApiFieldId', 'BotApiFileId']);

export function valueNode(v: Value, where: string): JsonNode {
  switch (v.kind) {
    case 'int':
      return text(jsonNumber(v.value, false));
    case 'double':
      return text(jsonNumber(v.value, true));
    case 'long':
      return text(v.value.toString());
    case 'string':
      return text(tasString(v.value));
    case 'bytes':
      // MadelineProto decodes {"_":"bytes"} only where the type is bytes; int128/int256 take a base64 string.
      return v.tlType === 'bytes' ? object([['"_"', text('"bytes"')], ['"bytes"', text(`"${base64(v.value)}"`)]]) : text(`"${base64(v.value)}"`);
    case 'bool':
      return text(v.value ? 'true' : 'false');
    case 'vector':
      return { kind: 'array', items: v.items.map((i) => valueNode(i, where)) };
    case 'object': {
      const data = v.constructor === 'dataJSON' ? v.fields.find((f) => f.name === 'data') : undefined;
      if (data) return data.value.kind === 'string' ? dataJsonNode(data.value.value, where) : valueNode(data.value, where);
      return object([['"_"', text(tasString(v.constructor))], ...withoutAuto(v.fields).map((f) => [tasString(f.name), valueNode(f.value, f.name)] as const)]);
    }
    case 'peer':
      return text(typeof v.ref === 'bigint' ? v.ref.toString() : tasString(v.ref));
    case 'file':
      return object([['"_"', text('"LocalFile"')], ['"file"', text(tasString(v.path))]]);
    case 'placeholder':
      return text(tasString(v.tlType));
  }
}

/**
 * The body's top level: the named parameters (random_id/random_bytes left to MadelineProto).
 * `mark`: wrap each value in editor markers.
 */
export function bodyNode(args: readonly Field[], mark: boolean): JsonNode {
  return object(
    withoutAuto(args).map((f, i) => {
      const node = f.name === 'data' ? dataParameter(f) : valueNode(f.value, f.name);
      return [tasString(f.name), mark ? { kind: 'marked', index: i, node } : node] as const;
    }),
  );
}

/**
 * TelegramApiServer merges a top-level `data` that decodes to a PHP array into the other parameters
 * and drops it, so `data` must be a JSON scalar: bytes go as a plain string (MadelineProto takes a
 * string as raw bytes), which needs them to be UTF-8.
 */
function dataParameter(f: Field): JsonNode {
  const v = f.value;
  if (v.kind === 'bytes' && v.tlType === 'bytes') {
    const s = decodeUtf8(v.value);
    if (s === undefined) throw new UnrepresentableError(`tas cannot send the bytes of data unless they are UTF-8: TelegramApiServer merges a data object such as {"_":"bytes"} into the other parameters`);
    return text(tasString(s));
  }
  const node = valueNode(v, 'data');
  if (node.kind !== 'text') throw new UnrepresentableError('tas cannot send a data parameter that is a JSON object or array: TelegramApiServer merges it into the other parameters');
  return node;
}

/** `{"a":1,"b":[]}`: the body on one line. */
export function compact(n: JsonNode): string {
  switch (n.kind) {
    case 'text':
      return n.text;
    case 'array':
      return `[${n.items.map(compact).join(',')}]`;
    case 'object':
      return `{${n.entries.map(([k, v]) => `${k}:${compact(v)}`).join(',')}}`;
    case 'marked':
      return marked(n.index, compact(n.node));
  }
}

/** JSON.stringify(value, null, 2)'s layout: every non-empty array and object broken, two spaces a level. */
export function pretty(n: JsonNode, indent = ''): string {
  const inner = `${indent}  `;
  switch (n.kind) {
    case 'text':
      return n.text;
    case 'array':
      return n.items.length ? `[\n${n.items.map((i) => inner + pretty(i, inner)).join(',\n')}\n${indent}]` : '[]';
    case 'object':
      return n.entries.length ? `{\n${n.entries.map(([k, v]) => `${inner}${k}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}` : '{}';
    case 'marked':
      return marked(n.index, pretty(n.node, indent));
  }
}

const marked = (index: number, code: string) => printDoc(markArgument(index, code), { printWidth: Infinity, tabWidth: 2 });

// ---------------------------------------------------------------------------------------------
// DataJSON: MadelineProto json_encodes what it is given, so the body carries the decoded value.

type Parsed = null | boolean | string | { readonly num: string } | readonly Parsed[] | { readonly entries: readonly (readonly [string, Parsed])[] };

const isEntries = (p: Parsed): p is { entries: readonly (readonly [string, Parsed])[] } => p !== null && typeof p === 'object' && !Array.isArray(p) && 'entries' in p;
const isNum = (p: Parsed): p is { num: string } => p !== null && typeof p === 'object' && !Array.isArray(p) && 'num' in p;

/** The body node of a DataJSON whose `data` is `json`, or a refusal saying why MadelineProto would send other text. */
export function dataJsonNode(json: string, where: string): JsonNode {
  const refuse = (why: string): never => {
    throw new UnrepresentableError(`tas cannot send the DataJSON ${where} ${JSON.stringify(json)}: ${why}`);
  };
  let parsed: Parsed;
  try {
    parsed = parseJson(json);
  } catch (e) {
    return refuse(`it is not JSON that PHP's json_decode reads (${(e as Error).message}), and MadelineProto json_encodes the value itself`);
  }
  const media = findMediaObject(parsed);
  if (media) refuse(`TelegramApiServer turns {"_":"${media}",…} into a file object`);
  let again: string;
  try {
    again = phpJsonEncode(parsed);
  } catch (e) {
    return refuse((e as Error).message);
  }
  if (again !== json) refuse(`MadelineProto json_encodes the value itself, and PHP's json_encode(json_decode(…, true)) gives ${JSON.stringify(again)}`);
  return parsedNode(parsed);
}

function parsedNode(p: Parsed): JsonNode {
  if (p === null) return text('null');
  if (typeof p === 'boolean') return text(String(p));
  if (typeof p === 'string') return text(tasString(p));
  if (isNum(p)) return text(p.num);
  if (isEntries(p)) return object(p.entries.map(([k, v]) => [tasString(k), parsedNode(v)] as const));
  return { kind: 'array', items: (p as readonly Parsed[]).map(parsedNode) };
}

function findMediaObject(p: Parsed): string | undefined {
  if (Array.isArray(p)) {
    for (const x of p as readonly Parsed[]) {
      const found = findMediaObject(x);
      if (found) return found;
    }
  } else if (isEntries(p)) {
    const kind = p.entries.find(([k]) => k === '_')?.[1];
    if (typeof kind === 'string' && MEDIA_OBJECTS.has(kind)) return kind;
    for (const [, v] of p.entries) {
      const found = findMediaObject(v);
      if (found) return found;
    }
  }
  return undefined;
}

const MAX_DEPTH = 64;

/** RFC 8259 JSON, strict as PHP's parser: numbers keep their text, objects their key order (duplicates too). */
export function parseJson(s: string): Parsed {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}`);
  };
  const ws = () => {
    while (i < s.length && ' \t\n\r'.includes(s[i]!)) i++;
  };
  const value = (depth: number): Parsed => {
    if (depth > MAX_DEPTH) fail('nested too deep');
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      const entries: [string, Parsed][] = [];
      ws();
      if (s[i] === '}') return i++, { entries };
      for (;;) {
        ws();
        if (s[i] !== '"') fail('expected a key');
        const k = string();
        ws();
        if (s[i++] !== ':') fail('expected ":"');
        entries.push([k, value(depth + 1)]);
        ws();
        const d = s[i++];
        if (d === '}') return { entries };
        if (d !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: Parsed[] = [];
      ws();
      if (s[i] === ']') return i++, items;
      for (;;) {
        items.push(value(depth + 1));
        ws();
        const d = s[i++];
        if (d === ']') return items;
        if (d !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    const lit = /^(?:true|false|null)/.exec(s.slice(i, i + 5));
    if (lit) {
      i += lit[0].length;
      return lit[0] === 'null' ? null : lit[0] === 'true';
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      return { num: num[0] };
    }
    return fail('unexpected character');
  };
  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = s[i];
      if (c === undefined) fail('unterminated string');
      if (c === '"') break;
      if (c! < ' ') fail('raw control character in a string');
      if (c === '\\') {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) fail('bad \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('bad escape');
      } else i++;
    }
    i++;
    const decoded = JSON.parse(s.slice(start, i)) as string;
    if (!decoded.isWellFormed()) fail('a lone surrogate escape');
    return decoded;
  };
  const v = value(0);
  ws();
  if (i !== s.length) fail('text after the value');
  return v;
}

const INT64 = [-(2n ** 63n), 2n ** 63n - 1n] as const;
const inInt64 = (d: string) => BigInt(d) >= INT64[0] && BigInt(d) <= INT64[1];

/** PHP 8's json_encode (no flags) of what json_decode(…, true) makes of the parsed text. */
export function phpJsonEncode(p: Parsed): string {
  if (p === null) return 'null';
  if (typeof p === 'boolean') return String(p);
  if (typeof p === 'string') return phpJsonString(p);
  if (isNum(p)) {
    if (!/^-?\d+$/.test(p.num) || !inInt64(p.num)) throw new Error(`PHP decodes ${p.num} as a float, which json_encode may spell differently`);
    return BigInt(p.num).toString();
  }
  if (isEntries(p)) {
    // A PHP array: a canonical decimal key within int64 becomes an int key; a repeated key keeps its first place.
    const keys: (string | bigint)[] = [];
    const values = new Map<string, Parsed>();
    for (const [k, v] of p.entries) {
      const key = /^(0|-?[1-9]\d*)$/.test(k) && inInt64(k) ? BigInt(k) : k;
      const id = typeof key === 'bigint' ? `i${key}` : `s${key}`;
      if (!values.has(id)) keys.push(key);
      values.set(id, v);
    }
    const id = (key: string | bigint) => (typeof key === 'bigint' ? `i${key}` : `s${key}`);
    if (keys.every((k, n) => k === BigInt(n))) return `[${keys.map((k) => phpJsonEncode(values.get(id(k))!)).join(',')}]`;
    return `{${keys.map((k) => `${phpJsonString(String(k))}:${phpJsonEncode(values.get(id(k))!)}`).join(',')}}`;
  }
  return `[${(p as readonly Parsed[]).map(phpJsonEncode).join(',')}]`;
}

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** json_encode's string: `\/`, short escapes, every other control and all non-ASCII as lower-case `\uxxxx`. */
function phpJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = s.charCodeAt(i);
    if (SHORT[c]) out += SHORT[c];
    else if (code < 0x20 || code > 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}
