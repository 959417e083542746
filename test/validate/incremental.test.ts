/**
 * checkCode reuses the previous tree of a grammar (incremental parsing). Its diagnostics must be
 * exactly those of a fresh parse, for valid code, broken code, and text with non-ASCII characters
 * (web-tree-sitter counts UTF-16 units; a wrong edit position would show up here).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCode, forgetTrees } from '../../src/validate/check.js';
import { loadGrammars, type GrammarId } from '../../src/validate/grammars.js';
import { loadSchema } from '../../src/loaders/index.js';
import { TARGETS } from '../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';

const snippets = new Map<GrammarId, string[]>();

beforeAll(async () => {
  await loadGrammars(['php', 'lua', 'typescript', 'json', 'bash']);
  const schema = await loadSchema(undefined);
  const prepared = await prepareTargets(TARGETS, DEFAULT_SNIPPET_OPTIONS);
  for (const m of schema.methods.slice(0, 200)) {
    const opts = { ...DEFAULT_SNIPPET_OPTIONS, values: { ...DEFAULT_SNIPPET_OPTIONS.values, set: m.params.some((p) => p.name === 'message' && p.type === 'string') ? { message: 'héllo 😀 ünïcødé ✓\\nsecond line' } : {} } };
    for (const s of renderMethod(prepared, schema, m, methodCall(schema, m, opts.values), opts).snippets) {
      const grammar = TARGETS.find((t) => t.id === s.target)!.grammar.id;
      snippets.set(grammar, [...(snippets.get(grammar) ?? []), s.code]);
    }
  }
});

const fresh = (g: GrammarId, code: string) => {
  forgetTrees();
  return checkCode(g, code);
};

describe('incremental parsing', () => {
  it('finds every snippet valid when parsed in sequence, each reusing the previous tree', () => {
    for (const [g, list] of snippets) {
      forgetTrees();
      for (const code of list) {
        const incremental = checkCode(g, code);
        expect(incremental, `${g}`).toEqual([]);
      }
    }
  });

  it('gives the diagnostics of a fresh parse for broken snippets (deleted, inserted and replaced text)', () => {
    const all = [...snippets.entries()].flatMap(([g, list]) => list.map((code) => [g, code] as const));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('', ')', '"', "'", '{', 'é😀', '\n', '$', ']]'),
        (a, b, at, len, insert) => {
          const [g, before] = all[a]!;
          const code = all[b]![0] === g ? all[b]![1] : before;
          const i = at % (code.length + 1);
          const broken = code.slice(0, i) + insert + code.slice(i + len);
          forgetTrees();
          checkCode(g, before); // the tree an incremental parse starts from
          const incremental = checkCode(g, broken);
          expect(incremental).toEqual(fresh(g, broken));
        },
      ),
      { numRuns: 400 },
    );
  });
});
