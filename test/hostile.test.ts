/**
 * Hostile values through --set: generated strings (quotes of every kind, backslashes, $, ${, ?>,
 * ]], ]==], comment ends, newlines, NUL, U+2028, emoji, lone surrogates) set into every string slot
 * of a few methods come out, in every target, as code that tree-sitter accepts, that prettier leaves
 * alone (php, ts), and that, run against a recording stub (php-cli, lua5.4, node, and bash + curl
 * against a loopback echo server), sends exactly those strings. Where a target cannot hold a value
 * (a lone surrogate in a byte-string language; for PWRTelegram user mode, text that PWRTelegram would
 * json_decode into an array) the tool refuses it with a clear error instead.
 */
import fc from 'fast-check';
import * as prettier from 'prettier';
import * as phpPlugin from '@prettier/plugin-php';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import type { MethodModel, SchemaModel } from '../src/model/types.js';
import { lookup } from '../src/model/lookup.js';
import { TARGETS } from '../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type PreparedTarget, type SnippetOptions } from '../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../src/render/checked.js';
import { PRETTIER_PHP } from '../src/targets/php/target.js';
import { PRETTIER_TS } from '../src/targets/ts/target.js';
import { camelField } from '../src/targets/ts/literal.js';
import { HAS_LUA, HAS_PHP, hex, runLua, runPhp, runTs } from './support/stubs.js';
import { runCurlsAgainstEcho } from './support/echo.js';
import { FRAGMENTS, HOSTILE_METHODS as METHODS, hostile } from './support/hostile-strings.js';

const hasLoneSurrogate = (s: string) => !s.isWellFormed();
const decodesToArray = (s: string) => {
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object';
  } catch {
    return false;
  }
};

let schema: SchemaModel;
const prepared = new Map<string, PreparedTarget>();
const slots = new Map<string, string[]>();
const method = (name: string): MethodModel => lookup(schema).method(name)!;

beforeAll(async () => {
  schema = await loadSchema(undefined);
  for (const p of await prepareTargets(TARGETS, DEFAULT_SNIPPET_OPTIONS)) prepared.set(p.info.id, p);
  for (const name of METHODS) slots.set(name, method(name).params.filter((p) => p.type === 'string').map((p) => p.name));
});

/** A method and a hostile string for each of its string slots. */
const cases = fc.constantFrom(...METHODS).chain((name) =>
  fc.array(hostile, { minLength: 4, maxLength: 4 }).map((values) => ({ name, values })),
);

interface Rendered {
  readonly set: Record<string, string>;
  readonly result: { code: string; valid: boolean } | { refused: string } | { skipped: string };
}

/** The snippet of one target (the call alone for php/lua/ts, as printed for http), or the refusal. */
function render(target: string, name: string, values: readonly string[]): Rendered {
  const set = Object.fromEntries(slots.get(name)!.map((slot, i) => [slot, values[i]!]));
  const opts: SnippetOptions = {
    ...DEFAULT_SNIPPET_OPTIONS,
    values: { mode: 'realistic', flags: 'none', set },
    render: { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: target.startsWith('http') },
  };
  const m = method(name);
  try {
    const r = renderMethod([prepared.get(target)!], schema, m, methodCall(schema, m, opts.values), opts);
    const s = r.snippets[0];
    // A method the target cannot show (bots cannot call account.updateProfile) has no snippet.
    if (!s) return { set, result: { skipped: r.skipped[0]!.reason } };
    return { set, result: { code: s.code, valid: s.valid } };
  } catch (e) {
    return { set, result: { refused: (e as Error).message } };
  }
}

/** Asserts the refusal, or the validity, and returns the code to run (undefined when refused). */
function renderedOrRefused(target: string, name: string, values: readonly string[], refuse: (v: string) => boolean) {
  const { set, result } = render(target, name, values);
  if ('skipped' in result) return undefined;
  const shouldRefuse = Object.values(set).some(refuse);
  if (shouldRefuse) {
    expect('refused' in result, `${target} should refuse ${JSON.stringify(set)}`).toBe(true);
    if ('refused' in result) expect(result.refused).toMatch(/cannot (represent|send)/);
    return undefined;
  }
  if ('refused' in result) throw new Error(`${target} refused ${JSON.stringify(set)}: ${result.refused}`);
  expect(result.valid, `${target} snippet invalid for ${JSON.stringify(set)}:\n${result.code}`).toBe(true);
  return { set, code: result.code };
}

const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);
const plugins = [phpPlugin as unknown as prettier.Plugin];

describe('hostile strings through --set, into every string slot', () => {
  it('typescript: prettier-stable, and the client receives exactly the strings (lone surrogates included)', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ name, values }) => {
        const r = renderedOrRefused('ts', name, values, () => false)!;
        expect(await prettier.format(r.code, PRETTIER_TS)).toBe(r.code);
        const rec = await runTs(r.code);
        for (const [slot, v] of Object.entries(r.set)) expect((rec.args as Record<string, string>)[camelField(slot)]).toBe(v);
      }),
      { numRuns: RUNS },
    );
  });

  it.skipIf(!HAS_PHP)(`php: prettier-stable, and php-cli receives exactly the bytes${HAS_PHP ? '' : ' (skipped: php-cli absent)'}`, async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ name, values }) => {
        const r = renderedOrRefused('php', name, values, hasLoneSurrogate);
        if (!r) return;
        expect((await prettier.format(`<?php\n${r.code}`, { ...PRETTIER_PHP, plugins })).replace(/^<\?php\n\n?/, '')).toBe(r.code);
        const [calls] = runPhp([r.code]);
        expect(calls![0]!.method).toBe(name);
        for (const [slot, v] of Object.entries(r.set)) expect((calls![0]!.args as Record<string, { __hex: string }>)[slot]!.__hex).toBe(hex(v));
      }),
      { numRuns: RUNS },
    );
  });

  it.skipIf(!HAS_LUA)(`lua: lua5.4 receives exactly the bytes${HAS_LUA ? '' : ' (skipped: lua5.4 absent)'}`, () => {
    fc.assert(
      fc.property(cases, ({ name, values }) => {
        const r = renderedOrRefused('lua', name, values, hasLoneSurrogate);
        if (!r) return;
        const [calls] = runLua([r.code]);
        expect(calls![0]!.method).toBe(name);
        for (const [slot, v] of Object.entries(r.set)) expect((calls![0]!.args as Record<string, { __hex: string }>)[slot]!.__hex).toBe(hex(v));
      }),
      { numRuns: RUNS },
    );
  });

  it('http-bot: curl delivers a params field whose JSON holds exactly the strings', async () => {
    let delivered = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ name, values }) => {
        const r = renderedOrRefused('http-bot', name, values, hasLoneSurrogate);
        if (!r) return;
        const [arrived] = await runCurlsAgainstEcho([r.code], 1);
        expect(arrived!.fields.get('method')).toBe(name);
        const params = JSON.parse(arrived!.fields.get('params')!) as Record<string, string>;
        for (const [slot, v] of Object.entries(r.set)) expect(params[slot]).toBe(v);
        delivered++;
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    expect(delivered).toBeGreaterThan(5);
  });

  it('http-user: each field arrives as exactly its string, or the value is refused when PWRTelegram would decode it', async () => {
    let delivered = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ name, values }) => {
        const r = renderedOrRefused('http-user', name, values, (v) => hasLoneSurrogate(v) || decodesToArray(v));
        if (!r) return;
        const [arrived] = await runCurlsAgainstEcho([r.code], 1);
        expect(arrived!.path).toBe(`/userTOKEN/${name}`);
        for (const [slot, v] of Object.entries(r.set)) expect(Buffer.from(arrived!.fields.get(slot)!).toString('hex')).toBe(hex(v));
        delivered++;
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    expect(delivered).toBeGreaterThan(5);
  });

  it('the fixed hostile corpus takes every path at least once', () => {
    for (const s of FRAGMENTS) for (const t of TARGETS) render(t.id, 'messages.sendMessage', [s]);
    expect(render('php', 'messages.sendMessage', ['a\udc00']).result).toMatchObject({ refused: expect.stringMatching(/lone surrogate \(U\+DC00\)/) });
    expect(render('http-user', 'messages.sendMessage', ['{"a":1}']).result).toMatchObject({ refused: expect.stringMatching(/would arrive as an array/) });
    expect(render('ts', 'messages.sendMessage', ['a\udc00']).result).toMatchObject({ valid: true });
    expect(slots.get('contacts.addContact')).toEqual(['first_name', 'last_name', 'phone']);
  });
});
