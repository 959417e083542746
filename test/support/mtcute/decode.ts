/**
 * Reads back the bytes mtcute's own writer produced for a request (`TlBinaryWriter.serializeObject(
 * __tlWriterMap, request)`), driven by mtcute's api-schema.json alone: constructor IDs, flags,
 * `true` flags, int/int53/long/double, strings, bytes, vectors, nested objects and `!X` queries.
 * The result is the canonical form of canonical.ts (TL field names), so it compares directly with
 * what the model means. The writer alone proves nothing (it writes a number as 0 where a Long is
 * due, and drops a non-boolean `true` flag): only reading the bytes back does.
 *
 * Peers and files arrive as what the fake network answered (`inputPeerUser` of a made-up ID, an
 * `inputFile` of an upload): `peer` and `file` map them back to the ref and path the tree holds.
 * A long random_id (and random_bytes) is checked to be there, then left out, as canonicalFields
 * leaves it out of the model's side: mtcute's randomLong() is random by design.
 */
import { parseTypeRef, printTypeRef } from '../../../src/model/typeref.js';
import { isAutoParam } from '../../../src/values/examples.js';
import type { Canon } from '../canonical.js';
import { mtcuteSchema, type MtEntry } from './schema.js';

const VECTOR = 0x1cb5c415;
const BOOL_TRUE = 0x997275b5;
const BOOL_FALSE = 0xbc799737;
const PEERS = new Set(['InputPeer', 'InputUser', 'InputChannel']);

export interface Decoded {
  readonly _: string;
  readonly fields: Record<string, Canon>;
}

export interface DecodeHooks {
  /** The tree's ref for a resolved peer constructor (`{ s: "@durov" }`, `{ i: "-1001234567890" }`). */
  peer(d: Decoded): Canon;
  /** The tree's path for an uploaded InputFile (`{ s: "photo.jpg" }`). */
  file(d: Decoded): Canon;
}

class Reader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}
  need(n: number): void {
    if (this.pos + n > this.buf.length) throw new Error(`read past the end (${this.pos} + ${n} > ${this.buf.length})`);
  }
  uint(): number {
    this.need(4);
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }
  int(): number {
    this.need(4);
    const v = this.buf.readInt32LE(this.pos);
    this.pos += 4;
    return v;
  }
  long(): bigint {
    this.need(8);
    const v = this.buf.readBigInt64LE(this.pos);
    this.pos += 8;
    return v;
  }
  double(): number {
    this.need(8);
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }
  raw(n: number): Buffer {
    this.need(n);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  bytes(): Buffer {
    this.need(1);
    let len = this.buf[this.pos++]!;
    let header = 1;
    if (len === 254) {
      this.need(3);
      len = this.buf[this.pos]! | (this.buf[this.pos + 1]! << 8) | (this.buf[this.pos + 2]! << 16);
      this.pos += 3;
      header = 4;
    }
    const v = this.raw(len);
    const padding = (4 - ((header + len) % 4)) % 4;
    const pad = this.raw(padding);
    if (pad.some((b) => b !== 0)) throw new Error('non-zero padding after bytes');
    return v;
  }
  get done(): boolean {
    return this.pos === this.buf.length;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function value(r: Reader, type: string, hooks: DecodeHooks): Canon {
  const t = parseTypeRef(type);
  if (t.kind === 'vector') {
    const id = r.uint();
    if (id !== VECTOR) throw new Error(`expected a Vector for ${type}, got constructor 0x${id.toString(16)}`);
    const n = r.int();
    return Array.from({ length: n }, () => value(r, printTypeRef(t.of), hooks));
  }
  if (t.kind === 'query') return object(r, undefined, hooks);
  if (t.kind === 'flags') throw new Error('a flags field is read with its owner');
  switch (t.name) {
    case 'int':
      return { i: String(r.int()) };
    case 'int53':
    case 'long':
      return { i: r.long().toString() };
    case 'double':
      return { d: r.double() };
    case 'string': {
      const b = r.bytes();
      return { s: utf8.decode(b) };
    }
    case 'bytes':
      return { b: r.bytes().toString('hex') };
    case 'int128':
      return { b: r.raw(16).toString('hex') };
    case 'int256':
      return { b: r.raw(32).toString('hex') };
    case 'Bool': {
      const id = r.uint();
      if (id === BOOL_TRUE) return true;
      if (id === BOOL_FALSE) return false;
      throw new Error(`expected a Bool, got constructor 0x${id.toString(16)}`);
    }
  }
  const obj = object(r, t.name, hooks);
  if (PEERS.has(t.name)) return hooks.peer(asDecoded(obj));
  if (t.name === 'InputFile') return hooks.file(asDecoded(obj));
  return obj;
}

const asDecoded = (c: Canon): Decoded => {
  const { _, ...fields } = c as Record<string, Canon>;
  return { _: _ as unknown as string, fields };
};

/** A boxed constructor (or, for `!X`, a method), field by field by mtcute's definition of it. */
function object(r: Reader, type: string | undefined, hooks: DecodeHooks): Canon {
  const at = r.pos;
  const id = r.uint();
  const def = mtcuteSchema().byId.get(id);
  if (!def) throw new Error(`unknown constructor 0x${id.toString(16)} at byte ${at}${type ? ` (for ${type})` : ''}`);
  return { _: def.name as unknown as Canon, ...fields(r, def, hooks) };
}

function fields(r: Reader, def: MtEntry, hooks: DecodeHooks): Record<string, Canon> {
  const flags = new Map<string, number>();
  const out: Record<string, Canon> = {};
  for (const a of def.args) {
    if (a.type === '#') {
      flags.set(a.name, r.uint());
      continue;
    }
    if (a.flag) {
      const word = flags.get(a.flag.field);
      if (word === undefined) throw new Error(`${def.name}.${a.name}: flags field ${a.flag.field} not read`);
      if (!(word & (1 << a.flag.bit))) continue;
      if (a.type === 'true') {
        out[a.name] = true;
        continue;
      }
    }
    const v = value(r, a.type, hooks);
    if (isAutoParam(a.name, a.type.replace(/int53/g, 'long'))) continue;
    out[a.name] = v;
  }
  return out;
}

/** The fields of a serialized call of `method` (TL names); throws on anything unexpected. */
export function decodeRequest(bytes: Buffer, method: string, hooks: DecodeHooks): Record<string, Canon> {
  const r = new Reader(bytes);
  const id = r.uint();
  const def = mtcuteSchema().methods.get(method);
  if (!def) throw new Error(`${method} is not in mtcute's schema`);
  if (id !== def.id) throw new Error(`sent constructor 0x${id.toString(16)}, not ${method} (0x${def.id.toString(16)})`);
  const out = fields(r, def, hooks);
  if (!r.done) throw new Error(`${method}: ${bytes.length - r.pos} bytes left over`);
  return out;
}
