/** examples/docusaurus built by Docusaurus (`tlsnip/remark`): see site-suite.ts for the checks. */
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { EXAMPLES, HTML_OPTIONS } from '../support/sites.js';
import { siteSuite } from './site-suite.js';

siteSuite({
  name: 'Docusaurus',
  dir: join(EXAMPLES, 'docusaurus'),
  bin: '@docusaurus/core/bin/docusaurus.mjs',
  outDir: 'build',
  caches: ['.docusaurus'],
  htmlOf: (page) => (page === 'index.md' ? 'index.html' : `${page.replace(/\.md$/, '')}/index.html`),
  urlOf: (page) => (page === 'index.md' ? '/' : `/${page.replace(/\.md$/, '')}`),
  // <div class="tabs-container"><ul role="tablist"><li role="tab">…</ul><div role="tabpanel"><pre><code><div class="token-line">…<br></div>
  groups: (html) =>
    parse(html, HTML_OPTIONS)
      .querySelectorAll('.tabs-container')
      .map((g) => ({
        labels: g.querySelectorAll('[role=tab]').map((l) => l.text),
        // Each line ends with a <br>, which the parser reads as "\n": the lines are the code.
        codes: g.querySelectorAll('[role=tabpanel]').map((p) =>
          p
            .querySelectorAll('pre code .token-line')
            .map((l) => l.text)
            .join('')
            .replace(/\n$/, ''),
        ),
      })),
  showTab: async (page, tab) => {
    const group = page.locator('.tabs-container').first();
    await group.locator('[role=tab]').nth(tab).click();
    const shown = group.locator('[role=tabpanel]:not([hidden])');
    await shown.waitFor({ state: 'visible' });
    return (await shown.locator('pre code .token-line').allTextContents()).join('\n');
  },
});
