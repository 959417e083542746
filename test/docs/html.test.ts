/**
 * `docs --html` as files (the browser test is test/sites/html.test.ts): a page per markdown page,
 * links between .html pages, the examples as WAI-ARIA tabs holding the validated snippets byte for
 * byte, the search index and assets, and no Liquid wrapping (that is for markdown under Jekyll).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocs, CODE_SAMPLES, type DocsSummary } from '../../src/docs/build.js';
import { slug } from '../../src/docs/html/headings.js';

let out: string;
let summary: DocsSummary;
const page = (path: string) => readFileSync(join(out, path), 'utf8');
const html = (path: string) => parse(page(path), { blockTextElements: { script: true, style: true } });

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'tlsnip-html-')), 'site');
  summary = await buildDocs({ theme: 'modern', out, html: true });
});

describe('docs --html', () => {
  it('writes an HTML page for every page, the assets and code-samples.json, every block valid', () => {
    expect(summary.invalid).toBe(0);
    expect(summary.pages).toBeGreaterThan(2800);
    for (const f of ['index.html', 'methods/index.html', 'methods/messages.sendMessage.html', 'types/InputPeer.html', 'assets/tlsnip.css', 'assets/tlsnip.js', 'assets/minisearch.js', 'assets/search-index.js', CODE_SAMPLES]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(existsSync(join(out, 'methods/messages.sendMessage.md'))).toBe(false);
  });

  it('shows the examples as WAI-ARIA tabs, one panel visible, holding the snippets byte for byte', () => {
    const doc = html('methods/messages.sendMessage.html');
    const samples = JSON.parse(page(CODE_SAMPLES))['messages.sendMessage'] as { label: string; source: string }[];
    const tabs = doc.querySelectorAll('.tlsnip-tabs [role="tab"]');
    const panels = doc.querySelectorAll('.tlsnip-tabs [role="tabpanel"]');
    expect(tabs).toHaveLength(samples.length);
    expect(panels).toHaveLength(samples.length);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', ...samples.slice(1).map(() => 'false')]);
    expect(panels.filter((p) => !p.hasAttribute('hidden'))).toHaveLength(1);
    for (const [i, tab] of tabs.entries()) expect(doc.getElementById(tab.getAttribute('aria-controls')!)).toBe(panels[i]);
    // Live targets first, the historical ones last and labelled.
    const labels = tabs.map((t) => t.text);
    expect(labels.slice(-3)).toEqual(['PWRTelegram HTTP API (bot) (historical)', 'PWRTelegram HTTP API (user) (historical)', 'Lua (MadelineProto Lua bridge) (historical)']);
    const code = new Map(panels.map((p) => [doc.getElementById(p.getAttribute('aria-labelledby')!)!.text.replace(/ \(historical\)$/, ''), p.querySelector('code')!.text]));
    for (const s of samples) expect(code.get(s.label), s.label).toBe(s.source);
    // Nothing of the markdown examples is left beside the tabs.
    expect(doc.querySelectorAll('main h3')).toHaveLength(0);
  });

  it('links pages as .html, with a sidebar, breadcrumbs and heading anchors', () => {
    const text = page('methods/messages.sendMessage.html');
    expect(text).not.toMatch(/href="[^":]*\.md(#[^"]*)?"/);
    expect(text).toContain('<a href="../types/InputPeer.html">InputPeer</a>');
    const doc = html('methods/messages.sendMessage.html');
    expect(doc.querySelector('.breadcrumbs')!.text.replace(/\s+/g, ' ')).toBe('Telegram API › Methods › messages › messages.sendMessage');
    expect(doc.querySelector('.sidebar [aria-current="page"]')!.text).toBe('sendMessage');
    expect(html('methods/index.html').querySelector('#messages')?.tagName).toBe('H2');
    expect(slug('Top-level methods (no namespace)')).toBe('top-level-methods-no-namespace');
  });

  it('has the search index of every method, type and constructor, and no Liquid wrapping', () => {
    const index = page('assets/search-index.js');
    expect(index.startsWith('window.TLSNIP_SEARCH = {')).toBe(true);
    for (const name of ['"messages.sendMessage"', '"InputPeer"', '"inputPeerSelf"']) expect(index).toContain(name);
    expect(page('methods/messages.getMessages.html')).not.toContain('{% raw %}');
    const code = html('methods/messages.getMessages.html').querySelectorAll('code').map((c) => c.text).join('');
    expect(code).toContain("{{_='inputMessageID'");
    // Highlighted at build time from tree-sitter's queries.
    expect(page('methods/messages.getMessages.html')).toMatch(/<span class="hl-(keyword|string|comment)/);
  });
});
