import { describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { lineColumn, parseJson, scanJsonError } from '../../src/loaders/json.js';

function jsonError(text: string): string {
  try {
    parseJson(text, 'f.json');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('parsed');
}

describe('parseJson', () => {
  it('parses valid JSON (with a BOM too)', () => {
    expect(parseJson('{"a": [1, 2]}', 'f.json')).toEqual({ a: [1, 2] });
    expect(parseJson('\uFEFF{"a": 1}', 'f.json')).toEqual({ a: 1 });
  });

  it('gives line:column from the position in V8 messages', () => {
    expect(jsonError('{\n  "a": 1\n  "b": 2\n}')).toBe("f.json:3:3: invalid JSON: Expected ',' or '}' after property value");
    expect(jsonError('{\n  "a": 1,\n}')).toBe('f.json:3:1: invalid JSON: Expected double-quoted property name');
    expect(jsonError('[1, 2')).toMatch(/^f\.json:1:6: invalid JSON: /);
  });

  it('locates errors V8 reports without a position', () => {
    expect(jsonError('{\n  "a": }')).toBe("f.json:2:8: invalid JSON: Unexpected token '}'");
    expect(jsonError('{"a":\n tru }')).toMatch(/^f\.json:2:5: invalid JSON: Unexpected token/);
    expect(jsonError('')).toBe('f.json:1:1: invalid JSON: Unexpected end of JSON input');
    expect(jsonError('{"a": 1')).toMatch(/^f\.json:1:8: invalid JSON: /);
  });

  it('does not count a BOM in columns', () => {
    expect(jsonError('\uFEFF{"a" 1}')).toBe("f.json:1:6: invalid JSON: Expected ':' after property name");
  });

  it('scanJsonError finds the first bad offset', () => {
    expect(scanJsonError('{"a": [1, 2,, 3]}')).toBe(12);
    expect(scanJsonError('{"a": "x\\q"}')).toBe(8);
    expect(scanJsonError('nope')).toBe(1);
    expect(scanJsonError('{} x')).toBe(3);
  });

  it('lineColumn is 1-based', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
