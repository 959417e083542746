/**
 * What the installed mtcute knows: the api-schema.json of its @mtcute/tl (layer 223 with
 * @mtcute/node 0.28.2), read raw so that `int53` stays `int53`. Its typings and its binary writer
 * are generated from this file, so a snippet that uses a method, constructor or field this layer
 * lacks, or types differently, cannot type-check against the package: such snippets are listed by
 * name with the reason, never skipped silently. The decoder of the real-client rung reads the bytes
 * mtcute's writer produced with this schema too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { MethodModel } from '../../../src/model/types.js';
import { parseTypeRef, type TypeRef } from '../../../src/model/typeref.js';
import { isAutoParam } from '../../../src/values/examples.js';
import type { CallValues, Field, Value } from '../../../src/values/types.js';
import { REPO } from '../../shared.js';

const require = createRequire(import.meta.url);

/** The installed @mtcute/node's version (its exports map hides package.json from require). */
export function mtcuteVersion(): string {
  return (JSON.parse(readFileSync(join(REPO, 'node_modules', '@mtcute', 'node', 'package.json'), 'utf8')) as { version: string }).version;
}

export interface MtArg {
  readonly name: string;
  /** The TL type, `Vector<…>` when mtcute's `isVector`; `int53` kept. */
  readonly type: string;
  readonly flag: { readonly field: string; readonly bit: number } | null;
}

export interface MtEntry {
  readonly kind: 'class' | 'method';
  readonly name: string;
  readonly id: number;
  /** The type a constructor belongs to, or a method's return type. */
  readonly type: string;
  readonly args: readonly MtArg[];
}

export interface MtSchema {
  readonly layer: number;
  readonly classes: ReadonlyMap<string, MtEntry>;
  readonly methods: ReadonlyMap<string, MtEntry>;
  /** Constructor and method IDs (unsigned), for the decoder. */
  readonly byId: ReadonlyMap<number, MtEntry>;
}

let cached: MtSchema | undefined;

export function mtcuteSchema(): MtSchema {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(require.resolve('@mtcute/tl/api-schema.json'), 'utf8')) as {
    l: number;
    e: { kind: 'class' | 'method'; name: string; id: number; type: string; typeModifiers?: { isVector?: boolean }; arguments?: { name: string; type: string; typeModifiers?: { predicate?: string; isVector?: boolean } }[] }[];
  };
  const classes = new Map<string, MtEntry>();
  const methods = new Map<string, MtEntry>();
  const byId = new Map<number, MtEntry>();
  for (const e of raw.e) {
    const args = (e.arguments ?? []).map((a): MtArg => {
      const m = a.typeModifiers?.predicate ? /^(\w+)\.(\d+)$/.exec(a.typeModifiers.predicate) : null;
      return { name: a.name, type: a.typeModifiers?.isVector ? `Vector<${a.type}>` : a.type, flag: m ? { field: m[1]!, bit: Number(m[2]) } : null };
    });
    const entry: MtEntry = { kind: e.kind, name: e.name, id: e.id >>> 0, type: e.typeModifiers?.isVector ? `Vector<${e.type}>` : e.type, args };
    (e.kind === 'class' ? classes : methods).set(e.name, entry);
    byId.set(entry.id, entry);
  }
  return (cached = { layer: raw.l, classes, methods, byId });
}

/** The TL types that mtcute's typings and writer treat alike: `int53` is `long` on the wire. */
function sameType(ours: TypeRef, theirs: TypeRef): boolean {
  if (ours.kind === 'vector' && theirs.kind === 'vector') return sameType(ours.of, theirs.of);
  if (ours.kind === 'query' || theirs.kind === 'query') return ours.kind === theirs.kind;
  if (ours.kind !== 'named' || theirs.kind !== 'named') return false;
  const norm = (t: string) => (t === 'int53' ? 'long' : t);
  // An int in our layer where mtcute has int53: a number either way, sent exactly.
  if (ours.name === 'int' && theirs.name === 'int53') return true;
  return norm(ours.name) === norm(theirs.name);
}

/** The mtcute type a slot expects, for checking which constructor may fill it. */
function namedType(t: string): string | undefined {
  const ref = parseTypeRef(t);
  const inner = ref.kind === 'vector' ? ref.of : ref;
  return inner.kind === 'named' ? inner.name : undefined;
}

/**
 * Why mtcute's layer cannot express this call of `ours` (our method's definition), or null when it
 * can. A method returning Updates in our layer but not in mtcute's would make the snippet's
 * `tg.handleClientUpdate(result)` a type error, so that is listed too.
 */
export function missingInMtcute(call: CallValues, ours: Pick<MethodModel, 'params' | 'returns'>): string | null {
  const mt = mtcuteSchema();
  const L = `mtcute's layer ${mt.layer}`;
  const method = mt.methods.get(call.method);
  if (!method) return `${call.method} is not in ${L}`;
  if (ours.returns === 'Updates' && method.type !== 'Updates') return `${call.method} returns ${method.type}, not Updates, in ${L}`;
  const present = (name: string, fields: readonly Field[]) => fields.some((f) => f.name === name);
  // mtcute requires its non-flag fields; the snippet adds a long random_id at the top level itself.
  const missing = method.args.find((a) => a.type !== '#' && !a.flag && !present(a.name, call.args) && !isAutoParam(a.name, a.type.replace('int53', 'long')));
  if (missing) return `${call.method}.${missing.name} is required in ${L} and not in this one`;
  const fields = (owner: string, args: readonly MtArg[], fs: readonly Field[]): string | null => {
    for (const f of fs) {
      const a = args.find((x) => x.name === f.name);
      if (!a || a.type === '#') return `${owner}.${f.name} is not in ${L}`;
      // A Bool in our layer that mtcute has as a `true` flag: `true` means (and sends) the same.
      const boolAsFlag = f.tlType === 'Bool' && a.type === 'true' && f.value.kind === 'bool' && f.value.value;
      if (!boolAsFlag && !sameType(parseTypeRef(f.tlType), parseTypeRef(a.type))) return `${owner}.${f.name} is ${a.type}, not ${f.tlType}, in ${L}`;
      const inner = value(f.value, namedType(a.type));
      if (inner) return inner;
    }
    return null;
  };
  const value = (v: Value, slotType: string | undefined): string | null => {
    if (v.kind === 'vector') {
      for (const i of v.items) {
        const r = value(i, slotType);
        if (r) return r;
      }
    }
    if (v.kind === 'object') {
      const def = v.isMethod ? mt.methods.get(v.constructor) : mt.classes.get(v.constructor);
      if (!def) return `${v.constructor} is not in ${L}`;
      if (!v.isMethod && slotType && def.type !== slotType && def.name !== slotType) return `${v.constructor} is a ${def.type}, not a ${slotType}, in ${L}`;
      const req = def.args.find((a) => a.type !== '#' && !a.flag && !v.fields.some((f) => f.name === a.name));
      if (req) return `${v.constructor}.${req.name} is required in ${L}`;
      return fields(v.constructor, def.args, v.fields);
    }
    return null;
  };
  return fields(call.method, method.args, call.args);
}
