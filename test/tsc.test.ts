/**
 * TypeScript snippets type-check in strict mode against the real `telegram` package (tsc, one
 * program), under both Node's ESM resolution (NodeNext) and bundler resolution. Snippets that use
 * what the package's older layer lacks are listed by name and counted, never skipped silently.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import type { SchemaModel } from '../src/model/types.js';
import { TARGETS } from '../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type SnippetOptions } from '../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../src/render/checked.js';
import { fixtureOptions, loadFixtures } from '../src/fixtures/golden.js';
import { lookup } from '../src/model/lookup.js';
import { GRAMJS_VERSION } from './support/gramjs.js';
import { typecheck } from './support/tsc.js';

let schema: SchemaModel;
beforeAll(async () => {
  schema = await loadSchema(undefined);
});

/** Renders the TS snippet of each method under the given options and type-checks them in one program. */
async function check(label: string, cases: { name: string; opts: SnippetOptions }[]) {
  const ts = TARGETS.find((t) => t.id === 'ts')!;
  const out = [];
  for (const c of cases) {
    const [prepared] = await prepareTargets([ts], c.opts);
    const method = lookup(schema).method(c.name)!;
    const call = methodCall(schema, method, c.opts.values);
    const code = renderMethod([prepared!], schema, method, call, c.opts).snippets[0]!.code;
    out.push({ name: c.name, code, call, method });
  }
  return typecheck(label, out);
}

describe(`TypeScript snippets against telegram ${GRAMJS_VERSION}`, () => {
  it('the golden fixtures type-check (strict, NodeNext and bundler)', async () => {
    const cases = loadFixtures().map((f) => ({ name: f.method, opts: fixtureOptions(f) }));
    const { written, results } = await check('fixtures', cases);
    expect(written).toBeGreaterThanOrEqual(12);
    expect(results).toEqual({ nodenext: '', bundler: '' });
  });

  it('every method of the bundled layer that layer 198 can express type-checks, with and without flags', async () => {
    const cases: Case[] = [];
    for (const m of schema.methods) {
      cases.push({ name: m.name, opts: DEFAULT_SNIPPET_OPTIONS });
    }
    const { written, results } = await check('all', cases);
    expect(written).toBeGreaterThan(500);
    expect(results).toEqual({ nodenext: '', bundler: '' });
    const withFlags = await check('all-flags', schema.methods.map((m) => ({ name: m.name, opts: { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic', flags: 'all', set: {} } } })));
    expect(withFlags.written).toBeGreaterThan(300);
    expect(withFlags.results).toEqual({ nodenext: '', bundler: '' });
  });

  it('a wrong value is caught (the check can fail)', async () => {
    const method = lookup(schema).method('photos.getUserPhotos')!;
    const call = methodCall(schema, method, DEFAULT_SNIPPET_OPTIONS.values);
    const bad = 'import { Api } from "telegram";\nexport const r = new Api.photos.GetUserPhotos({ userId: "durov", maxId: 0 });\n';
    const { results } = typecheck('negative', [{ name: 'bad', code: bad, call, method }]);
    expect(results.nodenext).toMatch(/TS2322/);
  });
});
