/**
 * The committed golden snippets (snippets/<target>/<method><ext>) equal what the tool renders now,
 * byte for byte. Regenerate with `npm run snippets` after an intended change and review the diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import { SNIPPETS_DIR, loadFixtures, renderGolden } from '../src/fixtures/golden.js';
import type { MethodResult } from '../src/render/checked.js';
import { TARGETS } from '../src/targets/registry.js';

let files: Map<string, string>;
let results: MethodResult[];

beforeAll(async () => {
  ({ files, results } = await renderGolden(await loadSchema(undefined)));
});

describe('golden snippets', () => {
  it('cover at least 12 fixture methods, each for every target that can show it', () => {
    expect(loadFixtures().length).toBeGreaterThanOrEqual(12);
    for (const r of results) expect(r.snippets.length + r.skipped.length, r.method).toBe(TARGETS.length);
  });

  it('are all valid', () => {
    const invalid = results.flatMap((r) => r.snippets.filter((s) => !s.valid).map((s) => `${s.target}/${r.method}: ${s.errors[0]?.message}`));
    expect(invalid).toEqual([]);
  });

  it('match the committed files byte for byte (npm run snippets regenerates them)', () => {
    const mismatched: string[] = [];
    for (const [rel, code] of files) {
      const path = join(SNIPPETS_DIR, rel);
      if (!existsSync(path)) mismatched.push(`${rel}: missing (run npm run snippets)`);
      else if (readFileSync(path, 'utf8') !== code) mismatched.push(`${rel}: differs from the rendered snippet`);
    }
    expect(mismatched).toEqual([]);
    for (const rel of [...files.keys()]) expect(readFileSync(join(SNIPPETS_DIR, rel), 'utf8')).toBe(files.get(rel));
  });

  it('has no stale file of a removed fixture', () => {
    const stale = TARGETS.flatMap((t) =>
      existsSync(join(SNIPPETS_DIR, t.id)) ? readdirSync(join(SNIPPETS_DIR, t.id)).map((n) => `${t.id}/${n}`).filter((rel) => !files.has(rel)) : [],
    );
    expect(stale).toEqual([]);
  });

  it('skips http-bot exactly for the user-only fixtures and http-user for the bot-only ones', () => {
    const skipped = Object.fromEntries(results.map((r) => [r.method, r.skipped.map((s) => s.target)]));
    expect(skipped['account.changePhone']).toEqual(['http-bot']);
    expect(skipped['bots.setBotCommands']).toEqual(['http-user']);
    expect(skipped['photos.getUserPhotos']).toEqual([]);
  });
});

describe('fixture coverage', () => {
  it('covers every TL construct the issue names', async () => {
    const { methodCall } = await import('../src/render/snippet.js');
    const { fixtureOptions } = await import('../src/fixtures/golden.js');
    const { lookup } = await import('../src/model/lookup.js');
    const schema = await loadSchema(undefined);
    const seen = new Set<string>();
    const walk = (v: import('../src/values/types.js').Value, depth: number, name: string): void => {
      seen.add(v.kind);
      if (v.kind === 'peer') seen.add(`peer:${v.tlType}`);
      if (v.kind === 'bool') seen.add('bool');
      if (v.kind === 'object') {
        if (depth > 0) seen.add('nested constructor');
        if (v.isMethod) seen.add('query');
        for (const f of v.fields) walk(f.value, depth + 1, f.name);
      }
      if (v.kind === 'vector') v.items.forEach((i) => walk(i, depth + 1, name));
      if (['until', 'from', 'private', 'list'].includes(name)) seen.add(`reserved:${name}`);
    };
    for (const f of loadFixtures()) {
      const method = lookup(schema).method(f.method)!;
      const call = methodCall(schema, method, fixtureOptions(f).values);
      if (call.args.length === 0) seen.add('no params');
      for (const p of method.params) if (p.type === 'true' && call.args.some((a) => a.name === p.name)) seen.add('flag true');
      for (const a of call.args) walk(a.value, 0, a.name);
    }
    for (const construct of [
      'no params', 'flag true', 'bool', 'vector', 'bytes', 'long', 'int', 'double', 'string', 'nested constructor', 'query',
      'peer:InputPeer', 'peer:InputUser', 'peer:InputChannel', 'file', 'reserved:until', 'reserved:private', 'reserved:list',
    ]) expect(seen, construct).toContain(construct);
  });
});

describe('purity', () => {
  it('rendering the targets in another order, twice, gives byte-identical output', async () => {
    const { prepareTargets, renderMethod } = await import('../src/render/checked.js');
    const { methodCall, DEFAULT_SNIPPET_OPTIONS } = await import('../src/render/snippet.js');
    const { fixtureOptions } = await import('../src/fixtures/golden.js');
    const { lookup } = await import('../src/model/lookup.js');
    const schema = await loadSchema(undefined);
    const forward = await prepareTargets(TARGETS, DEFAULT_SNIPPET_OPTIONS);
    const backward = [...forward].reverse();
    for (const f of loadFixtures()) {
      const method = lookup(schema).method(f.method)!;
      const opts = fixtureOptions(f);
      const call = methodCall(schema, method, opts.values);
      const a = renderMethod(forward, schema, method, call, opts).snippets;
      const b = renderMethod(backward, schema, method, call, opts).snippets;
      const c = renderMethod(forward, schema, method, methodCall(schema, method, opts.values), opts).snippets;
      for (const s of a) {
        expect(b.find((x) => x.target === s.target)!.code, `${s.target} ${f.method}`).toBe(s.code);
        expect(c.find((x) => x.target === s.target)!.code).toBe(s.code);
      }
    }
  });
});
