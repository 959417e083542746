/**
 * PHP and TypeScript output is already in prettier's style: formatting it with prettier 3
 * (+ @prettier/plugin-php) changes nothing. Checked for the default output of every fixture
 * method, and of every method of the bundled layer.
 */
import * as prettier from 'prettier';
import * as phpPlugin from '@prettier/plugin-php';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../src/loaders/index.js';
import { TARGETS } from '../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../src/render/checked.js';
import { renderGolden } from '../src/fixtures/golden.js';
import { PRETTIER_PHP } from '../src/targets/php/target.js';
import { PRETTIER_TS } from '../src/targets/ts/target.js';

const plugins = [phpPlugin as unknown as prettier.Plugin];
const format = (language: string, code: string) =>
  language === 'php' ? prettier.format(code, { ...PRETTIER_PHP, plugins }) : prettier.format(code, PRETTIER_TS);

async function unstable(snippets: { name: string; language: string; code: string }[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of snippets) {
    const formatted = await format(s.language, s.code);
    if (formatted !== s.code) out.push(`${s.name}\n--- ours\n${s.code}--- prettier\n${formatted}`);
  }
  return out;
}

describe('prettier conformance', () => {
  it('every fixture method: php and ts output is unchanged by prettier', async () => {
    const { results } = await renderGolden(await loadSchema(undefined));
    const snippets = results.flatMap((r) =>
      r.snippets.filter((s) => s.language === 'php' || s.language === 'ts').map((s) => ({ name: `${s.target} ${r.method}`, ...s })),
    );
    expect(snippets.length).toBeGreaterThanOrEqual(24);
    expect((await unstable(snippets)).slice(0, 3)).toEqual([]);
  });

  for (const [style, render] of [
    ['named arguments', DEFAULT_SNIPPET_OPTIONS.render],
    ['legacy array, no boilerplate', { ...DEFAULT_SNIPPET_OPTIONS.render, phpStyle: 'array' as const, boilerplate: false }],
  ] as const) {
    it(`every method of the bundled layer (${style}): php and ts output is unchanged by prettier`, async () => {
      const schema = await loadSchema(undefined);
      const opts = { ...DEFAULT_SNIPPET_OPTIONS, render };
      const prepared = await prepareTargets(TARGETS.filter((t) => t.id === 'php' || t.id === 'ts'), opts);
      const snippets = schema.methods.flatMap((m) =>
        renderMethod(prepared, schema, m, methodCall(schema, m, opts.values), opts).snippets.map((s) => ({ name: `${s.target} ${m.name}`, ...s })),
      );
      expect((await unstable(snippets)).slice(0, 3)).toEqual([]);
    });
  }
});
