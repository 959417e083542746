/**
 * Hostile values through the tas target, run for real: generated strings (quotes of every kind,
 * backslashes, $, ${, newlines, NUL, U+2028, emoji, lone surrogates, JSON-like text) set into every
 * string slot of HOSTILE_METHODS, DataJSON texts, and session names. Each batch of cases is rendered,
 * parsed by tree-sitter (bash, and json for the body) and by bash, run by bash with real curl against
 * the loopback server, and handled as TelegramApiServer does up to the MadelineProto stub (one bash
 * and one php process per batch): every argument arrives exactly as the model has it, or the tool
 * refuses the value with a clear error (a lone surrogate, a DataJSON PHP would re-encode, a session
 * TelegramApiServer would not route).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../src/loaders/index.js';
import { lookup, type SchemaLookup } from '../../../src/model/lookup.js';
import type { SchemaModel } from '../../../src/model/types.js';
import { TARGETS } from '../../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type PreparedTarget } from '../../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../../src/render/checked.js';
import { parseJson, phpJsonEncode } from '../../../src/targets/tas/json.js';
import type { CallValues } from '../../../src/values/types.js';
import { HAS_PHP, hasCommand } from '../../support/stubs.js';
import { HOSTILE_METHODS, hostile } from '../../support/hostile-strings.js';
import { bashSyntax, handle, runCurls, tasTypes, type Arrival } from '../../support/tas/server.js';
import { outcomeProblems } from '../../support/tas/check.js';

const READY = HAS_PHP && hasCommand('curl');
if (!READY) console.warn('[tlsnip tas] php-cli or curl is absent: the tas hostile-value tests are skipped.');

let schema: SchemaModel;
let s: SchemaLookup;
let prepared: PreparedTarget[];
const slots = new Map<string, string[]>();

beforeAll(async () => {
  schema = await loadSchema(undefined);
  s = lookup(schema);
  prepared = await prepareTargets(TARGETS.filter((t) => t.id === 'tas'), DEFAULT_SNIPPET_OPTIONS);
  for (const name of HOSTILE_METHODS) slots.set(name, s.method(name)!.params.filter((p) => p.type === 'string').map((p) => p.name));
});

interface Case {
  readonly method: string;
  readonly set: Record<string, string>;
  readonly session: string;
}

type Rendered = { code: string; call: CallValues } | { refused: string };

/** The snippet as printed (with its boilerplate), or the refusal; tree-sitter must accept what is printed. */
function render(c: Case): Rendered {
  const m = s.method(c.method)!;
  const values = { mode: 'realistic' as const, flags: 'none' as const, set: c.set };
  const opts = { ...DEFAULT_SNIPPET_OPTIONS, values, render: { boilerplate: true, targetOptions: { 'tas-session': c.session } } };
  try {
    const call = methodCall(schema, m, values);
    const r = renderMethod(prepared, schema, m, call, opts);
    const snippet = r.snippets[0]!;
    expect(snippet.errors, `${c.method} ${JSON.stringify(c)}:\n${snippet.code}`).toEqual([]);
    return { code: snippet.code, call };
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

/** Renders a batch, runs what was printed, and checks every case: delivered exactly, or refused as `refuse` says. */
async function runBatch(cases: readonly Case[], refuse: (c: Case) => RegExp | null): Promise<number> {
  const rendered = cases.map(render);
  const run: { c: Case; code: string; call: CallValues }[] = [];
  rendered.forEach((r, i) => {
    const why = refuse(cases[i]!);
    if (why) {
      expect('refused' in r ? r.refused : r.code, JSON.stringify(cases[i])).toMatch(why);
      expect('refused' in r).toBe(true);
    } else {
      if ('refused' in r) throw new Error(`refused ${JSON.stringify(cases[i])}: ${r.refused}`);
      run.push({ c: cases[i]!, ...r });
    }
  });
  if (run.length === 0) return 0;
  const syntax = bashSyntax(run.map((r) => r.code));
  expect(run.flatMap((r, i) => (syntax.each[i] ? [`${r.code}: ${syntax.each[i]}`] : []))).toEqual([]);
  const arrivals = await runCurls(run.map((r) => r.code));
  expect(arrivals.every(Boolean), 'every command made its request').toBe(true);
  const outcomes = handle(arrivals as Arrival[], tasTypes(schema));
  const problems = run.flatMap((r, i) => outcomeProblems(s, r.c.method, r.call, r.c.session || null, outcomes[i]).map((p) => `${p}\n   for ${JSON.stringify(r.c)}`));
  expect(problems).toEqual([]);
  return run.length;
}

const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);
const BATCH = { numRuns: 1, endOnFailure: false } as const;

const stringCases = fc.constantFrom(...HOSTILE_METHODS).chain((method) =>
  fc.array(hostile, { minLength: 4, maxLength: 4 }).map((values) => ({ method, values })),
);

describe.skipIf(!READY)(`tas: hostile values, run through bash, curl and TelegramApiServer's handling${READY ? '' : ' (skipped: php-cli or curl absent)'}`, () => {
  it('strings in every string slot arrive exactly; only lone surrogates are refused', async () => {
    let delivered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stringCases, { minLength: RUNS, maxLength: RUNS }), async (batch) => {
        const cases = batch.map(({ method, values }) => ({ method, session: '', set: Object.fromEntries(slots.get(method)!.map((slot, i) => [slot, values[i]!])) }));
        delivered = await runBatch(cases, (c) => (Object.values(c.set).some((v) => !v.isWellFormed()) ? /tas cannot represent a string containing a lone surrogate/ : null));
      }),
      BATCH,
    );
    expect(delivered).toBeGreaterThan(RUNS / 2);
  });

  it('DataJSON texts arrive as MadelineProto json_encodes them, or are refused when PHP would re-encode them differently', async () => {
    // Half as JSON.stringify writes them (often refused: "/", non-ASCII, floats), half as PHP writes them.
    const texts = fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.boolean()).map(([v, php]) => {
      const text = JSON.stringify(v) ?? 'null';
      if (!php) return text;
      try {
        return phpJsonEncode(parseJson(text));
      } catch {
        return text;
      }
    });
    let delivered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(texts, { minLength: RUNS, maxLength: RUNS }), async (batch) => {
        const cases = batch.map((data) => ({ method: 'bots.sendCustomRequest', session: '', set: { params: JSON.stringify({ _: 'dataJSON', data }) } }));
        delivered = await runBatch(cases, (c) => {
          const data = (JSON.parse(c.set.params!) as { data: string }).data;
          let again: string;
          try {
            again = phpJsonEncode(parseJson(data));
          } catch {
            return /tas cannot send the DataJSON params/;
          }
          return again === data ? null : /tas cannot send the DataJSON params .*json_encode\(json_decode/;
        });
      }),
      BATCH,
    );
    expect(delivered).toBeGreaterThan(RUNS / 4);
  });

  it('sessions reach exactly their route, or are refused naming --tas-session', async () => {
    // Valid names weigh more, so that every batch delivers some (the check below) as well as refusing some.
    const part = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('users', 'xtrime', 'a.b', '_', '~x', 'b-1') },
      { weight: 2, arbitrary: fc.constantFrom('.', '..', '', ' ', '%2F', '$x', "'", 'é', '?', '#', '*', '.madeline') },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    );
    const sessions = fc.array(part, { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
    let delivered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(sessions, fc.constantFrom('help.getConfig', 'messages.sendMessage')), { minLength: RUNS, maxLength: RUNS }), async (batch) => {
        const cases = batch.map(([session, method]) => ({ method, session, set: {} }));
        const valid = (name: string) => name === '' || (name.split('/').every((p) => /^[A-Za-z0-9._~-]+$/.test(p) && p !== '.' && p !== '..') && !name.endsWith('.madeline'));
        delivered = await runBatch(cases, (c) => (valid(c.session) ? null : /--tas-session .*; a session is one or more \/-separated names/));
      }),
      BATCH,
    );
    expect(delivered).toBeGreaterThan(3);
  });
});
