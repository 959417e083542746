/**
 * The TL definition line on method and constructor pages (src/docs/themes/modern.ts tlLine) is
 * the line of Telegram's own schema: checked against every method and constructor of the official
 * layer-223 file in ../shared that the bundled layer also has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { tlLine } from '../../src/docs/themes/modern.js';
import { describeShared, sharedPath } from '../shared.js';

describe('tlLine', () => {
  it('writes the id in hex without leading zeros, flags, generics and the result', async () => {
    const schema = await loadSchema();
    const line = (name: string) => tlLine(schema.methods.find((m) => m.name === name)!);
    expect(line('photos.getUserPhotos')).toBe('photos.getUserPhotos#91cd32a8 user_id:InputUser offset:int max_id:long limit:int = photos.Photos;');
    expect(line('invokeWithLayer')).toBe('invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;');
    expect(line('channels.getChannels')).toBe('channels.getChannels#a7f6bbb id:Vector<InputChannel> = messages.Chats;');
    expect(tlLine({ name: 'x', id: null, params: [], type: 'X' })).toBe('');
  });
});

describeShared('tlLine against the official layer-223 schema', () => {
  it('equals the official line of every method and constructor both have', async () => {
    const official = new Map<string, string>();
    for (const l of readFileSync(sharedPath('data', 'madeline-modern', 'TL_telegram_v223.tl'), 'utf8').split('\n')) {
      const m = /^([A-Za-z_][\w.]*)#[0-9a-f]+ .*;$/.exec(l.trim());
      // The file writes ids without leading zeros (126 of 127 below 0x10000000), except
      // invokeWithApnsSecret#0dae54f8: compared without them.
      if (m) official.set(m[1]!, l.trim().replace(/\s+/g, ' ').replace(/#0+(?=[0-9a-f])/, '#'));
    }
    const schema = await loadSchema();
    const ours = [...schema.methods, ...schema.constructors].filter((x) => official.has(x.name));
    expect(ours.length).toBeGreaterThan(2000);
    const differ = ours.map((x) => [tlLine(x), official.get(x.name)!]).filter(([a, b]) => a !== b);
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
