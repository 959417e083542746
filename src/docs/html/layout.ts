/**
 * The HTML page around a rendered page: header with the search box, a sidebar by namespace
 * (methods of the page's namespace listed), breadcrumbs, the content. Every link is relative, so
 * the site works from file:// and under any path of a server.
 */
import type { Page } from '../plan.js';
import { linkBetween } from '../theme.js';
import { escapeHtml } from './escape.js';

export interface Nav {
  readonly home?: string;
  readonly methods?: string;
  readonly types?: string;
  readonly constructors?: string;
  readonly namespaces: readonly { readonly name: string; readonly methods: readonly { readonly name: string; readonly path: string }[] }[];
}

export interface LayoutInput {
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly body: string;
  readonly page: Page;
  readonly nav: Nav;
  readonly layer: number | null;
}

const NO_NAMESPACE = 'Top-level methods';

export function layout(p: LayoutInput): string {
  const to = (target: string) => escapeHtml(linkBetween(p.path, target));
  const root = to('index.html').replace(/index\.html$/, '');
  const ns = p.page.kind === 'method' ? namespaceOf(p.page.name) : undefined;
  const link = (target: string | undefined, label: string) => (target ? `<a href="${to(target)}"${target === p.path ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>` : escapeHtml(label));
  const namespaces = p.nav.namespaces
    .map((n) => {
      const anchor = n.name ? n.name : 'top-level-methods-no-namespace';
      const open = n.name === ns;
      const methods = open ? `<ul>${n.methods.map((m) => `<li>${link(m.path, m.name.slice(n.name ? n.name.length + 1 : 0))}</li>`).join('')}</ul>` : '';
      return `<li${open ? ' class="open"' : ''}><a href="${to(p.nav.methods ?? 'index.html')}#${escapeHtml(anchor)}">${escapeHtml(n.name || NO_NAMESPACE)}</a>${methods}</li>`;
    })
    .join('');
  const crumbs = breadcrumbs(p, link, ns);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} · Telegram API</title>
<meta name="description" content="${escapeHtml(p.description)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/tlsnip.css">
</head>
<body data-root="${root}">
<header class="top"><a class="brand" href="${to(p.nav.home ?? 'index.html')}">Telegram API${p.layer === null ? '' : ` <span class="layer">layer ${p.layer}</span>`}</a>
<div class="search" role="search"><input type="search" id="search" placeholder="Search methods, types, constructors" aria-label="Search methods, types and constructors" autocomplete="off" aria-controls="search-results"><ul id="search-results" role="listbox" hidden></ul></div></header>
<div class="frame">
<nav class="sidebar" aria-label="Reference"><ul>
<li>${link(p.nav.home, 'Overview')}</li>
<li>${link(p.nav.methods, 'Methods')}<ul class="namespaces">${namespaces}</ul></li>
<li>${link(p.nav.types, 'Types')}</li>
<li>${link(p.nav.constructors, 'Constructors')}</li>
</ul></nav>
<main>
${crumbs}${p.body}</main>
</div>
<script src="${root}assets/minisearch.js"></script>
<script src="${root}assets/tlsnip.js"></script>
</body>
</html>
`;
}

function namespaceOf(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? '' : name.slice(0, dot);
}

function breadcrumbs(p: LayoutInput, link: (target: string | undefined, label: string) => string, ns: string | undefined): string {
  const items = [link(p.nav.home, 'Telegram API')];
  const section = { method: ['Methods', p.nav.methods], type: ['Types', p.nav.types], constructor: ['Constructors', p.nav.constructors] }[p.page.kind as 'method' | 'type' | 'constructor'];
  if (section) items.push(link(section[1], section[0]!));
  if (ns !== undefined) items.push(`<a href="${escapeHtml(linkBetween(p.path, p.nav.methods ?? 'index.html'))}#${escapeHtml(ns || 'top-level-methods-no-namespace')}">${escapeHtml(ns || NO_NAMESPACE)}</a>`);
  if (p.page.kind !== 'index') items.push(`<span aria-current="page">${escapeHtml(p.page.name)}</span>`);
  return items.length > 1 ? `<nav class="breadcrumbs" aria-label="Breadcrumbs">${items.join(' <span aria-hidden="true">›</span> ')}</nav>\n` : '';
}
