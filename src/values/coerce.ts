/**
 * `--set name=value`: turns the user's raw string into a value of the parameter's TL type, or fails
 * with a message that names the parameter, the expected type and what was given
 * (`limit expects int, got "abc"`). Vectors and constructors are given as JSON.
 */
import type { ParamModel } from '../model/types.js';
import type { SchemaLookup } from '../model/lookup.js';
import { parseTypeRef, printTypeRef, type TypeRef } from '../model/typeref.js';
import { InputError } from '../errors.js';
import { FILE_TYPES, PEER_TYPES } from './examples.js';
import type { Field, Value, ValueOptions } from './types.js';

type Builder = (schema: SchemaLookup, tlType: string, name: string, stack: string[], opts: ValueOptions, owner?: string) => Value;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const FILL_OPTS: ValueOptions = { mode: 'realistic', flags: 'none', set: {} };

/** Parses `name=value` from the command line (the value may itself contain `=`). */
export function parseSetArgument(arg: string): [string, string] {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new InputError(`--set expects name=value, got "${arg}"`);
  return [arg.slice(0, eq), arg.slice(eq + 1)];
}

export function coerceSetValue(schema: SchemaLookup, param: ParamModel, raw: string, build: Builder): Value {
  return fromRaw(schema, parseTypeRef(param.type), param.name, raw, build);
}

const show = (raw: string) => JSON.stringify(raw);
const expects = (path: string, what: string, got: string) => new InputError(`${path} expects ${what}, got ${got}`);

function fromRaw(schema: SchemaLookup, t: TypeRef, path: string, raw: string, build: Builder): Value {
  if (t.kind === 'named') {
    const scalar = scalarFromString(t.name, path, raw);
    if (scalar) return scalar;
  }
  // Vectors and constructors come as JSON.
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw expects(path, `${printTypeRef(t)} as JSON (${t.kind === 'vector' ? 'an array' : 'an object with "_"'})`, show(raw));
  }
  return fromJson(schema, t, path, json, build);
}

/** Scalars and the resolvable types, from a plain string. Returns undefined for other types. */
function scalarFromString(type: string, path: string, raw: string): Value | undefined {
  switch (type) {
    case 'int':
      return { kind: 'int', value: intFrom(path, raw, 'int', INT32_MIN, INT32_MAX) };
    case 'int53':
      return { kind: 'long', value: longFrom(path, raw, 'int53') };
    case 'long':
      return { kind: 'long', value: longFrom(path, raw, 'long') };
    case 'double': {
      const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isFinite(n)) throw expects(path, 'double', show(raw));
      return { kind: 'double', value: n };
    }
    case 'string':
      return { kind: 'string', value: raw };
    case 'bytes':
      return { kind: 'bytes', value: utf8(path, raw), tlType: 'bytes' };
    case 'int128':
    case 'int256': {
      const hex = raw.replace(/^0x/i, '');
      const n = type === 'int128' ? 32 : 64;
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw expects(path, `${type} as ${n} hex digits`, show(raw));
      return { kind: 'bytes', value: Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16))), tlType: type };
    }
    case 'Bool':
    case 'true':
      return { kind: 'bool', value: boolFrom(path, raw, type) };
  }
  if (PEER_TYPES.has(type)) return peerFrom(path, raw, type);
  if (FILE_TYPES.has(type)) {
    if (raw === '') throw expects(path, 'a file path', show(raw));
    return { kind: 'file', path: raw, tlType: type };
  }
  return undefined;
}

function intFrom(path: string, raw: string, what: string, min: number, max: number): number {
  if (!/^[+-]?\d+$/.test(raw.trim())) throw expects(path, what, show(raw));
  const n = Number(raw);
  if (n < min || n > max) throw expects(path, `${what} (${min} to ${max})`, show(raw));
  return n;
}

function longFrom(path: string, raw: string, what: string): bigint {
  if (!/^[+-]?\d+$/.test(raw.trim())) throw expects(path, what, show(raw));
  const n = BigInt(raw.trim());
  if (n < INT64_MIN || n > INT64_MAX) throw expects(path, `${what} (a signed 64-bit integer)`, show(raw));
  return n;
}

function boolFrom(path: string, raw: string, type: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  throw expects(path, `${type} (true or false)`, show(raw));
}

/** What MadelineProto and GramJS resolve: me/self, usernames, t.me links, +phone numbers. */
const PEER_REF = /^(me|self|@?[A-Za-z][A-Za-z0-9_]{2,31}|(https?:\/\/)?t\.me\/\S+|\+\d{5,15})$/;

/** `@durov`, `durov`, `me`, a t.me link, or a bot-API marked ID such as -1001234567890. */
function peerFrom(path: string, raw: string, type: string): Value {
  const s = raw.trim();
  if (/^[+-]?\d+$/.test(s)) return { kind: 'peer', ref: longFrom(path, s, `${type} ID`), tlType: type };
  if (!PEER_REF.test(s)) {
    throw expects(path, `${type} (a username such as @durov, "me", a t.me link, +phone or a bot-API ID)`, show(raw));
  }
  return { kind: 'peer', ref: s, tlType: type };
}

function utf8(path: string, s: string): Uint8Array {
  if (!s.isWellFormed()) throw expects(path, 'bytes (text that is valid Unicode: a lone surrogate has no UTF-8 form)', show(s));
  return new TextEncoder().encode(s);
}

function fromJson(schema: SchemaLookup, t: TypeRef, path: string, json: unknown, build: Builder): Value {
  switch (t.kind) {
    case 'flags':
      throw new InputError(`${path} is a flags field; it cannot be set`);
    case 'vector': {
      if (!Array.isArray(json)) throw expects(path, `${printTypeRef(t)} (a JSON array)`, JSON.stringify(json));
      return { kind: 'vector', of: printTypeRef(t.of), items: json.map((item, i) => fromJson(schema, t.of, `${path}[${i}]`, item, build)) };
    }
    case 'query':
      throw new InputError(`${path} takes a nested query; setting it is not supported`);
    case 'named':
      return namedFromJson(schema, t.name, path, json, build);
  }
}

function namedFromJson(schema: SchemaLookup, type: string, path: string, json: unknown, build: Builder): Value {
  if (typeof json === 'string' || typeof json === 'number' || typeof json === 'boolean') {
    // JSON numbers above 2^53 have already lost precision: longs must be given as strings.
    if (typeof json === 'number' && (type === 'long' || type === 'int53') && !Number.isSafeInteger(json)) {
      throw expects(path, `${type} (write large values as a JSON string, "…")`, String(json));
    }
    const scalar = scalarFromString(type, path, String(json));
    if (scalar) return scalar;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw expects(path, `${type} (a JSON object with "_": the constructor name)`, JSON.stringify(json) ?? String(json));
  }
  const obj = json as Record<string, unknown>;
  const name = obj._;
  const c = typeof name === 'string' ? schema.constructorByName(name) : undefined;
  const allowed = schema.constructorsOf(type).map((x) => x.name);
  if (!c || c.type !== type) {
    throw expects(path, `a constructor of ${type} in "_" (${allowed.slice(0, 8).join(', ')}${allowed.length > 8 ? ', …' : ''})`, JSON.stringify(name));
  }
  for (const key of Object.keys(obj)) {
    if (key !== '_' && !c.params.some((p) => p.name === key && p.type !== '#')) {
      throw new InputError(`${path}: constructor ${c.name} has no field "${key}"; its fields are: ${c.params.filter((p) => p.type !== '#').map((p) => p.name).join(', ')}`);
    }
  }
  const fields: Field[] = [];
  for (const p of c.params) {
    if (p.type === '#') continue;
    if (Object.hasOwn(obj, p.name)) {
      fields.push({ name: p.name, tlType: p.type, value: fromJson(schema, parseTypeRef(p.type), `${path}.${p.name}`, obj[p.name], build) });
    } else if (!p.flag) {
      // A required field the user left out gets the usual example value.
      fields.push({ name: p.name, tlType: p.type, value: build(schema, p.type, p.name, [type], FILL_OPTS, c.name) });
    }
  }
  return { kind: 'object', constructor: c.name, type, isMethod: false, arity: c.params.length, fields };
}
