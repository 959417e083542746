/**
 * TypeScript literals for GramJS (`telegram`, and its drop-in fork `teleproto`), strict-TS correct:
 * long → `bigInt(…)` from big-integer (GramJS's BigInteger; a native bigint does not type-check),
 * bytes → `Buffer`, constructors → `new Api.Name({ camelCase: … })`. Top-level peers are strings
 * GramJS resolves; nested ones must be resolved first (`await client.getInputEntity(…)`).
 */
import type { Value } from '../../values/types.js';
import { decodeUtf8, placeholderName } from '../common.js';
import { group, indent, indentIfBreak, join, line, softline, ifBreak, conditionalGroup, type Doc } from '../doc.js';

/** What a printed value needs imported or in scope. */
export interface TsNeeds {
  bigInt: boolean;
  utils: boolean;
  upload: boolean;
}

export const newNeeds = (): TsNeeds => ({ bigInt: false, utils: false, upload: false });

export { tsNumber, tsString } from '../js-literal.js';
import { tsNumber, tsString } from '../js-literal.js';

export function tsBigInt(v: bigint, needs: TsNeeds): Doc {
  needs.bigInt = true;
  return tsCall('bigInt', [Number.isSafeInteger(Number(v)) ? String(v) : `"${v}"`]);
}

/** `callee(args)`, its arguments breakable as prettier prints them; a last object argument is hugged. */
export function tsCall(callee: Doc, args: readonly Doc[], hugLastObject = false): Doc {
  return [callee, callArgs(args, hugLastObject)];
}

/** GramJS's variableSnakeToCamelCase: `max_id` → `maxId`, `g_a_hash` → `gAHash`. */
export function camelField(name: string): string {
  return name.replace(/([-_][a-z])/g, (m) => m[1]!.toUpperCase());
}

/** GramJS's class name: `messages.stickerSet` → `Api.messages.StickerSet`. */
export function apiClass(tlName: string): string {
  const dot = tlName.lastIndexOf('.');
  const ns = dot >= 0 ? tlName.slice(0, dot + 1) : '';
  const base = tlName.slice(dot + 1).replace(/(?:^|_)([a-z])/g, (_m, c: string) => c.toUpperCase()).replace(/_/g, '');
  return `Api.${ns}${base}`;
}

/** Object keys are identifiers when they can be (GramJS field names always can). */
const tsKey = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name));

export function tsObject(props: readonly Doc[]): Doc {
  if (props.length === 0) return '{}';
  return group(['{', indent([line, join([',', line], [...props])]), ifBreak(','), line, '}']);
}

/**
 * `new X({ … })`: prettier hugs a sole object argument. GramJS classes of a combinator without
 * parameters take no argument; any parameter (even only flags) makes the args object required.
 */
export function tsNew(cls: string, props: readonly Doc[], arity: number): Doc {
  if (arity === 0) return `new ${cls}()`;
  const obj = tsObject(props);
  return ['new ', cls, callArgs([obj], true)];
}

/** Call arguments as prettier prints them; a last object argument is hugged. */
export function callArgs(args: readonly Doc[], hugLast: boolean): Doc {
  if (args.length === 0) return '()';
  const all = [...args];
  if (!hugLast) return group(['(', indent([softline, join([',', line], all)]), ifBreak(','), softline, ')']);
  const head = all.slice(0, -1);
  const last = all[all.length - 1]!;
  return conditionalGroup([
    ['(', join(', ', all), ')'],
    ['(', ...head.flatMap((a) => [a, ', ']), group(last, { shouldBreak: true }), ')'],
    group(['(', indent([line, join([',', line], all)]), ',', line, ')'], { shouldBreak: true }),
  ]);
}

function bytesDoc(v: Extract<Value, { kind: 'bytes' }>, needs: TsNeeds): Doc {
  if (v.tlType !== 'bytes') {
    // GramJS types int128/int256 as BigInteger, read little-endian and signed.
    let n = 0n;
    for (let i = v.value.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(v.value[i]!);
    const bits = BigInt(v.value.length * 8);
    if (n >= 1n << (bits - 1n)) n -= 1n << bits;
    return tsBigInt(n, needs);
  }
  const text = decodeUtf8(v.value);
  if (text !== undefined && !/[\x00-\x08\x0b-\x1f\x7f]/.test(text)) return tsCall('Buffer.from', [tsString(text)]);
  return tsCall('Buffer.from', [tsString(Buffer.from(v.value).toString('base64')), '"base64"']);
}

/** The peer as GramJS accepts it at the top level of a request: `"durov"`, `"me"`, a marked ID. */
export function peerLike(ref: string | bigint, needs: TsNeeds): Doc {
  if (typeof ref === 'bigint') return Number.isSafeInteger(Number(ref)) ? String(ref) : tsBigInt(ref, needs);
  return tsString(ref.replace(/^@/, ''));
}

/** A nested peer is not resolved by GramJS: resolve it first, and convert for InputUser/InputChannel. */
function nestedPeer(v: Extract<Value, { kind: 'peer' }>, needs: TsNeeds): Doc {
  const entity = ['await ', tsCall('client.getInputEntity', [peerLike(v.ref, needs)])];
  if (v.tlType === 'InputUser' || v.tlType === 'InputChannel') {
    needs.utils = true;
    return tsCall(`utils.get${v.tlType}`, [entity]);
  }
  return entity;
}

function fileDoc(path: string, needs: TsNeeds): Doc {
  needs.upload = true;
  const p = tsString(path);
  const size = [tsCall('fs.statSync', [p]), '.size'];
  return ['await ', tsCall('client.uploadFile', [tsObject([['file: ', 'new ', tsCall('CustomFile', [p, size, p])], 'workers: 1'])], true)];
}

export function tsValue(v: Value, needs: TsNeeds, top: boolean): Doc {
  switch (v.kind) {
    case 'int':
    case 'double':
      return tsNumber(v.value);
    case 'long':
      return tsBigInt(v.value, needs);
    case 'string':
      return tsString(v.value);
    case 'bytes':
      return bytesDoc(v, needs);
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'vector':
      return v.items.length === 0 ? '[]' : group(['[', indent([softline, join([',', line], v.items.map((i) => tsValue(i, needs, false)))]), ifBreak(','), softline, ']']);
    case 'object':
      return tsNew(apiClass(v.constructor), fieldsDoc(v.fields, needs), v.arity);
    case 'peer':
      return top ? peerLike(v.ref, needs) : nestedPeer(v, needs);
    case 'file':
      return fileDoc(v.path, needs);
    case 'placeholder':
      return placeholderName(v.tlType, (inner) => `[${inner}]`);
  }
}

export function fieldsDoc(
  fields: readonly { name: string; value: Value }[],
  needs: TsNeeds,
  top = false,
  mark: (index: number, doc: Doc) => Doc = (_i, doc) => doc,
): Doc[] {
  return fields.map((f, i) => property(tsKey(camelField(f.name)), f.value, mark(i, tsValue(f.value, needs, top))));
}

/** prettier's tabWidth for TypeScript, and how much wider than it a key must be to break after it. */
const TAB_WIDTH = 2;
const MIN_OVERLAP_FOR_BREAK = 3;

/**
 * `key: value` with prettier's assignment layouts: a short key never breaks after the colon; a
 * string value breaks after it ("break-after-operator"); other values are "fluid" (the value moves
 * to the next line only if even its first line would not fit).
 */
function property(key: string, v: Value, value: Doc): Doc {
  const shortKey = key.length < TAB_WIDTH + MIN_OVERLAP_FOR_BREAK;
  if (shortKey || v.kind === 'int' || v.kind === 'double' || v.kind === 'bool') return [key, ': ', value];
  if (v.kind === 'string') return group([key, ':', group(indent([line, value]))]);
  const id = Symbol('property');
  return group([key, ':', group(indent(line), { id }), indentIfBreak(value, { groupId: id })]);
}
