/**
 * Pages that survive Jekyll. Jekyll (GitHub Pages runs Jekyll 3) runs Liquid over every page with
 * front matter before markdown: `{{ … }}` and `{% … %}` in a page, such as Lua's nested tables
 * `{{_='inputMediaUploadedPhoto'}}`, are read as Liquid and the code is lost (with only a warning).
 *
 * A page that holds either is wrapped in `{% raw %}` … `{% endraw %}`, which Jekyll 3 and 4 honour
 * (Jekyll 3 has no `render_with_liquid: false`). The tags sit inside HTML comments, so that what
 * is left after Liquid (`<!--  -->`) and the page read as plain markdown (on GitHub) show nothing.
 * An `{% endraw %}` inside the page would end the raw block early: it is closed, printed as a
 * Liquid string, and reopened. Pages without Liquid syntax are left byte for byte as they were.
 */
const LIQUID = /\{[{%]/;
const FRONT_MATTER = /^---\n[^]*?\n---\n/;
const ENDRAW = /\{%-?\s*endraw\s*-?%\}/g;

export const RAW_OPEN = '<!-- {% raw %} -->\n';
export const RAW_CLOSE = '<!-- {% endraw %} -->\n';

/** The page, safe from Liquid; `path` decides whether it is a page Jekyll renders (markdown). */
export function liquidSafe(path: string, page: string): string {
  if (!path.endsWith('.md') || !LIQUID.test(page)) return page;
  const head = FRONT_MATTER.exec(page)?.[0] ?? '';
  const body = page.slice(head.length).replace(ENDRAW, (m) => `{% endraw %}{{ ${JSON.stringify(m)} }}{% raw %}`);
  return `${head}${RAW_OPEN}${body}${body.endsWith('\n') ? '' : '\n'}${RAW_CLOSE}`;
}
