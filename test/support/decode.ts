/**
 * Reads what a recording stub captured back into the canonical form, by TL type, the way the
 * libraries read values: MadelineProto (PHP, Lua, PWRTelegram) and GramJS (TypeScript) both
 * serialize by the parameter's TL type, so a PHP string is bytes where the type says bytes, a Lua
 * number is a long where the type says long, and so on.
 */
import { isLosslessNumber } from 'lossless-json';
import type { SchemaLookup } from '../../src/model/lookup.js';
import { parseTypeRef, printTypeRef } from '../../src/model/typeref.js';
import { camelField } from '../../src/targets/ts/literal.js';
import type { Canon } from './canonical.js';
import { isAutoParam } from '../../src/values/examples.js';

const PEERS = new Set(['InputPeer', 'InputUser', 'InputChannel']);

export type Style = 'php' | 'lua' | 'ts';

/** `{__hex}` (PHP and Lua stubs), a Buffer, or a JS string, as bytes. */
function bytesOf(x: unknown): Buffer {
  if (x && typeof x === 'object' && '__hex' in x) return Buffer.from(String((x as { __hex: string }).__hex), 'hex');
  if (Buffer.isBuffer(x)) return x;
  if (typeof x === 'string') return Buffer.from(x, 'utf8');
  throw new Error(`expected a string, got ${describe(x)}`);
}

const MAX_EXACT = 2n ** 53n;

/**
 * An exact integer, as each language must send it: PHP an int, Lua a number (or, beyond 2^53, which
 * php-lua would round, a decimal string), GramJS a number for int and a BigInteger for long. A
 * numeric string where an integer belongs is refused: MadelineProto reads an 8-character one as 8
 * raw bytes.
 */
function integer(x: unknown, style: Style): string {
  if (isLosslessNumber(x)) {
    if (/^-?\d+$/.test(x.value)) return x.value;
    // Lua hands every number to PHP as a double; an integral double is that integer.
    if (style === 'lua' && Number.isInteger(Number(x.value))) return BigInt(Number(x.value)).toString();
    throw new Error(`expected an integer, got ${x.value}`);
  }
  if (style === 'ts' && typeof x === 'number' && Number.isInteger(x)) return String(x);
  if (style === 'lua' && x && typeof x === 'object' && '__hex' in x) {
    const s = bytesOf(x).toString('utf8');
    if (/^-?\d+$/.test(s) && (BigInt(s) > MAX_EXACT || BigInt(s) < -MAX_EXACT)) return s;
    throw new Error(`expected a Lua number, got the string ${JSON.stringify(s)}`);
  }
  // big-integer's BigInteger (GramJS normalizes longs to its native-bigint flavour, `.value`).
  if (style === 'ts' && x && typeof x === 'object' && /^-?\d+$/.test(String(x))) return String(x);
  throw new Error(`expected an integer, got ${describe(x)}`);
}

const describe = (x: unknown) => (typeof x === 'object' ? JSON.stringify(x)?.slice(0, 80) ?? String(x) : `${typeof x} ${String(x)}`);

/** GramJS int128/int256 are BigIntegers read from little-endian signed bytes. */
function largeIntBytes(x: unknown, size: number): string {
  let n = BigInt(integer(x, 'ts'));
  if (n < 0n) n += 1n << BigInt(size * 8);
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out.toString('hex');
}

/** A recorded peer: usernames are compared with their `@` (GramJS takes both spellings). */
function peer(x: unknown, style: Style): Canon {
  if (x && typeof x === 'object' && '__peer' in x) return peer((x as { __peer: unknown }).__peer, style);
  if (typeof x === 'string' || (x && typeof x === 'object' && '__hex' in x)) {
    const s = typeof x === 'string' ? x : bytesOf(x).toString('utf8');
    if (/^-?\d+$/.test(s)) return { i: s };
    return { s: style === 'ts' && /^[A-Za-z]/.test(s) && s !== 'me' && s !== 'self' ? `@${s}` : s };
  }
  return { i: integer(x, style) };
}

/** The TL name of a recorded constructor: `_` (PHP, Lua), or a GramJS class name. */
function constructorName(x: Record<string, unknown>): string | undefined {
  if (typeof x._ === 'string') return x._;
  if (x._ && typeof x._ === 'object') return bytesOf(x._).toString('utf8');
  if (typeof x.className === 'string') {
    const dot = x.className.lastIndexOf('.');
    return x.className.slice(0, dot + 1) + x.className[dot + 1]!.toLowerCase() + x.className.slice(dot + 2);
  }
  return undefined;
}

export function decode(x: unknown, tlType: string, schema: SchemaLookup, style: Style): Canon {
  const t = parseTypeRef(tlType);
  if (t.kind === 'vector') {
    const items = Array.isArray(x) ? x : x && typeof x === 'object' && Object.keys(x).length === 0 ? [] : null;
    if (!items) throw new Error(`expected a list for ${tlType}, got ${describe(x)}`);
    return items.map((i) => decode(i, printTypeRef(t.of), schema, style));
  }
  if (t.kind === 'query') return object(x, undefined, schema, style);
  if (t.kind === 'flags') throw new Error('a flags field was sent');
  switch (t.name) {
    case 'int':
    case 'int53':
    case 'long':
      return { i: integer(x, style) };
    case 'double':
      return { d: Number(isLosslessNumber(x) ? x.value : x) };
    case 'string':
      return { s: bytesOf(x).toString('utf8') };
    case 'bytes':
      return { b: bytesOf(x).toString('hex') };
    case 'int128':
    case 'int256':
      return { b: style === 'ts' ? largeIntBytes(x, t.name === 'int128' ? 16 : 32) : bytesOf(x).toString('hex') };
    case 'Bool':
    case 'true':
      if (typeof x !== 'boolean') throw new Error(`expected a boolean, got ${describe(x)}`);
      return x;
    case 'InputFile':
      if (x && typeof x === 'object' && '__file' in x) return { s: String((x as { __file: unknown }).__file) };
      return { s: bytesOf(x).toString('utf8') };
  }
  if (PEERS.has(t.name)) return peer(x, style);
  return object(x, t.name, schema, style);
}

/** A constructor (or, for `!X`, a method call), field by field by its TL definition. */
function object(x: unknown, type: string | undefined, schema: SchemaLookup, style: Style): Canon {
  if (!x || typeof x !== 'object') throw new Error(`expected a constructor of ${type}, got ${describe(x)}`);
  const o = x as Record<string, unknown>;
  const name = constructorName(o);
  const def = name ? (schema.constructorByName(name) ?? schema.method(name)) : undefined;
  if (!name || !def) throw new Error(`unknown constructor ${name} for ${type}`);
  const out: Record<string, Canon> = { _: name as unknown as Canon };
  for (const p of def.params) {
    if (p.type === '#' || (style !== 'ts' && isAutoParam(p.name, p.type))) continue;
    const v = own(o, style === 'ts' ? camelField(p.name) : p.name);
    if (v === undefined || v === null) continue;
    out[p.name] = decode(v, p.type, schema, style);
  }
  return out;
}

/** A property of the recorded object itself (`join` must not find Array.prototype.join). */
const own = (o: object, key: string): unknown => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);

/** The arguments of a recorded call, by the method's parameters. */
export function decodeArgs(args: Record<string, unknown>, method: string, schema: SchemaLookup, style: Style): Record<string, Canon> {
  const m = schema.method(method);
  if (!m) throw new Error(`unknown method ${method}`);
  const out: Record<string, Canon> = {};
  for (const p of m.params) {
    if (p.type === '#') continue;
    const v = own(args, style === 'ts' ? camelField(p.name) : p.name);
    if (v === undefined || v === null) continue;
    out[p.name] = decode(v, p.type, schema, style);
  }
  return out;
}
