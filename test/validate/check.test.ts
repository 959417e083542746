import { beforeAll, describe, expect, it } from 'vitest';
import { checkCode, checkCodeAsync, quoteToken } from '../../src/validate/check.js';
import { codeFrame } from '../../src/validate/frame.js';
import { GRAMMAR_IDS, loadGrammars } from '../../src/validate/grammars.js';
import { loadCorpus } from './corpus.js';

beforeAll(async () => {
  await loadGrammars(GRAMMAR_IDS);
});

describe.each(GRAMMAR_IDS.map((g) => [g]))('%s corpus', (grammar) => {
  const corpus = loadCorpus(grammar);

  it('has positive and negative entries', () => {
    expect(corpus.filter((e) => e.valid).length).toBeGreaterThanOrEqual(3);
    expect(corpus.filter((e) => !e.valid).length).toBeGreaterThanOrEqual(4);
  });

  it.each(corpus.filter((e) => e.valid).map((e) => [e.name, e] as const))('valid: %s', (_name, entry) => {
    expect(checkCode(grammar, entry.code)).toEqual([]);
  });

  it.each(corpus.filter((e) => !e.valid).map((e) => [e.name, e] as const))('invalid: %s', (_name, entry) => {
    const diagnostics = checkCode(grammar, entry.code);
    expect(diagnostics.length).toBeGreaterThan(0);
    const first = diagnostics[0]!;
    const want = entry.expect!;
    expect({ line: first.line, column: first.column, kind: first.kind }).toEqual({
      line: want.line,
      column: want.column,
      kind: want.kind,
    });
    if (want.message) expect(first.message).toBe(want.message);
    // the frame marks the reported line and puts a caret under the column
    const lines = first.frame.split('\n');
    const marked = lines.findIndex((l) => l.startsWith('>'));
    expect(lines[marked]).toMatch(new RegExp(`^> +${first.line} \\|`));
    const caret = lines[marked + 1]!;
    expect(caret.indexOf('^') - caret.indexOf('|') - 2).toBe(
      Array.from(entry.code.split('\n')[first.line - 1]!.slice(0, first.column - 1)).length,
    );
  });
});

describe('checkCode', () => {
  it('reports the required real failure modes', () => {
    expect(checkCode('php', '$x = $long\\|string;')[0]).toMatchObject({ line: 1, column: 11, kind: 'error', message: 'unexpected "\\"' });
    expect(checkCode('php', '$x = $!X;')[0]).toMatchObject({ line: 1, column: 6, kind: 'error', message: 'unexpected "$"' });
    expect(checkCode('json', '{"user_id": InputUser, "offset": int, }').length).toBeGreaterThan(0);
    expect(checkCode('typescript', 'foo(1, 2;')[0]).toMatchObject({ line: 1, column: 9, kind: 'missing', message: 'missing ")"' });
    expect(checkCode('bash', 'echo "abc')[0]).toMatchObject({ line: 1, column: 6, kind: 'error' });
    expect(checkCode('lua', 'x = $y')[0]).toMatchObject({ line: 1, column: 5, kind: 'error', message: 'invalid Lua identifier "$y"' });
    expect(checkCode('lua', 'query=!X')[0]).toMatchObject({ line: 1, column: 7, message: 'invalid Lua identifier "!X"' });
  });

  it('names the first token of an ERROR node: unexpected "=>"', () => {
    const [d] = checkCode('php', '$x = f(=> 1);');
    expect(d).toMatchObject({ line: 1, column: 8, endLine: 1, endColumn: 10, kind: 'error', message: 'unexpected "=>"' });
  });

  it('validates PHP with and without the opening tag (php_only grammar)', () => {
    const call = "$MadelineProto->messages->sendMessage(peer: '@durov', message: \"\\x00\");\n";
    expect(checkCode('php', call)).toEqual([]);
    expect(checkCode('php', `<?php\n${call}`)).toEqual([]);
    expect(checkCode('php', `<?php declare(strict_types=1);\n${call}`)).toEqual([]);
    expect(checkCode('php', 'foo(,);')).not.toEqual([]);
    expect(checkCode('php', '<?php\nfoo(,);')[0]).toMatchObject({ line: 2 });
  });

  it('reports several independent errors in document order, without nested duplicates', () => {
    const ds = checkCode('php', '$a = $!X;\n$b = 1;\n$c = $long\\|string;\n');
    expect(ds.length).toBeGreaterThanOrEqual(2);
    const positions = ds.map((d) => [d.line, d.column]);
    expect(positions).toEqual([...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(new Set(positions.map(String)).size).toBe(positions.length);
    expect(ds.map((d) => [d.line, d.column])).toEqual([
      [1, 6],
      [3, 11],
    ]);
  });

  it('Lua: suspicious characters inside strings, comments and the shebang are fine', () => {
    const code = '#!/usr/bin/lua\n-- $y !X @z `w` ?q é\nx = "$y !X @z `w` ?q é 😀" .. [==[!$]==] --[[ @ ]]\n';
    expect(checkCode('lua', code)).toEqual([]);
  });

  it('Lua: reports every invalid identifier, including after astral characters (UTF-16 columns)', () => {
    const ds = checkCode('lua', 'x = "😀" .. $y\nz = {a = @b, c = 1}\n');
    expect(ds.map((d) => [d.line, d.column, d.message])).toEqual([
      [1, 13, 'invalid Lua identifier "$y"'],
      [2, 10, 'invalid Lua identifier "@b"'],
    ]);
  });

  it('Lua: a non-ASCII space outside strings is reported', () => {
    const [d] = checkCode('lua', 'x =\u00a01\n');
    expect(d?.kind).toBe('error');
    expect(d?.message).toMatch(/u00a0|U\+00A0/);
  });

  it('JSON: strict, beyond what the grammar accepts', () => {
    expect(checkCode('json', '')[0]).toMatchObject({ line: 1, column: 1, kind: 'missing', message: 'missing JSON value' });
    expect(checkCode('json', '/* c */ {}')[0]).toMatchObject({ line: 1, column: 1, message: 'comments are not allowed in JSON' });
    expect(checkCode('json', '{}\n[]')[0]).toMatchObject({ line: 2, column: 1, message: 'unexpected "[" after the JSON value' });
    expect(checkCode('json', '{"a": "\\u00e9\\n", "b": [1e3, -0.5, null]}')).toEqual([]);
  });

  it('bash: tree-sitter finds the unterminated quote of a curl command', () => {
    const code = "curl -X POST 'https://x/bot/madeline' \\\n  --data-urlencode 'method=messages.sendMessage' \\\n  --data-urlencode 'params={\"message\":\"it'\\''s}\n";
    const [d] = checkCode('bash', code);
    expect(d).toMatchObject({ line: 3, kind: 'error' });
  });

  it('throws a programming error for an unknown grammar', () => {
    expect(() => checkCode('cobol' as never, 'x = 1')).toThrow(/unknown grammar "cobol"/);
  });

  it('checkCodeAsync loads and checks', async () => {
    expect(await checkCodeAsync('typescript', 'const x: number = 1;')).toEqual([]);
  });

  it('is deterministic and leaves nothing behind across many calls', () => {
    const bad = 'x = $y\n';
    const first = checkCode('lua', bad);
    for (let i = 0; i < 2000; i++) checkCode('lua', i % 2 ? bad : 'x = 1\n');
    expect(checkCode('lua', bad)).toEqual(first);
  });
});

describe('codeFrame', () => {
  const src = 'one\ntwo\n\tthree x\nfour\nfive\nsix\n';

  it('shows context, line numbers, a > marker and a caret (tabs kept), no ANSI', () => {
    expect(codeFrame(src, 3, 8)).toBe(
      ['  1 | one', '  2 | two', '> 3 | \tthree x', '    | \t      ^', '  4 | four', '  5 | five'].join('\n'),
    );
    expect(codeFrame(src, 3, 8)).not.toMatch(/\u001b/);
  });

  it('pads the gutter to the widest number and clamps at the ends', () => {
    const many = Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join('\n');
    expect(codeFrame(many, 10, 1).split('\n')[0]).toBe('   8 | l8');
    expect(codeFrame(many, 1, 1).split('\n')[0]).toBe('> 1 | l1');
    expect(codeFrame(many, 12, 1).split('\n').slice(2)).toEqual(['> 12 | l12', '     | ^']);
  });

  it('cuts long lines around the column', () => {
    const long = 'a'.repeat(500) + 'X' + 'b'.repeat(500);
    const frame = codeFrame(long, 1, 501);
    const [line, caret] = frame.split('\n');
    expect(line!.length).toBeLessThan(200);
    expect(line![caret!.indexOf('^')]).toBe('X');
  });
});

describe('quoteToken', () => {
  it('quotes, escapes and truncates', () => {
    expect(quoteToken('=>')).toBe('"=>"');
    expect(quoteToken('"')).toBe(`'"'`);
    expect(quoteToken('a\tb')).toBe('"a\\tb"');
    expect(quoteToken('x'.repeat(40))).toBe(`"${'x'.repeat(32)}…"`);
  });
});
