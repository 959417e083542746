/**
 * The telethon target's literals and names. Every literal printer is also checked against CPython
 * itself (one /usr/bin/python3 process reads them all back with ast.literal_eval) when it is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup } from '../../../src/model/lookup.js';
import { targetInfo } from '../../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { UnrepresentableError } from '../../../src/targets/helpers.js';
import { splitMarked } from '../../../src/targets/markers.js';
import { BUNDLE_MODERN, HAS_SHARED } from '../../shared.js';
import { littleEndianSigned, PY_KEYWORDS, pyArgName, pyBytes, pyFloat, pyString, telethonClass } from '../../../src/targets/telethon/literal.js';

const PYTHON = '/usr/bin/python3';
const HAS_PYTHON = existsSync(PYTHON);
if (!HAS_PYTHON) console.warn(`[tlsnip telethon] ${PYTHON} is absent: literals are not read back by CPython.`);

/**
 * What CPython reads each literal as: strings as JSON strings (lone surrogates cannot occur: they
 * are refused), bytes as hex, numbers as repr().
 */
function pythonReads(literals: readonly string[]): unknown[] {
  const script = `
import ast, json, sys
out = []
for lit in json.load(sys.stdin):
    v = ast.literal_eval(lit)
    out.append({"s": v} if isinstance(v, str) else {"b": v.hex()} if isinstance(v, bytes) else {"r": repr(v)})
sys.stdout.write(json.dumps(out))
`;
  const r = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(literals), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as unknown[];
}

describe('names, as Telethon generates them', () => {
  it('classes: functions get a Request suffix, _x becomes X, other underscores go', () => {
    expect(telethonClass('messages.sendMessage', true)).toBe('functions.messages.SendMessageRequest');
    expect(telethonClass('invokeWithLayer', true)).toBe('functions.InvokeWithLayerRequest');
    expect(telethonClass('inputPeerUser', false)).toBe('types.InputPeerUser');
    expect(telethonClass('inputCheckPasswordSRP', false)).toBe('types.InputCheckPasswordSRP');
    expect(telethonClass('messages.stickerSet', false)).toBe('types.messages.StickerSet');
    expect(telethonClass('ns.get_user_info', true)).toBe('functions.ns.GetUserInfoRequest');
    expect(telethonClass('a_B_c', false)).toBe('types.ABC');
  });

  it('arguments: self → is_self, from → from_, any other keyword likewise; builtins stay', () => {
    expect(pyArgName('self')).toBe('is_self');
    expect(pyArgName('from')).toBe('from_');
    expect(pyArgName('global')).toBe('global_');
    for (const name of ['type', 'id', 'hash', 'min', 'max', 'format', 'list', 'srp_B', 'M1']) expect(pyArgName(name)).toBe(name);
  });
});

describe('literals', () => {
  it('strings: double quotes unless the text holds more of them; controls escaped, text kept', () => {
    expect(pyString('Hello there!')).toBe('"Hello there!"');
    expect(pyString(`it's`)).toBe(`"it's"`);
    expect(pyString(`say "hi"`)).toBe(`'say "hi"'`);
    expect(pyString(`"it's"`)).toBe(`'"it\\'s"'`);
    expect(pyString('a\\b\n\r\t\0\x7f\x85')).toBe('"a\\\\b\\n\\r\\t\\x00\\x7f\\x85"');
    expect(pyString('\u2028\u2029\u202e')).toBe('"\\u2028\\u2029\\u202e"');
    expect(pyString('é 😀 ✓')).toBe('"é 😀 ✓"');
    expect(pyString('{x} %s \\N{BULLET}')).toBe('"{x} %s \\\\N{BULLET}"');
  });

  it('a lone surrogate is refused: Telethon sends str as UTF-8', () => {
    expect(() => pyString('a\ud800')).toThrow(UnrepresentableError);
    expect(() => pyString('a\udc00b')).toThrow(/telethon cannot represent a string containing a lone surrogate \(U\+DC00\)/);
  });

  it('bytes: printable ASCII as it is, every other byte as \\xNN', () => {
    expect(pyBytes(new TextEncoder().encode('arbitrary data here'))).toBe('b"arbitrary data here"');
    expect(pyBytes(Uint8Array.from([0, 0x22, 0x5c, 0x7f, 0xff, 0x0a]))).toBe(`b'\\x00"\\\\\\x7f\\xff\\n'`);
    expect(pyBytes(new Uint8Array())).toBe('b""');
  });

  it('doubles read back as the same double; integral ones stay floats', () => {
    expect([7.13, 5, -0, 1e21, 1.5e-7, 0.1 + 0.2, -41.9028].map(pyFloat)).toEqual(['7.13', '5.0', '-0.0', '1e21', '1.5e-7', '0.30000000000000004', '-41.9028']);
    expect(() => pyFloat(NaN)).toThrow();
  });

  it('int128/int256 are the int Telethon writes back as those little-endian signed bytes', () => {
    expect(littleEndianSigned(Uint8Array.from([1, 0]))).toBe(1n);
    expect(littleEndianSigned(Uint8Array.from([0xff, 0xff]))).toBe(-1n);
    expect(littleEndianSigned(Uint8Array.from({ length: 16 }, (_, i) => i))).toBe(0x0f0e0d0c0b0a09080706050403020100n);
  });

  it.skipIf(!HAS_PYTHON)(`the keywords renamed are exactly CPython's keyword.kwlist${HAS_PYTHON ? '' : ' (skipped: no python3)'}`, () => {
    const r = spawnSync(PYTHON, ['-c', 'import json, keyword; print(json.dumps(keyword.kwlist))'], { encoding: 'utf8' });
    expect([...PY_KEYWORDS].sort()).toEqual((JSON.parse(r.stdout) as string[]).sort());
  });

  it.skipIf(!HAS_PYTHON)(`CPython reads every string and bytes literal back as exactly its value${HAS_PYTHON ? '' : ' (skipped: no python3)'}`, () => {
    const strings = fc.sample(fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => s.isWellFormed()), 300);
    const bytes = fc.sample(fc.uint8Array({ maxLength: 12 }), 200);
    const floats = fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), 200);
    const read = pythonReads([...strings.map(pyString), ...bytes.map(pyBytes), ...floats.map(pyFloat)]);
    expect(read.slice(0, strings.length)).toEqual(strings.map((s) => ({ s })));
    expect(read.slice(strings.length, strings.length + bytes.length)).toEqual(bytes.map((b) => ({ b: Buffer.from(b).toString('hex') })));
    // repr() is the shortest text that reads back as the double: the same digits JS prints.
    const reprs = read.slice(strings.length + bytes.length).map((r) => Number((r as { r: string }).r));
    expect(reprs.map((x) => (Object.is(x, -0) ? '-0' : String(x)))).toEqual(floats.map((x) => (Object.is(x, -0) ? '-0' : String(x))));
  });
});

describe('snippets', () => {
  const render = async (method: string, opts: { flags?: 'none' | 'all'; set?: Record<string, string>; boilerplate?: boolean; markArguments?: boolean; schema?: string } = {}) => {
    const schema = await loadSchema(opts.schema);
    const values = { mode: 'realistic' as const, flags: opts.flags ?? 'none', set: opts.set ?? {} };
    const render = { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: opts.boilerplate ?? false, markArguments: opts.markArguments };
    const o = { ...DEFAULT_SNIPPET_OPTIONS, values, render };
    const m = lookup(schema).method(method)!;
    const [s] = renderMethod(await prepareTargets([targetInfo('telethon')!], o), schema, m, methodCall(schema, m, values), o).snippets;
    // Editor markers (combining marks) are no Python: the plain snippet is checked.
    if (!opts.markArguments) expect(s!.valid, s!.code).toBe(true);
    return s!.code;
  };

  it('is the statement alone without boilerplate, at column 0, as black lays it out', async () => {
    expect(await render('photos.getUserPhotos')).toBe(
      'result = await client(\n    functions.photos.GetUserPhotosRequest(user_id="durov", offset=0, max_id=0, limit=10)\n)\n',
    );
    expect(await render('help.getConfig')).toBe('result = await client(functions.help.GetConfigRequest())\n');
  });

  it('resolves nested peers first, converting them for InputUser and InputChannel, and imports utils then', async () => {
    const code = await render('account.setPrivacy', { boilerplate: true, set: { rules: '[{"_":"inputPrivacyValueAllowUsers","users":["@durov"]}]' } });
    expect(code).toContain('utils.get_input_user(await client.get_input_entity("durov"))');
    expect(code).toContain('from telethon import TelegramClient, functions, types, utils\n');
    expect(await render('account.updateNotifySettings')).toContain('peer=types.InputNotifyPeer(peer=await client.get_input_entity("durov"))');
    expect(await render('photos.getUserPhotos', { boilerplate: true })).toContain('from telethon import TelegramClient, functions, types\n');
  });

  it.skipIf(!HAS_SHARED)('prints results as Telethon’s docs do: a Vector item by item, a Bool as it is, a TL object with stringify()', async () => {
    const modern = { schema: BUNDLE_MODERN, boilerplate: true };
    expect(await render('photos.getUserPhotos', modern)).toContain('        print(result.stringify())\n');
    expect(await render('account.updateStatus', modern)).toContain('        print(result)\n');
    expect(await render('users.getUsers', modern)).toContain('        for x in result:\n            print(x)\n');
    expect(await render('invokeWithLayer', modern)).toContain('        print(result)\n');
  });

  it('prints result.stringify() for an object, item by item for a list (the bundled schema records which is which)', async () => {
    expect(await render('users.getUsers', { boilerplate: true })).toContain('        for x in result:\n            print(x)\n');
    expect(await render('photos.getUserPhotos', { boilerplate: true })).toContain('        print(result.stringify())\n');
  });

  it('refuses parameters that share a flag bit given one without the other: Telethon sends all or none', async () => {
    await expect(render('channels.createChannel', { set: { address: 'Rome' } })).rejects.toThrow(
      /telethon cannot send channels\.createChannel with address but without geo_point: they share flags\.2/,
    );
    expect(await render('channels.createChannel', { set: { address: 'Rome', geo_point: '{"_":"inputGeoPoint","lat":41.9,"long":12.5}' } })).toContain('address="Rome"');
  });

  it('leaves random_id to Telethon at every depth, and bot-API IDs as ints', async () => {
    expect(await render('messages.sendMultiMedia', { flags: 'all' })).not.toMatch(/random_id/);
    expect(await render('photos.getUserPhotos', { set: { user_id: '-1001234567890' } })).toContain('user_id=-1001234567890');
  });

  it('marks each top-level argument for editors without changing the layout', async () => {
    const marked = await render('photos.getUserPhotos', { markArguments: true });
    const parts = splitMarked(marked).filter((p) => typeof p !== 'string');
    expect(parts.map((p) => (p as { text: string }).text)).toEqual(['"durov"', '0', '0', '10']);
    expect(splitMarked(marked).map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(await render('photos.getUserPhotos'));
  });

  it('is deterministic', async () => {
    expect(await render('messages.sendMedia', { flags: 'all', boilerplate: true })).toBe(await render('messages.sendMedia', { flags: 'all', boilerplate: true }));
  });
});
