import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { EXTENSION_KINDS, collectFiles, formatReport, invalidCount, validatePaths } from '../../src/validate/files.js';
import { FIXTURES } from './corpus.js';

let root: string;
const rel = (p: string) => relative(root, p);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tlsnip-validate-'));
  const put = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('a.php', "\uFEFF<?php\n$MadelineProto->messages->sendMessage(peer: '@durov', message: 'hi');\n"); // BOM is dropped
  put('b.lua', 'local r = messages.getHistory({peer = "@durov"})\nx = $y\n');
  put('e.sh', "curl -sS --data-urlencode 'params={\"peer\":\"@durov\"}' https://example.org/bot/madeline\n");
  put('sub/c.ts', 'await client.invoke(new Api.photos.GetUserPhotos({ userId: "durov", maxId: bigInt(0) }));\n');
  put('sub/d.json', '{"user_id": InputUser, "offset": int, }\n');
  put('notes.txt', 'ignored: not a supported extension');
  put('z.tsx', 'ignored <');
  put('node_modules/pkg/x.php', '$!X');
  put('.hidden/y.php', '$!X');
  mkdirSync(join(root, 'docs'));
  copyFileSync(join(FIXTURES, 'page.md'), join(root, 'docs', 'page.md'));
  try {
    symlinkSync(join(root, 'sub'), join(root, 'sub-link')); // a link to a directory is not followed
  } catch {
    // symlinks may be unavailable; the test below does not depend on them
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('validatePaths', () => {
  it('walks directories recursively in sorted order, skipping node_modules, dot-dirs and other extensions', async () => {
    const reports = await validatePaths([root]);
    expect(reports.map((r) => [rel(r.path), r.kind, r.blocks, r.skipped, r.diagnostics.length])).toEqual([
      ['a.php', 'php', 1, 0, 0],
      ['b.lua', 'lua', 1, 0, 1],
      ['docs/page.md', 'markdown', 5, 3, 3],
      ['e.sh', 'bash', 1, 0, 0],
      ['sub/c.ts', 'typescript', 1, 0, 0],
      ['sub/d.json', 'json', 1, 0, 2],
    ]);
    expect(invalidCount(reports)).toBe(3);
    const lua = reports[1]!.diagnostics[0]!;
    expect(lua).toMatchObject({ line: 2, column: 5, grammar: 'lua', message: 'invalid Lua identifier "$y"' });
    expect(lua.location).toBe(`${join(root, 'b.lua')}:2:5`);
    const md = reports[2]!.diagnostics;
    expect(md.map((d) => [d.line, d.grammar, d.block])).toEqual([
      [12, 'php', 1],
      [17, 'typescript', 2],
      [29, 'lua', 5],
    ]);
  });

  it('accepts explicit files and checks a file named twice once', async () => {
    const reports = await validatePaths([join(root, 'sub', 'd.json'), join(root, 'sub'), join(root, 'sub', '..', 'sub', 'd.json')]);
    expect(reports.map((r) => rel(r.path))).toEqual(['sub/d.json', 'sub/c.ts']);
  });

  it('throws InputError (exit 2) for a missing path', async () => {
    const missing = join(root, 'nope.php');
    const err = await validatePaths([missing]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).exitCode).toBe(2);
    expect((err as Error).message).toBe(`${missing}: no such file or directory`);
  });

  it('throws InputError for an explicitly named file with an unsupported extension', async () => {
    await expect(validatePaths([join(root, 'notes.txt')])).rejects.toThrow(InputError);
    await expect(validatePaths([join(root, 'notes.txt')])).rejects.toThrow(
      new RegExp(`notes\\.txt: unsupported file type "\\.txt" \\(supported: ${Object.keys(EXTENSION_KINDS).join(', ').replace(/\./g, '\\.')}\\)`),
    );
    await expect(collectFiles([])).rejects.toThrow(InputError);
  });
});

describe('formatReport', () => {
  it('prints path:line:column: message, the frame, and a summary', async () => {
    const reports = await validatePaths([join(root, 'b.lua'), join(root, 'a.php'), join(root, 'docs')]);
    const text = formatReport(reports);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${join(root, 'b.lua')}:2:5: invalid Lua identifier "$y"`);
    expect(lines.slice(1, 5)).toEqual([
      '  1 | local r = messages.getHistory({peer = "@durov"})',
      '> 2 | x = $y',
      '    |     ^',
      '',
    ]);
    expect(text).toContain(`${join(root, 'docs', 'page.md')}:29:`);
    expect(lines.at(-1)).toBe('checked 3 files (7 blocks): 2 invalid; 3 markdown fences without a supported language tag skipped');
    expect(formatReport([])).toBe('checked 0 files (0 blocks): 0 invalid');
  });
});
