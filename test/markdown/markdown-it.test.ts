/**
 * The markdown-it plugin over the repo's own markdown-it: a `tlsnip` fence becomes one block per
 * target, code byte for byte what `tlsnip snippet` prints, inside VitePress's `::: code-group`
 * container (or plain), and a bad fence stops the render with the page, the line and the message.
 * (The real VitePress build is test/sites/vitepress.test.ts.)
 */
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { listTargets, loadSchema, renderSnippets } from '../../src/api/index.js';
import { tlsnipMarkdownIt, markdownOf } from '../../src/markdown/markdown-it.js';
import { FenceError } from '../../src/markdown/fence.js';

type Plugin = Awaited<ReturnType<typeof tlsnipMarkdownIt>>;
let plain: Plugin;
let vitepress: Plugin;

beforeAll(async () => {
  [plain, vitepress] = await Promise.all([tlsnipMarkdownIt({ tabs: 'plain' }), tlsnipMarkdownIt()]);
});

/** The fences of a markdown-it token stream, as [info, content]. */
function fences(md: MarkdownIt, src: string): [string, string][] {
  return md
    .parse(src, { path: 'guide/page.md' })
    .filter((t) => t.type === 'fence')
    .map((t) => [t.info, t.content]);
}

describe('markdown-it plugin', () => {
  it('expands a fence into the CLI’s snippets, byte for byte, one block per target', async () => {
    const md = new MarkdownIt().use(plain as never);
    const got = fences(md, 'Intro\n\n```tlsnip messages.sendMessage --set message="Hello!" --target php,ts,telethon\n```\n\nAfter\n');
    const want = await renderSnippets(await loadSchema(), 'messages.sendMessage', { targets: ['php', 'ts', 'telethon'], set: { message: 'Hello!' } });
    expect(got).toEqual(want.map((s) => [s.language, s.code]));
    expect(got[0]![1]).toContain("'Hello!'");
  });

  it('wraps the blocks in a VitePress code group, titled with the targets’ labels', () => {
    // Without VitePress's container plugin the ::: lines stay paragraphs; the fences carry the titles.
    const md = new MarkdownIt().use(vitepress as never);
    const src = '```tlsnip photos.getUserPhotos -t php,lua\n```\n';
    const html = md.render(src, {});
    expect(html).toContain('<p>::: code-group</p>');
    const label = (id: string) => listTargets().find((t) => t.id === id)!.label;
    expect(fences(md, src).map(([info]) => info)).toEqual([`php [${label('php')}]`, `lua [${label('lua')}]`]);
    expect(label('php')).toBe('PHP (MadelineProto)');
  });

  it('keeps a fence nested in a list item inside the item', () => {
    const md = new MarkdownIt().use(plain as never);
    const html = md.render('- step one\n\n  ```tlsnip help.getConfig -t php --no-boilerplate\n  ```\n- step two\n', {});
    expect(html).toMatch(/<li>\s*<p>step one<\/p>\s*<pre><code class="language-php">\$Config = \$MadelineProto-&gt;help-&gt;getConfig\(\);\n<\/code><\/pre>\s*<\/li>/);
  });

  it('leaves other fences alone', () => {
    const md = new MarkdownIt().use(plain as never);
    expect(fences(md, '```php\necho 1;\n```\n\n```tlsnipx foo\n```\n')).toEqual([
      ['php', 'echo 1;\n'],
      ['tlsnipx foo', ''],
    ]);
  });

  it('makes a fence longer than any backtick run in the code', () => {
    const text = markdownOf({ method: 'x', snippets: [{ target: 'php', label: 'PHP', language: 'php', code: 'a ``` b\n', valid: true, errors: [] }] }, 'plain');
    expect(text).toBe('````php\na ``` b\n````\n');
  });

  const bad: [string, RegExp][] = [
    ['photos.getUserPhoto', /unknown method "photos.getUserPhoto".*did you mean "photos.getUserPhotos"/],
    ['photos.getUserPhotos --target phpp', /unknown target "phpp"/],
    ['photos.getUserPhotos --set nope=1', /--set nope: photos.getUserPhotos has no parameter "nope"/],
    ['photos.getUserPhotos --set limit=ten', /limit/],
    ['photos.getUserPhotos --targte php', /Unknown argument: targte/],
    ['photos.getUserPhotos --flags some', /Invalid values:[^]*flags/],
    ['photos.getUserPhotos --schema other.tl', /--schema is not a fence argument: set the plugin's "schema" option/],
    ['photos.getUserPhotos --json', /--json is not a fence argument$/],
    ['photos.getUserPhotos "unclosed', /cannot split the fence's arguments/],
    ['messages.*', /"messages.\*" is a pattern: a fence shows one method/],
    ['', /a tlsnip fence names a method/],
    ['auth.sendCode -t http-bot', /http-bot: /],
  ];
  for (const [args, message] of bad) {
    it(`stops at a bad fence with the page and line: \`${args || '(nothing)'}\``, () => {
      const md = new MarkdownIt().use(plain as never);
      let error: unknown;
      try {
        md.render(`# Title\n\nText\n\n\`\`\`tlsnip ${args}\n\`\`\`\n`, { path: '/site/guide/page.md' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FenceError);
      const e = error as FenceError;
      expect(e.message.startsWith('/site/guide/page.md:5: tlsnip: ')).toBe(true);
      expect(e.reason).toMatch(message);
      expect(e.exitCode).toBe(2);
    });
  }

  it('names the page by VitePress’s relativePath when there is no path, and works without env', () => {
    const md = new MarkdownIt().use(plain as never);
    expect(() => md.render('```tlsnip nope.nope\n```\n', { relativePath: 'a/b.md' })).toThrow(/^a\/b\.md:1: tlsnip: unknown method/);
    expect(() => md.render('```tlsnip nope.nope\n```\n')).toThrow(/^<markdown>:1: tlsnip: unknown method/);
  });

  it('counts the lines of front matter another plugin removed (as VitePress does) in the fence’s line', () => {
    // Like @mdit-vue/plugin-frontmatter: md.render is wrapped to render the page without its front matter.
    const frontMatter = (md: MarkdownIt) => {
      const render = md.render.bind(md);
      md.render = (src, env) => render(src.replace(/^---\n[^]*?\n---\n/, ''), env);
    };
    const page = '---\ntitle: Broken\n---\n\n# Broken\n\n```tlsnip nope.nope\n```\n';
    const md = new MarkdownIt().use(frontMatter).use(plain as never);
    expect(() => md.render(page, { path: 'p.md' })).toThrow(/^p\.md:7: tlsnip: unknown method/);
    // Without the front matter plugin the page is parsed whole: the line is the same.
    expect(() => new MarkdownIt().use(plain as never).render(page, { path: 'p.md' })).toThrow(/^p\.md:7: /);
    // The same env used again for another page does not keep the first page's offset.
    const env = { path: 'q.md' };
    expect(() => md.render(page, env)).toThrow(/^q\.md:7: /);
    expect(() => md.render('```tlsnip nope.nope\n```\n', env)).toThrow(/^q\.md:1: /);
  });

  it('refuses an unknown tabs style', async () => {
    await expect(tlsnipMarkdownIt({ tabs: 'tabs' as never })).rejects.toThrow(/tabs must be "vitepress" or "plain"/);
  });

  it('fails to load with a schema that does not exist', async () => {
    await expect(tlsnipMarkdownIt({ schema: 'no/such/schema.tl' })).rejects.toThrow(/no\/such\/schema\.tl: no such file/);
  });
});
