/**
 * mtcute comments (HTML from core.telegram.org plus `{@link Name}`) → clean, trimmed markdown, with
 * node-html-markdown doing the HTML. Only the conversion path loads this module.
 *
 * Choices, all deterministic:
 * - `{@link X}` becomes inline code with the TL name X stands for (`{@link RawPhoto}` → `` `photo` ``,
 *   `{@link messages.RawSendMessageRequest}` → `` `messages.sendMessage` ``), through `resolveLink`;
 *   a name it cannot resolve is kept as written. Inline code, not a link: the model has no page URLs.
 * - `<a href>` → `[text](url)`, `<code>` → `` `x` ``, `<strong>` → `**x**`, `<em>` → `_x_`,
 *   links to corefork.telegram.org (the mirror mtcute's comments were scraped from) → core.telegram.org,
 *   an emoji `<img alt>` → its alt text, HTML comments dropped.
 * - A blank line in the source (`\n\n`) is a paragraph break; `<br>` is a line break `\n`
 *   (trailing spaces trimmed, so no invisible two-space hard breaks); more than one blank line is
 *   squeezed to one.
 * - Quirk of the data: some comments hold a literal `<` that is not a tag (`<code><pre></code>`,
 *   `<bot_username>`, `pts + limit < remote pts`). A `<` that does not open one of the tags the data
 *   really uses is escaped to `&lt;` before parsing, so the text survives instead of being eaten.
 */
import { NodeHtmlMarkdown, type TranslatorConfigObject } from 'node-html-markdown';

/** Tags the comments really use; any other `<` is text. */
const KNOWN_TAG = /^<(?:\/?(?:a|code|strong|b|em|i|del|s|br|img|p|span|sup|sub)(?=[\s/>])|!--)/i;

const translators: TranslatorConfigObject = {
  img: ({ node }) => ({ content: node.getAttribute('alt') ?? '', recurse: false }),
  br: { content: '\n', recurse: false, preserveIfEmpty: true },
};

const COREFORK = /https:\/\/corefork\.telegram\.org(?=[/#)\s]|$)/g;

export type HtmlToMarkdown = (html: string) => string;

/** A converter with a memo (many comments repeat: "User ID", "Flags, see TL conditional fields"). */
export function createHtmlToMarkdown(resolveLink: (name: string) => string): HtmlToMarkdown {
  const nhm = new NodeHtmlMarkdown({ bulletMarker: '-', maxConsecutiveNewlines: 2, useInlineLinks: false }, translators);
  const memo = new Map<string, string>();
  const paragraph = (html: string) => {
    const prepared = escapeStrayLt(html.replace(/\{@link\s+([^}\s]+)\s*\}/g, (_, name: string) => `<code>${escapeText(resolveLink(name))}</code>`));
    return nhm.translate(prepared);
  };
  return (html) => {
    let out = memo.get(html);
    if (out !== undefined) return out;
    out = html
      .split(/\n[ \t]*\n/)
      .map(paragraph)
      .join('\n\n')
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(COREFORK, 'https://core.telegram.org')
      .trim();
    memo.set(html, out);
    return out;
  };
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<` that does not start a known tag becomes `&lt;` (see the module comment). */
function escapeStrayLt(html: string): string {
  let out = '';
  let from = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (KNOWN_TAG.test(html.slice(i, i + 12))) continue;
    out += `${html.slice(from, i)}&lt;`;
    from = i + 1;
  }
  return out + html.slice(from);
}
