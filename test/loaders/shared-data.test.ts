/**
 * The loaders against the real data sets in ../shared (skipped when it is absent), including a
 * cross-check of the 2018 bundle's error tables against MadelineProto's golden pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';

import { loadBundle } from '../../src/loaders/bundle.js';
import { modelFromTl } from '../../src/loaders/tl.js';
import type { SchemaModel } from '../../src/model/types.js';
import { BUNDLE_176, BUNDLE_2018, BUNDLE_MODERN, HAS_SHARED, describeShared, sharedPath } from '../shared.js';

const method = (m: SchemaModel, name: string) => {
  const found = m.methods.find((x) => x.name === name);
  if (!found) throw new Error(`no method ${name}`);
  return found;
};
const readJsonFile = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describeShared('TL files of the shared bundles', () => {
  const sets: [string, string[], number, number][] = [
    ['madeline-2018-layer75', ['TL_telegram_v75.tl', 'TL_secret.tl', 'TL_calls.tl'], 75, 244],
    ['madeline-modern', ['TL_telegram_v223.tl', 'TL_secret.tl'], 223, 757],
    ['madeline-modern', ['TL_telegram_v176.tl', 'TL_secret.tl'], 176, 599],
  ];
  for (const [dir, names, layer, count] of sets) {
    it(`${dir}/${names[0]} parses: layer ${layer}, ${count} methods`, () => {
      const files = names.map((n) => ({ path: sharedPath('data', dir, n), text: readFileSync(sharedPath('data', dir, n), 'utf8') }));
      const m = modelFromTl(files, { methodsFrom: [files[0]!.path] });
      expect(m.layer).toBe(layer);
      expect(m.methods).toHaveLength(count);
      expect(m.constructors.some((c) => c.secretLayer !== null)).toBe(true);
    });
  }
});

describeShared('2018 bundle (layer 75)', async () => {
  const m = HAS_SHARED ? await loadBundle(BUNDLE_2018) : (undefined as never);

  it('has layer 75 and 244 methods', () => {
    expect(m.layer).toBe(75);
    expect(m.methods).toHaveLength(244);
    expect(m.source).toBe(BUNDLE_2018);
  });

  it('keeps the parameters as MadelineProto documents them, renames included', () => {
    const send = method(m, 'messages.sendEncrypted');
    expect(send.params.map((p) => p.name)).toContain('data');
    expect(send.documentedParams).toContainEqual({ name: 'message', type: 'DecryptedMessage', description: 'The message to send' });
    expect(method(m, 'messages.getFullChat').documentedParams.map((d) => [d.name, d.type])).toContainEqual(['chat_id', 'InputPeer']);
    expect(method(m, 'photos.getUserPhotos').documentedParams.filter((d) => d.name === 'max_id').map((d) => d.type).sort()).toEqual(['int', 'long']);
  });

  it('photos.getUserPhotos matches its golden page', () => {
    const g = method(m, 'photos.getUserPhotos');
    expect(g.params.map((p) => [p.name, p.type])).toEqual([
      ['user_id', 'InputUser'],
      ['offset', 'int'],
      ['max_id', 'long'],
      ['limit', 'int'],
    ]);
    expect(g.description).toBe('Get the profile photos of a user');
    expect(g.errors).toEqual([
      { code: 400, name: 'MAX_ID_INVALID', description: 'The provided max ID is invalid' },
      { code: 400, name: 'USER_ID_INVALID', description: 'The provided user ID is invalid' },
    ]);
    expect(g.usability).toBe('both');
  });

  it('a method in the bot-forbidden list is user-only', () => {
    const list = readJsonFile(sharedPath('data', 'madeline-2018-layer75', 'pwrtelegram_bot_invalid_methods_2018-06-06.json')) as string[];
    expect(list).toContain('account.getPassword');
    expect(method(m, 'account.getPassword').usability).toBe('user');
    const names = new Set(m.methods.map((x) => x.name));
    for (const name of list) if (names.has(name)) expect(method(m, name).usability).toBe('user');
  });

  it('a disallowed method carries its message', () => {
    expect(method(m, 'auth.checkPassword').disallowed).toBe(
      'You cannot use this method directly, use the complete_2fa_login method instead (see https://docs.madelineproto.xyz for more info)',
    );
    expect(method(m, 'photos.getUserPhotos').disallowed).toBeNull();
  });

  it('is deeply frozen', () => {
    expect(() => {
      (method(m, 'photos.getUserPhotos') as { description: string }).description = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (m.methods as unknown[]).pop();
    }).toThrow(TypeError);
  });

  /**
   * The golden pages' "Errors this method can return" tables list errors in the order the model must
   * produce (codeOrder 400, 406, 401, 500, 403, -503). Disallowed methods have a different page
   * layout without the table; methods without errors have no table.
   */
  it('error order matches every golden reference page (only known difference: the sendMessage junk row)', () => {
    const dir = sharedPath('reference', 'madeline-2018', 'methods');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBe(195);
    let normal = 0;
    let matched = 0;
    let disallowed = 0;
    const mismatches: string[] = [];
    for (const page of pages) {
      const text = readFileSync(`${dir}/${page}`, 'utf8');
      const name = /^title: (.+)$/m.exec(text)![1]!;
      expect(page).toBe(`${name.replace('.', '_')}.md`);
      const mm = method(m, name);
      if (!text.includes('### Parameters:') && !text.includes('### Return type')) {
        // The "you cannot use this method directly" layout.
        disallowed++;
        expect(mm.disallowed).not.toBeNull();
        expect(text).toContain(`**${mm.disallowed}**`);
        continue;
      }
      expect(mm.disallowed).toBeNull();
      normal++;
      const want = errorTable(text);
      const got = mm.errors.map((e) => [e.name, e.description]);
      if (JSON.stringify(want) === JSON.stringify(got)) matched++;
      else mismatches.push(page);
      if (page === 'messages_sendMessage.md') {
        const junk = want.findIndex(([n]) => n === 'tanti SALUTI da peppe lg .');
        expect(junk).toBeGreaterThan(0);
        expect(want.filter((_, k) => k !== junk)).toEqual(got);
      }
    }
    console.log(`[2018 golden error tables] ${matched}/${normal} normal-layout pages match exactly; ${disallowed} disallowed-layout pages checked; mismatches: ${mismatches.join(', ') || 'none'}`);
    expect(mismatches).toEqual(['messages_sendMessage.md']);
    expect(matched).toBe(normal - 1);
  });

  /**
   * Parameter descriptions against the same pages. Known quirk: MadelineProto 2018 keyed the
   * descriptions of `chat_id:int` parameters of messages.* under `InputPeer` (the type it showed),
   * so with the exact TL type those have no description.
   */
  it('parameter descriptions match the golden pages except the chat_id:int/InputPeer quirk', () => {
    const dir = sharedPath('reference', 'madeline-2018', 'methods');
    let total = 0;
    const differ: string[] = [];
    for (const page of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${page}`, 'utf8');
      const name = /^title: (.+)$/m.exec(text)![1]!;
      const mm = method(m, name);
      for (const [param, description] of paramTable(text)) {
        const p = mm.params.find((x) => x.name === param);
        if (!p) continue; // MadelineProto's own additions (parse_mode)
        total++;
        if (p.description !== description) differ.push(`${name}.${param}`);
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(differ.length).toBeGreaterThan(0);
    for (const d of differ) {
      expect(d).toMatch(/^messages\.\w+\.chat_id$/);
      const [ns, fn] = d.split('.');
      expect(method(m, `${ns}.${fn}`).params.find((p) => p.name === 'chat_id')!.type).toBe('int');
    }
  });
});

function errorTable(text: string): [string, string][] {
  const i = text.indexOf('### Errors this method can return:');
  if (i < 0) return [];
  const rows: [string, string][] = [];
  for (const line of text.slice(i).split('\n').slice(1)) {
    const r = /^\|(.*)\|(.*)\|$/.exec(line);
    if (!r) continue;
    if (r[1]!.trim() === 'Error' || /^-+$/.test(r[1]!)) continue;
    rows.push([r[1]!, r[2]!]);
  }
  return rows;
}

function paramTable(text: string): [string, string][] {
  const i = text.indexOf('### Parameters:');
  if (i < 0) return [];
  const rows: [string, string][] = [];
  for (const line of text.slice(i).split('\n').slice(1)) {
    if (line.startsWith('###')) break;
    const r = /^\|([^|]+)\|.*\|\s*(?:Optional|Yes)\s*\|(.*)\|$/.exec(line);
    if (r) rows.push([r[1]!.replace(/\\_/g, '_').trim(), r[2]!]);
  }
  return rows;
}

describeShared('modern bundle (layer 223)', async () => {
  const m = HAS_SHARED ? await loadBundle(BUNDLE_MODERN) : (undefined as never);

  it('has layer 223 and 757 methods', () => {
    expect(m.layer).toBe(223);
    expect(m.methods).toHaveLength(757);
  });

  it('messages.getHistory carries the __ note, not a disallowed message', () => {
    const h = method(m, 'messages.getHistory');
    expect(h.note).toBe('Please use the [event handler](https://docs.madelineproto.xyz/docs/UPDATES.html)');
    expect(h.disallowed).toBeNull();
  });

  it('usability from rpcdb core + bot.json', () => {
    expect(method(m, 'messages.sendMessage').usability).toBe('both');
    expect(method(m, 'photos.getUserPhotos').usability).toBe('both');
    expect(method(m, 'bots.setBotCommands').usability).toBe('bot');
    expect(method(m, 'account.getPassword').usability).toBe('user');
  });

  it('finds 2024 descriptions under the escaped, predicated spelling', () => {
    const send = method(m, 'messages.sendMessage');
    expect(send.description).toBe('Sends a message to a chat');
    expect(send.params.find((p) => p.name === 'no_webpage')!.description).toBe('Set this flag to disable generation of the webpage preview');
    expect(send.params.find((p) => p.name === 'entities')!.description).toBe(
      'Message [entities](https://core.telegram.org/api/entities) for sending styled text',
    );
    // Added after the 2024 scrape: no description.
    expect(send.params.find((p) => p.name === 'allow_paid_floodskip')!.description).toBe('');
  });

  it('orders codes ascending (no codeOrder) and keeps duplicate names under different codes', () => {
    for (const x of m.methods) {
      const codes = x.errors.map((e) => e.code);
      expect(codes).toEqual([...codes].sort((a, b) => a - b));
      const keys = x.errors.map((e) => `${e.code} ${e.name}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(method(m, 'photos.getUserPhotos').errors.map((e) => e.name)).toContain('MAX_ID_INVALID');
  });
});

describeShared('layer-176 bundle', async () => {
  const m = HAS_SHARED ? await loadBundle(BUNDLE_176) : (undefined as never);
  it('has layer 176 and 599 methods, no disallowed data', () => {
    expect(m.layer).toBe(176);
    expect(m.methods).toHaveLength(599);
    expect(m.methods.every((x) => x.disallowed === null && x.note === null)).toBe(true);
    expect(method(m, 'photos.getUserPhotos').errors.map((e) => e.name)).toEqual(['MAX_ID_INVALID', 'MSG_ID_INVALID', 'USER_ID_INVALID']);
  });
});
