/** Build-time highlighting from tree-sitter queries (src/docs/html/highlight.ts). */
import { describe, expect, it } from 'vitest';
import { highlighters, spans } from '../../src/docs/html/highlight.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('highlighting', () => {
  it('wraps captures in spans and never changes the text (emoji, quotes, <, &)', async () => {
    const hl = (await highlighters(['php', 'typescript', 'python']))('php');
    const code = "<?php\n// 🚀 & <b>\n$x = $MadelineProto->messages->sendMessage(peer: '@durov', message: \"😀 a < b && c\");\n";
    const html = hl(code);
    expect(text(html)).toBe(code);
    expect(html).toContain('<span class="hl-comment">// 🚀 &amp; &lt;b&gt;</span>');
    expect(html).toMatch(/<span class="hl-string[^"]*">'@durov'<\/span>/);
  });

  it('gives the same HTML when it reuses the lines of the previous snippet of a stream', async () => {
    const get = await highlighters(['typescript']);
    const cached = get('typescript');
    const a = 'const client = 1;\nawait client.invoke(new Api.help.GetConfig({}));\nconsole.log(result);\n';
    const b = 'const client = 1;\nawait client.invoke(new Api.photos.GetUserPhotos({ userId: "durov" }));\nconsole.log(result);\n';
    cached(a, 'ts');
    const reused = cached(b, 'ts');
    const fresh = (await highlighters(['typescript']))('typescript')(b, 'other');
    expect(reused).toBe(fresh);
    expect(text(reused)).toBe(b);
  });

  it('splits a capture that spans lines so that each line closes its spans', () => {
    expect(spans('a\n"x\ny"', [{ name: 'string', node: { startIndex: 2, endIndex: 7 } }])).toBe('a\n<span class="hl-string">&quot;x</span>\n<span class="hl-string">y&quot;</span>');
  });

  it('escapes a language it has no queries for', async () => {
    expect((await highlighters([]))('nope')('<a>')).toBe('&lt;a&gt;');
  });
});
