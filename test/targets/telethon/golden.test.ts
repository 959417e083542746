/**
 * The golden telethon programs (snippets/telethon/, the 21 fixture methods with their --set values)
 * run against Telethon's real client and send exactly the model's values; the fixtures whose method
 * or constructors Telethon's layer lacks are named. One Python process.
 */
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup } from '../../../src/model/lookup.js';
import { fixtureOptions, loadFixtures, renderGolden } from '../../../src/fixtures/golden.js';
import { methodCall } from '../../../src/render/snippet.js';
import { HAS_TELETHON, outsideTelethon, runTelethon, skipNote, type TelethonCase } from '../../support/telethon/telethon.js';

const note = skipNote();

describe.skipIf(!HAS_TELETHON)(`golden telethon programs${note}`, () => {
  it('send exactly the model’s values through Telethon’s real client', async () => {
    const schema = await loadSchema(undefined);
    const { files } = await renderGolden(schema);
    const cases: TelethonCase[] = [];
    const outside: string[] = [];
    for (const f of loadFixtures()) {
      const method = lookup(schema).method(f.method)!;
      const call = methodCall(schema, method, fixtureOptions(f).values);
      const why = outsideTelethon(schema, call);
      if (why) outside.push(`${f.method} (${why})`);
      else cases.push({ name: f.method, code: files.get(`telethon/${f.method}.py`)!, call, method });
    }
    console.log(`[telethon golden] ran ${cases.length} fixture programs; ${outside.length} use what Telethon's layer lacks: ${outside.join('; ')}`);
    expect(runTelethon(schema, cases)).toEqual([]);
    expect(cases.length).toBeGreaterThan(12);
  });
});
