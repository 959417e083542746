/**
 * Hostile strings through --set into every string slot of HOSTILE_METHODS (quotes of every kind,
 * backslashes, `{`, `%`, `\N{…}`-like text, newlines, NUL, U+2028, emoji, lone surrogates): the
 * telethon program parses (tree-sitter-python, then CPython's compile()), and run against Telethon's
 * real client (one Python process for the batch) it sends exactly those strings; a lone surrogate,
 * which has no UTF-8 form (Telethon sends str as UTF-8), is refused with a clear error instead.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import type { MethodModel, SchemaModel } from '../../../src/model/types.js';
import { lookup } from '../../../src/model/lookup.js';
import { targetInfo } from '../../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type PreparedTarget, type SnippetOptions } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { InputError } from '../../../src/errors.js';
import { pyArgName } from '../../../src/targets/telethon/literal.js';
import { HOSTILE_METHODS, hostile } from '../../support/hostile-strings.js';
import { HAS_TELETHON, pyCompileBatch, runPrograms, skipNote, type TelethonCase } from '../../support/telethon/telethon.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
const note = skipNote();

let schema: SchemaModel;
let prepared: PreparedTarget;
const slots = new Map<string, string[]>();
const method = (name: string): MethodModel => lookup(schema).method(name)!;

beforeAll(async () => {
  schema = await loadSchema(undefined);
  [prepared] = await prepareTargets([targetInfo('telethon')!], DEFAULT_SNIPPET_OPTIONS);
  for (const name of HOSTILE_METHODS) slots.set(name, method(name).params.filter((p) => p.type === 'string').map((p) => p.name));
});

const cases = fc.constantFrom(...HOSTILE_METHODS).chain((name) => fc.array(hostile, { minLength: 4, maxLength: 4 }).map((values) => ({ name, values })));

type Rendered = { set: Record<string, string>; case: TelethonCase } | { set: Record<string, string>; refused: Error };

/**
 * Parameters set with the string slots because they share a flag bit with one: Telethon sends
 * channels.createChannel's address only with geo_point (a value with one alone is refused: see
 * literal.test.ts).
 */
const PARTNERS: Readonly<Record<string, Record<string, string>>> = {
  'channels.createChannel': { geo_point: '{"_":"inputGeoPoint","lat":41.9028,"long":12.4964}' },
};

/** The whole program, or the refusal. */
function render(name: string, values: readonly string[]): Rendered {
  const set = Object.fromEntries(slots.get(name)!.map((slot, i) => [slot, values[i]!]));
  const partners = PARTNERS[name] ?? {};
  const opts: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic', flags: 'none', set: { ...set, ...partners } } };
  const m = method(name);
  try {
    const call = methodCall(schema, m, opts.values);
    const [s] = renderMethod([prepared], schema, m, call, opts).snippets;
    expect(s!.valid, `invalid for ${JSON.stringify(set)}:\n${s!.code}`).toBe(true);
    return { set, case: { name, code: s!.code, call, method: m } };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { set, refused: e };
  }
}

/** Renders the case; asserts a refusal exactly when a value holds a lone surrogate. */
function checked(name: string, values: readonly string[]): Extract<Rendered, { case: TelethonCase }> | undefined {
  const r = render(name, values);
  const surrogate = Object.values(r.set).some((v) => !v.isWellFormed());
  if ('refused' in r) {
    expect(surrogate, `refused ${JSON.stringify(r.set)}: ${r.refused.message}`).toBe(true);
    expect(r.refused.message).toMatch(/^[\w.]+ \(telethon\): telethon cannot represent a string containing a lone surrogate \(U\+D[89A-F][0-9A-F]{2}\)/);
    return undefined;
  }
  expect(surrogate, `should refuse ${JSON.stringify(r.set)}`).toBe(false);
  return r;
}

describe('hostile strings through --set, into every string slot', () => {
  it('the program parses with tree-sitter-python, or a lone surrogate is refused', () => {
    fc.assert(
      fc.property(cases, ({ name, values }) => void checked(name, values)),
      { numRuns: RUNS },
    );
  });

  it.skipIf(!HAS_TELETHON)(`CPython compiles each program, and Telethon's real client sends exactly the strings${note}`, () => {
    const batch = fc
      .sample(cases, { numRuns: RUNS, seed: 20261201 })
      .map(({ name, values }) => checked(name, values))
      .filter((r) => r !== undefined);
    expect(batch.length).toBeGreaterThan(RUNS / 4);
    expect(pyCompileBatch(batch.map((r) => r.case.code)).filter(Boolean)).toEqual([]);
    const results = runPrograms(batch.map((r) => r.case));
    batch.forEach((r, i) => {
      const result = results[i]!;
      if ('error' in result) throw new Error(`${r.case.name} ${JSON.stringify(r.set)}: ${result.error}`);
      expect(result.sent).toHaveLength(1);
      const fields = (result.sent[0] as { f: Record<string, unknown> }).f;
      for (const [slot, v] of Object.entries(r.set)) expect(fields[pyArgName(slot)], `${r.case.name}.${slot}`).toEqual({ s: v });
    });
  });

  it('every fixed fragment takes its path, and a lone surrogate is named in the refusal', () => {
    for (const s of ['\0', '\u2028', '"\'', '\\N{BULLET}', '{x}', '\\', '😀', '\r\n']) expect(checked('messages.sendMessage', [s])).toBeDefined();
    const r = render('messages.sendMessage', ['a\udc00']);
    expect('refused' in r && r.refused.message).toMatch(/lone surrogate \(U\+DC00\)/);
  });
});
