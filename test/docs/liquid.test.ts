/** Pages Jekyll's Liquid cannot eat (src/docs/liquid.ts); the real Jekyll build is test/sites/jekyll.test.ts. */
import { describe, expect, it } from 'vitest';
import { liquidSafe, RAW_CLOSE, RAW_OPEN } from '../../src/docs/liquid.js';

describe('liquidSafe', () => {
  it('leaves a page without Liquid syntax byte for byte, and anything that is not markdown', () => {
    const page = '---\ntitle: "x"\n---\n# x\n\n```lua\nf({a=1})\n```\n';
    expect(liquidSafe('methods/x.md', page)).toBe(page);
    expect(liquidSafe('code-samples.json', '{"a":"{{x}}"}')).toBe('{"a":"{{x}}"}');
  });

  it('wraps the body (not the front matter) of a page holding {{ or {% in raw tags inside HTML comments', () => {
    const page = '---\ntitle: "x"\n---\n# x\n\n```lua\nf({{_=\'a\'}})\n```\n';
    expect(liquidSafe('x.md', page)).toBe(`---\ntitle: "x"\n---\n${RAW_OPEN}# x\n\n\`\`\`lua\nf({{_='a'}})\n\`\`\`\n${RAW_CLOSE}`);
    expect(liquidSafe('x.md', 'a {% if %} b')).toBe(`${RAW_OPEN}a {% if %} b\n${RAW_CLOSE}`);
  });

  it('breaks an endraw tag inside the page so that it cannot end the raw block early', () => {
    const out = liquidSafe('x.md', 'code: {% endraw %} and {%- endraw -%}\n');
    expect(out).toBe(`${RAW_OPEN}code: {% endraw %}{{ "{% endraw %}" }}{% raw %} and {% endraw %}{{ "{%- endraw -%}" }}{% raw %}\n${RAW_CLOSE}`);
  });
});
