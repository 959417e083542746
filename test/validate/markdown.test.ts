import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGrammars } from '../../src/validate/grammars.js';
import {
  checkMarkdown,
  checkMarkdownAsync,
  extractCodeBlocks,
  grammarForTag,
  grammarsOfBlocks,
} from '../../src/validate/markdown.js';
import { FIXTURES } from './corpus.js';

const page = readFileSync(join(FIXTURES, 'page.md'), 'utf8');
const pageLines = page.split('\n');
/** 1-based column of `needle` on 1-based markdown line `line`. */
const col = (line: number, needle: string) => pageLines[line - 1]!.indexOf(needle) + 1;

describe('grammarForTag', () => {
  it('maps the documented tags and nothing else', () => {
    expect(['php', 'lua', 'ts', 'typescript', 'json', 'sh', 'bash', 'shell', 'curl'].map(grammarForTag)).toEqual([
      'php', 'lua', 'typescript', 'typescript', 'json', 'bash', 'bash', 'bash', 'bash',
    ]);
    for (const tag of ['', 'ruby', 'js', 'md', 'toString', '__proto__']) expect(grammarForTag(tag)).toBeNull();
  });
});

describe('extractCodeBlocks', () => {
  it('finds every fence with its tag and opening line (CommonMark rules)', () => {
    const blocks = extractCodeBlocks(page);
    expect(blocks.map((b) => [b.tag, b.grammar, b.fenceLine])).toEqual([
      ['php', 'php', 5],
      ['php', 'php', 9],
      ['ts', 'typescript', 15],
      ['ruby', null, 20],
      ['', null, 24],
      ['lua', 'lua', 28],
      ['json', 'json', 34],
      ['md', null, 38], // the ```php inside a ```` fence is content, not a fence
    ]);
    expect(blocks[1]!.code).toBe("<?php declare(strict_types=1);\n\n$Updates = $MadelineProto->messages->sendMessage(peer: $!X);\n");
    // container prefixes are stripped from the code and remembered per line
    expect(blocks[5]!.code.startsWith('messages.sendMessage(')).toBe(true);
    expect(blocks[5]!.columnOffsets[0]).toBe(2);
    expect(blocks[6]!.columnOffsets[0]).toBe(2);
    expect(grammarsOfBlocks(blocks).sort()).toEqual(['json', 'lua', 'php', 'typescript']);
  });

  it('handles ~~~ fences, CRLF, unclosed fences, indented code and HTML blocks', () => {
    const md = '~~~ Bash\r\necho "a\r\n~~~\r\n\r\n    ```php\r\n    not a fence\r\n\r\n<!--\r\n```lua\r\nx = $y\r\n```\r\n-->\r\n\r\n```json\r\n{"a": 1';
    const blocks = extractCodeBlocks(md);
    expect(blocks.map((b) => [b.tag, b.fenceLine, b.code])).toEqual([
      ['bash', 1, 'echo "a\n'],
      ['json', 14, '{"a": 1'],
    ]);
  });

  it('takes the first word of the info string, lower-cased, with {.lang} braces stripped', () => {
    const blocks = extractCodeBlocks('```PHP linenos\nx\n```\n\n``` {.lua}\ny\n```\n');
    expect(blocks.map((b) => b.tag)).toEqual(['php', 'lua']);
  });
});

describe('checkMarkdown', () => {
  beforeAll(async () => {
    await loadGrammars(['php', 'typescript', 'lua', 'json']);
  });

  it('checks each known fence and reports in markdown coordinates', () => {
    const result = checkMarkdown(page);
    expect(result.skipped).toBe(3);
    expect(result.blocks.map((b) => [b.block.tag, b.index, b.diagnostics.length])).toEqual([
      ['php', 0, 0], // no <?php: fine with php_only
      ['php', 1, 1], // with <?php: fine too, and the error is found
      ['ts', 2, 1],
      ['lua', 5, 1],
      ['json', 6, 0],
    ]);
    expect(result.diagnostics.map((d) => [d.line, d.column, d.kind, d.message, d.block, d.grammar])).toEqual([
      [12, col(12, '$!X'), 'error', 'unexpected "$"', 1, 'php'],
      [17, col(17, '});') + 2, 'missing', 'missing ")"', 2, 'typescript'],
      [29, col(29, '$y'), 'error', 'invalid Lua identifier "$y"', 5, 'lua'],
    ]);
  });

  it('draws frames from the markdown file, with its line numbers', () => {
    const lua = checkMarkdown(page).diagnostics[2]!;
    const frame = lua.frame.split('\n');
    expect(frame).toContain('> 29 | > messages.sendMessage({peer = "@durov", message = $y})');
    const caret = frame[frame.findIndex((l) => l.startsWith('> 29')) + 1]!;
    expect(caret.indexOf('^') - caret.indexOf('|') - 1).toBe(lua.column);
  });

  it('checkMarkdownAsync loads what the fences need', async () => {
    const result = await checkMarkdownAsync('```sh\ncurl -d \'a=1\' https://x\n```\n\n```bash\necho "x\n```\n');
    expect(result.blocks.map((b) => b.diagnostics.length)).toEqual([0, 1]);
    expect(result.diagnostics[0]).toMatchObject({ line: 6, column: 6, grammar: 'bash' });
  });
});
