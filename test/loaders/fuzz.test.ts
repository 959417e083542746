/**
 * Fuzzing the schema loaders and what renders from them: generated and mutated schemas (TL text,
 * bundle manifests and the files they name, @mtcute/tl JSON) and `--set` values. The only outcomes
 * allowed are a schema (every method of which then renders and validates for every target) or an
 * InputError naming the file (with `line:column` for text errors); never another exception, never
 * an invalid snippet, never a run past a time bound. Seeded with the small fixtures and, when
 * ../shared is there, with the real schemas.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import type { SchemaModel } from '../../src/model/types.js';
import { TARGETS } from '../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type SnippetOptions } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';
import { parseSetArgument } from '../../src/values/coerce.js';
import { lookup } from '../../src/model/lookup.js';
import { InputError } from '../../src/errors.js';
import { HAS_SHARED, REPO, sharedPath } from '../shared.js';

const FIX = join(REPO, 'test/fixtures/loaders');
const root = mkdtempSync(join(tmpdir(), 'tlsnip-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/**
 * A fixed seed keeps `npm test` deterministic; TLSNIP_FUZZ_SEED=random (or a number) and
 * TLSNIP_FUZZ_RUNS=<factor> explore further (how the bugs fixed with this test were found).
 */
const SEED = process.env.TLSNIP_FUZZ_SEED === 'random' ? undefined : Number(process.env.TLSNIP_FUZZ_SEED ?? 20261201);
const fuzzRuns = (numRuns: number) => ({ numRuns: numRuns * Number(process.env.TLSNIP_FUZZ_RUNS ?? 1), seed: SEED });
/** How the cases ended, printed at the end: a fuzzer that never reaches a schema tests little. */
const tally = { schemas: 0, methods: 0, errors: 0 };
afterAll(() => console.log(`[fuzz] ${tally.schemas} mutated schemas loaded (${tally.methods} methods rendered for every target), ${tally.errors} refused with an InputError`));

/** A text mutation: delete, insert or replace a span, or repeat a line. */
type Mutation = { op: 'delete' | 'insert' | 'replace' | 'dupline'; at: number; len: number; text: string };
const TL_ALPHABET = ['#', '{', '}', '<', '>', ':', '?', '.', ';', '=', '!', '%', ' ', '\n', '//', '/*', '*/', '---functions---', '---types---', 'flags', 'int', 'Vector', 'X', 't', '0', '9', 'abc', '\u00e9', '\t', '\r\n'];
const mutation = (alphabet: readonly string[]) =>
  fc.record({
    op: fc.constantFrom('delete', 'insert', 'replace', 'dupline') as fc.Arbitrary<Mutation['op']>,
    at: fc.nat(),
    len: fc.nat({ max: 40 }),
    text: fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.string({ maxLength: 3 })), { maxLength: 6 }).map((p) => p.join('')),
  });

function mutate(text: string, ms: readonly Mutation[]): string {
  let s = text;
  for (const m of ms) {
    const at = s.length ? m.at % (s.length + 1) : 0;
    if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.op === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.op === 'replace') s = s.slice(0, at) + m.text + s.slice(at + m.len);
    else {
      const start = s.lastIndexOf('\n', at - 1) + 1;
      const end = s.indexOf('\n', at);
      const line = s.slice(start, end < 0 ? s.length : end + 1);
      s = s.slice(0, start) + line + s.slice(start);
    }
  }
  return s;
}

const VALUES: SnippetOptions['values'][] = [
  { mode: 'realistic', flags: 'all', set: {} },
  { mode: 'realistic', flags: 'none', set: {} },
];
let prepared: Awaited<ReturnType<typeof prepareTargets>> | undefined;

/** Every method renders for every target, valid; at most `limit` methods (schema order) to bound time. */
async function renderAll(schema: SchemaModel, limit = 60): Promise<string[]> {
  prepared ??= await prepareTargets(TARGETS, DEFAULT_SNIPPET_OPTIONS);
  const problems: string[] = [];
  for (const values of VALUES) {
    const opts = { ...DEFAULT_SNIPPET_OPTIONS, values };
    for (const m of schema.methods.slice(0, limit)) {
      try {
        const r = renderMethod(prepared, schema, m, methodCall(schema, m, values), opts);
        for (const s of r.snippets) if (!s.valid) problems.push(`${s.target} ${m.name}: invalid: ${s.errors[0]?.message}\n${s.code}`);
      } catch (e) {
        // A value a target cannot represent is a clear refusal, not a bug.
        if (!(e instanceof InputError)) problems.push(`${m.name}: ${(e as Error).stack}`);
      }
    }
  }
  return problems;
}

/** Loads `file`: a schema, or an InputError naming one of `files`. Anything else is returned as a problem. */
async function outcome(file: string, files: readonly string[], textPosition: boolean): Promise<string | null> {
  const start = performance.now();
  try {
    const schema = await loadSchema(file);
    tally.schemas++;
    tally.methods += schema.methods.length;
    const problems = await renderAll(schema);
    if (problems.length) return problems.slice(0, 3).join('\n');
  } catch (e) {
    if (!(e instanceof InputError)) return `not an InputError: ${(e as Error).stack}`;
    tally.errors++;
    const named = files.find((f) => e.message.startsWith(`${f}:`));
    if (!named) return `the message names no input file: ${e.message}`;
    if (textPosition && named === file && !/^[^:]+:\d+:\d+: /.test(e.message) && !/no constructors and no methods/.test(e.message)) {
      return `a TL error without line:column: ${e.message}`;
    }
  }
  if (performance.now() - start > 5000) return `took ${(performance.now() - start).toFixed(0)} ms`;
  return null;
}

const TL_SEEDS: [string, string][] = [
  ['mini main.tl', readFileSync(join(FIX, 'mini/main.tl'), 'utf8')],
  ['mini secret.tl', readFileSync(join(FIX, 'mini/secret.tl'), 'utf8')],
  ...(HAS_SHARED
    ? ([
        // The real layers, cut to a window so that each case stays fast.
        ['layer 75', readFileSync(sharedPath('data/madeline-2018-layer75/TL_telegram_v75.tl'), 'utf8').slice(0, 30_000)],
        ['layer 223', readFileSync(sharedPath('data/madeline-modern/TL_telegram_v223.tl'), 'utf8').slice(-30_000)],
      ] as [string, string][])
    : []),
];

describe('fuzzing the loaders (schema, or a clear InputError naming the file)', () => {
  it('mutated TL text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TL_SEEDS), fc.array(mutation(TL_ALPHABET), { minLength: 1, maxLength: 4 }), async ([, seed], ms) => {
        const file = join(root, `t${n++}.tl`);
        writeFileSync(file, mutate(seed, ms));
        const problem = await outcome(file, [file], true);
        expect(problem, readFileSync(file, 'utf8').slice(0, 2000)).toBeNull();
      }),
      fuzzRuns(150),
    );
  });

  it('generated TL text from TL tokens', async () => {
    const token = fc.constantFrom('a', 'b.c', 'X', 'Y', 'int', 'long', 'string', 'bytes', 'Bool', 'true', 'Vector<X>', 'vector', 'flags:#', 'f:flags.0?true', 'g:flags.1?int', '#1234abcd', '#0', '=', ';', '---functions---', '---types---', '{t:Type}', '!t', 'x:t', ' ', '\n');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), async (tokens) => {
        const file = join(root, `g${n++}.tl`);
        writeFileSync(file, tokens.join(' '));
        const problem = await outcome(file, [file], true);
        expect(problem, tokens.join(' ')).toBeNull();
      }),
      fuzzRuns(200),
    );
  });

  /** A bundle directory copied from a seed, with one of its files mutated (as text or as JSON). */
  const BUNDLE_SEEDS: [string, string][] = [
    ['mini 2018', join(FIX, 'mini/bundle-2018.json')],
    ['mini core', join(FIX, 'mini/bundle-core.json')],
    ['mini v4', join(FIX, 'mini/bundle-v4.json')],
  ];

  it('bundle manifests and the files they name, mutated', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BUNDLE_SEEDS),
        fc.nat(),
        fc.boolean(),
        fc.array(mutation(['{', '}', '[', ']', '"', ':', ',', 'null', 'true', '1', '-1', '"x"', '"bundle"', '\\u0000']), { minLength: 1, maxLength: 3 }),
        fc.jsonValue({ maxDepth: 2 }),
        async ([, manifest], which, asText, ms, replacement) => {
          const dir = mkdtempSync(join(root, 'b'));
          for (const f of readdirSync(join(FIX, 'mini'))) copyFileSync(join(FIX, 'mini', f), join(dir, f));
          const copy = join(dir, manifest.split('/').pop()!);
          const named = [copy, ...JSON.stringify(JSON.parse(readFileSync(copy, 'utf8'))).match(/[\w.-]+\.(json|tl)/g)!.map((f) => join(dir, f))];
          const victim = named[which % named.length]!;
          const text = readFileSync(victim, 'utf8');
          if (asText || victim.endsWith('.tl')) writeFileSync(victim, mutate(text, ms));
          else writeFileSync(victim, JSON.stringify(replaceSomewhere(JSON.parse(text), which, replacement)));
          const problem = await outcome(copy, named, victim.endsWith('.tl'));
          expect(problem, `${victim}:\n${readFileSync(victim, 'utf8').slice(0, 1500)}`).toBeNull();
        },
      ),
      fuzzRuns(150),
    );
  });

  it('@mtcute/tl api-schema.json, mutated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), fc.array(mutation(['{', '}', '"', ':', ',', '[', ']']), { maxLength: 2 }), async (which, replacement, asText, ms) => {
        const dir = mkdtempSync(join(root, 'm'));
        for (const f of readdirSync(join(FIX, 'mtcute-mini'))) copyFileSync(join(FIX, 'mtcute-mini', f), join(dir, f));
        const file = join(dir, 'api-schema.json');
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, asText ? mutate(text, ms) : JSON.stringify(replaceSomewhere(JSON.parse(text), which, replacement)));
        const problem = await outcome(file, [file, join(dir, 'raw-errors.json')], false);
        expect(problem, readFileSync(file, 'utf8').slice(0, 1500)).toBeNull();
      }),
      fuzzRuns(150),
    );
  });
});

/** Replaces the value at the `which`-th position of a depth-first walk (or deletes the key, for undefined). */
function replaceSomewhere(tree: unknown, which: number, replacement: unknown): unknown {
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => (slots.push({ parent: v, key: i }), walk(x)));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) slots.push({ parent: v as Record<string, unknown>, key: k }), walk(x);
  };
  walk(tree);
  if (!slots.length) return replacement;
  const s = slots[which % slots.length]!;
  if (which % 7 === 0 && !Array.isArray(s.parent)) delete (s.parent as Record<string, unknown>)[s.key as string];
  else (s.parent as Record<string, unknown>)[s.key as string] = replacement;
  return tree;
}

describe('fuzzing --set (a value, or a clear InputError)', () => {
  it('any string for any parameter of a few methods', async () => {
    const schema = await loadSchema(undefined);
    const names = ['messages.sendMessage', 'channels.editBanned', 'messages.sendMedia', 'upload.saveFilePart', 'messages.getHistory', 'photos.uploadProfilePhoto'];
    const raw = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('1e999', '-0', '9223372036854775808', '0x10', '[1,2', '{"_":"nope"}', '{"_":"inputPeerSelf"}', '', ' ', 'true', 'null', '[{"_":"messageEntityBold"}]'),
    );
    prepared ??= await prepareTargets(TARGETS, DEFAULT_SNIPPET_OPTIONS);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), raw, (name, which, value) => {
        const m = lookup(schema).method(name)!;
        const params = m.params.filter((p) => p.type !== '#');
        const param = params[which % params.length]!;
        const values = { mode: 'realistic' as const, flags: 'none' as const, set: {} as Record<string, string> };
        try {
          const [k, v] = parseSetArgument(`${param.name}=${value}`);
          values.set[k] = v;
          const r = renderMethod(prepared!, schema, m, methodCall(schema, m, values), { ...DEFAULT_SNIPPET_OPTIONS, values });
          for (const s of r.snippets) expect(s.valid, `${s.target} ${name} --set ${param.name}=${value}\n${s.code}`).toBe(true);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          expect(e.message).toMatch(/\S/);
        }
      }),
      fuzzRuns(400),
    );
  });
});

describe('fuzzing through the CLI', () => {
  it('mutated TL text: exit 0 or 2, one line, never an internal error', async () => {
    const { spawnSync } = await import('node:child_process');
    fc.assert(
      fc.property(fc.array(mutation(TL_ALPHABET), { minLength: 1, maxLength: 3 }), (ms) => {
        const file = join(root, `c${n++}.tl`);
        writeFileSync(file, mutate(TL_SEEDS[0]![1], ms));
        const r = spawnSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), 'snippet', '*', '--schema', file, '--json'], { encoding: 'utf8', timeout: 20_000 });
        expect([0, 2], r.stderr).toContain(r.status);
        if (r.status === 2) expect(r.stderr, r.stderr).toMatch(/^tlsnip: [^\n]+\n$/);
        expect(r.stderr).not.toContain('internal error');
      }),
      fuzzRuns(8),
    );
  }, 300_000);
});
