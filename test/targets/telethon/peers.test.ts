/**
 * Every way tlsnip names a peer, through Telethon's real client (one Python process): "me", a
 * username with or without @ and in any case, a t.me link, a phone number and bot-API IDs (user,
 * basic group, channel), at the top level of a request, in a top-level list, and nested (resolved
 * with get_input_entity, converted for InputUser). Each arrives as the peer that was named.
 */
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup } from '../../../src/model/lookup.js';
import { targetInfo } from '../../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { HAS_TELETHON, outsideTelethon, runTelethon, skipNote, type TelethonCase } from '../../support/telethon/telethon.js';

const note = skipNote();

describe.skipIf(!HAS_TELETHON)(`peers through Telethon's real client${note}`, () => {
  it('arrive as the peers that were named, wherever they are', async () => {
    const schema = await loadSchema(undefined);
    const opts = DEFAULT_SNIPPET_OPTIONS;
    const [prepared] = await prepareTargets([targetInfo('telethon')!], opts);
    const cases: TelethonCase[] = [];
    const add = (method: string, set: Record<string, string>) => {
      const m = lookup(schema).method(method)!;
      const values = { mode: 'realistic' as const, flags: 'none' as const, set };
      const call = methodCall(schema, m, values);
      expect(outsideTelethon(schema, call)).toBeNull();
      const [s] = renderMethod([prepared!], schema, m, call, { ...opts, values }).snippets;
      expect(s!.valid, s!.code).toBe(true);
      cases.push({ name: `${method} ${JSON.stringify(set)}`, code: s!.code, call, method: m });
    };
    for (const user of ['me', 'self', 'durov', '@Durov', 't.me/durov', '+15555550123', '44700']) add('photos.getUserPhotos', { user_id: user });
    for (const peer of ['-492772765', '-1001234567890', '@telegram']) add('messages.getHistory', { peer });
    add('channels.getParticipants', { channel: '-1001234567890' });
    add('users.getUsers', { id: '["me", "@durov", "44700"]' });
    add('account.setPrivacy', { rules: '[{"_":"inputPrivacyValueAllowUsers","users":["me","@durov","44700"]}]' });
    add('account.updateNotifySettings', { peer: '{"_":"inputNotifyPeer","peer":"-1001234567890"}' });
    expect(cases.find((c) => c.name.includes('44700') && c.name.startsWith('photos'))!.code).toContain('user_id=44700');
    expect(runTelethon(schema, cases)).toEqual([]);
  });
});
