/**
 * The mtcute target: its literal rules checked against mtcute's own generated code (field names
 * against its writer, the int53 table against its schema, the int53 range against its writer's
 * arithmetic), what it prints for each kind of value, and, over every method of every layer,
 * tree-sitter validity with and without boilerplate and prettier stability.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup } from '../../../src/model/lookup.js';
import type { SchemaModel } from '../../../src/model/types.js';
import { TARGETS, targetInfo } from '../../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type SnippetOptions } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { InputError } from '../../../src/errors.js';
import { int53Fields, parse as parseInt53, scan as scanInt53 } from '../../../src/targets/mtcute/int53.js';
import { int53Exact, mtField } from '../../../src/targets/mtcute/literal.js';
import { LAYERS } from '../../support/toolchain-cases.js';
import { mtcuteSchema } from '../../support/mtcute/schema.js';
import { HAS_MTCUTE } from '../../support/mtcute/available.js';

const require = createRequire(import.meta.url);
const mtcute = targetInfo('mtcute')!;
let schema: SchemaModel;

beforeAll(async () => {
  schema = await loadSchema(undefined);
});

interface RenderArgs {
  readonly set?: Record<string, string>;
  readonly flags?: 'none' | 'all';
  readonly boilerplate?: boolean;
  readonly layer?: SchemaModel;
}

/** One mtcute snippet; throws the tool's InputError when the target refuses a value. */
async function render(name: string, { set = {}, flags = 'none', boilerplate = false, layer = schema }: RenderArgs = {}): Promise<string> {
  const opts: SnippetOptions = {
    ...DEFAULT_SNIPPET_OPTIONS,
    values: { mode: 'realistic', flags, set },
    render: { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate },
  };
  const [prepared] = await prepareTargets([mtcute], opts);
  const method = lookup(layer).method(name)!;
  const r = renderMethod([prepared!], layer, method, methodCall(layer, method, opts.values), opts);
  if (!r.snippets[0]) throw new Error(`not shown: ${r.skipped[0]?.reason}`);
  expect(r.snippets[0].valid, r.snippets[0].code).toBe(true);
  return r.snippets[0].code;
}

describe('the mtcute target, as data', () => {
  it('declares exactly the typescript grammar of the ts target', () => {
    expect(mtcute.grammar).toEqual({ id: 'typescript', pkg: 'tree-sitter-typescript', file: 'tree-sitter-typescript.wasm', extensions: ['.ts'], fenceTags: ['ts', 'typescript'] });
    expect(mtcute.grammar).toEqual(targetInfo('ts')!.grammar);
    expect(mtcute).toMatchObject({ label: 'TypeScript (mtcute)', language: 'ts', sampleLang: 'TypeScript', extension: '.ts' });
    expect(mtcute.editor).toBeUndefined();
    expect(TARGETS).toContain(mtcute);
  });
});

describe('what mtcute’s own generated code says', () => {
  const api = mtcuteSchema();
  const writer = readFileSync(require.resolve('@mtcute/tl/binary/writer.js'), 'utf8');

  it('names every field as its writer reads it (snake_case → camelCase, srp_B → srpB, A and M1 kept)', () => {
    const names = new Set([...api.classes.values(), ...api.methods.values()].flatMap((e) => e.args.filter((a) => a.type !== '#').map((a) => a.name)));
    expect(names.size).toBeGreaterThan(1000);
    const unread = [...names].filter((n) => !writer.includes(`v.${mtField(n)}`) && !writer.includes(`'${mtField(n)}'`));
    expect(unread).toEqual([]);
    expect(['g_a_hash', 'srp_B', 'A', 'M1', 'md5_checksum', 'max_id'].map(mtField)).toEqual(['gAHash', 'srpB', 'A', 'M1', 'md5Checksum', 'maxId']);
  });

  it('types as int53 exactly the 212 fields its schema marks, which our model reads as long', () => {
    const marked = [...api.classes.values(), ...api.methods.values()].flatMap((e) => e.args.filter((a) => /int53/.test(a.type)).map((a) => `${e.name}.${a.name}`));
    expect(marked).toHaveLength(212);
    expect(marked.filter((k) => k.startsWith('mtcute.'))).toEqual(['mtcute.dummyUpdate.channel_id']);
    expect([...int53Fields()].sort()).toEqual(marked.sort());
    const model = lookup(schema);
    // mtcute's own pseudo-constructors (mtcute.dummyUpdate) are not Telegram API.
    for (const key of [...int53Fields()].filter((k) => !k.startsWith('mtcute.'))) {
      const dot = key.lastIndexOf('.');
      const owner = model.constructorByName(key.slice(0, dot)) ?? model.method(key.slice(0, dot));
      expect(owner?.params.find((p) => p.name === key.slice(dot + 1))?.type, key).toMatch(/^(long|Vector<long>)$/);
    }
  });

  it('reads the int53 table by a scan of the file that checks itself, and falls back to parsing it', () => {
    const text = readFileSync(require.resolve('@mtcute/tl/api-schema.json'), 'latin1');
    expect(scanInt53(text)).toEqual(parseInt53(text));
    // Keys in another order: the scan attributes nothing and says so; the parse still reads it.
    const reordered = '{"l":1,"e":[{"name":"inputPeerChat","kind":"class","id":1,"type":"InputPeer","arguments":[{"type":"int53","name":"chat_id"}]}]}';
    expect(scanInt53(reordered)).toBeUndefined();
    expect([...parseInt53(reordered)]).toEqual(['inputPeerChat.chat_id']);
  });

  it.skipIf(!HAS_MTCUTE)(`int53Exact is what its int53 writer sends unchanged (negative multiples of 2^32 are not)${HAS_MTCUTE ? '' : ' (skipped: @mtcute/node absent)'}`, async () => {
    const { TlBinaryWriter, __tlWriterMap } = (await import('@mtcute/node/utils.js')) as unknown as {
      TlBinaryWriter: { serializeObject(map: unknown, obj: unknown): Uint8Array };
      __tlWriterMap: unknown;
    };
    const sent = (v: bigint) => Buffer.from(TlBinaryWriter.serializeObject(__tlWriterMap, { _: 'inputPeerChat', chatId: Number(v) })).readBigInt64LE(4);
    const safe = fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n });
    const edges = fc.constantFrom(0n, -1n, -(2n ** 32n), -(2n ** 33n), -(2n ** 53n) + 1n, 2n ** 53n - 1n, -4156887774564n, 1234567890n);
    fc.assert(
      fc.property(fc.oneof(safe, edges), (v) => {
        expect(int53Exact(v), String(v)).toBe(sent(v) === v);
      }),
      { numRuns: 500 },
    );
    expect(int53Exact(-(2n ** 32n))).toBe(false);
    expect(int53Exact(2n ** 53n)).toBe(false);
  });
});

describe('what the snippets say', () => {
  it('a call: tg.call with the TL name, camelCase fields, longs as Long, never a flags key', async () => {
    expect(await render('photos.getUserPhotos', { set: { max_id: '5' } })).toBe(
      'const result = await tg.call({\n  _: "photos.getUserPhotos",\n  userId: await tg.resolveUser("durov"),\n  offset: 0,\n  maxId: Long.fromString("5"),\n  limit: 10,\n});\n',
    );
    expect(await render('photos.getUserPhotos')).toContain('maxId: Long.ZERO,');
    expect(await render('messages.sendMessage', { flags: 'all' })).not.toMatch(/\bflags2?:/);
    expect(await render('help.getConfig')).toBe('const result = await tg.call({ _: "help.getConfig" });\n');
  });

  it('the whole program: imports of what it uses, the client, start(), handleClientUpdate for Updates', async () => {
    const photos = await render('photos.getUserPhotos', { boilerplate: true });
    expect(photos).toMatch(/^import \{ TelegramClient, Long \} from "@mtcute\/node";\n\nconst tg = new TelegramClient\(\{\n  apiId: Number\(process\.env\.TG_API_ID\),\n  apiHash: process\.env\.TG_API_HASH \?\? "",\n  storage: "session\.sqlite",\n\}\);\nawait tg\.start\(\);\n\nconst result = /);
    expect(photos).toMatch(/\}\);\nconsole\.log\(result\);\n$/);
    expect(photos).not.toContain('handleClientUpdate');
    const send = await render('messages.sendMessage', { boilerplate: true });
    expect(send).toContain('import { randomLong } from "@mtcute/node/utils.js";\n');
    expect(send).toMatch(/\}\);\ntg\.handleClientUpdate\(result\);\nconsole\.log\(result\);\n$/);
    expect(await render('help.getConfig', { boilerplate: true })).toMatch(/^import \{ TelegramClient \} from "@mtcute\/node";\n\n/);
  });

  it('int53 fields take numbers; a value mtcute’s writer cannot send exactly is refused', async () => {
    expect(await render('messages.getFullChat')).toContain('chatId: 1234567890');
    expect(await render('messages.getFullChat', { set: { chat_id: '9007199254740991' } })).toContain('chatId: 9007199254740991');
    for (const v of ['9007199254740992', '-4294967296']) {
      await expect(render('messages.getFullChat', { set: { chat_id: v } })).rejects.toThrow(/cannot send .* exactly/);
      await expect(render('messages.getFullChat', { set: { chat_id: v } })).rejects.toBeInstanceOf(InputError);
    }
  });

  it('bytes: text as TextEncoder, anything else (and int256) as a Uint8Array', async () => {
    expect(await render('upload.saveFilePart')).toContain('bytes: new TextEncoder().encode("arbitrary data here"),');
    expect(await render('upload.saveFilePart', { set: { bytes: 'a\u0001b' } })).toContain('bytes: new Uint8Array([97, 1, 98]),');
    expect(await render('phone.joinGroupCall', { flags: 'all' })).toMatch(/publicKey: new Uint8Array\(\[\n\s+0, 1, 2, 3,[\d, \n]+31,\n\s+\]\),/);
  });

  it('peers are resolved first: me, usernames, t.me links, bot-API IDs', async () => {
    const peer = async (ref: string, method = 'messages.sendMessage', slot = 'peer') => /: (.*),\n/.exec((await render(method, { set: { [slot]: ref } })).split('\n').find((l) => l.includes(`${mtField(slot)}:`))! + '\n')?.[1];
    expect(await peer('me')).toBe('{ _: "inputPeerSelf" }');
    expect(await peer('self')).toBe('{ _: "inputPeerSelf" }');
    for (const ref of ['@durov', 'durov', 't.me/durov', 'https://t.me/durov']) expect(await peer(ref)).toBe('await tg.resolvePeer("durov")');
    expect(await peer('+15555550123')).toBe('await tg.resolvePeer(15555550123)'); // --set reads +phone as an ID
    expect(await peer('-1001234567890')).toBe('await tg.resolvePeer(-1001234567890)');
    expect(await peer('me', 'photos.getUserPhotos', 'user_id')).toBe('{ _: "inputUserSelf" }');
    expect(await peer('@telegram', 'channels.joinChannel', 'channel')).toBe('await tg.resolveChannel("telegram")');
    await expect(render('channels.joinChannel', { set: { channel: 'me' } })).rejects.toThrow(/cannot send "me" as an InputChannel/);
    await expect(render('messages.sendMessage', { set: { peer: 't.me/joinchat/AbCdEf' } })).rejects.toThrow(/only t\.me\/<username> links name one/);
    await expect(render('messages.sendMessage', { set: { peer: '-9223372036854775808' } })).rejects.toThrow(/peer IDs are JS numbers/);
  });

  it('files are uploaded first: (await tg.uploadFile({ file })).inputFile', async () => {
    expect(await render('messages.sendMedia')).toContain('    file: (await tg.uploadFile({ file: "photo.jpg" })).inputFile,\n');
  });

  it('a long random_id is randomLong(), at the top (one per message) and nested', async () => {
    expect(await render('messages.sendMessage')).toContain('  randomId: randomLong(),\n');
    expect(await render('messages.forwardMessages', { set: { id: '[1,2,3]' } })).toMatch(/randomId: \[randomLong\(\), randomLong\(\), randomLong\(\)\],/);
    expect(await render('messages.sendMultiMedia')).toMatch(/_: "inputSingleMedia",[\s\S]*randomId: randomLong\(\),/);
    // Not so a random_id of another type: the ad's bytes ID of viewSponsoredMessage is the caller's.
    expect(await render('messages.viewSponsoredMessage')).toContain('randomId: new TextEncoder().encode(');
  });

  it('a call giving only some fields of one flag bit is refused (mtcute’s writer writes them all)', async () => {
    await expect(render('channels.createChannel', { set: { address: 'Rome' } })).rejects.toThrow(
      /mtcute cannot send channels\.createChannel\.address without geo_point: both are on flags\.2/,
    );
    const both = await render('channels.createChannel', { set: { address: 'Rome', geo_point: '{"_":"inputGeoPoint","lat":1,"long":2}' } });
    expect(both).toContain('geoPoint: { _: "inputGeoPoint", lat: 1, long: 2 },\n  address: "Rome",');
  });

  it('a string mtcute would send as UTF-8 with a replacement character is refused', async () => {
    await expect(render('messages.sendMessage', { set: { message: 'a\udc00' } })).rejects.toThrow(/lone surrogate \(U\+DC00\)/);
  });
});

describe('every method of every layer', () => {
  it('is shown, every one (example IDs of int53 fields fit in a JS number: test/values/constraints.test.ts)', async () => {
    for (const [label, path] of LAYERS) {
      const layer = await loadSchema(path);
      const opts = DEFAULT_SNIPPET_OPTIONS;
      const [prepared] = await prepareTargets([mtcute], opts);
      const skipped = layer.methods.flatMap((m) => {
        const r = renderMethod([prepared!], layer, m, methodCall(layer, m, opts.values), opts);
        return r.skipped.map((s) => `${m.name}: ${s.reason}`);
      });
      expect(skipped, label).toEqual([]);
    }
  });

  it('renders with zero tree-sitter errors without boilerplate, flags none and all (all-methods.test.ts covers boilerplate)', async () => {
    const invalid: string[] = [];
    for (const [label, path] of LAYERS) {
      const layer = await loadSchema(path);
      for (const flags of ['none', 'all'] as const) {
        const opts: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic', flags, set: {} }, render: { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: false } };
        const [prepared] = await prepareTargets([mtcute], opts);
        for (const m of layer.methods) {
          for (const s of renderMethod([prepared!], layer, m, methodCall(layer, m, opts.values), opts).snippets) {
            if (!s.valid) invalid.push(`${label} ${flags} ${m.name}: ${s.errors[0]?.message}`);
            if (!s.code.startsWith('const result = await tg.call({')) invalid.push(`${label} ${flags} ${m.name}: not one call statement`);
          }
        }
      }
    }
    expect(invalid.slice(0, 5)).toEqual([]);
  });

  it('prettier leaves every snippet of the bundled layer unchanged (flags none and all, with and without boilerplate)', async () => {
    const unstable: string[] = [];
    for (const flags of ['none', 'all'] as const) {
      for (const boilerplate of [true, false]) {
        const opts: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic', flags, set: {} }, render: { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate } };
        const [prepared] = await prepareTargets([mtcute], opts);
        for (const m of schema.methods) {
          for (const s of renderMethod([prepared!], schema, m, methodCall(schema, m, opts.values), opts).snippets) {
            const formatted = await prettier.format(s.code, { parser: 'typescript' });
            if (formatted !== s.code) unstable.push(`${m.name} (flags ${flags}, boilerplate ${boilerplate})\n--- ours\n${s.code}--- prettier\n${formatted}`);
          }
        }
      }
    }
    expect(unstable.slice(0, 2)).toEqual([]);
  }, 300_000);
});
