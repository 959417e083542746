import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { ACCEPTED_FORMATS, loadSchema } from '../../src/loaders/index.js';
import { REPO } from '../shared.js';
import { staticGraph } from '../support/imports.js';

const FIX = join(REPO, 'test/fixtures/loaders');

async function failure(path: string): Promise<string> {
  try {
    await loadSchema(path);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('loaded');
}

describe('loadSchema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tlsnip-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no path → the bundled default', async () => {
    const m = await loadSchema();
    expect(m.source).toMatch(/^@mtcute\/tl \d+\.\d+\.\d+$/);
    expect(m.methods.length).toBeGreaterThanOrEqual(700);
  });

  it('a .tl file → that schema', async () => {
    const m = await loadSchema(join(FIX, 'mini/main.tl'));
    expect(m.layer).toBe(99);
    expect(m.methods).toHaveLength(8);
  });

  it('a .json with "bundle" → a bundle', async () => {
    const m = await loadSchema(join(FIX, 'mini/bundle-2018.json'));
    expect(m.layer).toBe(75);
    expect(m.methods.find((x) => x.name === 'test.blocked')!.disallowed).not.toBeNull();
  });

  it('a .json with "e" and "l" → an mtcute api-schema, with its sibling raw-errors.json', async () => {
    const m = await loadSchema(join(FIX, 'mtcute-mini/api-schema.json'));
    expect(m.layer).toBe(200);
    expect(m.methods.find((x) => x.name === 'bots.setBotCommands')!.usability).toBe('bot');
  });

  it('an api-schema without a sibling raw-errors.json', async () => {
    const sub = join(dir, 'alone');
    mkdirSync(sub);
    writeFileSync(join(sub, 'schema.json'), readFileSync(join(FIX, 'mtcute-mini/api-schema.json')));
    const m = await loadSchema(join(sub, 'schema.json'));
    expect(m.methods.every((x) => x.usability === 'unknown')).toBe(true);
  });

  it('a missing file', async () => {
    expect(await failure(join(dir, 'missing.tl'))).toBe(`${join(dir, 'missing.tl')}: no such file`);
  });

  it('a directory → suggests a bundle.json', async () => {
    expect(await failure(join(FIX, 'mtcute-mini'))).toMatch(/: is a directory; pass a bundle manifest \(a bundle\.json/);
    const withManifest = join(dir, 'set');
    mkdirSync(withManifest);
    writeFileSync(join(withManifest, 'bundle.json'), '{}');
    expect(await failure(withManifest)).toBe(`${withManifest}: is a directory; pass its bundle manifest instead: ${join(withManifest, 'bundle.json')}`);
  });

  it('an unknown format → says which formats are accepted', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"hello": 1}');
    expect(await failure(other)).toBe(`${other}: not a schema this tool reads; expected ${ACCEPTED_FORMATS}`);
    const txt = join(dir, 'schema.txt');
    writeFileSync(txt, 'a = B;');
    expect(await failure(txt)).toBe(`${txt}: unknown schema format; expected ${ACCEPTED_FORMATS}`);
  });

  it('invalid JSON → file:line:column', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "bundle": 1,\n  oops\n}');
    expect(await failure(bad)).toBe(`${bad}:3:3: invalid JSON: Expected double-quoted property name`);
  });

  it('a TL syntax error → file:line:column: expected …, got …', async () => {
    const bad = join(dir, 'bad.tl');
    writeFileSync(bad, 'ok = B;\nbroken#1 x:int\n');
    expect(await failure(bad)).toBe(`${bad}:3:1: expected a parameter (\`name:Type\`) or \`=\`, got end of file`);
  });
});

/**
 * The cache path must not load zod or node-html-markdown: follow the static (non-type) imports of
 * bundled.ts and index.ts through the repo's modules and check none of them is reached.
 */
describe('lazy imports on the default path', () => {
  for (const entry of ['bundled.ts', 'index.ts']) {
    it(`${entry} reaches neither zod nor node-html-markdown statically`, () => {
      const graph = [...staticGraph(join(REPO, 'src/loaders', entry))];
      expect(graph.filter((s) => s === 'zod' || s.startsWith('zod/') || s === 'node-html-markdown')).toEqual([]);
      expect(graph.filter((s) => /model\/(schema|validate)\.ts$|loaders\/(mtcute|html-md|bundle|tl)\.ts$/.test(s))).toEqual([]);
    });
  }

  it('the graph walker does see them on the conversion path', () => {
    const graph = staticGraph(join(REPO, 'src/loaders/mtcute.ts'));
    expect(graph.has('zod')).toBe(true);
    expect(graph.has('node-html-markdown')).toBe(true);
  });
});
