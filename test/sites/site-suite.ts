/**
 * The checks every example site passes (test/sites/<generator>.test.ts gives the generator's
 * specifics): the real generator builds it; every `tlsnip` fence became one group of tabs whose
 * labels and code equal `tlsnip snippet` output byte for byte; a fence with an unknown method or a
 * bad --set fails the build naming the page, the line and tlsnip's message; and in Chromium the
 * tabs switch and the code shows.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, expectedFences, launchChromium, missingInstall, run, serve, type ExpectedFence, type SiteSpec } from '../support/sites.js';

export function siteSuite(spec: SiteSpec): void {
  const skip = missingInstall(spec.dir, spec.bin);
  if (skip) {
    describe.skip(`${spec.name} example site (skipped: ${skip})`, () => it('is built', () => {}));
    return;
  }
  const bin = join(spec.dir, 'node_modules', spec.bin);
  let fences: ExpectedFence[];
  let built: ReturnType<typeof run>;

  describe(`${spec.name} example site`, () => {
    beforeAll(() => {
      fences = expectedFences(join(spec.dir, 'docs'));
      built = run(spec.dir, [bin, 'build']);
      process.stderr.write(`[${spec.name}] build: ${(built.ms / 1000).toFixed(1)} s for ${fences.length} fences\n`);
    });

    it('builds with the real generator', () => {
      expect(built.status, built.output).toBe(0);
      expect(fences.length).toBeGreaterThanOrEqual(10);
    });

    it('turns every tlsnip fence into tabs whose labels and code are tlsnip snippet’s output, byte for byte', () => {
      const pages = [...new Set(fences.map((f) => f.page))];
      let snippets = 0;
      for (const page of pages) {
        const html = readFileSync(join(spec.dir, spec.outDir, spec.htmlOf(page)), 'utf8');
        expect(html).not.toMatch(/language-tlsnip|```tlsnip/);
        const want = fences.filter((f) => f.page === page);
        const got = spec.groups(html);
        expect(got.length, `${page}: code groups`).toBe(want.length);
        want.forEach((f, i) => {
          expect(got[i]!.labels, `${page}: ${f.args}`).toEqual(f.snippets.map((s) => s.label));
          // A code block shows its code without the final newline every snippet ends with.
          expect(f.snippets.every((s) => s.code.endsWith('\n'))).toBe(true);
          expect(got[i]!.codes, `${page}: ${f.args}`).toEqual(f.snippets.map((s) => s.code.slice(0, -1)));
          snippets += f.snippets.length;
        });
      }
      expect(snippets).toBeGreaterThanOrEqual(25);
    });

    it('catches a changed byte in the built code (the comparison above can fail)', () => {
      const html = readFileSync(join(spec.dir, spec.outDir, spec.htmlOf('index.md')), 'utf8');
      const code = spec.groups(html)[0]!.codes[0]!;
      expect(code).toContain('Hello!');
      expect(spec.groups(html.replace('Hello!', 'Hello?'))[0]!.codes[0]).not.toBe(code);
    });

    const broken: [string, string, RegExp][] = [
      ['an unknown method', 'photos.getUserPhoto --target php', /unknown method "photos\.getUserPhoto".*did you mean "photos\.getUserPhotos"/],
      ['a bad --set', 'photos.getUserPhotos --set nope=1', /--set nope: photos\.getUserPhotos has no parameter "nope"/],
    ];
    for (const [what, args, message] of broken) {
      it(`fails the build on a fence with ${what}, naming the page, the line and tlsnip's message`, () => {
        const copy = copySite(spec.dir, [spec.outDir, ...spec.caches]);
        writeFileSync(join(copy, 'docs', 'broken.md'), `---\ntitle: Broken\n---\n\n# Broken\n\nText.\n\n\`\`\`tlsnip ${args}\n\`\`\`\n`);
        const r = run(copy, [bin, 'build']);
        expect(r.status).not.toBe(0);
        expect(r.output).toMatch(message);
        expect(r.output, r.output).toMatch(/broken\.md:9\b/);
        expect(existsSync(join(copy, spec.outDir, spec.htmlOf('broken.md')))).toBe(false);
      });
    }

    describe('in Chromium', () => {
      let browser: import('playwright-core').Browser | undefined;
      let server: Awaited<ReturnType<typeof serve>> | undefined;
      let skipWhy = '';
      beforeAll(async () => {
        const launched = await launchChromium();
        if ('skip' in launched) skipWhy = launched.skip;
        else browser = launched.browser;
        server = await serve(join(spec.dir, spec.outDir));
      });
      afterAll(async () => {
        await browser?.close();
        server?.server.close();
      });

      it('switches tabs and shows each target’s code', async (ctx) => {
        if (!browser) {
          process.stderr.write(`[${spec.name}] browser check skipped: ${skipWhy}\n`);
          ctx.skip();
          return;
        }
        const first = fences.find((f) => f.page === 'index.md')!;
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${server!.url}${spec.urlOf('index.md')}`, { waitUntil: 'load' });
        for (const tab of [1, 4, 0]) {
          expect(await spec.showTab(page, tab), first.snippets[tab]!.label).toBe(first.snippets[tab]!.code.slice(0, -1));
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    });
  });
}
