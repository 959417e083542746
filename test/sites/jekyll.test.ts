/**
 * The docs under Jekyll, the engine GitHub Pages runs (Debian's jekyll 4, with
 * jekyll-relative-links so that the pages' .md links become the built .html pages): the modern
 * output of the bundled layer, with the Jekyll files its theme ships, builds with no warning
 * (Liquid would otherwise eat Lua's nested tables), every code block of every method page in the
 * built HTML equals code-samples.json byte for byte, no internal link is broken, and in Chromium it
 * is the --html site (tabs, search). The 2018 theme over layer 75 builds with no warning too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_2018, describeShared, REPO } from '../shared.js';
import { brokenLinks, codeBlocks, jekyllBuild, jekyllMissing } from '../support/jekyll.js';
import { launchChromium, serve } from '../support/sites.js';

const skip = jekyllMissing();

/** For a theme that ships no Jekyll files (madeline-2018): what makes its .md links work. */
const CONFIG = 'plugins:\n  - jekyll-relative-links\nrelative_links:\n  enabled: true\n  collections: false\n';

function docs(args: string[]): { src: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tlsnip-jekyll-'));
  const src = join(dir, 'src');
  const r = spawnSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), 'docs', '--out', src, '--json', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  if (!existsSync(join(src, '_config.yml'))) writeFileSync(join(src, '_config.yml'), CONFIG);
  return { src, out: join(dir, 'site') };
}

describe.skipIf(skip !== null)(`Jekyll${skip ? ` (skipped: ${skip})` : ''}`, () => {
  describe('modern theme, bundled layer', () => {
    let dirs: { src: string; out: string };
    let build: ReturnType<typeof jekyllBuild>;
    beforeAll(() => {
      dirs = docs([]);
      build = jekyllBuild(dirs.src, dirs.out);
      process.stderr.write(`[jekyll] modern, bundled layer: ${(build.ms / 1000).toFixed(1)} s\n`);
    });

    it('builds with no warning', () => {
      expect(build.status, build.output).toBe(0);
      expect(build.warnings).toEqual([]);
    });

    it('keeps every code block of every method page byte for byte (code-samples.json)', () => {
      const samples = JSON.parse(readFileSync(join(dirs.src, 'code-samples.json'), 'utf8')) as Record<string, { source: string }[]>;
      const methods = Object.keys(samples);
      expect(methods.length).toBeGreaterThan(700);
      const wrong: string[] = [];
      for (const m of methods) {
        // The page's TL definition line (`name#id … = Type;`) is not a sample.
        const got = codeBlocks(readFileSync(join(dirs.out, 'methods', `${m}.html`), 'utf8')).filter((b) => !b.startsWith(`${m}#`));
        const want = samples[m]!.map((s) => s.source);
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(m);
      }
      expect(wrong).toEqual([]);
      // The pages Liquid used to eat (Lua's nested tables) are among them.
      expect(codeBlocks(readFileSync(join(dirs.out, 'methods', 'messages.getMessages.html'), 'utf8')).join('')).toContain("{{_='inputMessageID'");
    });

    it('is the site --html writes: layout, sidebar, search and tabs from the theme’s Jekyll files', async (ctx) => {
      expect(existsSync(join(dirs.src, '_layouts', 'tlsnip.html'))).toBe(true);
      const page = readFileSync(join(dirs.out, 'methods', 'messages.sendMessage.html'), 'utf8');
      expect(page).toContain('<nav class="sidebar"');
      expect(page).toContain('<h2 class="ns">messages</h2>');
      const launched = await launchChromium();
      if ('skip' in launched) {
        process.stderr.write(`[jekyll] browser check skipped: ${launched.skip}\n`);
        ctx.skip();
        return;
      }
      const server = await serve(dirs.out);
      try {
        const p = await launched.browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors: string[] = [];
        p.on('pageerror', (e) => errors.push(e.message));
        p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await p.goto(`${server.url}/methods/messages.sendMessage.html`);
        const samples = JSON.parse(readFileSync(join(dirs.src, 'code-samples.json'), 'utf8'))['messages.sendMessage'] as { label: string; source: string }[];
        await p.getByRole('tab', { name: 'Python (Telethon)', exact: true }).click();
        expect(await p.locator('[role="tabpanel"]:not([hidden]) code').textContent()).toBe(samples.find((s) => s.label === 'Python (Telethon)')!.source);
        await p.fill('#search', 'sendMessage');
        await p.locator('#search-results li a').first().waitFor();
        expect(await p.locator('#search-results li a').first().getAttribute('href')).toBe('/methods/messages.sendMessage.html');
        expect(errors).toEqual([]);
      } finally {
        server.server.close();
        await launched.browser.close();
      }
    });

    it('has no broken internal link', () => {
      const { links, pages, broken } = brokenLinks(dirs.out);
      expect(pages).toBeGreaterThan(2800);
      expect(links).toBeGreaterThan(10_000);
      expect(broken.slice(0, 10)).toEqual([]);
    });
  });

  describeShared('madeline-2018 theme, layer 75', () => {
    it('builds with no warning', () => {
      const dirs = docs(['--schema', BUNDLE_2018, '--theme', 'madeline-2018']);
      const build = jekyllBuild(dirs.src, dirs.out);
      expect(build.status, build.output).toBe(0);
      expect(build.warnings).toEqual([]);
      expect(readdirSync(join(dirs.out, 'methods')).length).toBeGreaterThan(200);
    });
  });
});

describe('the link check', () => {
  it('finds a broken link, and resolves the forms a static server serves (it can fail)', () => {
    const site = mkdtempSync(join(tmpdir(), 'tlsnip-links-'));
    mkdirSync(join(site, 'methods'));
    writeFileSync(join(site, 'index.html'), '<a href="/methods/">m</a><a href="methods/a.html#x">a</a><a href="/methods/b">b</a><a href="https://x">x</a><a href="#top">t</a>');
    writeFileSync(join(site, 'methods', 'index.html'), '<a href="../index.html">up</a><a href="missing.html">gone</a>');
    writeFileSync(join(site, 'methods', 'a.html'), '');
    writeFileSync(join(site, 'methods', 'b.html'), '');
    expect(brokenLinks(site)).toEqual({ links: 5, pages: 4, broken: ['methods/index.html: missing.html'] });
  });

  it('reads a code block as text, entities decoded and highlighting removed', () => {
    expect(codeBlocks('<pre class="highlight"><code><span class="p">{{</span>a &lt; b\n</code></pre>')).toEqual(['{{a < b\n']);
  });
});
