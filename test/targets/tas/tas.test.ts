/**
 * The tas target case by case: the session option, the JSON body as TelegramApiServer and
 * MadelineProto v8 read it (longs, bytes, int128, files, DataJSON, a top-level data), the layout,
 * the methods it cannot call, editor markers; and the PHP json_encode emulation against real PHP.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup } from '../../../src/model/lookup.js';
import type { MethodModel, SchemaModel } from '../../../src/model/types.js';
import { TARGETS } from '../../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type PreparedTarget } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { splitMarked } from '../../../src/targets/markers.js';
import { InputError } from '../../../src/errors.js';
import { UnrepresentableError } from '../../../src/targets/helpers.js';
import { sessionPath, TasSessionError } from '../../../src/targets/tas/session.js';
import { dataJsonNode, parseJson, phpJsonEncode, tasString, compact } from '../../../src/targets/tas/json.js';
import { tasUnavailable } from '../../../src/targets/tas/target.js';
import { HAS_PHP } from '../../support/stubs.js';
import { BUNDLE_MODERN, REPO, describeShared } from '../../shared.js';

/** The built CLI (npm test builds it first), as users run it. */
function tlsnip(args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'tlsnip.js'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let schema: SchemaModel;
let prepared: PreparedTarget[];

beforeAll(async () => {
  schema = await loadSchema(undefined);
  prepared = await prepareTargets(TARGETS.filter((t) => t.id === 'tas'), DEFAULT_SNIPPET_OPTIONS);
});

function render(method: string, o: { flags?: 'none' | 'all'; set?: Record<string, string>; session?: string; boilerplate?: boolean; mark?: boolean; on?: SchemaModel } = {}) {
  const s = o.on ?? schema;
  const m = lookup(s).method(method)!;
  const values = { mode: 'realistic' as const, flags: o.flags ?? 'none', set: o.set ?? {} };
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    values,
    render: { boilerplate: o.boilerplate ?? false, targetOptions: (o.session === undefined ? {} : { 'tas-session': o.session }) as Record<string, string>, markArguments: o.mark },
  };
  const r = renderMethod(prepared, s, m, methodCall(s, m, values), opts);
  if (r.skipped.length) return { skipped: r.skipped[0]!.reason };
  expect(r.snippets[0]!.errors).toEqual([]);
  return { code: r.snippets[0]!.code.trimEnd() };
}
const code = (method: string, o: Parameters<typeof render>[1] = {}) => {
  const r = render(method, o);
  if ('skipped' in r) throw new Error(r.skipped!);
  return r.code;
};
/** The JSON body of a one-command snippet, parsed (longs beyond 2^53 are not used here). */
const body = (c: string) => JSON.parse(/^curl --json '([\s\S]*)' http/.exec(c)![1]!.replace(/'\\''/g, "'")) as Record<string, unknown>;

describe('--tas-session', () => {
  it('is the path between /api/ and the method, slashes allowed', () => {
    expect(sessionPath('')).toBe('');
    expect(sessionPath('bot')).toBe('bot/');
    expect(sessionPath('users/xtrime')).toBe('users/xtrime/');
    expect(sessionPath('a.b_c~d-e/F9')).toBe('a.b_c~d-e/F9/');
    expect(code('help.getConfig', { session: 'users/xtrime' })).toBe('curl http://127.0.0.1:9503/api/users/xtrime/help.getConfig');
    expect(code('help.getConfig')).toBe('curl http://127.0.0.1:9503/api/help.getConfig');
  });

  it('refuses a name TelegramApiServer would not route to that session file, naming the option', () => {
    for (const bad of ['/a', 'a/', 'a//b', '..', 'a/../b', './a', 'a/.', 'a b', 'a%2Fb', 'ü', 'a?b', 'a#b', '$x', "a'b", 'x.madeline', '*', 'a\nb']) {
      expect(() => sessionPath(bad), bad).toThrow(TasSessionError);
      expect(() => sessionPath(bad), bad).toThrow(/^--tas-session /);
    }
    expect(new TasSessionError('x')).toBeInstanceOf(InputError);
  });

  it('is a CLI flag: a bad value exits 2 with the option named, nothing printed', () => {
    const bad = tlsnip(['snippet', 'help.getConfig', '--target', 'tas', '--tas-session', 'a/../b']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--tas-session "a\/\.\.\/b": it has a "\.\." segment/);
    const good = tlsnip(['snippet', 'help.getConfig', '--target', 'tas', '--tas-session', 'users/xtrime', '--no-boilerplate']);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe('curl http://127.0.0.1:9503/api/users/xtrime/help.getConfig\n');
  });
});

describe('the JSON body', () => {
  it('is one line when the command fits in 120 columns, else JSON.stringify(…, null, 2)', () => {
    expect(code('messages.sendMessage', { set: { message: 'Hi' } })).toBe(`curl --json '{"peer":"@durov","message":"Hi"}' http://127.0.0.1:9503/api/messages.sendMessage`);
    const long = code('messages.sendMedia');
    expect(long).toMatch(/^curl --json '\{\n  "peer": "@durov",\n/);
    expect(/^curl --json '([\s\S]*)' http/.exec(long)![1]).toBe(JSON.stringify(body(long), null, 2));
  });

  it('writes longs as exact JSON integers, the int64 extremes too', () => {
    const c = code('photos.getUserPhotos', { set: { max_id: '9223372036854775807', offset: '0' } });
    expect(c).toContain('"max_id": 9223372036854775807,');
    expect(code('photos.getUserPhotos', { set: { max_id: '-9223372036854775808' } })).toContain('"max_id": -9223372036854775808,');
  });

  it('writes bytes as {"_":"bytes"}, int128/int256 as base64 strings, files as LocalFile at any depth', () => {
    expect(body(code('upload.saveFilePart')).bytes).toEqual({ _: 'bytes', bytes: 'YXJiaXRyYXJ5IGRhdGEgaGVyZQ==' });
    const call = body(code('phone.joinGroupCall', { flags: 'all' }));
    expect(call.public_key).toBe(Buffer.from(Array.from({ length: 32 }, (_x, i) => i)).toString('base64'));
    expect(body(code('messages.sendMedia')).media).toEqual({ _: 'inputMediaUploadedPhoto', file: { _: 'LocalFile', file: 'photo.jpg' } });
    expect(body(code('account.uploadTheme')).file).toEqual({ _: 'LocalFile', file: 'photo.jpg' });
  });

  it('writes a DataJSON as its value (MadelineProto json_encodes it), and a top-level data as a plain string', () => {
    expect(body(code('bots.sendCustomRequest')).params).toEqual({ key: 'value' });
    const answer = body(code('messages.getBotCallbackAnswer', { flags: 'all' }));
    expect(answer.data).toBe('arbitrary data here');
  });

  it('leaves random_id and flags to MadelineProto', () => {
    const b = body(code('messages.sendMessage', { flags: 'all' }));
    expect(b).not.toHaveProperty('random_id');
    expect(b).not.toHaveProperty('flags');
  });

  it('escapes what a terminal would not show, keeps the rest readable, refuses lone surrogates', () => {
    expect(tasString('a\x7fb\u0085\u200e\u2028\u202e\ufeff')).toBe('"a\\u007fb\\u0085\\u200e\\u2028\\u202e\\ufeff"');
    expect(tasString('é 😀 \'"\\ \n\0')).toBe('"é 😀 \'\\"\\\\ \\n\\u0000"');
    expect(() => tasString('a\udc00')).toThrow(/tas cannot represent a string containing a lone surrogate \(U\+DC00\)/);
    const c = code('messages.sendMessage', { set: { message: "it's $HOME `x` \\" } });
    expect(c).toContain(`"message":"it'\\''s $HOME \`x\` \\\\"`);
  });

  it('refuses a DataJSON whose text PHP would re-encode differently, or a media object TelegramApiServer would build', () => {
    for (const text of ['{"a":1.5}', '{ "a": 1 }', '{}', '{"0":1}', '{"a":"/"}', '{"a":"é"}', '{"a":1,"a":2}', '1e3', '-0', 'nope', '{"a":"\\ud800"}', '{"f":{"_":"LocalFile","file":"x"}}', '18446744073709551616']) {
      expect(() => dataJsonNode(text, 'params'), text).toThrow(UnrepresentableError);
      expect(() => dataJsonNode(text, 'params'), text).toThrow(/^tas cannot send the DataJSON params /);
    }
    for (const text of ['{"a":1}', '[]', '[1,"a\\/b"]', '{"a":"\\u00e9"}', '{"1":0,"0":1}', 'null', '"x"', '{"a":{"b":[true,false,null]}}', '-9223372036854775808']) {
      expect(compact(dataJsonNode(text, 'params')), text).toBe(text.replace('\\/', '/').replace('\\u00e9', 'é'));
    }
    expect(() => code('bots.sendCustomRequest', { set: { params: '{"_":"dataJSON","data":"{\\"a\\": 1}"}' } })).toThrow(/tas cannot send the DataJSON params "\{\\"a\\": 1\}"/);
  });
});

describe('methods TelegramApiServer cannot call as written', () => {
  it('are those without a namespace, with a parameter named request, or with a data object', () => {
    const m = (name: string) => lookup(schema).method(name)!;
    expect(tasUnavailable(m('invokeWithLayer'))).toMatch(/MadelineProto v8 has none named invokeWithLayer/);
    expect(tasUnavailable(m('bots.answerWebhookJSONQuery'))).toMatch(/merges a data parameter .*\(DataJSON\)/);
    expect(tasUnavailable(m('messages.getBotCallbackAnswer'))).toBeNull();
    expect(tasUnavailable(m('messages.sendWebViewData'))).toBeNull();
    const fake = { ...m('help.getConfig'), name: 'help.fake', params: [{ name: 'request', type: 'string', flag: null }] } as unknown as MethodModel;
    expect(tasUnavailable(fake)).toMatch(/replaces the parameter "request"/);
    expect(render('invokeWithLayer')).toMatchObject({ skipped: expect.stringMatching(/^TelegramApiServer looks \/api\/invokeWithLayer up/) });
    const names = schema.methods.filter((x) => tasUnavailable(x)).map((x) => x.name);
    expect(names).toEqual([...schema.methods.filter((x) => !x.name.includes('.')).map((x) => x.name), 'bots.answerWebhookJSONQuery']);
  });
});

describe('snippets', () => {
  it('have a comment on the server with boilerplate, naming the session when there is one', () => {
    expect(code('help.getConfig', { boilerplate: true })).toBe(
      '# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started\n' +
        '# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.\n' +
        'curl http://127.0.0.1:9503/api/help.getConfig',
    );
    expect(code('help.getConfig', { boilerplate: true, session: 'users/xtrime' })).toContain('php server.php --session=users/xtrime (the session file is sessions/users/xtrime.madeline)');
  });

  it('mark each top-level argument for editor snippets, the layout unchanged', () => {
    const plain = code('messages.sendMessage', { flags: 'all' });
    const marked = code('messages.sendMessage', { flags: 'all', mark: true });
    const parts = splitMarked(marked);
    expect(parts.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(plain);
    const args = parts.filter((p) => typeof p !== 'string');
    expect(args.map((a) => a.index)).toEqual(args.map((_a, i) => i));
    expect(args[8]!.text).toBe('"@durov"');
  });

  it('are deterministic', () => {
    expect(code('messages.sendMessage', { flags: 'all' })).toBe(code('messages.sendMessage', { flags: 'all' }));
  });
});

describeShared('MadelineProto refusals', () => {
  it('show as comments', async () => {
    const modern = await loadSchema(BUNDLE_MODERN);
    const c = code('upload.saveFilePart', { on: modern });
    expect(c).toMatch(/^# MadelineProto refuses to call upload\.saveFilePart directly: /);
  });
});

describe.skipIf(!HAS_PHP)(`PHP's json_encode(json_decode(…, true)), emulated${HAS_PHP ? '' : ' (skipped: php-cli absent)'}`, () => {
  it('agrees with php-cli on fixed and generated JSON texts, or refuses (floats only)', () => {
    const fixed = ['{"a":1}', '[]', '{}', '{"0":1}', '{"1":0,"0":1}', '{"-5":1,"-0":2,"01":3}', '{"a":1,"a":2}', '"\\u00e9/é\\ud83d\\ude00\\b\\f\\u001f\\u007f\\u0000"', '-0', '9223372036854775807', '-9223372036854775808', '{"a":[{"b":null}]}'];
    const generated = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 200, seed: 42 }).map((v) => JSON.stringify(v));
    const texts = [...fixed, ...generated].filter((t) => t !== undefined);
    const ours = texts.map((t) => {
      try {
        return phpJsonEncode(parseJson(t));
      } catch (e) {
        return `!${(e as Error).message}`;
      }
    });
    const php = spawnSync('php', ['-r', 'foreach (json_decode(stream_get_contents(STDIN), true) as $t) echo json_encode(json_decode($t, true)), "\\n";'], { input: JSON.stringify(texts), encoding: 'utf8' });
    const theirs = php.stdout.split('\n');
    let compared = 0;
    texts.forEach((t, i) => {
      if (ours[i]!.startsWith('!')) return expect(ours[i], t).toMatch(/as a float/);
      compared++;
      expect(ours[i], t).toBe(theirs[i]);
    });
    expect(compared).toBeGreaterThan(100);
  });
});
