/**
 * Hostile values through --set: generated strings (quotes of every kind, backslashes, $, ${, ?>,
 * ]], ]==], comment ends, newlines, NUL, U+2028, emoji, lone surrogates) set as a message come out, in every
 * target, as code that tree-sitter accepts, that prettier leaves alone (php, ts), and that, run
 * against a recording stub in the real interpreter, sends exactly that string. Where a target
 * cannot hold the value (a lone surrogate in a byte-string language) the tool refuses it.
 */
import fc from 'fast-check';
import * as prettier from 'prettier';
import * as phpPlugin from '@prettier/plugin-php';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import type { MethodModel, SchemaModel } from '../src/model/types.js';
import { lookup } from '../src/model/lookup.js';
import { TARGETS } from '../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type SnippetOptions } from '../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../src/render/checked.js';
import type { PreparedTarget } from '../src/render/snippet.js';
import { PRETTIER_PHP, PRETTIER_TS } from '../src/render/format.js';
import { HAS_LUA, HAS_PHP, formFields, hex, runCurl, runLua, runPhp, runTs } from './support/stubs.js';

const FRAGMENTS = [
  "'", '"', '\\', '$', '${', '{$', '?>', '<?php', ']]', ']==]', '*/', '/*', '\n', '\r\n', '\r', '\0', '\u2028', '\u2029',
  '😀', '`', '%', '%00', '#{x}', '--', "'\\''", '\t', '\x7f', 'é', '\\x41', '\\u{41}', '\\0', '@', '[1]', '{"a":1}',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 3 }), fc.string({ maxLength: 5 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

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
let method: MethodModel;
const prepared = new Map<string, PreparedTarget>();
const options = (message: string): SnippetOptions => ({
  ...DEFAULT_SNIPPET_OPTIONS,
  values: { mode: 'realistic', flags: 'none', set: { message } },
  render: { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: false },
});

beforeAll(async () => {
  schema = await loadSchema(undefined);
  method = lookup(schema).method('messages.sendMessage')!;
  for (const p of await prepareTargets(TARGETS, options(''))) prepared.set(p.info.id, p);
});

/** The snippet of one target, or the refusal message. */
function render(target: string, message: string): { code: string; valid: boolean } | { refused: string } {
  const opts = options(message);
  try {
    const r = renderMethod([prepared.get(target)!], schema, method, methodCall(schema, method, opts.values), opts);
    const s = r.snippets[0]!;
    return { code: s.code, valid: s.valid };
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

function expectRefusedOrRendered(target: string, message: string, refuse: boolean): string | undefined {
  const r = render(target, message);
  if (refuse) {
    expect('refused' in r, `${target} should refuse ${JSON.stringify(message)}`).toBe(true);
    if ('refused' in r) expect(r.refused).toMatch(/cannot (represent|send)/);
    return undefined;
  }
  if ('refused' in r) throw new Error(`${target} refused ${JSON.stringify(message)}: ${r.refused}`);
  expect(r.valid, `${target} snippet invalid for ${JSON.stringify(message)}:\n${r.code}`).toBe(true);
  return r.code;
}

const RUNS = Number(process.env.HOSTILE_RUNS ?? 120);

describe('hostile strings through --set message=…', () => {
  it('typescript: valid, prettier-stable, and node receives exactly the string (lone surrogates included)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (s) => {
        const code = expectRefusedOrRendered('ts', s, false)!;
        expect(await prettier.format(code, PRETTIER_TS)).toBe(code);
        const rec = await runTs(code);
        expect(rec.method).toBe('messages.SendMessage');
        expect((rec.args as { message: string }).message).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it.skipIf(!HAS_PHP)(`php: valid, prettier-stable, and php-cli receives exactly the bytes${HAS_PHP ? '' : ' (skipped: php-cli absent)'}`, async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (s) => {
        const code = expectRefusedOrRendered('php', s, hasLoneSurrogate(s));
        if (code === undefined) return;
        const plugins = [phpPlugin as unknown as prettier.Plugin];
        expect((await prettier.format(`<?php\n${code}`, { ...PRETTIER_PHP, plugins })).replace(/^<\?php\n\n?/, '')).toBe(code);
        const [calls] = runPhp([code]);
        expect(calls![0]!.method).toBe('messages.sendMessage');
        expect((calls![0]!.args as { message: { __hex: string } }).message.__hex).toBe(hex(s));
      }),
      { numRuns: RUNS },
    );
  });

  it.skipIf(!HAS_LUA)(`lua: valid, and lua5.4 receives exactly the bytes${HAS_LUA ? '' : ' (skipped: lua5.4 absent)'}`, () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const code = expectRefusedOrRendered('lua', s, hasLoneSurrogate(s));
        if (code === undefined) return;
        const [calls] = runLua([code]);
        expect(calls![0]!.method).toBe('messages.sendMessage');
        expect((calls![0]!.args as { message: { __hex: string } }).message.__hex).toBe(hex(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('http-bot: valid, and bash hands curl a params field whose JSON holds exactly the string', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const code = expectRefusedOrRendered('http-bot', s, hasLoneSurrogate(s));
        if (code === undefined) return;
        const fields = formFields(runCurl(code));
        expect(fields.get('method')!.toString()).toBe('messages.sendMessage');
        expect((JSON.parse(fields.get('params')!.toString('utf8')) as { message: string }).message).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('http-user: valid, and the message field arrives as exactly the string, or is refused when PWRTelegram would decode it', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const code = expectRefusedOrRendered('http-user', s, hasLoneSurrogate(s) || decodesToArray(s));
        if (code === undefined) return;
        const fields = formFields(runCurl(code));
        expect(fields.get('message')!.toString('hex')).toBe(hex(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('the fixed hostile corpus takes every path at least once', () => {
    for (const s of FRAGMENTS) for (const t of TARGETS) render(t.id, s);
    expect(render('php', 'a\udc00')).toMatchObject({ refused: expect.stringMatching(/lone surrogate \(U\+DC00\)/) });
    expect(render('http-user', '{"a":1}')).toMatchObject({ refused: expect.stringMatching(/would arrive as an array/) });
    expect(render('ts', 'a\udc00')).toMatchObject({ valid: true });
  });
});
