/**
 * One comparable form for "the value the model means" and "the value that arrived": integers as
 * exact decimal strings ({i}), doubles ({d}), strings ({s}), bytes as hex ({b}), booleans, lists,
 * and constructors as { _: name, …fields }.
 */
import { isLosslessNumber, parse as parseLossless } from 'lossless-json';
import type { Field, Value } from '../../src/values/types.js';
import { parseTypeRef } from '../../src/model/typeref.js';
import { isAutoParam } from '../../src/values/examples.js';

export type Canon = boolean | Canon[] | { [k: string]: Canon } | { i: string } | { d: number } | { s: string } | { b: string };


/** What the model means. `dropAuto`: MadelineProto fills random_id/random_bytes in at every depth. */
export function canonical(v: Value, dropAuto: boolean): Canon {
  switch (v.kind) {
    case 'int':
      return { i: String(v.value) };
    case 'long':
      return { i: v.value.toString() };
    case 'double':
      return { d: v.value };
    case 'string':
      return { s: v.value };
    case 'bytes':
      return { b: Buffer.from(v.value).toString('hex') };
    case 'bool':
      return v.value;
    case 'vector':
      return v.items.map((x) => canonical(x, dropAuto));
    case 'object':
      return { _: v.constructor as unknown as Canon, ...canonicalFields(v.fields, dropAuto) };
    case 'peer':
      return typeof v.ref === 'bigint' ? { i: v.ref.toString() } : { s: v.ref };
    case 'file':
      return { s: v.path };
    case 'placeholder':
      throw new Error('placeholders have no value');
  }
}

export function canonicalFields(fields: readonly Field[], dropAuto: boolean): Record<string, Canon> {
  const out: Record<string, Canon> = {};
  for (const f of fields) if (!(dropAuto && isAutoParam(f.name, f.tlType))) out[f.name] = canonical(f.value, dropAuto);
  return out;
}

/** A JSON value as MadelineProto reads it (json_decode; integers exact, `{"_":"bytes"}` as bytes). */
export function fromJson(text: string): Canon {
  const walk = (v: unknown): Canon => {
    if (isLosslessNumber(v)) return /^-?\d+$/.test(v.value) ? { i: v.value } : { d: Number(v.value) };
    if (typeof v === 'string') return { s: v };
    if (typeof v === 'boolean') return v;
    if (Array.isArray(v)) return v.map(walk);
    const o = v as Record<string, unknown>;
    if (o._ === 'bytes' && typeof o.bytes === 'string') return { b: Buffer.from(o.bytes, 'base64').toString('hex') };
    const out: Record<string, Canon> = {};
    for (const [k, x] of Object.entries(o)) out[k] = k === '_' ? (x as unknown as Canon) : walk(x);
    return out;
  };
  return walk(parseLossless(text));
}

const PEERS = new Set(['InputPeer', 'InputUser', 'InputChannel']);

/** A PWRTelegram user-mode form field, read by its parameter's TL type as MadelineProto would. */
export function fromFormField(raw: string, tlType: string): Canon {
  const t = parseTypeRef(tlType);
  if (t.kind !== 'named') return fromJson(raw);
  switch (t.name) {
    case 'int':
    case 'long':
    case 'int53':
      return { i: raw };
    case 'double':
      return { d: Number(raw) };
    case 'Bool':
    case 'true':
      return raw === '1';
    case 'string':
    case 'InputFile':
      return { s: raw };
  }
  if (PEERS.has(t.name)) return /^-?\d+$/.test(raw) ? { i: raw } : { s: raw };
  return fromJson(raw);
}
