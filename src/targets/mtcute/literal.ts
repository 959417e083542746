/**
 * TypeScript literals for mtcute's raw API (`tg.call({ _: "ns.method", … })`), strict-TS correct
 * against @mtcute/tl's generated typings and sent as meant by its writer:
 *  - constructors are plain objects `{ _: "tlName", camelCaseField: … }` (never a `flags` key);
 *  - long → `Long.ZERO` / `Long.fromString("…")` (a number or bigint is a type error), except the
 *    fields mtcute marks `int53`, which take a plain number (see int53.ts);
 *  - bytes → `new TextEncoder().encode("…")` for text, else `new Uint8Array([…])`;
 *  - peers are resolved first (`await tg.resolvePeer("durov")`, resolveUser, resolveChannel,
 *    `{ _: "inputPeerSelf" }`): mtcute resolves no string by itself, at any depth;
 *  - files are uploaded first: `(await tg.uploadFile({ file: "photo.jpg" })).inputFile`;
 *  - a long `random_id` is `randomLong()`: mtcute does not fill it in, at any depth.
 * Layout follows prettier's printer for the same expressions (object properties choose prettier's
 * assignment layouts), so prettier leaves the output unchanged.
 */
import type { ParamModel } from '../../model/types.js';
import type { Field, Value } from '../../values/types.js';
import { isAutoParam } from '../../values/examples.js';
import { decodeUtf8, placeholderName } from '../common.js';
import { UnrepresentableError, assertWellFormed } from '../helpers.js';
import { fill, group, huggedArguments, ifBreak, indent, indentIfBreak, join, line, softline, type Doc } from '../doc.js';
import { tsNumber, tsString } from '../js-literal.js';
import { isInt53 } from './int53.js';

/** What a printed call needs imported. */
export interface MtNeeds {
  long: boolean;
  randomLong: boolean;
}

export const newNeeds = (): MtNeeds => ({ long: false, randomLong: false });

/** What printing one snippet shares: what it needs imported, and the TL definitions it prints. */
export interface MtContext {
  readonly needs: MtNeeds;
  /** The parameters of a constructor or method of the snippet's layer (for its flag groups), if known. */
  readonly paramsOf?: (owner: string, isMethod: boolean) => readonly ParamModel[] | undefined;
}

/**
 * mtcute's field names (its code generator's snakeToCamel): an underscore followed by a letter or
 * digit is dropped and the character upper-cased, except at the start or after another underscore.
 * `max_id` → `maxId`, `g_a_hash` → `gAHash`, `srp_B` → `srpB`; `A` and `M1` stay.
 */
export function mtField(name: string): string {
  return name.replace(/(?<!^|_)_([a-z0-9])/gi, (_m, c: string) => c.toUpperCase());
}

/** Object keys are identifiers when they can be (mtcute's field names always can). */
const mtKey = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name));

/**
 * How prettier lays out `key: value` for this value (its chooseLayout for object properties):
 * `never` keeps the value on the key's line, `break-after` moves all of it to the next line when
 * it does not fit, `fluid` moves it only when not even its first line fits.
 */
type Layout = 'never' | 'break-after' | 'fluid';

interface Printed {
  readonly doc: Doc;
  readonly layout: Layout;
  /** A number literal (signed or not): arrays of only these are printed "concisely" (filled). */
  readonly number?: boolean;
  /** An object literal's property count (prettier breaks arrays of 2+ objects with 2+ properties). */
  readonly properties?: number;
}

/** prettier: a lone call argument this short keeps `x.f(arg)` a "short chain" (break-after layout). */
const SHORT_ARGUMENT = 80 * 0.25;

/** The context of one value: the field it fills (for int53 and random_id) and what it needs. */
interface Slot {
  readonly ctx: MtContext;
  /** The TL field is `int53` in mtcute's schema: numbers, not Longs (vector items included). */
  readonly int53: boolean;
  /** `owner.field`, for messages. */
  readonly where: string;
}

const TWO_32 = 2 ** 32;

/**
 * Whether mtcute's int53 writer (`TlBinaryWriter.int53`, float arithmetic on a JS number) sends
 * `v` unchanged. It does not for a negative multiple of 2^32, nor for some negatives near -2^53.
 */
export function int53Exact(v: bigint): boolean {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) return false;
  const low = n % TWO_32 | 0;
  const high = n < 0 ? (n / TWO_32 - 1) | 0 : (n / TWO_32) | 0;
  return BigInt(high) * BigInt(TWO_32) + BigInt(low >>> 0) === v;
}

function numberDoc(text: string): Printed {
  // A negative number is a unary expression: prettier's "fluid" layout, not "never-break".
  return { doc: text, layout: text.startsWith('-') ? 'fluid' : 'never', number: true };
}

function longDoc(v: bigint, slot: Slot): Printed {
  if (slot.int53) {
    if (!int53Exact(v)) {
      throw new UnrepresentableError(
        `mtcute types ${slot.where} as int53 (a JS number), and its writer cannot send ${v} exactly: only integers within ±(2^53−1) that are not negative multiples of 2^32 arrive as given`,
      );
    }
    return numberDoc(tsNumber(Number(v)));
  }
  slot.ctx.needs.long = true;
  if (v === 0n) return { doc: 'Long.ZERO', layout: 'break-after' };
  const s = tsString(String(v));
  return { doc: ['Long.fromString', huggedArguments([s], false)], layout: s.length <= SHORT_ARGUMENT ? 'break-after' : 'fluid' };
}

function bytesDoc(v: Extract<Value, { kind: 'bytes' }>): Printed {
  const text = v.tlType === 'bytes' ? decodeUtf8(v.value) : undefined;
  if (text !== undefined && !/[\x00-\x08\x0b-\x1f\x7f]/.test(text)) {
    return { doc: ['new TextEncoder().encode', huggedArguments([tsString(text)], false)], layout: 'fluid' };
  }
  // int128/int256 are fixed-size Uint8Arrays in mtcute, like bytes.
  return { doc: ['new Uint8Array', huggedArguments([numberArray([...v.value].map((b) => String(b)))], true)], layout: 'fluid' };
}

/** prettier's "concisely printed" array of numbers: filled, as many per line as fit. */
function numberArray(items: readonly Doc[]): Doc {
  if (items.length === 0) return '[]';
  const id = Symbol('array');
  const parts: Doc[] = [];
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    parts.push([item, last ? ifBreak(',', '', { groupId: id }) : ',']);
    if (!last) parts.push(line);
  });
  return group(['[', indent([softline, fill(parts)]), softline, ']'], { id });
}

function vectorDoc(items: readonly Printed[]): Printed {
  if (items.length === 0) return { doc: '[]', layout: 'fluid' };
  if (items.every((i) => i.number)) return { doc: numberArray(items.map((i) => i.doc)), layout: 'fluid' };
  // prettier breaks an array of two or more objects that each have more than one property.
  const shouldBreak = items.length > 1 && items.every((i) => (i.properties ?? 0) > 1);
  return {
    doc: group(['[', indent([softline, join([',', line], items.map((i) => i.doc))]), ifBreak(','), softline, ']'], { shouldBreak }),
    layout: 'fluid',
  };
}

/** `await tg.method(arg)`: a short lone argument makes it a short chain (break-after layout). */
function awaitCall(method: string, arg: Doc, argIsShort: boolean): Printed {
  return { doc: ['await ', `tg.${method}`, huggedArguments([arg], false)], layout: argIsShort ? 'break-after' : 'fluid' };
}

const SELF: Readonly<Record<string, string>> = { InputPeer: 'inputPeerSelf', InputUser: 'inputUserSelf' };
const RESOLVE: Readonly<Record<string, string>> = { InputPeer: 'resolvePeer', InputUser: 'resolveUser', InputChannel: 'resolveChannel' };

/**
 * A peer, resolved the way mtcute takes it: `me` is the self constructor; a username (`@durov`,
 * `durov`, `t.me/durov`) goes through resolvePeer/resolveUser/resolveChannel; a bot-API ID is a
 * number (resolved from mtcute's peer cache, or by ID). (A `+phone` ref is read as an ID by --set.)
 */
export function peerDoc(ref: string | bigint, tlType: string): Printed {
  const resolve = RESOLVE[tlType];
  if (!resolve) throw new Error(`mtcute: ${tlType} is not a peer type`);
  if (typeof ref === 'bigint') {
    const n = Number(ref);
    if (!Number.isSafeInteger(n)) throw new UnrepresentableError(`mtcute cannot resolve the peer ID ${ref}: its peer IDs are JS numbers (within ±2^53)`);
    return awaitCall(resolve, tsNumber(n), true);
  }
  const s = ref.trim();
  if (s === 'me' || s === 'self') {
    const self = SELF[tlType];
    if (!self) throw new UnrepresentableError(`mtcute cannot send "${s}" as an ${tlType}: the current user is not a channel`);
    return { doc: objectLiteral([underscore(self)]), layout: 'fluid', properties: 1 };
  }
  const link = /^(?:https?:\/\/)?t\.me\/(.*?)\/?$/.exec(s);
  const username = link ? link[1]! : s.replace(/^@/, '');
  if (!/^[A-Za-z][A-Za-z0-9_]{2,31}$/.test(username)) {
    throw new UnrepresentableError(
      `mtcute cannot resolve ${JSON.stringify(s)} to a peer: it resolves usernames (only t.me/<username> links name one; an invite link must be joined or checked first)`,
    );
  }
  const arg = tsString(username);
  return awaitCall(resolve, arg, arg.length <= SHORT_ARGUMENT);
}

/** `(await tg.uploadFile({ file: "photo.jpg" })).inputFile`: uploadFile returns an UploadedFile. */
function fileDoc(path: string): Printed {
  assertWellFormed(path, 'mtcute', 'a file path');
  const upload = ['await ', 'tg.uploadFile', huggedArguments([objectLiteral([property('file', { doc: tsString(path), layout: 'break-after' })])], true)];
  return { doc: ['(', group([indent([softline, upload]), softline]), ').inputFile'], layout: 'fluid' };
}

function randomLongDoc(tlType: string, count: number, needs: MtNeeds): Printed {
  needs.randomLong = true;
  const one: Printed = { doc: 'randomLong()', layout: 'break-after' };
  return tlType === 'long' ? one : vectorDoc(Array.from({ length: Math.max(1, count) }, () => one));
}

/** A long `random_id` (or one per message for Vector<long>): mtcute requires it and fills nothing in. */
export function randomIdDoc(tlType: string, siblings: readonly Field[], needs: MtNeeds): Printed {
  const ids = siblings.find((f) => f.name === 'id')?.value;
  return randomLongDoc(tlType, ids?.kind === 'vector' ? ids.items.length : 1, needs);
}

export function valueDoc(v: Value, slot: Slot): Printed {
  switch (v.kind) {
    case 'int':
    case 'double':
      return numberDoc(tsNumber(v.value));
    case 'long':
      return longDoc(v.value, slot);
    case 'string':
      // mtcute's writer encodes strings as UTF-8: a lone surrogate would arrive as U+FFFD.
      assertWellFormed(v.value, 'mtcute');
      return { doc: tsString(v.value), layout: 'break-after' };
    case 'bytes':
      return bytesDoc(v);
    case 'bool':
      return { doc: v.value ? 'true' : 'false', layout: 'never' };
    case 'vector':
      return vectorDoc(v.items.map((i) => valueDoc(i, slot)));
    case 'object':
      return objectDoc(v.constructor, v.fields, slot.ctx, slot.ctx.paramsOf?.(v.constructor, v.isMethod));
    case 'peer':
      return peerDoc(v.ref, v.tlType);
    case 'file':
      return fileDoc(v.path);
    case 'placeholder': {
      const name = placeholderName(v.tlType, (inner) => `[${inner}]`);
      return { doc: name, layout: 'fluid' };
    }
  }
}

const underscore = (name: string): Doc => ['_: ', tsString(name)];

/** `{ _: "name", field: value, … }`; `owner` is the TL constructor or method the fields belong to. */
export function objectDoc(owner: string, fields: readonly Field[], ctx: MtContext, params?: readonly ParamModel[]): Printed {
  return { doc: objectLiteral([underscore(owner), ...fieldDocs(owner, fields, ctx, params)]), layout: 'fluid', properties: 1 + fields.length };
}

/** The properties of `owner`'s fields; a long random_id becomes randomLong(). */
export function fieldDocs(
  owner: string,
  fields: readonly Field[],
  ctx: MtContext,
  params?: readonly ParamModel[],
  mark: (index: number, doc: Doc) => Doc = (_i, doc) => doc,
): Doc[] {
  if (params) checkFlagGroups(owner, fields, params);
  return fields.map((f, i) => {
    const printed =
      f.name === 'random_id' && isAutoParam(f.name, f.tlType)
        ? randomIdDoc(f.tlType, fields, ctx.needs)
        : valueDoc(f.value, { ctx, int53: isInt53(owner, f.name), where: `${owner}.${f.name}` });
    return property(mtField(f.name), { ...printed, doc: mark(i, printed.doc) });
  });
}

/**
 * mtcute's writer sets a flag bit when any field on it is given, then writes every value field on
 * that bit: one left out is written as `undefined` (a crash, or a silent 0). TL means the fields
 * of one bit to go together (channels.createChannel's geo_point and address), so a call that
 * gives only some of them is refused.
 */
function checkFlagGroups(owner: string, fields: readonly Field[], params: readonly ParamModel[]): void {
  const given = (p: ParamModel) => {
    const f = fields.find((x) => x.name === p.name);
    return f !== undefined && !(p.type === 'true' && f.value.kind === 'bool' && !f.value.value);
  };
  for (const p of params) {
    if (!p.flag || !given(p)) continue;
    const missing = params.find((q) => q.flag && q.flag.field === p.flag!.field && q.flag.bit === p.flag!.bit && q.type !== 'true' && !given(q));
    if (missing) {
      throw new UnrepresentableError(
        `mtcute cannot send ${owner}.${p.name} without ${missing.name}: both are on ${p.flag.field}.${p.flag.bit}, and its writer writes every field of a set flag (set ${missing.name} too)`,
      );
    }
  }
}

export function objectLiteral(props: readonly Doc[]): Doc {
  return group(['{', indent([line, join([',', line], [...props])]), ifBreak(','), line, '}']);
}

/** prettier's tabWidth for TypeScript, and how much wider than it a key must be to break after it. */
const TAB_WIDTH = 2;
const MIN_OVERLAP_FOR_BREAK = 3;

/** `key: value` in prettier's assignment layout for the value; a short key never breaks. */
export function property(name: string, value: Printed): Doc {
  const key = mtKey(name);
  if (key.length < TAB_WIDTH + MIN_OVERLAP_FOR_BREAK || value.layout === 'never') return [key, ': ', value.doc];
  if (value.layout === 'break-after') return group([key, ':', group(indent([line, value.doc]))]);
  const id = Symbol('property');
  return group([key, ':', group(indent(line), { id }), indentIfBreak(value.doc, { groupId: id })]);
}
