/**
 * `tlsnip validate` on input that is not what it seems: a file that is not UTF-8 is reported (not
 * silently decoded and passed), control characters never reach the terminal raw, and a markdown
 * fence that is never closed is an error, not a skipped block.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, formatReport, validatePaths } from '../../src/validate/files.js';

const dir = mkdtempSync(join(tmpdir(), 'tlsnip-rough-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('validate on rough input', () => {
  it('finds the first byte that is not well-formed UTF-8', () => {
    const at = (...b: number[]) => firstInvalidUtf8(Uint8Array.from(b));
    expect(at(0x61, 0xe2, 0x9c, 0x93, 0xf0, 0x9f, 0x98, 0x80)).toBe(-1); // a ✓ 😀
    expect(at(0x61, 0xe9, 0x62)).toBe(1); // Latin-1 é
    expect(at(0xc0, 0x80)).toBe(0); // overlong NUL
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a UTF-16 surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
    expect(at(0x61, 0xe2, 0x9c)).toBe(1); // cut short
  });

  it('reports a file that is not UTF-8 as invalid, at the byte', async () => {
    const p = file('latin1.php', Buffer.from('<?php\n$x = "caf\xe9";\n', 'latin1'));
    const [r] = await validatePaths([p]);
    expect(r!.diagnostics).toHaveLength(1);
    expect(r!.diagnostics[0]).toMatchObject({ line: 2, column: 10, message: 'not UTF-8: byte 0xE9 at offset 15 (save the file as UTF-8; tools read it differently otherwise)' });
  });

  it('never prints raw control characters', async () => {
    const p = file('esc.php', '<?php\n$x = 1;\x1b[31m = ;\x07\n');
    const text = formatReport(await validatePaths([p]));
    expect(text).toContain('unexpected "\\u001b"');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('$x = 1;\u241b[31m');
  });

  it('reports a fence that is never closed', async () => {
    const p = file('open.md', '# Title\n\n```php\n$x = 1;\n');
    const [r] = await validatePaths([p]);
    expect(r!.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([[3, 1, 'this fence is never closed: everything after it is read as code']]);
    const closed = file('closed.md', '# Title\n\n```php\n$x = 1;\n```\n\n~~~~lua\nx = 1\n~~~~~\n');
    expect((await validatePaths([closed]))[0]!.diagnostics).toEqual([]);
  });
});
