/**
 * `tlsnip docs --html`: the theme's markdown pages rendered by markdown-it into a static site that
 * works from file:// and from any static server: a layout with a sidebar by namespace and
 * breadcrumbs, the examples as language tabs, a prebuilt MiniSearch index for the search box, and
 * the theme's CSS and script. The code in the tabs is the validated snippets, unchanged.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import markdownIt, { type MarkdownIt } from 'markdown-it';
import type { Site } from '../plan.js';
import type { RenderedPage } from '../render.js';
import { BUILTIN_TEMPLATES, resolveTemplate, type TemplateSource } from '../../render/templates.js';
import { highlighters } from './highlight.js';
import { TARGETS, targetInfo } from '../../targets/registry.js';
import { TAG_GRAMMARS } from '../../validate/markdown.js';
import { tabsHtml } from './tabs.js';
import { layout, type Nav } from './layout.js';
import { searchIndexScript } from './search.js';
import { headingIds } from './headings.js';

/** The files of the site: a `.html` page per markdown page, and `assets/`. */
export async function htmlSite(site: Site, rendered: readonly RenderedPage[], source: TemplateSource): Promise<Map<string, string>> {
  const grammars = [...new Set([...TARGETS.map((t) => t.grammar.id), ...Object.values(TAG_GRAMMARS)])];
  const hl = await highlighters(grammars);
  const md = markdownIt({
    html: true,
    linkify: false,
    // Any other fenced block of a page, by its tag; markdown-it wraps the result in <pre><code>.
    highlight: (code, lang) => (TAG_GRAMMARS[lang.toLowerCase()] ? hl(TAG_GRAMMARS[lang.toLowerCase()]!)(code) : ''),
  })
    .use(headingIds)
    .use(htmlLinks);
  const nav = navOf(site);
  const files = new Map<string, string>();
  for (const r of rendered) {
    const { meta, body } = frontMatter(r.content);
    const env = {};
    const tokens = md.parse(body, env);
    replaceExamples(tokens, r, (s) => hl(targetInfo(s.target)?.grammar.id ?? '')(s.code, s.target));
    const path = htmlPath(r.page.path);
    files.set(path, layout({ path, title: meta.title ?? r.page.name, description: meta.description ?? '', body: md.renderer.render(tokens, md.options, env), page: r.page, nav, layer: site.schema.layer }));
  }
  for (const [path, content] of await htmlAssets(site, source)) files.set(path, content);
  return files;
}

/** The site's assets: the theme's styles and script, MiniSearch's browser build, the search index. */
export async function htmlAssets(site: Site, source: TemplateSource): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of ['tlsnip.css', 'tlsnip.js']) files.set(`assets/${name}`, await readFile(htmlAsset(source, name), 'utf8'));
  files.set('assets/minisearch.js', await readFile(miniSearchBrowserBuild(), 'utf8'));
  files.set('assets/search-index.js', searchIndexScript(site));
  return files;
}

/** MiniSearch's browser (UMD) build, beside the CommonJS entry its "exports" map gives (dist/cjs/index.cjs). */
function miniSearchBrowserBuild(): string {
  return join(dirname(dirname(createRequire(import.meta.url).resolve('minisearch'))), 'umd', 'index.js');
}

/** `methods/x.md` → `methods/x.html`. */
export const htmlPath = (mdPath: string) => mdPath.replace(/\.md$/, '.html');

/** A theme's own html/ file, or the modern theme's. */
function htmlAsset(source: TemplateSource, name: string): string {
  try {
    return resolveTemplate(source, `html/${name}`);
  } catch {
    const fallback = join(BUILTIN_TEMPLATES, 'modern', 'html', name);
    if (!existsSync(fallback)) throw new Error(`no html/${name} in the modern theme`);
    return fallback;
  }
}

/** The page's front matter (`title`, `description`; JSON strings or plain) and its body. */
function frontMatter(page: string): { meta: Record<string, string>; body: string } {
  const m = /^---\n([^]*?)\n---\n/.exec(page);
  if (!m) return { meta: {}, body: page };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const raw = kv[2]!;
    try {
      meta[kv[1]!] = raw.startsWith('"') ? String(JSON.parse(raw)) : raw;
    } catch {
      meta[kv[1]!] = raw;
    }
  }
  return { meta, body: page.slice(m[0].length) };
}

type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * The run of `### Label` + fenced block pairs that holds the page's snippets, in order, becomes one
 * block of tabs (matched by code, so any theme's layout of its examples works).
 */
function replaceExamples(tokens: Token[], r: RenderedPage, highlight: (s: RenderedPage['snippets'][number]) => string): void {
  if (r.snippets.length === 0) return;
  const first = r.snippets[0]!;
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.type === 'heading_open' && tokens[i + 3]?.type === 'fence' && tokens[i + 3]!.content === first.code)) continue;
    let end = i;
    let n = 0;
    while (n < r.snippets.length && tokens[end]?.type === 'heading_open' && tokens[end + 3]?.type === 'fence' && tokens[end + 3]!.content === r.snippets[n]!.code) {
      end += 4;
      n++;
    }
    if (n !== r.snippets.length) return;
    const block = new (tokens[i]!.constructor as new (type: string, tag: string, nesting: number) => Token)('html_block', '', 0);
    block.content = tabsHtml(r.snippets, 'examples', highlight);
    tokens.splice(i, end - i, block);
    return;
  }
}

/** Links between pages: `x.md` (and `x.md#y`) → `x.html`. */
function htmlLinks(md: MarkdownIt): void {
  const render = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '');
    if (href && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) tokens[idx]!.attrSet('href', href.replace(/\.md(?=$|#)/, '.html'));
    return render(tokens, idx, options, env, self);
  };
}

export function navOf(site: Site): Nav {
  const namespaces = new Map<string, { name: string; path: string }[]>();
  for (const p of site.pages) {
    if (p.kind !== 'method') continue;
    const ns = p.name.includes('.') ? p.name.slice(0, p.name.indexOf('.')) : '';
    namespaces.set(ns, [...(namespaces.get(ns) ?? []), { name: p.name, path: htmlPath(p.path) }]);
  }
  const index = (of: string) => site.pages.find((p) => p.kind === 'index' && p.of === of);
  return {
    home: site.pages.find((p) => p.kind === 'index' && !p.of) ? 'index.html' : undefined,
    methods: index('methods') && htmlPath(index('methods')!.path),
    types: index('types') && htmlPath(index('types')!.path),
    constructors: index('constructors') && htmlPath(index('constructors')!.path),
    namespaces: [...namespaces.entries()].sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)).map(([name, methods]) => ({ name, methods: methods.sort((x, y) => (x.name.toLowerCase() < y.name.toLowerCase() ? -1 : 1)) })),
  };
}
