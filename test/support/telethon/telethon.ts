/**
 * Telethon, the real library, for the telethon target's rungs: Debian's pure-Python package
 * (`TELETHON_PYTHONPATH`, set by .ci/run; else sid's 1.42 unpacked in /opt/telethon-sid), run by
 * /usr/bin/python3 through harness.py, one process per batch.
 *  - telethonLayer(): Telethon's own schema (alltlobjects: CONSTRUCTOR_ID, class, __init__ names);
 *  - outsideTelethon(): why a call cannot run on it (a method or constructor its layer lacks, or
 *    defines otherwise: another constructor ID), computed from that schema, never guessed;
 *  - pyCompileBatch(): compile() of every program;
 *  - runTelethon(): every program run against the real TelegramClient with a fake sender, what it
 *    sent read back with Telethon's BinaryReader and compared with the model's values.
 */
import { spawnSync } from 'node:child_process';
import { crc32 } from 'node:zlib';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConstructorModel, MethodModel, SchemaModel } from '../../../src/model/types.js';
import { lookup } from '../../../src/model/lookup.js';
import { parseTypeRef, printTypeRef, PRIMITIVES } from '../../../src/model/typeref.js';
import type { CallValues, Field, Value } from '../../../src/values/types.js';
import { isAutoParam } from '../../../src/values/examples.js';
import { withoutAuto } from '../../../src/targets/common.js';
import { pyArgName, telethonClass } from '../../../src/targets/telethon/literal.js';
import { canonicalFields, type Canon } from '../canonical.js';

export const PYTHON = '/usr/bin/python3';
const SID = '/opt/telethon-sid/usr/lib/python3/dist-packages';
const HARNESS = join(dirname(fileURLToPath(import.meta.url)), 'harness.py');

export const TELETHON_PYTHONPATH = process.env.TELETHON_PYTHONPATH || (existsSync(join(SID, 'telethon')) ? SID : undefined);

function probe(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} is absent`;
  if (!TELETHON_PYTHONPATH) return `Telethon is absent (no TELETHON_PYTHONPATH, no ${SID}; .ci/install-telethon unpacks it)`;
  const r = spawnSync(PYTHON, ['-c', 'import telethon'], { env: { ...process.env, PYTHONPATH: TELETHON_PYTHONPATH }, encoding: 'utf8' });
  return r.status === 0 ? null : `Telethon does not import from ${TELETHON_PYTHONPATH}: ${r.stderr.trim().split('\n').pop()}`;
}

/** Why the Telethon rungs cannot run here, or null. */
export const TELETHON_ABSENT = probe();
export const HAS_TELETHON = TELETHON_ABSENT === null;

let warned = false;
/** The suffix of a test name that skips, and one warning per process saying why. */
export function skipNote(): string {
  if (HAS_TELETHON) return '';
  if (!warned) {
    warned = true;
    console.warn(`[tlsnip telethon] ${TELETHON_ABSENT}: the Telethon rungs are skipped.`);
  }
  return ` (skipped: ${TELETHON_ABSENT})`;
}

const dir = mkdtempSync(join(tmpdir(), 'tlsnip-telethon-'));
let n = 0;

/**
 * Debian's unpacked Telethon has no compiled bytecode, and compiling its 2.5 MB types module takes
 * seconds: Python caches the bytecode outside the package, in a folder of the temp dir.
 */
function pythonEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONPATH: TELETHON_PYTHONPATH, PYTHONPYCACHEPREFIX: join(tmpdir(), 'tlsnip-pycache') };
  delete env.PYTHONDONTWRITEBYTECODE;
  return env;
}

/** One harness.py process: the request as a JSON file, the answer as JSON on stdout. */
function harness<T>(request: unknown): T {
  const input = join(dir, `request-${process.pid}-${n++}.json`);
  writeFileSync(input, JSON.stringify(request));
  const r = spawnSync(PYTHON, [HARNESS, input], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: pythonEnv(),
  });
  if (r.status !== 0) throw new Error(`harness.py failed (${r.status}): ${r.stderr.slice(-3000)}`);
  return JSON.parse(r.stdout) as T;
}

export interface TelethonObject {
  readonly id: number;
  /** `functions.messages.SendMessageRequest`, `types.InputPeerUser`. */
  readonly path: string;
  /** Its __init__ parameters, as Telethon's generator named them. */
  readonly params: readonly string[];
}

export interface TelethonLayer {
  readonly layer: number;
  readonly version: string;
  readonly byId: ReadonlyMap<number, TelethonObject>;
  readonly byPath: ReadonlyMap<string, TelethonObject>;
}

let layerCache: TelethonLayer | undefined;
/** Telethon's own schema, read from its installed classes. */
export function telethonLayer(): TelethonLayer {
  if (!layerCache) {
    const r = harness<{ layer: number; version: string; objects: TelethonObject[] }>({ mode: 'layer' });
    layerCache = {
      layer: r.layer,
      version: r.version,
      byId: new Map(r.objects.map((o) => [o.id, o])),
      byPath: new Map(r.objects.map((o) => [o.path, o])),
    };
  }
  return layerCache;
}

/**
 * What compile() says of each program: null, or `line N: message`. `topLevelAwait`: the codes are
 * call statements without their program (`result = await client(…)` at the top level).
 */
export function pyCompileBatch(codes: readonly string[], topLevelAwait = false): (string | null)[] {
  return harness<(string | null)[]>({ mode: 'compile', codes, topLevelAwait });
}

type Def = MethodModel | ConstructorModel;
const isMethod = (d: Def): d is MethodModel => 'returns' in d;

/** The TL definitions a call uses, with the parameters it gives: its method, then every constructor (or nested query) in its values. */
function* definitions(schema: SchemaModel, call: CallValues): Generator<{ def: Def; isMethod: boolean; fields: readonly Field[] }> {
  const l = lookup(schema);
  yield { def: l.method(call.method)!, isMethod: true, fields: call.args };
  const walk = function* (v: Value): Generator<{ def: Def; isMethod: boolean; fields: readonly Field[] }> {
    if (v.kind === 'vector') for (const i of v.items) yield* walk(i);
    if (v.kind === 'object') {
      const def = v.isMethod ? l.method(v.constructor) : l.constructorByName(v.constructor);
      if (!def) throw new Error(`${v.constructor} is not in the schema`);
      yield { def, isMethod: v.isMethod, fields: v.fields };
      for (const f of v.fields) yield* walk(f.value);
    }
  };
  for (const a of call.args) yield* walk(a.value);
}

const hex = (id: number | null) => `#${(id ?? 0).toString(16).padStart(8, '0')}`;

/**
 * Why Telethon's layer cannot send this call, or null: a method or constructor with no class of
 * that constructor ID in Telethon (absent, or defined otherwise in its layer), or a `true` flag it
 * lacks (a constructor ID leaves `true` flags out, so the same ID can lack one).
 */
export function outsideTelethon(schema: SchemaModel, call: CallValues): string | null {
  const t = telethonLayer();
  for (const { def, isMethod: fn, fields } of definitions(schema, call)) {
    const theirs = def.id === null ? undefined : t.byId.get(def.id);
    if (theirs) {
      const lacking = withoutAuto(fields).find((f) => !theirs.params.includes(pyArgName(f.name)));
      if (lacking) return `${def.name}.${lacking.name} is not in layer ${t.layer}`;
      continue;
    }
    const other = t.byPath.get(telethonClass(def.name, fn));
    return other ? `${def.name}${hex(def.id)} is defined otherwise in layer ${t.layer} (${hex(other.id)})` : `${def.name} is not in layer ${t.layer}`;
  }
  return null;
}

/**
 * Every method and constructor of the schema that Telethon has (same constructor ID): is our class
 * path and are our keyword names exactly Telethon's? Returns the differences.
 */
export function namingProblems(schema: SchemaModel): { checked: number; problems: string[] } {
  const t = telethonLayer();
  const problems: string[] = [];
  let checked = 0;
  const defs: [Def, boolean][] = [...schema.methods.map((m) => [m, true] as [Def, boolean]), ...schema.constructors.map((c) => [c, false] as [Def, boolean])];
  for (const [def, fn] of defs) {
    const theirs = def.id === null ? undefined : t.byId.get(def.id);
    if (!theirs) continue;
    checked++;
    const path = telethonClass(def.name, fn);
    if (path !== theirs.path) problems.push(`${def.name}: we write ${path}, Telethon has ${theirs.path}`);
    // The same ID may differ in `true` flags only (the ID leaves them out): any other name of ours
    // must be one of Telethon's, and so must every name we rename (`self` → `is_self`, a flag).
    const ours = def.params.filter((p) => p.type !== '#' && (p.type !== 'true' || pyArgName(p.name) !== p.name)).map((p) => pyArgName(p.name));
    const unknown = ours.filter((name) => !theirs.params.includes(name));
    if (unknown.length) problems.push(`${def.name}: we write ${unknown.join(', ')}; Telethon takes (${theirs.params.join(', ')})`);
  }
  return { checked, problems };
}

/** A peer reference as Telethon resolves it: the username it looks up, or a phone number. */
function peerSpec(ref: string | bigint): { username?: string; phone?: string } {
  if (typeof ref === 'bigint') return {};
  const link = /^(?:https?:\/\/)?t\.me\/([A-Za-z]\w+)$/.exec(ref);
  if (link) return { username: link[1]!.toLowerCase() };
  if (/^\+\d+$/.test(ref)) return { phone: ref.slice(1) };
  if (ref === 'me' || ref === 'self') return {};
  return { username: ref.replace(/^@/, '').toLowerCase() };
}

/**
 * The model's call in the form Telethon sends it back: a username as `@name` in lower case (Telethon
 * looks usernames up case-insensitively), `self` as `me`, a t.me link as its username; a `true`
 * flag given as false is not sent at all (Telethon, like every library, sets only true ones).
 */
function normalized(fields: readonly Field[]): Field[] {
  const value = (v: Value): Value => {
    switch (v.kind) {
      case 'vector':
        return { ...v, items: v.items.map(value) };
      case 'object':
        return { ...v, fields: normalized(v.fields) };
      case 'peer': {
        if (typeof v.ref === 'bigint') return v;
        if (v.ref === 'self') return { ...v, ref: 'me' };
        const { username } = peerSpec(v.ref);
        return username ? { ...v, ref: `@${username}` } : v;
      }
      default:
        return v;
    }
  };
  return fields.filter((f) => !(f.tlType === 'true' && f.value.kind === 'bool' && !f.value.value)).map((f) => ({ ...f, value: value(f.value) }));
}

/** What the model means: canonicalFields, random_id (which Telethon fills in) dropped. */
export const meantOf = (call: CallValues): Record<string, Canon> => canonicalFields(normalized(call.args), true);

interface Sent {
  readonly '#': number;
  /** SUBCLASS_OF_ID: CRC32 of the TL type's name. */
  readonly type?: number;
  readonly f?: Record<string, unknown>;
  readonly peer?: Canon;
  readonly file?: string;
}

const describe = (x: unknown) => JSON.stringify(x)?.slice(0, 120) ?? String(x);

/** Bytes of an int Telethon wrote as `int.to_bytes(size, 'little', signed=True)`. */
function intBytes(s: string, size: number): string {
  let v = BigInt(s);
  if (v < 0n) v += 1n << BigInt(size * 8);
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++, v >>= 8n) out[i] = Number(v & 0xffn);
  return out.toString('hex');
}

/** Reads what Telethon sent back into the canonical form, by the TL types of our schema. */
export class SentDecoder {
  private readonly byId = new Map<number, Def>();

  constructor(schema: SchemaModel) {
    for (const d of [...schema.methods, ...schema.constructors]) if (d.id !== null && !this.byId.has(d.id)) this.byId.set(d.id, d);
  }

  /** The request: the method it is, and its arguments. */
  request(x: unknown): { method: string; args: Record<string, Canon> } {
    const def = this.def(x);
    if (!isMethod(def)) throw new Error(`sent ${def.name}, not a method`);
    return { method: def.name, args: this.fields(x as Sent, def) };
  }

  private def(x: unknown): Def {
    const id = (x as Sent | null)?.['#'];
    const def = typeof id === 'number' ? this.byId.get(id) : undefined;
    if (!def) throw new Error(`expected a TL object, got ${describe(x)}`);
    return def;
  }

  private fields(x: Sent, def: Def): Record<string, Canon> {
    const f = x.f ?? {};
    const out: Record<string, Canon> = {};
    const known = new Set<string>();
    for (const p of def.params) {
      if (p.type === '#') continue;
      const py = pyArgName(p.name);
      known.add(py);
      const v = f[py];
      if (v === undefined || isAutoParam(p.name, p.type)) continue;
      if (p.type === 'true' && v === false) continue;
      out[p.name] = this.value(v, p.type);
    }
    // Telethon's class may have `true` flags this layer lacks (an ID leaves them out): unset, they read back false.
    for (const [k, v] of Object.entries(f)) if (!known.has(k) && v !== false) throw new Error(`${def.name} has no parameter ${k}`);
    return out;
  }

  value(x: unknown, tlType: string): Canon {
    const t = parseTypeRef(tlType);
    if (t.kind === 'vector') {
      if (!Array.isArray(x)) throw new Error(`expected a list for ${tlType}, got ${describe(x)}`);
      return x.map((i) => this.value(i, printTypeRef(t.of)));
    }
    if (t.kind === 'flags') throw new Error('a flags field was sent');
    if (t.kind === 'named' && PRIMITIVES.has(t.name)) return this.primitive(x, t.name);
    const s = x as Sent;
    // Peers and files Telethon made (its own layer's constructors): their TL type must be the slot's.
    if (s.peer !== undefined || s.file !== undefined) {
      if (t.kind !== 'named' || s.type !== crc32(t.name)) throw new Error(`${describe(x)} sent where ${tlType} belongs`);
      return s.peer ?? { s: s.file! };
    }
    const def = this.def(x);
    if (t.kind === 'query' ? !isMethod(def) : isMethod(def) || def.type !== t.name) {
      throw new Error(`${def.name} sent where ${tlType} belongs`);
    }
    return { _: def.name as unknown as Canon, ...this.fields(s, def) };
  }

  private primitive(x: unknown, type: string): Canon {
    const o = x as Record<string, unknown> | null;
    const has = (k: string) => o !== null && typeof o === 'object' && k in o;
    switch (type) {
      case 'int':
      case 'int53':
      case 'long':
        if (has('i')) return { i: String(o!.i) };
        break;
      case 'double':
        if (has('d')) return { d: Number(o!.d) };
        break;
      case 'string':
        if (has('s')) return { s: String(o!.s) };
        break;
      case 'bytes':
        if (has('b')) return { b: String(o!.b) };
        break;
      case 'int128':
      case 'int256':
        if (has('i')) return { b: intBytes(String(o!.i), type === 'int128' ? 16 : 32) };
        break;
      case 'Bool':
      case 'true':
        if (typeof x === 'boolean') return x;
        break;
    }
    throw new Error(`expected ${type}, got ${describe(x)}`);
  }
}

/** One program to run, with the call it shows. */
export interface TelethonCase {
  readonly name: string;
  readonly code: string;
  readonly call: CallValues;
  readonly method: MethodModel;
}

/** The peers and files a call names, for the fake world of its run. */
function world(call: CallValues) {
  const peers = new Map<string, { ref: string; kind: 'user' | 'channel'; username?: string; phone?: string }>();
  const files = new Set<string>();
  const walk = (v: Value) => {
    if (v.kind === 'vector') v.items.forEach(walk);
    if (v.kind === 'object') v.fields.forEach((f) => walk(f.value));
    if (v.kind === 'file') files.add(v.path);
    if (v.kind === 'peer' && typeof v.ref === 'string') {
      const key = v.ref;
      const prev = peers.get(key);
      const kind = v.tlType === 'InputChannel' || prev?.kind === 'channel' ? 'channel' : 'user';
      peers.set(key, { ref: v.ref, kind, ...peerSpec(v.ref) });
    }
  };
  call.args.forEach((a) => walk(a.value));
  return { peers: [...peers.values()], files: [...files] };
}

/** The type a method returns, inside Vector<…> if it is one (harness.py tests both against Telethon's class). */
function resultInner(m: MethodModel): string {
  const t = parseTypeRef(m.returns);
  return printTypeRef(t.kind === 'vector' ? t.of : t);
}

/** What one program did: the requests of its method it sent (encoded by harness.py), or its error. */
export type RunResult = { sent: unknown[]; stdout: string } | { error: string };

/** Runs every program in one Python process, against the real client with a fake sender. */
export function runPrograms(cases: readonly TelethonCase[]): RunResult[] {
  return harness<RunResult[]>({
    mode: 'run',
    cases: cases.map((c) => ({ code: c.code, target: telethonClass(c.method.name, true), returns: resultInner(c.method), ...world(c.call) })),
  });
}

/**
 * Runs every program in one Python process and compares what each sent with the model: one
 * request, of the method shown, with exactly the model's values. Returns the problems by case.
 */
export function runTelethon(schema: SchemaModel, cases: readonly TelethonCase[]): string[] {
  if (cases.length === 0) return [];
  const results = runPrograms(cases);
  const decoder = new SentDecoder(schema);
  return cases.flatMap((c, i) => {
    const r = results[i]!;
    if ('error' in r) return [`${c.name}: ${r.error.trim().split('\n').slice(-3).join(' | ')}`];
    if (r.sent.length !== 1) return [`${c.name}: ${r.sent.length} requests sent`];
    try {
      const { method, args } = decoder.request(r.sent[0]);
      if (method !== c.call.method) return [`${c.name}: sent ${method}`];
      const meant = meantOf(c.call);
      if (JSON.stringify(args) !== JSON.stringify(meant)) {
        return [`${c.name}: sent ${JSON.stringify(args).slice(0, 400)}\n   meant ${JSON.stringify(meant).slice(0, 400)}`];
      }
      return [];
    } catch (e) {
      return [`${c.name}: ${(e as Error).message}`];
    }
  });
}
