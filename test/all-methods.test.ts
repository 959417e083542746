/**
 * Every method of the bundled layer and of each bundle in ../shared renders for every target with
 * zero tree-sitter errors, with flags omitted, with every flag set, and in placeholder mode.
 */
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import { TARGETS } from '../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type SnippetOptions } from '../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../src/render/checked.js';
import { BUNDLE_176, BUNDLE_2018, BUNDLE_MODERN, describeShared } from './shared.js';

const MODES: [string, SnippetOptions['values']][] = [
  ['realistic values, no flags', { mode: 'realistic', flags: 'none', set: {} }],
  ['realistic values, every flag', { mode: 'realistic', flags: 'all', set: {} }],
  ['placeholders', { mode: 'placeholder', flags: 'all', set: {} }],
];

async function renderAll(path: string | undefined, values: SnippetOptions['values']) {
  const schema = await loadSchema(path);
  const opts = { ...DEFAULT_SNIPPET_OPTIONS, values };
  const prepared = await prepareTargets(TARGETS, opts);
  let count = 0;
  const invalid: string[] = [];
  for (const m of schema.methods) {
    const r = renderMethod(prepared, schema, m, methodCall(schema, m, values), opts);
    count += r.snippets.length;
    for (const s of r.snippets) {
      for (const e of s.errors) invalid.push(`${s.target} ${m.name} ${e.in ? `${e.in} ` : ''}${e.line}:${e.column}: ${e.message}\n${e.frame}`);
    }
    // Every target shows every method, except http-bot/http-user for user-only/bot-only ones.
    expect(r.snippets.length + r.skipped.length).toBe(TARGETS.length);
  }
  return { schema, count, invalid };
}

function suite(name: string, path: string | undefined, minMethods: number) {
  for (const [mode, values] of MODES) {
    it(`${name}: every method, every target, ${mode}: zero tree-sitter errors`, async () => {
      const { schema, count, invalid } = await renderAll(path, values);
      expect(schema.methods.length).toBeGreaterThanOrEqual(minMethods);
      expect(count).toBeGreaterThanOrEqual(schema.methods.length * 4);
      expect(invalid.slice(0, 5)).toEqual([]);
    });
  }
}

describe('bundled layer (@mtcute/tl)', () => suite('bundled', undefined, 700));
describeShared('bundles in ../shared', () => {
  suite('layer 75 (2018)', BUNDLE_2018, 244);
  suite('layer 223', BUNDLE_MODERN, 757);
  suite('layer 176', BUNDLE_176, 599);
});
