/**
 * The remark plugin on mdast trees as remark-parse makes them: a `tlsnip` code node becomes
 * Docusaurus's tabs (MDX JSX) with the CLI's code, the Tabs imports are added once per page, and a
 * bad fence fails through vfile with the page, line and message. (The real Docusaurus build is
 * test/sites/docusaurus.test.ts.)
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadSchema, renderSnippets } from '../../src/api/index.js';
import { remarkTlsnip } from '../../src/markdown/remark.js';
import { FenceError } from '../../src/markdown/fence.js';

interface N {
  type: string;
  [k: string]: unknown;
  children?: N[];
}

const code = (meta: string | null, line = 3, lang = 'tlsnip'): N => ({ type: 'code', lang, meta, value: '', position: { start: { line, column: 1, offset: 0 }, end: { line: line + 1, column: 4, offset: 0 } } });
const page = (...children: N[]): N => ({ type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Guide' }] }, ...children] });

/** A vfile's `fail`, as vfile 6 does it: a message with the file and the place, thrown. */
function vfile(path: string) {
  return {
    path,
    fail(reason: string, place: { start: { line: number; column: number } }, origin: string) {
      const e = new Error(`${path}:${place.start.line}:${place.start.column}: ${reason}`) as Error & { origin: string };
      e.origin = origin;
      throw e;
    },
  };
}

describe('remark plugin', () => {
  it('turns a fence into Docusaurus tabs with the CLI’s code, and imports the tab components once', async () => {
    const tree = page(code('messages.sendMessage --set message="Hello!" -t php,mtcute'), { type: 'paragraph', children: [] }, code('help.getConfig -t lua', 9));
    await remarkTlsnip()(tree as never, vfile('docs/guide.md'));
    const [imports, , tabs, , tabs2] = tree.children!;
    expect(imports!.type).toBe('mdxjsEsm');
    expect(imports!.value).toBe("import TlsnipTabs from '@theme/Tabs';\nimport TlsnipTabItem from '@theme/TabItem';");
    expect(tree.children!.filter((n) => n.type === 'mdxjsEsm')).toHaveLength(1);
    expect(tabs).toMatchObject({ type: 'mdxJsxFlowElement', name: 'TlsnipTabs', attributes: [{ type: 'mdxJsxAttribute', name: 'groupId', value: 'tlsnip' }] });
    const want = await renderSnippets(await loadSchema(), 'messages.sendMessage', { targets: ['php', 'mtcute'], set: { message: 'Hello!' } });
    expect(tabs!.children!.map((t) => [t.name, t.attributes, t.children![0]])).toEqual(
      want.map((s) => [
        'TlsnipTabItem',
        [
          { type: 'mdxJsxAttribute', name: 'value', value: s.target },
          { type: 'mdxJsxAttribute', name: 'label', value: s.label },
        ],
        { type: 'code', lang: s.language, meta: null, value: s.code.replace(/\n$/, '') },
      ]),
    );
    expect(tabs2!.children).toHaveLength(1);
  });

  it('finds fences nested in lists and block quotes, and leaves a page without fences untouched', async () => {
    const tree = page({ type: 'list', children: [{ type: 'listItem', children: [code('help.getConfig -t ts')] }] });
    await remarkTlsnip({ tabs: 'plain' })(tree as never, vfile('a.md'));
    const item = (tree.children![1]!.children![0]!.children!)[0]!;
    expect(item).toMatchObject({ type: 'code', lang: 'ts', meta: 'title="TypeScript (GramJS)"' });
    const untouched = page(code('x', 3, 'php'));
    const before = JSON.stringify(untouched);
    await remarkTlsnip()(untouched as never, vfile('b.md'));
    expect(JSON.stringify(untouched)).toBe(before);
  });

  it('fails the page through vfile with the file, the fence’s line and tlsnip’s message', async () => {
    await expect(remarkTlsnip()(page(code('photos.getUserPhoto', 7)) as never, vfile('docs/intro.mdx'))).rejects.toThrow(
      /^docs\/intro\.mdx:7:1: tlsnip: unknown method "photos\.getUserPhoto".*did you mean "photos\.getUserPhotos"/,
    );
  });

  it('throws a FenceError with the place when the host has no vfile fail()', async () => {
    const err = await remarkTlsnip()(page(code('photos.getUserPhotos --set nope=1', 4)) as never, { path: 'p.md' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FenceError);
    expect((err as FenceError).message).toMatch(/^p\.md:4: tlsnip: --set nope:/);
  });

  it('works when required as CommonJS (Docusaurus loads its config with jiti), as the same module', async () => {
    const required = createRequire(import.meta.url)('tlsnip/remark') as typeof remarkTlsnip & { remarkTlsnip: typeof remarkTlsnip };
    expect(required.remarkTlsnip).toBe(required);
    const tree = page(code('help.getConfig -t php'));
    await required({ tabs: 'plain' })(tree as never, vfile('c.md'));
    expect(tree.children![1]).toMatchObject({ type: 'code', lang: 'php', meta: 'title="PHP (MadelineProto)"' });
  });

  it('reports an invalid snippet with the method, target, line:column and code frame', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlsnip-remark-'));
    mkdirSync(join(dir, 'snippets'));
    writeFileSync(join(dir, 'snippets', 'php.hbs'), '<?php\nfunction (\n');
    const err = await remarkTlsnip({ templates: dir })(page(code('help.getConfig -t php', 5)) as never, { path: 'p.md' }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^p\.md:5: tlsnip: invalid php snippet of help\.getConfig at 2:\d+: [^\n]+\n[^]*\|/);
  });
});
