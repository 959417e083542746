/**
 * Headings get ids from their text (`## messages` → `id="messages"`, `## Top-level methods (no
 * namespace)` → `top-level-methods-no-namespace`), unique within the page, so that the sidebar and
 * readers can link to a section.
 */
import type { MarkdownIt } from 'markdown-it';

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('tlsnip_heading_ids', (state) => {
    const seen = new Map<string, number>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== 'heading_open') continue;
      const base = slug(tokens[i + 1]?.children?.map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join('') ?? '');
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      tokens[i]!.attrSet('id', n ? `${base}-${n}` : base);
    }
  });
}
