/**
 * The Jekyll site files a theme ships (`templates/<theme>/jekyll/`: `_config.yml`, `_layouts/`),
 * written beside the markdown pages with what tlsnip generates for them: the sidebar includes (the
 * namespaces, and each namespace's methods for its pages' `namespace` front matter) and the same
 * assets as `--html` (styles, the tabs and search script, MiniSearch and the search index). So
 * `jekyll build` (GitHub Pages) of the docs gives the site `--html` writes, without a Liquid loop
 * over every page (the build stays linear in the number of pages).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Site } from '../plan.js';
import { themeDir, type TemplateSource } from '../../render/templates.js';
import { escapeHtml } from './escape.js';
import { htmlAssets, navOf } from './site.js';
import { slug } from './headings.js';

/** The namespace front matter value of methods without one (a TL namespace cannot hold "-"). */
export const TOP_LEVEL = 'top-level';

/** The theme's jekyll/ folder (a --templates folder may bring its own), or undefined. */
function jekyllDir(source: TemplateSource): string | undefined {
  for (const dir of [source.templatesDir && join(source.templatesDir, 'jekyll'), join(themeDir(source.theme), 'jekyll')]) {
    if (dir && existsSync(dir)) return dir;
  }
  return undefined;
}

export async function jekyllSiteFiles(site: Site, source: TemplateSource): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const dir = jekyllDir(source);
  if (!dir) return files;
  for (const file of walk(dir)) files.set(relative(dir, file).split('\\').join('/'), await readFile(file, 'utf8'));
  const nav = navOf(site);
  const href = (path: string) => `{{ site.baseurl }}/${escapeHtml(path)}`;
  const index = nav.methods ?? 'index.html';
  files.set(
    '_includes/tlsnip-nav.html',
    `<ul>\n<li><a href="${href('index.html')}">Overview</a></li>\n<li><a href="${href(index)}">Methods</a><ul class="namespaces">\n${nav.namespaces
      .map((n) => `<li><a href="${href(index)}#${n.name ? escapeHtml(n.name) : slug('Top-level methods (no namespace)')}">${escapeHtml(n.name || 'Top-level methods')}</a></li>`)
      .join('\n')}\n</ul></li>\n${nav.types ? `<li><a href="${href(nav.types)}">Types</a></li>\n` : ''}${nav.constructors ? `<li><a href="${href(nav.constructors)}">Constructors</a></li>\n` : ''}</ul>\n`,
  );
  for (const n of nav.namespaces) {
    const items = n.methods.map((m) => `<li><a href="${href(m.path)}">${escapeHtml(n.name ? m.name.slice(n.name.length + 1) : m.name)}</a></li>`);
    files.set(`_includes/tlsnip-ns/${n.name || TOP_LEVEL}.html`, `<h2 class="ns">${escapeHtml(n.name || 'Top-level methods')}</h2>\n<ul>\n${items.join('\n')}\n</ul>\n`);
  }
  for (const [path, content] of await htmlAssets(site, source)) files.set(path, content);
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => (statSync(join(dir, e)).isDirectory() ? walk(join(dir, e)) : [join(dir, e)]));
}

