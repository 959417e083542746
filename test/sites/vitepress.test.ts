/** examples/vitepress built by VitePress (`tlsnip/markdown-it`): see site-suite.ts for the checks. */
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { EXAMPLES, HTML_OPTIONS } from '../support/sites.js';
import { siteSuite } from './site-suite.js';

siteSuite({
  name: 'VitePress',
  dir: join(EXAMPLES, 'vitepress'),
  bin: 'vitepress/bin/vitepress.js',
  outDir: '.vitepress/dist',
  caches: ['.vitepress/cache'],
  htmlOf: (page) => page.replace(/\.md$/, '.html'),
  urlOf: (page) => (page === 'index.md' ? '/' : `/${page.replace(/\.md$/, '')}`),
  // <div class="vp-code-group"><div class="tabs"><input><label>…</div><div class="blocks"><div class="language-x"><pre><code>
  groups: (html) =>
    parse(html, HTML_OPTIONS)
      .querySelectorAll('.vp-code-group')
      .map((g) => ({
        labels: g.querySelectorAll('.tabs label').map((l) => l.text),
        codes: g.querySelectorAll('.blocks pre code').map((c) => c.text),
      })),
  showTab: async (page, tab) => {
    const group = page.locator('.vp-code-group').first();
    await group.locator('.tabs label').nth(tab).click();
    const shown = group.locator('.blocks > div.active');
    await shown.waitFor({ state: 'visible' });
    return shown.locator('pre code').innerText();
  },
});
