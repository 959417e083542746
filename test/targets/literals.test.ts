/** The literal printers, case by case: escaping, numbers, bytes, keys, refusals. */
import { describe, expect, it } from 'vitest';
import { phpBytes, phpDouble, phpLong, phpString } from '../../src/targets/php/literal.js';
import { luaBytes, luaKey, luaLong, luaNumber, luaString } from '../../src/targets/lua/literal.js';
import { apiClass, camelField, newNeeds, peerLike, tsBigInt, tsNumber, tsString } from '../../src/targets/ts/literal.js';
import { jsonString, jsonValue } from '../../src/targets/json-value.js';
import { formField, percentEncode, shellQuote } from '../../src/targets/shell.js';
import { fieldValue } from '../../src/targets/http-user/target.js';
import { printDoc, type Doc } from '../../src/targets/doc.js';

const flat = (d: Doc) => printDoc(d, { printWidth: 80, tabWidth: 2 });

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('php literals', () => {
  it('single-quotes plain text, escaping only backslash and quote', () => {
    expect(phpString("it's")).toBe("'it\\'s'");
    expect(phpString('a\\b')).toBe("'a\\\\b'");
    expect(phpString('$HOME ${x} {$y} ?> 😀')).toBe("'$HOME ${x} {$y} ?> 😀'");
  });
  it('double-quotes text with control characters, escaping $ and using \\xNN', () => {
    expect(phpString('a\nb')).toBe('"a\\nb"');
    expect(phpString('\0$x"')).toBe('"\\x00\\$x\\""');
    expect(phpString('\x7f')).toBe('"\\x7f"');
  });
  it('refuses lone surrogates', () => {
    expect(() => phpString('a\udc00')).toThrow(/php cannot represent a string containing a lone surrogate \(U\+DC00\)/);
  });
  it('prints longs as int literals, the minimum as PHP_INT_MIN', () => {
    expect(phpLong(12345678n)).toBe('12345678');
    expect(phpLong(-(2n ** 63n))).toBe('PHP_INT_MIN');
    expect(phpLong(2n ** 63n - 1n)).toBe('9223372036854775807');
  });
  it('prints doubles as floats in prettier-php spelling', () => {
    expect(phpDouble(41)).toBe('41.0');
    expect(phpDouble(7.13)).toBe('7.13');
    expect(phpDouble(1e25)).toBe('1.0e25');
    expect(phpDouble(1.5e-7)).toBe('1.5e-7');
    expect(phpDouble(-0)).toBe('-0.0');
  });
  it('prints binary bytes with \\xNN and text bytes as text', () => {
    expect(phpBytes(new TextEncoder().encode('hi'))).toBe("'hi'");
    expect(phpBytes(bytes(0, 0xff, 0x24))).toBe('"\\x00\\xff\\$"');
  });
});

describe('lua literals', () => {
  it('uses Lua 5.1 escapes only, \\ddd with three digits', () => {
    expect(luaString('a\nb\t\\')).toBe("'a\\nb\\t\\\\'");
    expect(luaString('\u00001')).toBe("'\\0001'");
    expect(luaString('\x7f]]]==]')).toBe("'\\127]]]==]'");
  });
  it('picks the quote that needs fewer escapes', () => {
    expect(luaString("it's")).toBe('"it\'s"');
    expect(luaString('say "hi"')).toBe("'say \"hi\"'");
  });
  it('writes reserved words as bracketed keys', () => {
    expect(luaKey('until')).toBe('["until"]=');
    expect(luaKey('from')).toBe('from=');
    expect(luaKey('end')).toBe('["end"]=');
  });
  it('keeps longs beyond 2^53 exact as strings', () => {
    expect(luaLong(9007199254740992n)).toBe('9007199254740992');
    expect(luaLong(9007199254740993n)).toBe("'9007199254740993'");
    expect(luaLong(-4156887774564n)).toBe('-4156887774564');
  });
  it('marks doubles as floats', () => {
    expect(luaNumber(41, true)).toBe('41.0');
    expect(luaNumber(41, false)).toBe('41');
  });
  it('prints binary bytes as \\ddd', () => {
    expect(luaBytes(bytes(0, 255, 39))).toBe("'\\000\\255\\''");
  });
  it('refuses lone surrogates', () => {
    expect(() => luaString('\ud800')).toThrow(/lua cannot represent/);
  });
});

describe('typescript literals', () => {
  it('follows prettier: double quotes unless the text has more of them', () => {
    expect(tsString('hi')).toBe('"hi"');
    expect(tsString("it's")).toBe('"it\'s"');
    expect(tsString('say "hi"')).toBe("'say \"hi\"'");
    expect(tsString('it\'s "50%" off')).toBe("'it\\'s \"50%\" off'");
  });
  it('escapes control characters, line separators and lone surrogates', () => {
    expect(tsString('a\n\0\u2028')).toBe('"a\\n\\u0000\\u2028"');
    expect(tsString('\udc00')).toBe('"\\udc00"');
  });
  it('prints longs with bigInt()', () => {
    const needs = newNeeds();
    expect(flat(tsBigInt(0n, needs))).toBe('bigInt(0)');
    expect(flat(tsBigInt(5368324170671202286n, needs))).toBe('bigInt("5368324170671202286")');
    expect(needs.bigInt).toBe(true);
  });
  it('prints numbers as prettier does', () => {
    expect(tsNumber(1e25)).toBe('1e25');
    expect(tsNumber(7.13)).toBe('7.13');
  });
  it("names classes and fields as GramJS does", () => {
    expect(apiClass('photos.getUserPhotos')).toBe('Api.photos.GetUserPhotos');
    expect(apiClass('inputPeerUser')).toBe('Api.InputPeerUser');
    expect(apiClass('invokeWithLayer')).toBe('Api.InvokeWithLayer');
    expect(camelField('max_id')).toBe('maxId');
    expect(camelField('g_a_hash')).toBe('gAHash');
    expect(camelField('md5_checksum')).toBe('md5Checksum');
  });
  it('drops the @ of usernames for GramJS', () => {
    expect(flat(peerLike('@durov', newNeeds()))).toBe('"durov"');
    expect(flat(peerLike(-1001234567890n, newNeeds()))).toBe('-1001234567890');
  });
});

describe('json and shell (PWRTelegram)', () => {
  it('writes exact integers, bytes objects and constructors', () => {
    expect(jsonValue({ kind: 'long', value: 2n ** 63n - 1n }, 'x')).toBe('9223372036854775807');
    expect(jsonValue({ kind: 'bytes', value: bytes(104, 105), tlType: 'bytes' }, 'x')).toBe('{"_":"bytes","bytes":"aGk="}');
    expect(jsonValue({ kind: 'double', value: 41 }, 'x')).toBe('41.0');
  });
  it('refuses lone surrogates (PHP json_decode rejects them)', () => {
    expect(() => jsonString('\udc00', 'http-bot')).toThrow(/http-bot cannot represent/);
  });
  it('quotes shell words strongly', () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('method=photos.getUserPhotos')).toBe('method=photos.getUserPhotos');
    expect(shellQuote('$HOME')).toBe("'$HOME'");
  });
  it('percent-encodes fields with control characters', () => {
    expect(percentEncode('a b\0')).toBe('a%20b%00');
    expect(formField('message', 'a\nb')).toBe('--data message=a%0Ab');
    expect(formField('message', 'a b')).toBe("--data-urlencode 'message=a b'");
  });
  it('refuses what PWRTelegram user mode would decode differently', () => {
    expect(() => fieldValue({ name: 'message', tlType: 'string', value: { kind: 'string', value: '[1,2]' } })).toThrow(/would arrive as an array/);
    expect(() => fieldValue({ name: 'max_id', tlType: 'long', value: { kind: 'long', value: 12345678n } })).toThrow(/8-character string as 8 raw bytes/);
    expect(fieldValue({ name: 'message', tlType: 'string', value: { kind: 'string', value: '"quoted"' } })).toBe('"quoted"');
    expect(fieldValue({ name: 'silent', tlType: 'true', value: { kind: 'bool', value: true } })).toBe('1');
  });
});
