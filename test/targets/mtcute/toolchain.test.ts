/**
 * The golden fixtures of the mtcute target, as whole programs, type-check with tsc --strict
 * against @mtcute/node and, run against its real TelegramClient (only the data-centre connection
 * faked), send exactly what the model means. And both rungs fail on a broken literal: a long
 * printed as a plain number, a dropped randomId, a peer left as a string. The full ladder over
 * every method of every layer is test/toolchains/mtcute.test.ts.
 */
import { beforeAll, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup } from '../../../src/model/lookup.js';
import type { SchemaModel } from '../../../src/model/types.js';
import { targetInfo } from '../../../src/targets/registry.js';
import { methodCall, type SnippetOptions } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { fixtureOptions, loadFixtures } from '../../../src/fixtures/golden.js';
import { describeMtcute } from '../../support/mtcute/available.js';
import { runAgainstMtcute, type ClientCase } from '../../support/mtcute/client.js';
import { typecheckMtcute } from '../../support/mtcute/tsc.js';

let schema: SchemaModel;
beforeAll(async () => {
  schema = await loadSchema(undefined);
});

async function rendered(name: string, opts: SnippetOptions, as = name): Promise<ClientCase> {
  const [prepared] = await prepareTargets([targetInfo('mtcute')!], opts);
  const method = lookup(schema).method(name)!;
  const call = methodCall(schema, method, opts.values);
  const code = renderMethod([prepared!], schema, method, call, opts).snippets[0]!.code;
  return { name: as, code, call, method, schema: lookup(schema) };
}

describeMtcute('mtcute: the golden fixtures on the real toolchain', () => {
  it('type-check (strict, NodeNext, "type": "module") with nothing skipped, and send exactly the model’s values', async () => {
    const cases = await Promise.all(loadFixtures().map((f) => rendered(f.method, fixtureOptions(f))));
    const tsc = typecheckMtcute('fixtures', cases);
    expect(tsc.skipped).toEqual([]);
    expect(tsc.written).toBe(cases.length);
    expect(tsc.output).toBe('');
    const run = await runAgainstMtcute(cases);
    expect(run.outcomes.flatMap((o) => o.problems)).toEqual([]);
    expect(run.outcomes.find((o) => o.name === 'messages.sendMedia')?.sent).toEqual({
      peer: { s: '@durov' },
      media: { _: 'inputMediaUploadedPhoto', file: { s: 'photo.jpg' } },
      message: { s: 'Hello there!' },
    });
  });

  it('both rungs fail on a broken literal: a long as a number, a dropped randomId, a peer as a string', async () => {
    const base = { ...fixtureOptions({ method: 'photos.getUserPhotos', covers: [] }) };
    const photos = await rendered('photos.getUserPhotos', { ...base, values: { ...base.values, set: { max_id: '5' } } }, 'long_as_number');
    const send = await rendered('messages.sendMessage', base, 'random_id_dropped');
    const broken: ClientCase[] = [
      { ...photos, code: photos.code.replace('maxId: Long.fromString("5")', 'maxId: 5') },
      { ...send, code: send.code.replace('  randomId: randomLong(),\n', '') },
      { ...send, name: 'peer_as_string', code: send.code.replace('peer: await tg.resolvePeer("durov")', 'peer: "durov"') },
    ];
    for (const [i, b] of broken.entries()) expect(b.code, b.name).not.toBe([photos, send, send][i]!.code);

    const tsc = typecheckMtcute('broken', broken, { quiet: true });
    expect(tsc.output).toMatch(/long_as_number\.ts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'Long'/);
    expect(tsc.output).toMatch(/random_id_dropped\.ts\(\d+,\d+\): error TS2345: [\s\S]*Property 'randomId' is missing/);
    expect(tsc.output).toMatch(/peer_as_string\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'TypeInputPeer'/);

    const run = await runAgainstMtcute(broken);
    const problems = Object.fromEntries(run.outcomes.map((o) => [o.name, o.problems.join('\n')]));
    // mtcute's writer sends the number 5 where a Long is due as 0: only reading the bytes back sees it.
    expect(problems.long_as_number).toMatch(/sent .*"max_id":\{"i":"0"\}[\s\S]*meant .*"max_id":\{"i":"5"\}/);
    expect(problems.random_id_dropped).toMatch(/missing required property randomId/);
    expect(problems.peer_as_string).toMatch(/the program failed|writer refused/);
  });
});
