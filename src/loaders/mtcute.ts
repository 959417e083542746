/**
 * `@mtcute/tl`'s `api-schema.json` (+ the sibling `raw-errors.json`) → SchemaModel.
 *
 * - `int53` is `long` in TL; `typeModifiers.isVector` wraps the type in `Vector<…>`;
 *   `typeModifiers.predicate` `flags.N` / `flags2.N` is the flag.
 * - Usability comes from raw-errors.json: `userOnly` → 'user', `botOnly` → 'bot', neither → 'both'
 *   ('unknown' without raw-errors.json). `available` is ignored: it says 'user' for every method.
 * - Errors: the union of the api-schema `throws` and raw-errors `throws` (method → names, with
 *   `errors[name]` → code and description), one entry per name (the api-schema one wins when both
 *   have it, including its code), ordered by code ascending, then by first appearance. A few
 *   raw-errors `throws` keys are constructor IDs in decimal (`1817183516` is
 *   messages.importChatInvite, `-130635115` channels.leaveChannel as a signed int32); they are
 *   matched by ID. Keys naming no method of the schema are ignored.
 * - Comments are HTML → markdown (see html-md.ts).
 * - Entries in mtcute's own `mtcute.*` namespace (mtcute.customMethod, mtcute.dummy*) are not
 *   Telegram API and are left out.
 */
import { dirname, join } from 'node:path';
import { access } from 'node:fs/promises';

import type { ConstructorModel, ErrorModel, MethodModel, ParamModel, SchemaModel, TypeModel, Usability } from '../model/types.js';
import { validateSchemaModel } from '../model/validate.js';
import { createHtmlToMarkdown, type HtmlToMarkdown } from './html-md.js';
import {
  expectInteger, expectObject, expectString, jsonPath, readJson, shapeError, type JsonObject,
} from './json.js';

interface MtArg {
  name: string;
  type: string;
  predicate: string | null;
  isVector: boolean;
  comment: string;
}

interface MtEntry {
  kind: 'class' | 'method';
  name: string;
  id: number;
  type: string;
  /** The method returns a list of `type`. */
  returnsVector: boolean;
  comment: string;
  arguments: MtArg[];
  throws: { code: number; name: string; comment: string }[];
  generics: { name: string; type: string }[];
}

function readEntry(v: unknown, file: string, path: string): MtEntry {
  const e = expectObject(v, file, path, 'a schema entry object');
  const kind = expectString(e.kind, file, `${path}.kind`, '"class" or "method"');
  if (kind !== 'class' && kind !== 'method') throw shapeError(file, `${path}.kind`, '"class" or "method"', kind);
  const name = expectString(e.name, file, `${path}.name`);
  const at = `${path} (${name})`;
  const args = e.arguments ?? [];
  if (!Array.isArray(args)) throw shapeError(file, `${at}.arguments`, 'an array', args);
  const throwsList = e.throws ?? [];
  if (!Array.isArray(throwsList)) throw shapeError(file, `${at}.throws`, 'an array', throwsList);
  const generics = e.generics ?? [];
  if (!Array.isArray(generics)) throw shapeError(file, `${at}.generics`, 'an array', generics);
  return {
    kind,
    name,
    id: expectInteger(e.id, file, `${at}.id`, 'an integer constructor ID'),
    type: expectString(e.type, file, `${at}.type`, 'a type name'),
    // A method returning a list (users.getUsers → Vector<User>) marks it like an argument does.
    returnsVector: (e.typeModifiers === undefined ? {} : expectObject(e.typeModifiers, file, `${at}.typeModifiers`)).isVector === true,
    comment: optionalString(e.comment, file, `${at}.comment`),
    arguments: args.map((a, k) => {
      const p = `${at}.arguments[${k}]`;
      const arg = expectObject(a, file, p, 'an argument object');
      const mods = arg.typeModifiers === undefined ? {} : expectObject(arg.typeModifiers, file, `${p}.typeModifiers`);
      const predicate = mods.predicate === undefined ? null : expectString(mods.predicate, file, `${p}.typeModifiers.predicate`, 'a predicate like "flags.0"');
      return {
        name: expectString(arg.name, file, `${p}.name`),
        type: expectString(arg.type, file, `${p}.type`),
        predicate,
        isVector: mods.isVector === true,
        comment: optionalString(arg.comment, file, `${p}.comment`),
      };
    }),
    throws: throwsList.map((t, k) => {
      const p = `${at}.throws[${k}]`;
      const o = expectObject(t, file, p, 'an error object {code, name, comment}');
      return {
        code: expectInteger(o.code, file, `${p}.code`, 'an integer error code'),
        name: expectString(o.name, file, `${p}.name`),
        comment: optionalString(o.comment, file, `${p}.comment`),
      };
    }),
    generics: generics.map((g, k) => {
      const o = expectObject(g, file, `${at}.generics[${k}]`, 'a generic {name, type}');
      return { name: expectString(o.name, file, `${at}.generics[${k}].name`), type: expectString(o.type, file, `${at}.generics[${k}].type`) };
    }),
  };
}

function optionalString(v: unknown, file: string, path: string): string {
  return v === undefined || v === null ? '' : expectString(v, file, path);
}

function param(a: MtArg, md: HtmlToMarkdown, file: string, where: string): ParamModel {
  let type = a.type === 'int53' ? 'long' : a.type;
  if (a.isVector) type = `Vector<${type}>`;
  let flag: ParamModel['flag'] = null;
  if (a.predicate !== null) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\.(\d+)$/.exec(a.predicate);
    if (!m) throw shapeError(file, `${where}.typeModifiers.predicate`, 'a predicate like "flags.0"', a.predicate);
    flag = { field: m[1]!, bit: Number(m[2]) };
  }
  return { name: a.name, type, flag, required: flag === null && type !== '#', description: md(a.comment) };
}

interface RawErrors {
  readonly errors: ReadonlyMap<string, { code: number; description: string }>;
  readonly throws: ReadonlyMap<string, readonly string[]>;
  readonly userOnly: ReadonlySet<string>;
  readonly botOnly: ReadonlySet<string>;
}

function readRawErrors(data: unknown, file: string): RawErrors {
  const root = expectObject(data, file, '', 'a raw-errors object {errors, throws, userOnly, botOnly}');
  const errors = new Map<string, { code: number; description: string }>();
  for (const [name, v] of Object.entries(expectObject(root.errors ?? {}, file, 'errors'))) {
    const p = jsonPath('errors', name);
    const o = expectObject(v, file, p, 'an error object {code, name, description}');
    errors.set(name, { code: expectInteger(o.code, file, `${p}.code`), description: optionalString(o.description, file, `${p}.description`) });
  }
  const throws = new Map<string, string[]>();
  for (const [method, v] of Object.entries(expectObject(root.throws ?? {}, file, 'throws'))) {
    const p = jsonPath('throws', method);
    if (!Array.isArray(v)) throw shapeError(file, p, 'an array of error names', v);
    throws.set(method, v.map((n, k) => expectString(n, file, `${p}[${k}]`)));
  }
  const keys = (k: string) => new Set(Object.keys(expectObject(root[k] ?? {}, file, k, 'an object keyed by method name')));
  return { errors, throws, userOnly: keys('userOnly'), botOnly: keys('botOnly') };
}

/** `RawPhoto` → `photo`, `messages.RawSendMessageRequest` → `messages.sendMessage`, if the schema has it. */
function linkResolver(entries: readonly MtEntry[]): (name: string) => string {
  const methods = new Set(entries.filter((e) => e.kind === 'method').map((e) => e.name));
  const classes = new Set(entries.filter((e) => e.kind === 'class').map((e) => e.name));
  return (name) => {
    const m = /^(?:([a-z][A-Za-z0-9_]*)\.)?Raw([A-Z][A-Za-z0-9_]*)$/.exec(name);
    if (!m) return name;
    const ns = m[1] ? `${m[1]}.` : '';
    const base = m[2]!;
    const lower = (s: string) => s[0]!.toLowerCase() + s.slice(1);
    if (base.endsWith('Request')) {
      const method = ns + lower(base.slice(0, -'Request'.length));
      if (methods.has(method)) return method;
    }
    const cls = ns + lower(base);
    if (classes.has(cls)) return cls;
    return name;
  };
}

/** Converts parsed `api-schema.json` (+ `raw-errors.json`) data; the result is validated and frozen. */
export function convertMtcute(api: unknown, rawErrors: unknown | undefined, source: string): SchemaModel {
  const root = expectObject(api, source, '', 'an @mtcute/tl api-schema object {l, e, u}');
  const layer = expectInteger(root.l, source, 'l', 'the layer number');
  if (!Array.isArray(root.e)) throw shapeError(source, 'e', 'an array of schema entries', root.e);
  const typeDocs: JsonObject = root.u === undefined ? {} : expectObject(root.u, source, 'u', 'an object {Type: description}');
  const rawFile = /\.json$/i.test(source) ? join(dirname(source), 'raw-errors.json') : `raw-errors.json (${source})`;
  const raw = rawErrors === undefined ? null : readRawErrors(rawErrors, rawFile);

  const entries = root.e.map((v, k) => readEntry(v, source, `e[${k}]`)).filter((e) => !e.name.startsWith('mtcute.'));
  const md = createHtmlToMarkdown(linkResolver(entries));

  const rawThrowsById = new Map<number, readonly string[]>();
  if (raw) {
    for (const [key, names] of raw.throws) if (/^-?\d+$/.test(key)) rawThrowsById.set(Number(key) >>> 0, names);
  }

  const methods: MethodModel[] = [];
  const constructors: ConstructorModel[] = [];
  const typeOrder = new Map<string, string[]>();
  entries.forEach((e, k) => {
    const where = `e[${k}] (${e.name})`;
    const params = e.arguments.map((a, j) => param(a, md, source, `${where}.arguments[${j}]`));
    if (e.kind === 'class') {
      constructors.push({ name: e.name, id: e.id >>> 0, type: e.type, description: md(e.comment), params, secretLayer: null });
      let list = typeOrder.get(e.type);
      if (!list) typeOrder.set(e.type, (list = []));
      if (!list.includes(e.name)) list.push(e.name);
      return;
    }
    const errors: ErrorModel[] = [];
    const seen = new Set<string>();
    for (const t of e.throws) {
      if (seen.has(t.name)) continue;
      seen.add(t.name);
      errors.push({ code: t.code, name: t.name, description: md(t.comment || raw?.errors.get(t.name)?.description || '') });
    }
    for (const name of [...(raw?.throws.get(e.name) ?? []), ...(rawThrowsById.get(e.id >>> 0) ?? [])]) {
      if (seen.has(name)) continue;
      const known = raw!.errors.get(name);
      if (!known) continue;
      seen.add(name);
      errors.push({ code: known.code, name, description: md(known.description) });
    }
    // Stable: equal codes keep their first-appearance order.
    errors.sort((a, b) => a.code - b.code);
    let usability: Usability = 'unknown';
    if (raw) usability = raw.userOnly.has(e.name) ? (raw.botOnly.has(e.name) ? 'unknown' : 'user') : raw.botOnly.has(e.name) ? 'bot' : 'both';
    methods.push({
      name: e.name,
      id: e.id >>> 0,
      description: md(e.comment),
      params,
      generics: e.generics.map((g) => ({ name: g.name, type: g.type })),
      returns: e.returnsVector ? `Vector<${e.type}>` : e.type,
      usability,
      errors,
      disallowed: null,
      note: null,
      documentedParams: [],
      layer,
    });
  });
  const types: TypeModel[] = [...typeOrder].map(([name, names]) => {
    const doc = typeDocs[name];
    return { name, description: typeof doc === 'string' ? md(doc) : '', constructors: names };
  });
  return validateSchemaModel({ source, layer, methods, constructors, types }, source);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads an `api-schema.json`, with the `raw-errors.json` next to it when there is one. */
export async function loadMtcuteFile(path: string, source = path): Promise<SchemaModel> {
  return loadMtcuteParsed(await readJson(path), path, source);
}

/** Like loadMtcuteFile, for an `api-schema.json` already parsed (`path` locates the sibling raw-errors.json). */
export async function loadMtcuteParsed(api: unknown, path: string, source = path): Promise<SchemaModel> {
  const rawPath = join(dirname(path), 'raw-errors.json');
  const raw = (await exists(rawPath)) ? await readJson(rawPath) : undefined;
  return convertMtcute(api, raw, source);
}
