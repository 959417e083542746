import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { langTypeKey, loadBundle, orderCodes } from '../../src/loaders/bundle.js';
import { REPO } from '../shared.js';

const MINI = join(REPO, 'test/fixtures/loaders/mini');
const method = (m: Awaited<ReturnType<typeof loadBundle>>, name: string) => {
  const found = m.methods.find((x) => x.name === name);
  if (!found) throw new Error(`no method ${name}`);
  return found;
};

describe('loadBundle: 2018 style (pwrtelegram-rpc, codeOrder, method-list, disallowed)', async () => {
  const path = join(MINI, 'bundle-2018.json');
  const m = await loadBundle(path);

  it('takes the layer from the manifest and the source is the manifest path', () => {
    expect(m.layer).toBe(75);
    expect(m.source).toBe(path);
    expect(m.methods.every((x) => x.layer === 75)).toBe(true);
  });

  it('takes methods from methodsFrom and constructors from every schema', () => {
    expect(m.methods).toHaveLength(8);
    expect(m.constructors.filter((c) => c.secretLayer !== null).map((c) => [c.name, c.secretLayer])).toEqual([
      ['decryptedMessageMediaEmpty', 8],
      ['photoSizeEmpty', 8],
      ['decryptedMessageMediaEmpty', 17],
    ]);
  });

  it('finds descriptions under the 2018 spelling (no predicate, `Vector t`) and only for the exact type', () => {
    const send = method(m, 'messages.sendMessage');
    expect(send.description).toBe('Send a message');
    expect(Object.fromEntries(send.params.map((p) => [p.name, p.description]))).toEqual({
      flags: '',
      no_webpage: 'Disable webpage preview?',
      silent: '',
      peer: 'The chat',
      message: 'The message to send',
      entities: 'Entities to send',
    });
    // max_id is long here; the file only has it under int.
    expect(method(m, 'test.changed').params[0]!.description).toBe('');
    const bold = m.constructors.find((c) => c.name === 'messageEntityBold')!;
    expect(bold.description).toBe('Bold text');
    expect(bold.params.map((p) => p.description)).toEqual(['Offset', '']);
  });

  it('orders errors by codeOrder, then remaining codes ascending, keeping data order within a code', () => {
    expect(method(m, 'messages.sendMessage').errors).toEqual([
      { code: 400, name: 'PEER_ID_INVALID', description: 'The peer id is invalid' },
      { code: 400, name: 'MESSAGE_EMPTY', description: 'The message is empty' },
      { code: 406, name: 'NO_DESCRIPTION', description: '' },
      { code: 401, name: 'AUTH_KEY_UNREGISTERED', description: 'The key is not registered' },
      { code: -503, name: 'Timeout', description: 'Timeout while fetching data' },
      { code: 420, name: 'FLOOD_WAIT_X', description: 'Wait X seconds' },
    ]);
    expect(method(m, 'test.changed').errors).toEqual([]);
  });

  it('sets usability from the bot-forbidden list', () => {
    expect(method(m, 'test.forbidden').usability).toBe('user');
    expect(method(m, 'messages.sendMessage').usability).toBe('both');
  });

  it('sets disallowed messages and __ notes', () => {
    expect(method(m, 'test.blocked').disallowed).toBe('You cannot use this method directly');
    expect(method(m, 'test.blocked').note).toBeNull();
    expect(method(m, 'test.noted').note).toBe('Please use the event handler');
    expect(method(m, 'test.noted').disallowed).toBeNull();
  });

  it('is deeply frozen', () => {
    expect(() => {
      (m.methods[0]!.params as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (method(m, 'messages.sendMessage').errors[0] as { name: string }).name = 'X';
    }).toThrow(TypeError);
  });
});

describe('loadBundle: rpcdb-core, 2024 descriptions, wrapped method-list', async () => {
  const m = await loadBundle(join(MINI, 'bundle-core.json'));

  it('falls back to the TL LAYER comment when the manifest has no layer', () => {
    expect(m.layer).toBe(99);
  });

  it('finds descriptions under the 2024 spelling (predicate kept, <> escaped)', () => {
    const send = method(m, 'messages.sendMessage');
    expect(Object.fromEntries(send.params.map((p) => [p.name, p.description]))).toEqual({
      flags: 'Flags',
      no_webpage: 'No preview',
      silent: '',
      peer: 'The destination',
      message: '',
      entities: 'Message entities',
    });
    expect(method(m, 'test.changed').params[0]!.description).toBe('Max ID');
    const secret = m.constructors.find((c) => c.name === 'decryptedMessageMediaEmpty' && c.secretLayer === 17)!;
    expect(secret.params.map((p) => p.description)).toEqual(['', 'A note']);
  });

  it('orders codes ascending without codeOrder, data order within a code', () => {
    expect(method(m, 'messages.sendMessage').errors).toEqual([
      { code: -503, name: 'Timeout', description: '' },
      { code: 400, name: 'B_ERROR', description: 'B description' },
      { code: 400, name: 'A_ERROR', description: 'A description' },
    ]);
  });

  it('combines user_only, bot_only and the bot-forbidden list', () => {
    expect(method(m, 'test.forbidden').usability).toBe('user');
    expect(method(m, 'test.botOnly').usability).toBe('bot');
    // In bot_only and in the bot-forbidden list: contradictory.
    expect(method(m, 'test.both').usability).toBe('unknown');
    expect(method(m, 'messages.sendMessage').usability).toBe('both');
  });
});

describe('loadBundle: rpcdb-v4 and minimal manifests', () => {
  it('reads rpcdb-v4; no usability data → unknown', async () => {
    const m = await loadBundle(join(MINI, 'bundle-v4.json'));
    expect(method(m, 'messages.sendMessage').errors).toEqual([
      { code: 400, name: 'PEER_ID_INVALID', description: 'The provided peer id is invalid.' },
    ]);
    expect(m.methods.every((x) => x.usability === 'unknown')).toBe(true);
  });

  it('needs only bundle, name and schemas', async () => {
    const m = await loadBundle(join(MINI, 'bundle-minimal.json'));
    expect(m.layer).toBe(99);
    expect(m.methods).toHaveLength(8);
    expect(m.methods.every((x) => x.description === '' && x.errors.length === 0 && x.usability === 'unknown')).toBe(true);
  });
});

describe('helpers', () => {
  it('orderCodes', () => {
    expect(orderCodes([500, -503, 420, 400, 303], [400, 406, 401, 500, 403, -503])).toEqual([400, 500, -503, 303, 420]);
    expect(orderCodes([500, -503, 400], [])).toEqual([-503, 400, 500]);
  });

  it('langTypeKey', () => {
    const p = { type: 'Vector<MessageEntity>', flag: { field: 'flags', bit: 3 } };
    expect(langTypeKey(p, { predicate: true, vector: 'escaped' })).toBe('flags.3?Vector&lt;MessageEntity&gt;');
    expect(langTypeKey(p, { predicate: false, vector: 'vector-t' })).toBe('Vector t');
    expect(langTypeKey({ type: 'vector<long>', flag: null }, { predicate: false, vector: 'vector-t' })).toBe('vector');
    expect(langTypeKey({ type: 'true', flag: { field: 'flags2', bit: 0 } }, { predicate: true, vector: 'raw' })).toBe('flags2.0?true');
  });
});

describe('loadBundle: bad input → one clear InputError', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tlsnip-bundle-'));
  for (const f of readdirSync(MINI)) copyFileSync(join(MINI, f), join(dir, f));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path;
  };
  const base = { bundle: 1, name: 'bad', schemas: ['main.tl'] };
  const message = async (path: string): Promise<string> => {
    try {
      await loadBundle(path);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const msg = (e as Error).message;
      expect(msg).not.toContain('\n');
      return msg;
    }
    throw new Error('loaded');
  };

  it('a missing manifest', async () => {
    expect(await message(join(dir, 'nope.json'))).toBe(`${join(dir, 'nope.json')}: no such file`);
  });

  it('a manifest pointing at a missing file', async () => {
    const p = write('m1.json', { ...base, schemas: ['main.tl', 'missing.tl'] });
    expect(await message(p)).toBe(`${p}: schemas[1] names "missing.tl", which does not exist (${join(dir, 'missing.tl')})`);
    const q = write('m2.json', { ...base, errors: { format: 'rpcdb-v4', file: 'gone.json' } });
    expect(await message(q)).toBe(`${q}: errors.file names "gone.json", which does not exist (${join(dir, 'gone.json')})`);
  });

  it('invalid JSON in the manifest, with line:column', async () => {
    const p = write('m3.json', '{\n  "bundle": 1,\n  "name": "x"\n  "schemas": []\n}');
    expect(await message(p)).toBe(`${p}:4:3: invalid JSON: Expected ',' or '}' after property value`);
  });

  it('invalid JSON in a data file, with line:column', async () => {
    const bad = write('bad-lang.json', '{\n  "method_a": "x",\n  "method_b": \n}');
    const p = write('m4.json', { ...base, descriptions: { format: 'madeline-lang', file: 'bad-lang.json' } });
    expect(await message(p)).toBe(`${bad}:4:1: invalid JSON: Unexpected token '}'`);
  });

  it('an unknown bundle version', async () => {
    const p = write('m5.json', { ...base, bundle: 2 });
    expect(await message(p)).toBe(`${p}: unknown bundle version 2 (expected "bundle": 1)`);
  });

  it('an unknown format name', async () => {
    const p = write('m6.json', { ...base, errors: { format: 'rpcdb-v9', file: 'errors-v4.json' } });
    expect(await message(p)).toBe(`${p}: unknown format "rpcdb-v9" at errors.format (expected "pwrtelegram-rpc" or "rpcdb-v4" or "rpcdb-core")`);
  });

  it('wrong shapes in the manifest', async () => {
    expect(await message(write('m7.json', [1, 2]))).toMatch(/m7\.json: expected a bundle manifest object, got an array$/);
    expect(await message(write('m8.json', { bundle: 1, name: 'x', schemas: 'main.tl' }))).toMatch(
      /m8\.json: expected a non-empty array of \.tl file paths at schemas, got the string "main\.tl"$/,
    );
    expect(await message(write('m9.json', { ...base, errors: { format: 'rpcdb-v4', file: 'errors-v4.json', codeOrder: [400, '401'] } }))).toMatch(
      /m9\.json: expected an integer error code at errors\.codeOrder\[1\], got the string "401"$/,
    );
    expect(await message(write('m10.json', { ...base, methodsFrom: ['other.tl'] }))).toMatch(
      /m10\.json: expected methodsFrom\[0\] to be one of the "schemas" files, got "other\.tl"$/,
    );
    expect(await message(write('m11.json', { ...base, error: {} }))).toMatch(/m11\.json: unknown manifest key "error" \(expected one of: /);
    expect(await message(write('m12.json', { name: 'x', schemas: ['main.tl'] }))).toMatch(/m12\.json: expected a "bundle" key/);
  });

  it('wrong shapes in data files', async () => {
    write('e1.json', { result: { '400': { 'messages.sendMessage': 'PEER_ID_INVALID' } } });
    expect(await message(write('m13.json', { ...base, errors: { format: 'pwrtelegram-rpc', file: 'e1.json' } }))).toMatch(
      /e1\.json: expected an array of error names at result\["400"\]\["messages\.sendMessage"\], got the string "PEER_ID_INVALID"$/,
    );
    write('e2.json', { ok: true, result: { abc: {} } });
    expect(await message(write('m14.json', { ...base, errors: { format: 'rpcdb-v4', file: 'e2.json' } }))).toMatch(
      /e2\.json: expected an integer error code as key at result, got "abc"$/,
    );
    write('e3.json', { errors: {}, user_only: 'x' });
    expect(await message(write('m15.json', { ...base, errors: { format: 'rpcdb-core', file: 'e3.json' } }))).toMatch(
      /e3\.json: expected an array of method names at user_only, got the string "x"$/,
    );
    write('b1.json', { ok: true });
    expect(await message(write('m16.json', { ...base, botForbidden: { format: 'method-list', file: 'b1.json' } }))).toMatch(
      /b1\.json: expected a method-list \(an array of method names, or \{"ok": true, "result": \[\.\.\.\]\}\), got an object$/,
    );
    write('d1.json', { 'a.b': 3 });
    expect(await message(write('m17.json', { ...base, disallowed: { format: 'method-message-map', file: 'd1.json' } }))).toMatch(
      /d1\.json: expected a message string at \["a\.b"\], got the number 3$/,
    );
    write('l1.json', { method_x: 1 });
    expect(await message(write('m18.json', { ...base, descriptions: { format: 'madeline-lang', file: 'l1.json' } }))).toMatch(
      /l1\.json: expected a description string at method_x, got the number 1$/,
    );
  });

  it('a TL syntax error in a schema file', async () => {
    write('broken.tl', 'a#1 = B;\nb#2 x:flags.0?int = C;\n');
    const p = write('m19.json', { ...base, schemas: ['broken.tl'] });
    expect(await message(p)).toBe(`${join(dir, 'broken.tl')}:2:7: expected a flags field declared earlier in this combinator (\`name:#\`), got \`flags\``);
  });
});
