/** Only what the layer has: examples never use an entry Telegram's layer lacks; abstract types pick what a user sends. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { lookup } from '../../src/model/lookup.js';
import type { SchemaModel } from '../../src/model/types.js';
import { COMPAT_ENTRIES, TYPE_OVERRIDES } from '../../src/values/constructors.js';
import { buildCall } from '../../src/values/generate.js';
import { valueSites } from '../../src/values/report.js';
import { describeShared, sharedPath } from '../shared.js';

let schema: SchemaModel;
beforeAll(async () => {
  schema = await loadSchema(undefined);
});

const mtcuteApi = () =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@mtcute/tl/api-schema.json'), 'utf8')) as { e: { name: string }[] };

/** Every constructor and nested method name the examples of the bundled layer use. */
function usedNames(): Set<string> {
  const used = new Set<string>();
  for (const flags of ['none', 'all'] as const) {
    for (const m of schema.methods) {
      for (const s of valueSites(m.name, buildCall(schema, m, { mode: 'realistic', flags, set: {} }).args)) {
        if (s.value.kind === 'object') used.add(s.value.constructor);
      }
    }
  }
  return used;
}

describe('constructors of the examples', () => {
  it('never one of the compatibility entries', () => {
    expect([...usedNames()].filter((n) => COMPAT_ENTRIES.has(n))).toEqual([]);
  });
  it('upload.getFile downloads a document, with its file_reference, the whole file', () => {
    const loc = buildCall(schema, lookup(schema).method('upload.getFile')!, { mode: 'realistic', flags: 'none', set: {} }).args[0]!.value;
    expect(loc).toMatchObject({ kind: 'object', constructor: 'inputDocumentFileLocation' });
    expect(loc.kind === 'object' && loc.fields.map((f) => f.name)).toContain('file_reference');
  });
  it('every override names a constructor of its type', () => {
    for (const [type, o] of Object.entries(TYPE_OVERRIDES)) {
      expect(lookup(schema).constructorsOf(type).map((c) => c.name), type).toContain(o.constructor);
    }
  });
  it('the list names entries of the installed @mtcute/tl', () => {
    const names = new Set(mtcuteApi().e.map((e) => e.name));
    expect([...COMPAT_ENTRIES].filter((n) => !names.has(n))).toEqual([]);
  });
});

describeShared('compatibility entries against the official layer-223 schema in ../shared', () => {
  const tl = () => readFileSync(sharedPath('data', 'madeline-modern', 'TL_telegram_v223.tl'), 'utf8');
  const official = () => new Set([...tl().matchAll(/^([a-zA-Z][\w.]*)#[0-9a-f]+/gm)].map((m) => m[1]!));
  it('the shipped list is exactly the @mtcute/tl entries the official schema lacks', () => {
    const names = official();
    expect(mtcuteApi().e.map((e) => e.name).filter((n) => !names.has(n)).sort()).toEqual([...COMPAT_ENTRIES].sort());
  });
  it('every constructor of every example of the bundled layer is in the official schema', () => {
    const names = official();
    expect([...usedNames()].filter((n) => !names.has(n))).toEqual([]);
  });
});
