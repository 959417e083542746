/** Every loader's output is deeply frozen: any mutation throws (test modules run in strict mode). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { loadBundle } from '../../src/loaders/bundle.js';
import { loadBundledDefault, writeBundledCache } from '../../src/loaders/bundled.js';
import { loadSchema } from '../../src/loaders/index.js';
import { loadMtcuteFile } from '../../src/loaders/mtcute.js';
import { loadTlFile } from '../../src/loaders/tl.js';
import type { SchemaModel } from '../../src/model/types.js';
import { REPO } from '../shared.js';

const FIX = join(REPO, 'test/fixtures/loaders');

/** Counts the objects of the tree and throws on the first one that is not frozen. */
function assertDeepFrozen(value: unknown, path = 'model'): number {
  if (value === null || typeof value !== 'object') return 0;
  if (!Object.isFrozen(value)) throw new Error(`${path} is not frozen`);
  let count = 1;
  for (const [k, v] of Object.entries(value)) count += assertDeepFrozen(v, `${path}.${k}`);
  return count;
}

function assertMutationsThrow(m: SchemaModel): void {
  const method = m.methods[0]!;
  expect(() => {
    (m as { layer: number | null }).layer = 1;
  }).toThrow(TypeError);
  expect(() => {
    (m.methods as unknown[]).push(method);
  }).toThrow(TypeError);
  expect(() => {
    (method as { name: string }).name = 'x';
  }).toThrow(TypeError);
  expect(() => {
    (method.generics as unknown[]).push({ name: 'X', type: 'Type' });
  }).toThrow(TypeError);
  if (method.params[0]) {
    expect(() => {
      (method.params[0] as { description: string }).description = 'x';
    }).toThrow(TypeError);
  }
  expect(() => {
    (m.types[0]!.constructors as string[]).push('x');
  }).toThrow(TypeError);
}

describe('loader outputs are deeply frozen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tlsnip-frozen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const loaders: [string, () => Promise<SchemaModel>][] = [
    ['loadTlFile', () => loadTlFile(join(FIX, 'mini/main.tl'))],
    ['loadBundle', () => loadBundle(join(FIX, 'mini/bundle-2018.json'))],
    ['loadMtcuteFile', () => loadMtcuteFile(join(FIX, 'mtcute-mini/api-schema.json'))],
    ['loadSchema(.json bundle)', () => loadSchema(join(FIX, 'mini/bundle-core.json'))],
    ['loadBundledDefault (converting)', () => loadBundledDefault({ cacheFile: join(dir, 'absent.json') })],
    [
      'loadBundledDefault (cache)',
      async () => {
        const file = join(dir, 'cache.json');
        await writeBundledCache(file);
        return loadBundledDefault({ cacheFile: file });
      },
    ],
  ];
  for (const [name, load] of loaders) {
    it(name, async () => {
      const m = await load();
      expect(assertDeepFrozen(m)).toBeGreaterThan(10);
      assertMutationsThrow(m);
    });
  }
});
