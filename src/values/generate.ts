/**
 * Builds the example call of a method: one language-neutral value tree that every target prints.
 * Abstract types recurse into the constructor a user would send (constructors.ts); past a depth limit, or when a
 * type is already being built (a cycle), the cheapest constructor is used so the tree always ends.
 */
import type { ConstructorModel, MethodModel, ParamModel } from '../model/types.js';
import { lookup, type SchemaLookup } from '../model/lookup.js';
import type { SchemaModel } from '../model/types.js';
import { parseTypeRef, printTypeRef, type TypeRef } from '../model/typeref.js';
import { InputError } from '../errors.js';
import {
  FILE_TYPES, PEER_TYPES, exampleBytes, exampleDouble, exampleFile, exampleInt, exampleLong,
  examplePeer, exampleString, isAutoParam,
} from './examples.js';
import { coerceSetValue } from './coerce.js';
import { COMPAT_ENTRIES, TYPE_OVERRIDES, choosable } from './constructors.js';
import { meaningfulConstructorFields, meaningfulMethodParams } from './meaningful.js';
import type { CallValues, Field, Slot, Value, ValueOptions } from './types.js';
import { deepFreeze } from '../model/freeze.js';

/** Constructors nest at most this deep before the generator looks for the shortest way out. */
export const MAX_DEPTH = 3;

interface Ctx {
  readonly schema: SchemaLookup;
  readonly opts: ValueOptions;
  readonly stack: string[];
}

/** The example call of `method` under `opts`; `--set` overrides are validated against its parameters. */
export function buildCall(schema: SchemaModel, method: MethodModel, opts: ValueOptions): CallValues {
  const ctx: Ctx = { schema: lookup(schema), opts, stack: [] };
  checkSetNames(method, opts.set);
  const args: Field[] = [];
  const meaningful = wantsMeaningful(opts) ? meaningfulMethodParams(method.name, method.params) : [];
  for (const param of method.params) {
    const raw = Object.hasOwn(opts.set, param.name) ? opts.set[param.name] : undefined;
    if (raw !== undefined) {
      args.push({ name: param.name, tlType: param.type, value: coerceSetValue(ctx.schema, param, raw, buildValue) });
      continue;
    }
    if (!includeParam(param, 'top', opts, meaningful)) continue;
    args.push({ name: param.name, tlType: param.type, value: paramValue(ctx, param, method.name) });
  }
  return deepFreeze({ method: method.name, args });
}

function checkSetNames(method: MethodModel, set: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(set)) {
    const param = method.params.find((p) => p.name === name);
    if (!param) {
      const names = method.params.filter((p) => p.type !== '#').map((p) => p.name);
      throw new InputError(
        `--set ${name}: ${method.name} has no parameter "${name}"` +
          (names.length ? `; its parameters are: ${names.join(', ')}` : '; it takes no parameters'),
      );
    }
    if (param.type === '#') {
      throw new InputError(`--set ${name}: "${name}" is the flags field, computed from the other parameters; it cannot be set`);
    }
    if (isAutoParam(param.name, param.type)) {
      throw new InputError(`--set ${name}: the libraries fill ${name} in themselves (a fresh random value for every call, which is how Telegram tells retries from new requests); it cannot be set`);
    }
  }
}

/** Realistic examples with `--flags none` add what makes a call do something (meaningful.ts). */
const wantsMeaningful = (opts: ValueOptions) => opts.mode === 'realistic' && opts.flags === 'none';

/** Whether a parameter appears in the example at all; `meaningful`: optional ones shown all the same. */
function includeParam(param: ParamModel, slot: Slot, opts: ValueOptions, meaningful: readonly string[] = []): boolean {
  if (param.type === '#') return false;
  if (slot === 'top' && isAutoParam(param.name, param.type)) return false;
  if (param.flag && opts.flags === 'none') return meaningful.includes(param.name);
  return true;
}

function paramValue(ctx: Ctx, param: ParamModel, owner: string): Value {
  if (ctx.opts.mode === 'placeholder') return { kind: 'placeholder', tlType: param.type };
  return buildValue(ctx.schema, param.type, param.name, ctx.stack, ctx.opts, owner);
}

/**
 * A realistic value for a slot of TL type `tlType` named `name`. Exported for `--set` coercion,
 * which fills the fields a user's JSON constructor leaves out.
 */
export function buildValue(
  schema: SchemaLookup,
  tlType: string,
  name: string,
  stack: string[],
  opts: ValueOptions,
  owner = '',
): Value {
  return valueOf({ schema, opts, stack }, parseTypeRef(tlType), name, owner);
}

function valueOf(ctx: Ctx, t: TypeRef, name: string, owner = ''): Value {
  switch (t.kind) {
    case 'flags':
      throw new Error('a flags field has no value');
    case 'vector': {
      const of = printTypeRef(t.of);
      // Past the depth limit a vector ends the recursion by being empty.
      const items = ctx.stack.length >= MAX_DEPTH ? [] : [valueOf(ctx, t.of, name, owner)];
      return { kind: 'vector', of, items };
    }
    case 'query':
      return queryValue(ctx);
    case 'named':
      return namedValue(ctx, t.name, name, owner);
  }
}

function namedValue(ctx: Ctx, type: string, name: string, owner: string): Value {
  switch (type) {
    case 'int':
      return { kind: 'int', value: name === 'layer' && ctx.schema.schema.layer ? ctx.schema.schema.layer : exampleInt(name, owner) };
    case 'int53':
    case 'long':
      return { kind: 'long', value: exampleLong(name, owner) };
    case 'double':
      return { kind: 'double', value: exampleDouble(name) };
    case 'string':
      return { kind: 'string', value: exampleString(name, owner) };
    case 'bytes':
    case 'int128':
    case 'int256':
      return { kind: 'bytes', value: exampleBytes(type), tlType: type };
    case 'Bool':
    case 'true':
      return { kind: 'bool', value: true };
  }
  if (PEER_TYPES.has(type)) return { kind: 'peer', ref: examplePeer(name, type), tlType: type };
  if (FILE_TYPES.has(type)) return { kind: 'file', path: exampleFile(name), tlType: type };
  // A bare type written with a lower-case constructor name (`%message`, `vector<%dcOption>`).
  const direct = ctx.schema.constructorByName(type);
  const constructors = direct ? [direct] : ctx.schema.constructorsOf(type);
  if (constructors.length === 0) {
    throw new InputError(`cannot build an example value for type "${type}" (parameter "${name}"): the schema has no constructor of it`);
  }
  const chosen = chooseConstructor(ctx, type, constructors);
  return objectValue(ctx, chosen, type);
}

function objectValue(ctx: Ctx, c: ConstructorModel, type: string): Value {
  ctx.stack.push(type);
  try {
    const fields: Field[] = [];
    const meaningful = wantsMeaningful(ctx.opts) ? meaningfulConstructorFields(c.name, c.params) : [];
    for (const p of c.params) {
      if (!includeParam(p, 'nested', ctx.opts, meaningful)) continue;
      fields.push({ name: p.name, tlType: p.type, value: valueOf(ctx, parseTypeRef(p.type), p.name, c.name) });
    }
    return { kind: 'object', constructor: c.name, type, isMethod: false, arity: c.params.length, fields };
  } finally {
    ctx.stack.pop();
  }
}

/**
 * The constructor a user would send (constructors.ts: the rule and its overrides); the cheapest one
 * past the depth limit or inside a cycle. Entries the layer does not have are never chosen.
 */
function chooseConstructor(ctx: Ctx, type: string, constructors: readonly ConstructorModel[]): ConstructorModel {
  const mainOnly = constructors.filter((c) => c.secretLayer === null);
  const all = mainOnly.length ? mainOnly : latestSecretLayer(constructors);
  const inLayer = all.filter((c) => !COMPAT_ENTRIES.has(c.name));
  const pool = inLayer.length ? inLayer : all;
  if (ctx.stack.length < MAX_DEPTH && !ctx.stack.includes(type)) {
    const override = TYPE_OVERRIDES[type] && pool.find((c) => c.name === TYPE_OVERRIDES[type]!.constructor);
    return override ?? pool.find((c) => choosable(c.name)) ?? pool[0]!;
  }
  let best = pool[0]!;
  let bestCost = Infinity;
  for (const c of pool) {
    const cost = terminalCost(ctx, c);
    if (cost < bestCost) [best, bestCost] = [c, cost];
  }
  return best;
}

/** For secret-chat types, only the newest layer's version of each constructor. */
function latestSecretLayer(constructors: readonly ConstructorModel[]): ConstructorModel[] {
  const newest = new Map<string, ConstructorModel>();
  for (const c of constructors) {
    const prev = newest.get(c.name);
    if (!prev || (c.secretLayer ?? 0) > (prev.secretLayer ?? 0)) newest.set(c.name, c);
  }
  return [...newest.values()];
}

/** How many required fields would need another constructor: the fewer, the sooner the tree ends. */
function terminalCost(ctx: Ctx, c: ConstructorModel): number {
  let cost = 0;
  for (const p of c.params) {
    if (!includeParam(p, 'nested', ctx.opts)) continue;
    const t = parseTypeRef(p.type);
    if (t.kind === 'named' && needsConstructor(t.name)) cost += ctx.stack.includes(t.name) ? 100 : 1;
    if (t.kind === 'query') cost += 1;
  }
  return cost;
}

function needsConstructor(type: string): boolean {
  return !['int', 'int53', 'long', 'double', 'string', 'bytes', 'int128', 'int256', 'Bool', 'true'].includes(type) &&
    !PEER_TYPES.has(type) && !FILE_TYPES.has(type);
}

/** `!X` parameters wrap another call: the simplest one, `help.getConfig`, when the schema has it. */
function queryValue(ctx: Ctx): Value {
  const schema = ctx.schema;
  const inner = schema.method('help.getConfig') ??
    schema.schema.methods.find((m) => m.generics.length === 0 && m.params.every((p) => p.flag || p.type === '#'));
  if (!inner) throw new InputError('cannot build an example query: the schema has no method without parameters');
  return { kind: 'object', constructor: inner.name, type: inner.returns, isMethod: true, arity: inner.params.length, fields: [] };
}
