/**
 * Hostile strings (test/support/hostile-strings.ts: quotes of every kind, backslashes, ${, comment
 * ends, newlines, NUL, U+2028, emoji, lone surrogates…) set with --set into every string slot of
 * HOSTILE_METHODS come out of the mtcute target as whole programs that tree-sitter accepts and
 * prettier leaves alone, and that, run against the real TelegramClient (the same rung as the
 * ladder, all cases of a run batched in one node process), send exactly those strings. A lone
 * surrogate, which mtcute's writer would send as U+FFFD (it encodes strings as UTF-8), is refused
 * with a clear error instead.
 */
import fc from 'fast-check';
import * as prettier from 'prettier';
import { beforeAll, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup } from '../../../src/model/lookup.js';
import type { SchemaModel } from '../../../src/model/types.js';
import { targetInfo } from '../../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type PreparedTarget, type SnippetOptions } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { InputError } from '../../../src/errors.js';
import { HOSTILE_METHODS, hostile } from '../../support/hostile-strings.js';
import { describeMtcute } from '../../support/mtcute/available.js';
import { runAgainstMtcute, type ClientCase } from '../../support/mtcute/client.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 30);

let schema: SchemaModel;
let prepared: PreparedTarget;
const slots = new Map<string, string[]>();

beforeAll(async () => {
  schema = await loadSchema(undefined);
  [prepared] = (await prepareTargets([targetInfo('mtcute')!], DEFAULT_SNIPPET_OPTIONS)) as [PreparedTarget];
  for (const name of HOSTILE_METHODS) slots.set(name, lookup(schema).method(name)!.params.filter((p) => p.type === 'string').map((p) => p.name));
});

/** Fields a method's string slots need beside them (same flag bit), set with their example value. */
const COMPANIONS: Readonly<Record<string, Record<string, string>>> = {
  'channels.createChannel': { geo_point: '{"_":"inputGeoPoint","lat":41.9028,"long":12.4964}' },
};

const cases = fc.constantFrom(...HOSTILE_METHODS).chain((name) => fc.array(hostile, { minLength: 4, maxLength: 4 }).map((values) => ({ name, values })));

describeMtcute('mtcute: hostile strings through --set into every string slot', () => {
  it('parse, are prettier-stable, and reach the real client’s writer exactly (lone surrogates refused)', async () => {
    const batch: (ClientCase & { set: Record<string, string> })[] = [];
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ name, values }) => {
        const set: Record<string, string> = Object.fromEntries(slots.get(name)!.map((slot, i) => [slot, values[i]!]));
        // channels.createChannel's address shares its flag with geo_point: mtcute needs both.
        const extra = COMPANIONS[name] ?? {};
        const opts: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic', flags: 'none', set: { ...set, ...extra } } };
        const method = lookup(schema).method(name)!;
        const call = methodCall(schema, method, opts.values);
        let s: { code: string; valid: boolean };
        try {
          s = renderMethod([prepared], schema, method, call, opts).snippets[0]!;
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as Error).message).toMatch(/mtcute cannot represent a string containing a lone surrogate/);
          expect(Object.values(set).some((v) => !v.isWellFormed())).toBe(true);
          refused++;
          return;
        }
        expect(Object.values(set).every((v) => v.isWellFormed())).toBe(true);
        expect(s.valid, s.code).toBe(true);
        const { code } = s;
        expect(await prettier.format(code, { parser: 'typescript' })).toBe(code);
        batch.push({ name: `${name} #${batch.length}`, code, call, method, schema: lookup(schema), set });
      }),
      { numRuns: RUNS },
    );
    expect(batch.length + refused).toBe(RUNS);
    expect(batch.length).toBeGreaterThan(RUNS / 3);

    const run = await runAgainstMtcute(batch);
    const problems = run.outcomes.flatMap((o, i) => (o.problems.length ? [`${o.problems.join('\n')}\n  set: ${JSON.stringify(batch[i]!.set)}`] : []));
    expect(problems).toEqual([]);
    // Not only equal to the model: each string arrived as given.
    run.outcomes.forEach((o, i) => {
      for (const [slot, v] of Object.entries(batch[i]!.set)) expect(o.sent?.[slot], `${o.name} ${slot}`).toEqual({ s: v });
    });
  });
});
