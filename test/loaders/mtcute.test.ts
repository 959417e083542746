import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import {
  bundledPackage, convertBundled, loadBundledDefault, readBundledCache, writeBundledCache,
} from '../../src/loaders/bundled.js';
import { main as buildCache } from '../../src/loaders/build-cache.js';
import { createHtmlToMarkdown } from '../../src/loaders/html-md.js';
import { convertMtcute, loadMtcuteFile } from '../../src/loaders/mtcute.js';
import type { SchemaModel } from '../../src/model/types.js';
import { REPO } from '../shared.js';

const MINI = join(REPO, 'test/fixtures/loaders/mtcute-mini');
const method = (m: SchemaModel, name: string) => {
  const found = m.methods.find((x) => x.name === name);
  if (!found) throw new Error(`no method ${name}`);
  return found;
};

/** Every description-like string of a model. */
function texts(m: SchemaModel): string[] {
  const out: string[] = [];
  for (const x of m.methods) {
    out.push(x.description, ...x.params.map((p) => p.description), ...x.errors.map((e) => e.description));
  }
  for (const c of m.constructors) out.push(c.description, ...c.params.map((p) => p.description));
  for (const t of m.types) out.push(t.description);
  return out;
}
/** HTML tags outside inline code spans (inside them, `<pre>` is the literal text the source meant). */
const htmlOutsideCode = (s: string) => /<\/?[A-Za-z][^>]*>/.test(s.replace(/`[^`]*`/g, ''));

describe('html → markdown', () => {
  const md = createHtmlToMarkdown((n) => (n === 'RawPhoto' ? 'photo' : n));
  it('converts links, code, strong, em and entities', () => {
    expect(md('See <a href="https://core.telegram.org/api/x">here »</a>, <code>limit=1</code>, <strong>only</strong>, <em>not</em> &amp; more')).toBe(
      'See [here »](https://core.telegram.org/api/x), `limit=1`, **only**, _not_ & more',
    );
  });
  it('turns {@link X} into inline code with the resolved TL name', () => {
    expect(md('the {@link RawPhoto} object, {@link Unknown}')).toBe('the `photo` object, `Unknown`');
  });
  it('keeps paragraphs, turns <br> into a line break, trims', () => {
    expect(md('  One.\n\nTwo <br>three<br><br>four  ')).toBe('One.\n\nTwo\nthree\n\nfour');
  });
  it('keeps literal < that is not a tag, and emoji images as their alt text', () => {
    expect(md('Literal <code><pre></code> and <bot_username> and 1 < 2')).toBe('Literal `<pre>` and <bot\\_username> and 1 < 2');
    expect(md('Emoji <img class="emoji" src="//telegram.org/img/emoji/40/F09F8EB2.png" width="20" height="20" alt="🎲"> ok')).toBe('Emoji 🎲 ok');
  });
  it('is deterministic and drops HTML comments', () => {
    const html = 'Type: <!-- start --><br>- <code>app</code><!-- end -->';
    expect(md(html)).toBe(md(html));
    expect(md(html)).not.toContain('<!--');
  });
});

describe('convertMtcute on a small fixture', async () => {
  const m = await loadMtcuteFile(join(MINI, 'api-schema.json'));

  it('reads layer, methods and constructors, dropping the mtcute.* namespace', () => {
    expect(m.layer).toBe(200);
    expect(m.source).toBe(join(MINI, 'api-schema.json'));
    expect(m.methods.map((x) => x.name)).toEqual(['photos.getUserPhotos', 'messages.sendMessage', 'bots.setBotCommands', 'account.updateStatus', 'invokeWithLayer']);
    expect(m.constructors.map((c) => c.name)).toEqual(['inputPeerSelf', 'photo']);
    expect(m.types).toEqual([
      { name: 'InputPeer', description: 'Peer', constructors: ['inputPeerSelf'] },
      { name: 'Photo', description: 'A **photo**', constructors: ['photo'] },
    ]);
  });

  it('maps int53 to long, isVector to Vector<T>, predicates to flags', () => {
    const g = method(m, 'photos.getUserPhotos');
    expect(g.params.map((p) => [p.name, p.type, p.flag, p.required])).toEqual([
      ['user_id', 'InputUser', null, true],
      ['max_id', 'long', null, true],
      ['ids', 'Vector<long>', null, true],
    ]);
    expect(m.constructors[1]!.params.map((p) => p.type)).toEqual(['long', 'long']);
    const send = method(m, 'messages.sendMessage');
    expect(send.params.map((p) => [p.name, p.type, p.flag, p.required])).toEqual([
      ['flags', '#', null, false],
      ['no_webpage', 'true', { field: 'flags', bit: 1 }, false],
      ['peer', 'InputPeer', null, true],
      ['entities', 'Vector<MessageEntity>', { field: 'flags2', bit: 3 }, false],
    ]);
    expect(method(m, 'invokeWithLayer').generics).toEqual([{ name: 'X', type: 'Type' }]);
  });

  it('converts comments to markdown and resolves {@link}', () => {
    expect(method(m, 'photos.getUserPhotos').params[1]!.description).toBe(
      'As in conjuction with `limit=1` the `photo` object, see [refetching »](https://core.telegram.org/api/file-references).\nSecond line & more',
    );
    expect(method(m, 'messages.sendMessage').description).toBe('Sends a message.\n\nSee `photos.getUserPhotos` and `RawUnknownThing`.');
  });

  it('merges api-schema and raw-errors throws: deduplicated by name, by code then first appearance', () => {
    expect(method(m, 'photos.getUserPhotos').errors).toEqual([
      { code: 400, name: 'USER_ID_INVALID', description: 'The provided user ID is invalid.' },
      { code: 400, name: 'MAX_ID_INVALID', description: 'The provided max ID is **invalid**.' },
      { code: 401, name: 'AUTH_KEY_UNREGISTERED', description: 'The key is not registered.' },
      { code: 420, name: 'FLOOD_WAIT_%d', description: 'Wait %d seconds.' },
    ]);
    // raw-errors keyed by the decimal constructor ID
    expect(method(m, 'bots.setBotCommands').errors).toEqual([{ code: 400, name: 'BOT_ERR', description: 'From the ID key.' }]);
  });

  it('takes usability from raw-errors userOnly/botOnly, ignoring `available`', () => {
    expect(method(m, 'account.updateStatus').usability).toBe('user');
    expect(method(m, 'bots.setBotCommands').usability).toBe('bot');
    expect(method(m, 'photos.getUserPhotos').usability).toBe('both');
  });

  it('without raw-errors: usability unknown, errors from the api-schema only', () => {
    const api = JSON.parse(readFileSync(join(MINI, 'api-schema.json'), 'utf8'));
    const bare = convertMtcute(api, undefined, 'x/api-schema.json');
    expect(bare.methods.every((x) => x.usability === 'unknown')).toBe(true);
    expect(method(bare, 'photos.getUserPhotos').errors.map((e) => e.name)).toEqual(['USER_ID_INVALID', 'MAX_ID_INVALID']);
  });

  it('is deeply frozen', () => {
    expect(() => {
      (method(m, 'photos.getUserPhotos').errors as unknown[]).length = 0;
    }).toThrow(TypeError);
  });

  it('rejects wrong shapes with one clear line', () => {
    expect(() => convertMtcute({ l: 'x', e: [] }, undefined, 'a.json')).toThrow(new InputError('a.json: expected the layer number at l, got the string "x"'));
    expect(() => convertMtcute({ l: 1, e: {} }, undefined, 'a.json')).toThrow(new InputError('a.json: expected an array of schema entries at e, got an object'));
    expect(() => convertMtcute({ l: 1, e: [{ kind: 'method', name: 'a.b', id: 1, type: 'X', arguments: [{ name: 'p' }] }] }, undefined, 'a.json')).toThrow(
      new InputError('a.json: expected a string at e[0] (a.b).arguments[0].type, got nothing'),
    );
    expect(() => convertMtcute({ l: 1, e: [] }, { throws: { m: 'X' } }, 'dir/api-schema.json')).toThrow(
      new InputError(`${join('dir', 'raw-errors.json')}: expected an array of error names at throws.m, got the string "X"`),
    );
  });
});

describe('bundled default (@mtcute/tl)', async () => {
  const converted = await convertBundled();
  const dir = mkdtempSync(join(tmpdir(), 'tlsnip-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves the installed package and its version', async () => {
    const pkg = await bundledPackage();
    const version = (createRequire(import.meta.url)('@mtcute/tl/package.json') as { version: string }).version;
    expect(pkg.version).toBe(version);
    expect(converted.source).toBe(`@mtcute/tl ${version}`);
  });

  it('loads: layer 223, at least 700 methods', async () => {
    const m = await loadBundledDefault({ cacheFile: join(dir, 'absent.json') });
    expect(m).toEqual(converted);
    expect(m.layer).toBe(223);
    expect(m.methods.length).toBeGreaterThanOrEqual(700);
    expect(m.methods.some((x) => x.name.startsWith('mtcute.'))).toBe(false);
  });

  it('photos.getUserPhotos: 4 params, MAX_ID_INVALID 400, both', () => {
    const g = method(converted, 'photos.getUserPhotos');
    expect(g.params).toHaveLength(4);
    expect(g.errors).toContainEqual({ code: 400, name: 'MAX_ID_INVALID', description: 'The provided max ID is invalid.' });
    expect(g.usability).toBe('both');
  });

  it('usability: userOnly → user, botOnly → bot, neither → both', () => {
    expect(method(converted, 'account.getPassword').usability).toBe('user');
    expect(method(converted, 'bots.setBotCommands').usability).toBe('bot');
    expect(method(converted, 'messages.sendMessage').usability).toBe('both');
  });

  it('messages.sendMessage no_webpage is flags.1?true', () => {
    expect(method(converted, 'messages.sendMessage').params.find((p) => p.name === 'no_webpage')).toEqual({
      name: 'no_webpage',
      type: 'true',
      flag: { field: 'flags', bit: 1 },
      required: false,
      description: 'Set this flag to disable generation of the webpage preview',
    });
  });

  it('int53 becomes long', () => {
    const types = new Set(converted.methods.flatMap((x) => x.params.map((p) => p.type)));
    expect(types.has('int53')).toBe(false);
  });

  it('descriptions have no HTML tags and no {@link; links stay as markdown', () => {
    const all = texts(converted);
    expect(all.filter((s) => s.includes('{@link'))).toEqual([]);
    expect(all.filter(htmlOutsideCode)).toEqual([]);
    expect(all.filter((s) => s !== s.trim())).toEqual([]);
    const param = method(converted, 'photos.getUserPhotos').params.find((p) => p.name === 'max_id')!;
    expect(param.description).toContain('[refetching file references »](https://core.telegram.org/api/file-references)');
    expect(param.description).toContain('the `photo` object');
  });

  it('the cache round-trips: writeBundledCache then loadBundledDefault gives the same model, frozen', async () => {
    const file = join(dir, 'bundled-model.json');
    const written = await writeBundledCache(file);
    expect(written.mtcuteVersion).toBe((await bundledPackage()).version);
    const cached = await loadBundledDefault({ cacheFile: file });
    expect(cached).toEqual(converted);
    expect(Object.isFrozen(cached.methods[0]!.params[0])).toBe(true);
    expect(() => {
      (cached.methods as unknown[]).pop();
    }).toThrow(TypeError);
  });

  it('build-cache main() writes an ASCII-only cache file that loads', async () => {
    const file = join(dir, 'built.json');
    const log = console.log;
    console.log = () => {};
    try {
      expect(await buildCache([file])).toBe(0);
    } finally {
      console.log = log;
    }
    const bytes = readFileSync(file);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(await loadBundledDefault({ cacheFile: file })).toEqual(converted);
  });

  it('ignores a cache for another @mtcute/tl version or a broken cache file', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ mtcuteVersion: '0.0.0', model: { ...converted, methods: [] } }));
    expect(await readBundledCache(other, (await bundledPackage()).version)).toBeNull();
    expect((await loadBundledDefault({ cacheFile: other })).methods.length).toBe(converted.methods.length);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"mtcuteVersion": ');
    expect(await readBundledCache(broken, (await bundledPackage()).version)).toBeNull();
  });

  it('without @mtcute/tl (a standalone bundle), takes a cache of any version, and still refuses a broken one', async () => {
    const other = join(dir, 'other.json');
    expect((await readBundledCache(other, null))?.methods).toEqual([]);
    expect(await readBundledCache(join(dir, 'broken.json'), null)).toBeNull();
    expect(await readBundledCache(join(dir, 'missing.json'), null)).toBeNull();
  });
});
