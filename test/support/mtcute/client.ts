/**
 * The real-client rung: each mtcute snippet, as the whole program tlsnip prints, runs against the
 * real `TelegramClient` of @mtcute/node (MemoryStorage; only the data-centre connection faked, see
 * fake-node.ts). esbuild compiles a chunk of snippets to JavaScript in one build, one node process
 * runs the chunk, and each request the snippet's own call sent is read back from the bytes mtcute's
 * writer produced (decode.ts) and compared with what the model means (canonical.ts).
 *
 * How the comparison maps what a real client sends back to the value tree:
 *  - a peer arrives as the InputPeer/InputUser/InputChannel that mtcute built from the fake
 *    answer to `contacts.resolveUsername` (or, for a bot-API ID, `users.getUsers` and
 *    `channels.getChannels`): the fake numbered each username it resolved, so `inputPeerUser` of
 *    that number reads back as `@username`; `inputPeerSelf`/`inputUserSelf` as `me`; a peer
 *    resolved by ID as its bot-API (marked) ID. The tree's refs are spelled the same way
 *    (`durov`, `@durov` and `t.me/durov` are all `@durov`; `self` is `me`).
 *  - a file arrives as the `inputFile` of an upload: the bytes mtcute uploaded under that file ID
 *    are the test file's content, which names its path.
 *  - mtcute's writer sends an optional vector that is empty, and a `true` flag that is false, as
 *    absent (it cannot do otherwise): the model's side is read the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { SchemaLookup } from '../../../src/model/lookup.js';
import type { MethodModel } from '../../../src/model/types.js';
import type { CallValues, Field, Value } from '../../../src/values/types.js';
import { canonicalFields, type Canon } from '../canonical.js';
import { decodeRequest, type Decoded } from './decode.js';
import type { Neutral } from './fake-node.js';
import type { RunnerCase, RunnerResult } from './runner.js';
import { mtcuteSchema } from './schema.js';
import { workdir, type Workdir } from './workdir.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const API_ID = 123456;
const API_HASH = '0123456789abcdef0123456789abcdef';

export interface ClientCase {
  readonly name: string;
  /** The snippet as tlsnip prints it with boilerplate: a whole program. */
  readonly code: string;
  readonly call: CallValues;
  readonly method: MethodModel;
  /** The layer the snippet was rendered from (its constructors' flags). */
  readonly schema: SchemaLookup;
}

export interface ClientOutcome {
  readonly name: string;
  readonly problems: readonly string[];
  /** What the snippet's call sent, decoded (for tests that look at it). */
  readonly sent?: Record<string, Canon>;
}

/** Compiles the harness (fake-node, runner) once per work folder. */
async function compileHarness(wd: Workdir): Promise<void> {
  await build({
    entryPoints: [join(HERE, 'fake-node.ts'), join(HERE, 'runner.ts')],
    outdir: wd.dir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
}

/** The snippet's "@mtcute/node" is the fake; every other import stays as written. */
function fakeMtcute(fake: string): Plugin {
  return {
    name: 'tlsnip-fake-mtcute',
    setup(b) {
      b.onResolve({ filter: /^@mtcute\/node$/ }, () => ({ path: fake, external: true }));
      b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/** The answer the fake gives the snippet's own method: something of its return type. */
function neutralFor(method: string): Neutral {
  const mt = mtcuteSchema();
  const returns = mt.methods.get(method)?.type ?? 'Bool';
  if (returns === 'Updates') return { kind: 'updates' };
  if (returns.startsWith('Vector<')) return { kind: 'vector' };
  const first = [...mt.classes.values()].find((c) => c.type === returns);
  return first ? { kind: 'object', constructor: first.name } : { kind: 'true' };
}

/** Normal form of a peer ref: `@username`, `me`, or the bot-API ID. */
export function peerKey(ref: string | bigint): string | bigint {
  if (typeof ref === 'bigint') return ref;
  const s = ref.trim();
  if (s === 'me' || s === 'self') return 'me';
  const link = /^(?:https?:\/\/)?t\.me\/([A-Za-z][A-Za-z0-9_]{2,31})\/?$/.exec(s);
  return `@${link ? link[1] : s.replace(/^@/, '')}`;
}

/** Every value of the tree, depth first. */
function* values(fields: readonly Field[]): Generator<Value> {
  const walk = function* (v: Value): Generator<Value> {
    yield v;
    if (v.kind === 'vector') for (const i of v.items) yield* walk(i);
    if (v.kind === 'object') for (const f of v.fields) yield* walk(f.value);
  };
  for (const f of fields) yield* walk(f.value);
}

/**
 * The tree as mtcute can mean it: peer refs in normal form; an optional empty vector, and a
 * `true` flag that is false, left out (mtcute's writer sends both as absent).
 */
function asMtcuteMeans(fields: readonly Field[], params: readonly { name: string; flag: unknown }[], schema: SchemaLookup): Field[] {
  const out: Field[] = [];
  for (const f of fields) {
    const optional = params.find((p) => p.name === f.name)?.flag;
    if (optional && f.value.kind === 'vector' && f.value.items.length === 0) continue;
    if (f.tlType === 'true' && f.value.kind === 'bool' && !f.value.value) continue;
    out.push({ ...f, value: valueAsMeant(f.value, schema) });
  }
  return out;
}

function valueAsMeant(v: Value, schema: SchemaLookup): Value {
  switch (v.kind) {
    case 'peer':
      return { ...v, ref: peerKey(v.ref) };
    case 'vector':
      return { ...v, items: v.items.map((i) => valueAsMeant(i, schema)) };
    case 'object': {
      const def = v.isMethod ? schema.method(v.constructor) : schema.constructorByName(v.constructor);
      return { ...v, fields: asMtcuteMeans(v.fields, def?.params ?? [], schema) };
    }
    default:
      return v;
  }
}

/** What the model means, in the canonical form, as mtcute can send it. */
export function meant(c: Pick<ClientCase, 'call' | 'method' | 'schema'>): Record<string, Canon> {
  return canonicalFields(asMtcuteMeans(c.call.args, c.method.params, c.schema), true);
}

/** Deep equality of canonical values, whatever the order of object keys. */
const stable = (c: unknown): string =>
  JSON.stringify(c, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

const MARKED_CHANNEL = 1_000_000_000_000n;

/** Maps the peers and files a real client sent back to the tree's refs and paths. */
function hooks(r: RunnerResult) {
  const num = (c: Canon | undefined) => BigInt((c as { i: string }).i);
  return {
    peer(d: Decoded): Canon {
      switch (d._) {
        case 'inputPeerSelf':
        case 'inputUserSelf':
          return { s: 'me' };
        case 'inputPeerUser':
        case 'inputUser': {
          const id = num(d.fields.user_id);
          return r.peers[`user:${id}`] !== undefined ? { s: r.peers[`user:${id}`]! } : { i: String(id) };
        }
        case 'inputPeerChannel':
        case 'inputChannel': {
          const id = num(d.fields.channel_id);
          return r.peers[`channel:${id}`] !== undefined ? { s: r.peers[`channel:${id}`]! } : { i: String(-MARKED_CHANNEL - id) };
        }
        case 'inputPeerChat':
          return { i: String(-num(d.fields.chat_id)) };
      }
      return { _: d._ as unknown as Canon, ...d.fields };
    },
    file(d: Decoded): Canon {
      // The fake keyed each upload by its file ID, a Long, in decimal: the bytes read back the same.
      const id = d.fields.id as { i: string } | undefined;
      const bytes = id ? r.uploads[id.i] : undefined;
      const text = bytes === undefined ? undefined : Buffer.from(bytes, 'hex').toString('utf8');
      const m = text ? /^tlsnip file (.*)$/s.exec(text) : null;
      return m ? { s: m[1]! } : { _: d._ as unknown as Canon, ...d.fields };
    },
  };
}

/** The problems of one run: none when the program ran and its call sent exactly what the model means. */
export function checkRun(c: ClientCase, r: RunnerResult): { problems: string[]; sent?: Record<string, Canon> } {
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${c.name}: ${m}`);
  if (r.error) say(`the program failed: ${r.error.split('\n').slice(0, 3).join(' | ')}`);
  if (r.options.length !== 1) say(`${r.options.length} clients were created`);
  else {
    const o = r.options[0]!;
    if (o.apiId !== API_ID || o.apiHash !== API_HASH || o.storage !== 'session.sqlite') say(`client options ${JSON.stringify(o)}`);
  }
  if (!r.requests.some((q) => q.method === 'users.getUsers')) say('tg.start() did not ask for the current user');
  if (r.unexpected.length) say(`mtcute asked the fake data centre for what it cannot answer: ${r.unexpected.join(', ')}`);
  const calls = r.requests.filter((q) => q.own);
  const own = calls[0];
  if (calls.length !== 1 || !own || own.method !== c.call.method) {
    say(`the program's tg.call sent ${calls.map((q) => q.method).join(', ') || 'nothing'}, not one ${c.call.method}`);
    return { problems };
  }
  if (own.error || own.hex === undefined) {
    say(own.error ?? 'no bytes');
    return { problems };
  }
  let sent: Record<string, Canon>;
  try {
    sent = decodeRequest(Buffer.from(own.hex, 'hex'), c.call.method, hooks(r));
  } catch (e) {
    say(`cannot read back what was sent: ${(e as Error).message}`);
    return { problems };
  }
  const want = meant(c);
  if (stable(sent) !== stable(want)) say(`sent  ${stable(sent).slice(0, 600)}\n   meant ${stable(want).slice(0, 600)}`);
  const updates = c.method.returns === 'Updates';
  if (stable(r.handled) !== stable(updates ? [true] : [])) say(`tg.handleClientUpdate calls: ${JSON.stringify(r.handled)} (the method returns ${c.method.returns})`);
  if (!r.logged) say('console.log(result) did not print the result');
  return { problems, sent };
}

export interface ClientRun {
  readonly outcomes: readonly ClientOutcome[];
  readonly seconds: number;
  readonly processes: number;
}

/** Runs the cases against the real client, `chunk` programs per node process. */
export async function runAgainstMtcute(cases: readonly ClientCase[], chunk = 400): Promise<ClientRun> {
  const started = performance.now();
  const wd = workdir('client');
  try {
    await compileHarness(wd);
    const fake = join(wd.dir, 'fake-node.js');
    const files = join(wd.dir, 'files');
    mkdirSync(files, { recursive: true });
    const outcomes: ClientOutcome[] = [];
    let processes = 0;
    for (let start = 0; start < cases.length; start += chunk) {
      const part = cases.slice(start, start + chunk);
      const src = join(wd.dir, `src-${start}`);
      mkdirSync(src, { recursive: true });
      const entries = part.map((c, i) => {
        const path = join(src, `${i}.ts`);
        writeFileSync(path, c.code);
        for (const v of values(c.call.args)) if (v.kind === 'file') writeTestFile(files, v.path);
        return path;
      });
      const out = join(wd.dir, `out-${start}`);
      await build({ entryPoints: entries, outdir: out, bundle: true, format: 'esm', platform: 'node', target: 'node22', plugins: [fakeMtcute(fake)], logLevel: 'silent' });
      const input: RunnerCase[] = part.map((c, i) => ({
        id: i,
        file: join(out, `${i}.js`),
        method: c.call.method,
        neutral: neutralFor(c.call.method),
        channels: channelsOf(c.call.args),
      }));
      const inFile = wd.file(`cases-${start}.json`, JSON.stringify(input));
      const outFile = join(wd.dir, `results-${start}.json`);
      const p = spawnSync(process.execPath, [join(wd.dir, 'runner.js'), inFile, outFile], {
        cwd: files,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TG_API_ID: String(API_ID), TG_API_HASH: API_HASH, MTCUTE_LOG_LEVEL: '0' },
        maxBuffer: 256 << 20,
      });
      processes++;
      if (p.status !== 0) throw new Error(`the mtcute runner failed (${p.status}): ${p.stderr.slice(0, 3000)}`);
      const results = JSON.parse(readFileSync(outFile, 'utf8')) as RunnerResult[];
      part.forEach((c, i) => {
        const r = results.find((x) => x.id === i);
        outcomes.push(r ? { name: c.name, ...checkRun(c, r) } : { name: c.name, problems: [`${c.name}: no result`] });
      });
    }
    return { outcomes, seconds: Math.round(performance.now() - started) / 1000, processes };
  } finally {
    wd.remove();
  }
}

/** The usernames the tree uses as channels (the fake resolves those to a channel). */
function channelsOf(fields: readonly Field[]): string[] {
  const out = new Set<string>();
  for (const v of values(fields)) {
    if (v.kind === 'peer' && v.tlType === 'InputChannel' && typeof v.ref === 'string') {
      const k = peerKey(v.ref);
      if (typeof k === 'string' && k.startsWith('@')) out.add(k.slice(1));
    }
  }
  return [...out];
}

/** A file the snippet uploads; its content names its path, so the upload maps back to it. */
function writeTestFile(dir: string, path: string): void {
  if (path.startsWith('/') || path.split(/[\\/]/).includes('..')) throw new Error(`test files must be relative paths inside the folder: ${path}`);
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, `tlsnip file ${path}`);
}
