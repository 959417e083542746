/**
 * The examples of a method page as language tabs (the WAI-ARIA tabs pattern): one `tablist`, one
 * `tab` per target with `aria-selected` and `aria-controls`, one `tabpanel` each, the first shown.
 * The live targets come first, the historical ones (the PWRTelegram HTTP API, the Lua bridge) last
 * and labelled as such. tlsnip.js makes them switch, by mouse and keyboard, and remembers the choice.
 */
import type { PageSnippet } from '../render.js';
import { targetInfo } from '../../targets/registry.js';
import { escapeHtml } from './escape.js';

export function tabsHtml(snippets: readonly PageSnippet[], id: string, highlight: (s: PageSnippet) => string): string {
  const ordered = [...snippets].sort((a, b) => Number(historical(a)) - Number(historical(b)));
  const tabs = ordered.map((s, i) => {
    const label = historical(s) ? `${s.label} (historical)` : s.label;
    return `<button type="button" role="tab" id="${id}-tab-${s.target}" aria-controls="${id}-panel-${s.target}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}" data-target="${escapeHtml(s.target)}">${escapeHtml(label)}</button>`;
  });
  const panels = ordered.map(
    (s, i) =>
      `<div role="tabpanel" id="${id}-panel-${s.target}" aria-labelledby="${id}-tab-${s.target}" tabindex="0" data-target="${escapeHtml(s.target)}"${i === 0 ? '' : ' hidden'}><pre class="code"><code class="language-${escapeHtml(s.language)}">${highlight(s)}</code></pre></div>`,
  );
  return `<div class="tlsnip-tabs"><div role="tablist" aria-label="Examples">${tabs.join('')}</div>${panels.join('')}</div>\n`;
}

const historical = (s: PageSnippet) => targetInfo(s.target)?.historical === true;
