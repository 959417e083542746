/**
 * The search index of the site: every method, type and constructor by name (also split at its
 * dots and camel case, so `sendMessage` and `send message` find messages.sendMessage) and by its
 * description's first sentence, built with MiniSearch at build time and loaded by the page as a
 * script (so that search works from file://, where pages cannot fetch JSON).
 */
import MiniSearch from 'minisearch';
import type { Site } from '../plan.js';
import { htmlPath } from './site.js';
import { summary } from '../themes/modern.js';

/** The options the browser loads the index with (assets/tlsnip.js passes the same). */
export const SEARCH_OPTIONS = { fields: ['name', 'words', 'summary'], storeFields: ['name', 'kind', 'summary', 'url'] };

interface Doc {
  id: number;
  name: string;
  words: string;
  kind: string;
  summary: string;
  url: string;
}

export function searchDocs(site: Site): Doc[] {
  const docs: Doc[] = [];
  for (const p of site.pages) {
    const item = p.method ?? p.type ?? p.ctor;
    if (!item || p.kind === 'index') continue;
    docs.push({ id: docs.length, name: p.name, words: words(p.name), kind: p.kind, summary: summary(item.description ?? '').replace(/[`*]/g, ''), url: htmlPath(p.path) });
  }
  return docs;
}

export function searchIndexScript(site: Site): string {
  const index = new MiniSearch<Doc>(SEARCH_OPTIONS);
  index.addAll(searchDocs(site));
  return `window.TLSNIP_SEARCH = ${JSON.stringify({ options: SEARCH_OPTIONS, index })};\n`;
}

/** `messages.sendMessage` → `messages send message sendMessage`. */
function words(name: string): string {
  const parts = name.split('.');
  return [...parts.flatMap((p) => p.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_]+/)), ...parts].join(' ');
}
