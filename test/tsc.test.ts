/**
 * TypeScript snippets type-check in strict mode against the real `telegram` package (tsc, one
 * program), under both Node's ESM resolution (NodeNext) and bundler resolution. Snippets that use
 * what the package's older layer lacks are listed by name and counted, never skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import type { SchemaModel } from '../src/model/types.js';
import { TARGETS } from '../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type SnippetOptions } from '../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../src/render/checked.js';
import { fixtureOptions, loadFixtures } from '../src/fixtures/golden.js';
import { lookup } from '../src/model/lookup.js';
import { GRAMJS_LAYER, GRAMJS_VERSION, missingInGramjs } from './support/gramjs.js';
import { REPO } from './shared.js';

const TSC = join(REPO, 'node_modules', '.bin', 'tsc');
const CONFIGS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
};

let schema: SchemaModel;
beforeAll(async () => {
  schema = await loadSchema(undefined);
});

interface Case {
  name: string;
  opts: SnippetOptions;
}

/** Renders the cases, type-checks the expressible ones in one tsc program per config. */
async function typecheck(label: string, cases: Case[]) {
  const dir = join(REPO, 'node_modules', '.cache', `tlsnip-tsc-${label}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ts = TARGETS.find((t) => t.id === 'ts')!;
  const skipped: string[] = [];
  let written = 0;
  for (const c of cases) {
    const [prepared] = await prepareTargets([ts], c.opts);
    const method = lookup(schema).method(c.name)!;
    const call = methodCall(schema, method, c.opts.values);
    const why = missingInGramjs(call, method.params.length);
    if (why) {
      skipped.push(`${c.name} (${why})`);
      continue;
    }
    const s = renderMethod([prepared!], schema, method, call, c.opts).snippets[0]!;
    writeFileSync(join(dir, `${c.name}.ts`), s.code);
    written++;
  }
  const results: Record<string, string> = {};
  for (const [name, cfg] of Object.entries(CONFIGS)) {
    const tsconfig = join(dir, `tsconfig.${name}.json`);
    writeFileSync(tsconfig, JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', ...cfg, esModuleInterop: true, skipLibCheck: true, types: ['node'] },
      include: ['*.ts'],
    }));
    const r = spawnSync(TSC, ['-p', tsconfig], { encoding: 'utf8' });
    results[name] = `${r.stdout}${r.stderr}`.trim();
  }
  console.log(`[tsc ${label}] telegram ${GRAMJS_VERSION} (layer ${GRAMJS_LAYER}): type-checked ${written}, skipped ${skipped.length} that use what layer ${GRAMJS_LAYER} lacks${skipped.length ? `:\n  ${skipped.slice(0, 40).join('\n  ')}${skipped.length > 40 ? '\n  …' : ''}` : ''}`);
  rmSync(dir, { recursive: true, force: true });
  return { written, skipped, results };
}

describe(`TypeScript snippets against telegram ${GRAMJS_VERSION}`, () => {
  it('the golden fixtures type-check (strict, NodeNext and bundler)', async () => {
    const cases = loadFixtures().map((f) => ({ name: f.method, opts: fixtureOptions(f) }));
    const { written, results } = await typecheck('fixtures', cases);
    expect(written).toBeGreaterThanOrEqual(12);
    expect(results).toEqual({ nodenext: '', bundler: '' });
  });

  it('every method of the bundled layer that layer 198 can express type-checks, with and without flags', async () => {
    const cases: Case[] = [];
    for (const m of schema.methods) {
      cases.push({ name: m.name, opts: DEFAULT_SNIPPET_OPTIONS });
    }
    const { written, results } = await typecheck('all', cases);
    expect(written).toBeGreaterThan(500);
    expect(results).toEqual({ nodenext: '', bundler: '' });
    const withFlags = await typecheck('all-flags', schema.methods.map((m) => ({ name: m.name, opts: { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic', flags: 'all', set: {} } } })));
    expect(withFlags.written).toBeGreaterThan(300);
    expect(withFlags.results).toEqual({ nodenext: '', bundler: '' });
  });

  it('a wrong value is caught (the check can fail)', async () => {
    const dir = join(REPO, 'node_modules', '.cache', `tlsnip-tsc-neg-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bad.ts'), 'import { Api } from "telegram";\nexport const r = new Api.photos.GetUserPhotos({ userId: "durov", maxId: 0 });\n');
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, types: ['node'] }, include: ['*.ts'] }));
    const r = spawnSync(TSC, ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stdout).toMatch(/TS2322/);
  });
});
