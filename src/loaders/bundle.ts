/**
 * Bundle manifests (version 1, see ../shared/data/README.md): TL schemas plus description, error,
 * usability and blacklist data, tied together by a `bundle.json`.
 *
 * Rules worth knowing:
 * - Descriptions (`madeline-lang`): a parameter's key carries its TL type as the file spells it, so
 *   a parameter whose type changed since the file was written gets ''. The spelling is detected per
 *   file: the 2018 file writes the type without the flag predicate and a vector as `Vector t`
 *   (`method_messages.sendMessage_param_entities_type_Vector t`); the 2024 file keeps the predicate
 *   and HTML-escapes angle brackets (`…_type_flags.3?Vector&lt;MessageEntity&gt;`).
 * - Errors: codes in `codeOrder` come first in that order, the other codes ascending (never the
 *   JSON key order: JS objects sort integer-like keys). Within a code the data's order for that
 *   method is kept; a (code, name) pair is listed once.
 * - Usability: `botForbidden` listed → 'user'; rpcdb-core `user_only` → 'user', `bot_only` → 'bot';
 *   both kinds of evidence at once → 'unknown'; otherwise 'both'; no usability data at all → 'unknown'.
 * - Disallowed: `method → message`; a `__method` key is a note on an allowed method.
 * Entries naming methods the schema does not have are ignored.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { InputError } from '../errors.js';
import type { ErrorModel, MethodModel, ParamModel, SchemaModel, Usability } from '../model/types.js';
import { validateSchemaModel } from '../model/validate.js';
import {
  expectInteger, expectObject, expectString, expectStringArray, isObject, jsonPath, readJson, readText, shapeError,
  type JsonObject,
} from './json.js';
import { modelFromTl } from './tl.js';

export const ERROR_FORMATS = ['pwrtelegram-rpc', 'rpcdb-v4', 'rpcdb-core'] as const;
type ErrorFormat = (typeof ERROR_FORMATS)[number];

export interface BundleManifest {
  readonly bundle: 1;
  readonly name: string;
  readonly layer: number | null;
  readonly schemas: readonly string[];
  readonly methodsFrom: readonly string[] | null;
  readonly descriptions: { readonly format: 'madeline-lang'; readonly file: string } | null;
  readonly errors: { readonly format: ErrorFormat; readonly file: string; readonly codeOrder: readonly number[] } | null;
  readonly botForbidden: { readonly format: 'method-list'; readonly file: string } | null;
  readonly disallowed: { readonly format: 'method-message-map'; readonly file: string } | null;
}

const MANIFEST_KEYS = ['bundle', 'name', 'layer', 'schemas', 'methodsFrom', 'descriptions', 'errors', 'botForbidden', 'disallowed'];

/** Checks a parsed manifest; paths stay as written (relative to the manifest). */
export function parseManifest(data: unknown, file: string): BundleManifest {
  const root = expectObject(data, file, '', 'a bundle manifest object');
  for (const key of Object.keys(root)) {
    if (!MANIFEST_KEYS.includes(key)) {
      throw new InputError(`${file}: unknown manifest key ${JSON.stringify(key)} (expected one of: ${MANIFEST_KEYS.join(', ')})`);
    }
  }
  if (!('bundle' in root)) throw new InputError(`${file}: expected a "bundle" key (the manifest version, 1)`);
  if (root.bundle !== 1) {
    throw new InputError(`${file}: unknown bundle version ${JSON.stringify(root.bundle)} (expected "bundle": 1)`);
  }
  const name = expectString(root.name, file, 'name');
  const layer = root.layer === undefined || root.layer === null ? null : expectInteger(root.layer, file, 'layer');
  const schemas = expectStringArray(root.schemas, file, 'schemas', 'a non-empty array of .tl file paths');
  if (schemas.length === 0) throw shapeError(file, 'schemas', 'a non-empty array of .tl file paths', schemas);
  let methodsFrom: string[] | null = null;
  if (root.methodsFrom !== undefined) {
    methodsFrom = expectStringArray(root.methodsFrom, file, 'methodsFrom');
    methodsFrom.forEach((m, k) => {
      if (!schemas.includes(m)) {
        throw new InputError(`${file}: expected methodsFrom[${k}] to be one of the "schemas" files, got ${JSON.stringify(m)}`);
      }
    });
  }
  const source = <F extends string>(key: string, formats: readonly F[]): { format: F; file: string; obj: JsonObject } | null => {
    const v = root[key];
    if (v === undefined || v === null) return null;
    const obj = expectObject(v, file, key, '{ "format": …, "file": … }');
    const format = expectString(obj.format, file, `${key}.format`, `a format name (${formats.join(', ')})`);
    if (!(formats as readonly string[]).includes(format)) {
      throw new InputError(`${file}: unknown format ${JSON.stringify(format)} at ${key}.format (expected ${formats.map((f) => JSON.stringify(f)).join(' or ')})`);
    }
    return { format: format as F, file: expectString(obj.file, file, `${key}.file`, 'a file path'), obj };
  };
  const desc = source('descriptions', ['madeline-lang'] as const);
  const err = source('errors', ERROR_FORMATS);
  let codeOrder: number[] = [];
  if (err && err.obj.codeOrder !== undefined) {
    const list = err.obj.codeOrder;
    if (!Array.isArray(list)) throw shapeError(file, 'errors.codeOrder', 'an array of integer error codes', list);
    codeOrder = list.map((c, k) => expectInteger(c, file, `errors.codeOrder[${k}]`, 'an integer error code'));
  }
  const bot = source('botForbidden', ['method-list'] as const);
  const dis = source('disallowed', ['method-message-map'] as const);
  return {
    bundle: 1,
    name,
    layer,
    schemas,
    methodsFrom,
    descriptions: desc && { format: desc.format, file: desc.file },
    errors: err && { format: err.format, file: err.file, codeOrder },
    botForbidden: bot && { format: bot.format, file: bot.file },
    disallowed: dis && { format: dis.format, file: dis.file },
  };
}

/** Loads a bundle manifest and everything it names; the result is validated and frozen. */
export async function loadBundle(manifestPath: string): Promise<SchemaModel> {
  return loadBundleParsed(await readJson(manifestPath), manifestPath);
}

/** Like loadBundle, for a manifest already parsed from `manifestPath`. */
export async function loadBundleParsed(manifestData: unknown, manifestPath: string): Promise<SchemaModel> {
  const manifest = parseManifest(manifestData, manifestPath);
  const dir = dirname(manifestPath);
  const abs = (p: string) => resolve(dir, p);
  // A file the manifest names that is not there is the manifest's mistake: say where it is named.
  const named: [string, string][] = [
    ...manifest.schemas.map((p, i) => [`schemas[${i}]`, p] as [string, string]),
    ...(['descriptions', 'errors', 'botForbidden', 'disallowed'] as const).flatMap((k) => (manifest[k] ? [[`${k}.file`, manifest[k]!.file] as [string, string]] : [])),
  ];
  for (const [key, p] of named) {
    if (!existsSync(abs(p))) throw new InputError(`${manifestPath}: ${key} names ${JSON.stringify(p)}, which does not exist (${abs(p)})`);
  }

  const schemaFiles = await Promise.all(manifest.schemas.map(async (p) => ({ path: abs(p), text: await readText(abs(p)) })));
  const model = modelFromTl(schemaFiles, manifest.methodsFrom ? { methodsFrom: manifest.methodsFrom.map(abs) } : {});
  const layer = manifest.layer ?? model.layer;
  const methods = new Map(model.methods.map((m) => [m.name, m]));
  for (const m of model.methods) m.layer = layer;

  if (manifest.descriptions) {
    const path = abs(manifest.descriptions.file);
    applyDescriptions(model, readMadelineLang(await readJson(path), path));
  }

  const user = new Set<string>();
  const bot = new Set<string>();
  let usabilityData = false;
  if (manifest.errors) {
    const path = abs(manifest.errors.file);
    const data = readErrors(await readJson(path), path, manifest.errors.format);
    applyErrors(methods, data, manifest.errors.codeOrder);
    if (data.userOnly || data.botOnly) usabilityData = true;
    for (const m of data.userOnly ?? []) user.add(m);
    for (const m of data.botOnly ?? []) bot.add(m);
  }
  if (manifest.botForbidden) {
    const path = abs(manifest.botForbidden.file);
    usabilityData = true;
    for (const m of readMethodList(await readJson(path), path)) user.add(m);
  }
  if (usabilityData) {
    for (const m of model.methods) m.usability = usability(user.has(m.name), bot.has(m.name));
  }

  if (manifest.disallowed) {
    const path = abs(manifest.disallowed.file);
    const map = readMessageMap(await readJson(path), path);
    for (const [key, message] of Object.entries(map)) {
      const note = key.startsWith('__');
      const m = methods.get(note ? key.slice(2) : key);
      if (!m) continue;
      if (note) m.note = message;
      else m.disallowed = message;
    }
  }

  return validateSchemaModel({ ...model, source: manifestPath, layer }, manifestPath);
}

function usability(userOnly: boolean, botOnly: boolean): Usability {
  if (userOnly && botOnly) return 'unknown';
  if (userOnly) return 'user';
  if (botOnly) return 'bot';
  return 'both';
}

// ---- descriptions (madeline-lang) ----

interface LangStyle {
  /** Keys keep the flag predicate (`flags.5?true`). */
  readonly predicate: boolean;
  /** How `Vector<T>` is spelled: as is, HTML-escaped, or the 2018 builder's `Vector t`. */
  readonly vector: 'raw' | 'escaped' | 'vector-t';
}

interface MadelineLang {
  readonly strings: ReadonlyMap<string, string>;
  readonly style: LangStyle;
}

export function readMadelineLang(data: unknown, file: string): MadelineLang {
  const root = expectObject(data, file, '', 'an object of description strings');
  const strings = new Map<string, string>();
  let predicate = false;
  let escaped = false;
  let vectorT = false;
  for (const [key, value] of Object.entries(root)) {
    if (!key.startsWith('method_') && !key.startsWith('object_')) continue;
    strings.set(key, expectString(value, file, jsonPath('', key), 'a description string'));
    const t = key.indexOf('_type_');
    if (t < 0) continue;
    if (/_type_flags\d*\.\d+\?/.test(key)) predicate = true;
    if (key.includes('&lt;')) escaped = true;
    if (key.endsWith('_type_Vector t') || key.endsWith('_type_vector')) vectorT = true;
  }
  return { strings, style: { predicate, vector: vectorT ? 'vector-t' : escaped ? 'escaped' : 'raw' } };
}

/** The TL type of a parameter as the description file spells it in its keys. */
export function langTypeKey(p: Pick<ParamModel, 'type' | 'flag'>, style: LangStyle): string {
  let type = p.type;
  if (style.vector === 'vector-t') {
    if (type.startsWith('Vector<')) type = 'Vector t';
    else if (type.startsWith('vector<')) type = 'vector';
  } else if (style.vector === 'escaped') {
    type = type.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  if (style.predicate && p.flag) type = `${p.flag.field}.${p.flag.bit}?${type}`;
  return type;
}

function applyDescriptions(model: SchemaModel, lang: MadelineLang): void {
  const get = (key: string) => lang.strings.get(key) ?? '';
  const fill = (prefix: string, params: ParamModel[]) => {
    for (const p of params) p.description = get(`${prefix}_param_${p.name}_type_${langTypeKey(p, lang.style)}`);
  };
  // Every `method_<name>_param_<param>_type_<type>` key, grouped by method (types hold no `_type_`).
  const documented = new Map<string, { name: string; type: string; description: string }[]>();
  for (const [key, description] of lang.strings) {
    const param = key.indexOf('_param_');
    const type = key.lastIndexOf('_type_');
    if (!key.startsWith('method_') || param < 0 || type < param) continue;
    const method = key.slice('method_'.length, param);
    const list = documented.get(method) ?? [];
    list.push({ name: key.slice(param + '_param_'.length, type), type: key.slice(type + '_type_'.length), description });
    documented.set(method, list);
  }
  for (const m of model.methods) {
    m.description = get(`method_${m.name}`);
    fill(`method_${m.name}`, m.params);
    m.documentedParams = documented.get(m.name) ?? [];
  }
  for (const c of model.constructors) {
    c.description = get(`object_${c.name}`);
    fill(`object_${c.name}`, c.params);
  }
}

// ---- errors ----

interface ErrorData {
  /** method → (code → error names in data order). */
  readonly byMethod: Map<string, Map<number, string[]>>;
  readonly description: (name: string) => string;
  readonly userOnly: readonly string[] | null;
  readonly botOnly: readonly string[] | null;
}

function codeKey(key: string, file: string, path: string): number {
  if (!/^-?\d+$/.test(key)) throw new InputError(`${file}: expected an integer error code as key at ${path}, got ${JSON.stringify(key)}`);
  return Number(key);
}

function add(byMethod: ErrorData['byMethod'], method: string, code: number, name: string): void {
  let codes = byMethod.get(method);
  if (!codes) byMethod.set(method, (codes = new Map()));
  let names = codes.get(code);
  if (!names) codes.set(code, (names = []));
  if (!names.includes(name)) names.push(name);
}

/** `{code: {ERROR: [method, …]}}` (rpcdb v4 `result`, core `errors`). */
function readCodeErrorMethods(v: unknown, file: string, path: string, byMethod: ErrorData['byMethod']): void {
  const codes = expectObject(v, file, path, 'an object {code: {ERROR: [method, …]}}');
  for (const [codeStr, errors] of Object.entries(codes)) {
    const code = codeKey(codeStr, file, path);
    const p = jsonPath(path, codeStr);
    for (const [name, methods] of Object.entries(expectObject(errors, file, p, 'an object {ERROR: [method, …]}'))) {
      for (const m of expectStringArray(methods, file, jsonPath(p, name), 'an array of method names')) add(byMethod, m, code, name);
    }
  }
}

function optionalList(root: JsonObject, key: string, file: string): string[] | null {
  return root[key] === undefined ? null : expectStringArray(root[key], file, key, 'an array of method names');
}

export function readErrors(data: unknown, file: string, format: ErrorFormat): ErrorData {
  const byMethod: ErrorData['byMethod'] = new Map();
  switch (format) {
    case 'pwrtelegram-rpc': {
      const root = expectObject(data, file, '', 'a pwrtelegram-rpc object {"human_result": …, "result": …}');
      const result = expectObject(root.result, file, 'result', 'an object {code: {method: [ERROR, …]}}');
      for (const [codeStr, methods] of Object.entries(result)) {
        const code = codeKey(codeStr, file, 'result');
        const p = jsonPath('result', codeStr);
        for (const [m, names] of Object.entries(expectObject(methods, file, p, 'an object {method: [ERROR, …]}'))) {
          for (const name of expectStringArray(names, file, jsonPath(p, m), 'an array of error names')) add(byMethod, m, code, name);
        }
      }
      const human = expectObject(root.human_result ?? {}, file, 'human_result', 'an object {ERROR: [description, …]}');
      for (const [k, v] of Object.entries(human)) expectStringArray(v, file, jsonPath('human_result', k), 'an array of descriptions');
      return { byMethod, description: (n) => (human[n] as string[] | undefined)?.[0] ?? '', userOnly: null, botOnly: null };
    }
    case 'rpcdb-v4': {
      const root = expectObject(data, file, '', 'an rpcdb-v4 object {"ok": true, "result": …, "human_result": …}');
      readCodeErrorMethods(root.result, file, 'result', byMethod);
      const human = stringMap(root.human_result ?? {}, file, 'human_result');
      return { byMethod, description: (n) => human.get(n) ?? '', userOnly: null, botOnly: null };
    }
    case 'rpcdb-core': {
      const root = expectObject(data, file, '', 'an rpcdb-core object {"errors": …, "descriptions": …}');
      readCodeErrorMethods(root.errors, file, 'errors', byMethod);
      const desc = stringMap(root.descriptions ?? {}, file, 'descriptions');
      return {
        byMethod,
        description: (n) => desc.get(n) ?? '',
        userOnly: optionalList(root, 'user_only', file),
        botOnly: optionalList(root, 'bot_only', file),
      };
    }
  }
}

function stringMap(v: unknown, file: string, path: string): Map<string, string> {
  const obj = expectObject(v, file, path, 'an object {ERROR: description}');
  const out = new Map<string, string>();
  for (const [k, s] of Object.entries(obj)) out.set(k, expectString(s, file, jsonPath(path, k), 'a description string'));
  return out;
}

/** Codes in `codeOrder` first, in that order; the rest ascending. */
export function orderCodes(codes: Iterable<number>, codeOrder: readonly number[]): number[] {
  const rank = (c: number) => {
    const k = codeOrder.indexOf(c);
    return k < 0 ? codeOrder.length : k;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b) || a - b);
}

function applyErrors(methods: ReadonlyMap<string, MethodModel>, data: ErrorData, codeOrder: readonly number[]): void {
  for (const [name, codes] of data.byMethod) {
    const m = methods.get(name);
    if (!m) continue;
    const errors: ErrorModel[] = [];
    for (const code of orderCodes(codes.keys(), codeOrder)) {
      for (const e of codes.get(code)!) errors.push({ code, name: e, description: data.description(e) });
    }
    m.errors = errors;
  }
}

// ---- usability and blacklist ----

export function readMethodList(data: unknown, file: string): string[] {
  if (Array.isArray(data)) return expectStringArray(data, file, '', 'an array of method names');
  if (isObject(data) && 'result' in data) return expectStringArray(data.result, file, 'result', 'an array of method names');
  throw shapeError(file, '', 'a method-list (an array of method names, or {"ok": true, "result": [...]})', data);
}

export function readMessageMap(data: unknown, file: string): Record<string, string> {
  const obj = expectObject(data, file, '', 'a method-message-map object {method: message}');
  for (const [k, v] of Object.entries(obj)) expectString(v, file, jsonPath('', k), 'a message string');
  return obj as Record<string, string>;
}
