/** Example values: realistic and placeholder modes, the depth limit, and --set coercion. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import { lookup } from '../src/model/lookup.js';
import type { SchemaModel } from '../src/model/types.js';
import { buildCall, MAX_DEPTH } from '../src/values/generate.js';
import { parseSetArgument } from '../src/values/coerce.js';
import type { CallValues, Value, ValueOptions } from '../src/values/types.js';

let schema: SchemaModel;
beforeAll(async () => {
  schema = await loadSchema(undefined);
});

const opts = (o: Partial<ValueOptions> = {}): ValueOptions => ({ mode: 'realistic', flags: 'none', set: {}, ...o });
const call = (name: string, o: Partial<ValueOptions> = {}): CallValues => buildCall(schema, lookup(schema).method(name)!, opts(o));
const arg = (c: CallValues, name: string): Value => c.args.find((a) => a.name === name)!.value;

function depth(v: Value): number {
  if (v.kind === 'object') return 1 + Math.max(0, ...v.fields.map((f) => depth(f.value)));
  if (v.kind === 'vector') return Math.max(0, ...v.items.map(depth));
  return 0;
}

describe('realistic values', () => {
  it('are chosen by name and type', () => {
    const c = call('photos.getUserPhotos');
    expect(c.args.map((a) => a.name)).toEqual(['user_id', 'offset', 'max_id', 'limit']);
    expect(arg(c, 'user_id')).toEqual({ kind: 'peer', ref: '@durov', tlType: 'InputUser' });
    expect(arg(c, 'limit')).toEqual({ kind: 'int', value: 10 });
    expect(arg(c, 'max_id')).toEqual({ kind: 'long', value: 0n });
    expect(arg(call('channels.getParticipants'), 'channel')).toMatchObject({ kind: 'peer', ref: '@telegram' });
  });
  it('omit flags, flags fields and the auto-generated random_id unless asked', () => {
    const c = call('messages.sendMessage');
    expect(c.args.map((a) => a.name)).toEqual(['peer', 'message']);
    const all = call('messages.sendMessage', { flags: 'all' });
    expect(all.args.map((a) => a.name)).toContain('silent');
    expect(all.args.map((a) => a.name)).not.toContain('random_id');
    expect(all.args.map((a) => a.name)).not.toContain('flags');
    expect(arg(all, 'silent')).toEqual({ kind: 'bool', value: true });
  });
  it('recurse into the first constructor that is not Empty/Unknown, and keep nested random_id', () => {
    expect(arg(call('messages.sendMedia'), 'media')).toMatchObject({ kind: 'object', constructor: 'inputMediaUploadedPhoto' });
    const multi = arg(call('messages.sendMultiMedia'), 'multi_media');
    expect(multi.kind === 'vector' && multi.items[0]!.kind === 'object' && multi.items[0]!.fields.map((f) => f.name)).toContain('random_id');
  });
  it('wrap a query parameter (!X) around help.getConfig', () => {
    expect(arg(call('invokeWithLayer'), 'query')).toMatchObject({ kind: 'object', constructor: 'help.getConfig', isMethod: true });
    expect(arg(call('invokeWithLayer'), 'layer')).toEqual({ kind: 'int', value: schema.layer });
  });
  it('always end: every method of the layer, every flag set, stays within the depth limit', () => {
    for (const m of schema.methods) {
      const c = buildCall(schema, m, opts({ flags: 'all' }));
      for (const a of c.args) expect(depth(a.value), `${m.name}.${a.name}`).toBeLessThanOrEqual(MAX_DEPTH + 1);
    }
  });
  it('are deterministic and frozen', () => {
    expect(call('messages.sendMessage', { flags: 'all' })).toEqual(call('messages.sendMessage', { flags: 'all' }));
    const c = call('photos.getUserPhotos');
    expect(Object.isFrozen(c) && Object.isFrozen(c.args) && Object.isFrozen(c.args[0])).toBe(true);
  });
});

describe('placeholder values', () => {
  it('stand in with the TL type name', () => {
    const c = call('photos.getUserPhotos', { mode: 'placeholder' });
    expect(c.args.map((a) => a.value)).toEqual([
      { kind: 'placeholder', tlType: 'InputUser' },
      { kind: 'placeholder', tlType: 'int' },
      { kind: 'placeholder', tlType: 'long' },
      { kind: 'placeholder', tlType: 'int' },
    ]);
  });
});

describe('--set', () => {
  const set = (name: string, value: string, method = 'photos.getUserPhotos') => call(method, { set: { [name]: value } });

  it('parses name=value, keeping = inside the value', () => {
    expect(parseSetArgument('message=a=b')).toEqual(['message', 'a=b']);
    expect(() => parseSetArgument('message')).toThrow('--set expects name=value, got "message"');
  });
  it('coerces by TL type', () => {
    expect(arg(set('limit', '50'), 'limit')).toEqual({ kind: 'int', value: 50 });
    expect(arg(set('max_id', '-9223372036854775808'), 'max_id')).toEqual({ kind: 'long', value: -(2n ** 63n) });
    expect(arg(set('user_id', 'me'), 'user_id')).toEqual({ kind: 'peer', ref: 'me', tlType: 'InputUser' });
    expect(arg(set('user_id', '-1001234567890'), 'user_id')).toEqual({ kind: 'peer', ref: -1001234567890n, tlType: 'InputUser' });
    expect(arg(set('silent', 'true', 'messages.sendMessage'), 'silent')).toEqual({ kind: 'bool', value: true });
    expect(arg(set('id', '[1,2,3]', 'messages.forwardMessages'), 'id')).toEqual({
      kind: 'vector', of: 'int', items: [1, 2, 3].map((value) => ({ kind: 'int', value })),
    });
  });
  it('fills the fields a JSON constructor leaves out and checks the ones it names', () => {
    const v = arg(set('media', '{"_":"inputMediaGeoPoint"}', 'messages.sendMedia'), 'media');
    expect(v).toMatchObject({ kind: 'object', constructor: 'inputMediaGeoPoint', fields: [{ name: 'geo_point' }] });
    expect(() => set('media', '{"_":"inputMediaGeoPoint","nope":1}', 'messages.sendMedia')).toThrow(
      'media: constructor inputMediaGeoPoint has no field "nope"',
    );
    expect(() => set('media', '{"_":"inputPeerSelf"}', 'messages.sendMedia')).toThrow(/media expects a constructor of InputMedia in "_"/);
  });
  it('gives one clear message for a value of the wrong type', () => {
    expect(() => set('limit', 'abc')).toThrow('limit expects int, got "abc"');
    expect(() => set('limit', '2147483648')).toThrow('limit expects int (-2147483648 to 2147483647), got "2147483648"');
    expect(() => set('max_id', '1.5')).toThrow('max_id expects long, got "1.5"');
    expect(() => set('max_id', '9223372036854775808')).toThrow(/max_id expects long \(a signed 64-bit integer\)/);
    expect(() => set('silent', 'maybe', 'messages.sendMessage')).toThrow('silent expects true (true or false), got "maybe"');
    expect(() => set('id', '1,2', 'messages.forwardMessages')).toThrow(/id expects Vector<int> as JSON/);
    expect(() => set('user_id', 'not a peer!')).toThrow(/user_id expects InputUser/);
    expect(() => set('bytes', 'a\udc00', 'upload.saveFilePart')).toThrow(/bytes expects bytes \(text that is valid Unicode/);
  });
  it('names the parameters when one does not exist, and refuses computed ones', () => {
    expect(() => set('foo', '1')).toThrow('--set foo: photos.getUserPhotos has no parameter "foo"; its parameters are: user_id, offset, max_id, limit');
    expect(() => set('flags', '1', 'messages.sendMessage')).toThrow(/flags field, computed/);
  });
});
