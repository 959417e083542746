import { describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { parseTl, type TlCombinator } from '../../src/loaders/tl-parse.js';

const one = (text: string): TlCombinator => {
  const doc = parseTl(text, 'x.tl');
  expect(doc.combinators).toHaveLength(1);
  return doc.combinators[0]!;
};

describe('parseTl: constructs', () => {
  it('reads a constructor with a crc, params and a result type', () => {
    const c = one('inputPeerUser#7b8e7de6 user_id:int access_hash:long = InputPeer;');
    expect(c).toMatchObject({
      kind: 'constructor',
      name: 'inputPeerUser',
      id: 0x7b8e7de6,
      result: 'InputPeer',
      secretLayer: null,
      builtin: false,
      generics: [],
      pos: { line: 1, column: 1 },
    });
    expect(c.params.map((p) => [p.name, p.type, p.flag])).toEqual([
      ['user_id', 'int', null],
      ['access_hash', 'long', null],
    ]);
  });

  it('accepts short, upper-case and missing crcs', () => {
    expect(one('decryptedMessageMediaEmpty#89f5c4a = DecryptedMessageMedia;').id).toBe(0x89f5c4a);
    expect(one('storage.fileJpeg#7EFE0E = storage.FileType;').id).toBe(0x7efe0e);
    expect(one('a#FFFFFFFF = B;').id).toBe(0xffffffff);
    expect(one('noCrc = B;').id).toBeNull();
  });

  it('reads namespaces in names and types', () => {
    const c = one('storage.fileJpeg#7efe0e = storage.FileType;');
    expect(c.name).toBe('storage.fileJpeg');
    expect(c.result).toBe('storage.FileType');
  });

  it('reads flags fields and flag predicates, including flags2', () => {
    const c = one('user#1 flags:# self:flags.10?true flags2:# bot_can_edit:flags2.1?true username:flags.3?string = User;');
    expect(c.params.map((p) => [p.name, p.type, p.flag])).toEqual([
      ['flags', '#', null],
      ['self', 'true', { field: 'flags', bit: 10 }],
      ['flags2', '#', null],
      ['bot_can_edit', 'true', { field: 'flags2', bit: 1 }],
      ['username', 'string', { field: 'flags', bit: 3 }],
    ]);
  });

  it('reads vectors, nested vectors, bare types and flagged vectors', () => {
    const c = one('a#1 flags:# v:Vector<InputUser> b:vector<long> n:Vector<Vector<int>> p:%Message f:flags.31?Vector<MessageEntity> = A;');
    expect(c.params.map((p) => p.type)).toEqual(['#', 'Vector<InputUser>', 'vector<long>', 'Vector<Vector<int>>', '%Message', 'Vector<MessageEntity>']);
    expect(c.params[5]!.flag).toEqual({ field: 'flags', bit: 31 });
  });

  it('reads generics {X:Type} and !X', () => {
    const c = one('invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;');
    expect(c.generics).toEqual([{ name: 'X', type: 'Type' }]);
    expect(c.params.map((p) => p.type)).toEqual(['int', '!X']);
    expect(c.result).toBe('X');
  });

  it('reads sections: methods after ---functions---, a repeated ---functions--- is fine', () => {
    const doc = parseTl('---types---\nt = T;\n---functions---\nm = T;\n---functions---\nn = Vector<T>;\n---types---\nu = U;', 'x.tl');
    expect(doc.combinators.map((c) => [c.name, c.kind, c.result])).toEqual([
      ['t', 'constructor', 'T'],
      ['m', 'method', 'T'],
      ['n', 'method', 'Vector<T>'],
      ['u', 'constructor', 'U'],
    ]);
  });

  it('puts constructors after ===N=== in that secret layer; a name may come back in a later layer', () => {
    const doc = parseTl('plain = P;\n===8===\ndecryptedMessage#1f814f1f random_id:long = DecryptedMessage;\n===17===\ndecryptedMessage#204d3878 random_id:long ttl:int = DecryptedMessage;', 's.tl');
    expect(doc.combinators.map((c) => [c.name, c.secretLayer, c.params.length])).toEqual([
      ['plain', null, 0],
      ['decryptedMessage', 8, 1],
      ['decryptedMessage', 17, 2],
    ]);
  });

  it('accepts the built-in vector (bare #, [ t ] repetition, = Vector t) and flags it builtin', () => {
    const c = one('vector#1cb5c415 {t:Type} # [ t ] = Vector t;');
    expect(c).toMatchObject({ name: 'vector', builtin: true, result: 'Vector<t>', params: [] });
  });

  it('skips // and /* */ comments and reads // LAYER N', () => {
    const doc = parseTl('// first\n/* a\nblock */ a#1 = B; // trailing\n// LAYER 223\n', 'x.tl');
    expect(doc.layer).toBe(223);
    expect(doc.combinators).toHaveLength(1);
    expect(doc.combinators[0]!.pos).toEqual({ line: 3, column: 10 });
    expect(parseTl('a = B;', 'x.tl').layer).toBeNull();
  });

  it('accepts declarations spread over lines, CRLF line ends and a BOM', () => {
    const doc = parseTl('\uFEFFa#1\r\n  x:int\r\n  = B;\r\nb#2 = B;', 'x.tl');
    expect(doc.combinators.map((c) => [c.name, c.pos.line])).toEqual([
      ['a', 1],
      ['b', 4],
    ]);
  });
});

/** Asserts the exact one-line message, and that line and column are the ones given. */
function fails(text: string, line: number, column: number, rest: string): void {
  let error: unknown;
  try {
    parseTl(text, 'bad.tl');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  const message = (error as Error).message;
  expect(message).toBe(`bad.tl:${line}:${column}: ${rest}`);
  expect(message).not.toContain('\n');
  expect(message).toMatch(/^bad\.tl:\d+:\d+: expected .+, got .+$/);
}

describe('parseTl: malformed input → file:line:column: expected …, got …', () => {
  it('missing ;', () => fails('a#1 = X\nb#2 = Y;', 2, 1, 'expected `;`, got `b`'));
  it('missing ; at end of file', () => fails('a#1 = X', 1, 8, 'expected `;`, got end of file'));
  it('missing =', () => fails('a#1 x:int;', 1, 10, 'expected a parameter (`name:Type`) or `=`, got `;`'));
  it('flags.x?int', () => fails('a#1 flags:# x:flags.x?int = X;', 1, 21, 'expected a flag bit number after `.`, got `x`'));
  it('flags?int', () => fails('a#1 flags:# x:flags?int = X;', 1, 20, 'expected `.` and a flag bit number before `?`, got `?`'));
  it('flag bit over 31', () => fails('a#1 flags:# x:flags.32?int = X;', 1, 21, 'expected a flag bit from 0 to 31, got `32`'));
  it('unterminated Vector<int', () => fails('a#1 x:Vector<int = X;', 1, 18, 'expected `>` to close `<`, got `=`'));
  it('unterminated Vector<int at end of file', () => fails('a#1\n  x:Vector<int', 2, 15, 'expected `>` to close `<`, got end of file'));
  it('a param with no type', () => fails('a#1 x: = X;', 1, 8, 'expected a type, got `=`'));
  it('a param with no colon', () => fails('a#1 x = X;', 1, 7, 'expected `:`, got `=`'));
  it('garbage characters inside a declaration', () => fails('a#1 x:int @ = X;', 1, 11, 'expected a parameter (`name:Type`) or `=`, got `@`'));
  it('garbage characters at the top level', () =>
    fails('a = B;\n\n  $$$', 3, 3, 'expected a combinator declaration (`name#crc32 args = Type;`), a section marker or a comment, got `$`'));
  it('a flag referencing an undeclared flags field', () =>
    fails('a#1 x:flags.0?int = X;', 1, 7, 'expected a flags field declared earlier in this combinator (`name:#`), got `flags`'));
  it('a flag referencing flags2 before it is declared', () =>
    fails('a#1 flags:# x:flags2.0?int flags2:# = X;', 1, 15, 'expected a flags field declared earlier in this combinator (`name:#`), got `flags2`'));
  it('an unknown ---foo--- section', () => fails('a = B;\n---foo---\n', 2, 1, 'expected `---types---` or `---functions---`, got `---foo---`'));
  it('a bad crc', () => fails('a#xyz = B;', 1, 2, 'expected a constructor ID of up to 8 hex digits after `#`, got `#xyz`'));
  it('a crc over 8 digits', () => fails('a#123456789 = B;', 1, 2, 'expected a constructor ID of up to 8 hex digits after `#`, got `#123456789`'));
  it('an upper-case combinator name', () => fails('Foo#1 = B;', 1, 1, 'expected a combinator name (`name` or `ns.name`, lower-case first letter), got `Foo`'));
  it('!X without {X:Type}', () => fails('a#1 q:!X = X;', 1, 8, 'expected a type variable declared with `{X:Type}`, got `X`'));
  it('a duplicate parameter', () => fails('a#1 x:int x:int = X;', 1, 11, 'expected a parameter name not used before in this combinator, got duplicate `x`'));
  it('a constructor with a vector result', () =>
    fails('a#1 = Vector<int>;', 1, 7, 'expected a type name (`Type` or `ns.Type`) as the result of a constructor, got `Vector<int>`'));
  it('an unterminated /* comment', () => fails('a#1 = X; /* oops', 1, 17, 'expected `*/` to close the comment, got end of file'));
  it('a parameter without a name', () => fails('a#1 :int = X;', 1, 5, 'expected a parameter (`name:Type`) or `=`, got `:`'));
  it('positions count from 1 on later lines', () => fails('a = B;\nb = C;\n   c#1 x:Vector<int> y:flags.0?int = D;', 3, 24, 'expected a flags field declared earlier in this combinator (`name:#`), got `flags`'));
});
