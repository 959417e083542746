/**
 * File and JSON helpers shared by the loaders: every failure is one InputError line that names the
 * file (and, for JSON syntax errors, `line:column`), never a stack trace.
 */
import { readFile } from 'node:fs/promises';

import { InputError, at } from '../errors.js';

/** Reads a UTF-8 file; a missing file is `path: no such file`. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, expected a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read file (${code ?? (e as Error).message})`);
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * JSON.parse with `file:line:column: invalid JSON: <reason>` errors. The position comes from V8's
 * message (`… in JSON at position N`); the messages without one (`Unexpected token 'x', "…" is not
 * valid JSON`, `Unexpected end of JSON input`) are located with a small scanner of our own.
 */
export function parseJson(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const msg = e.message;
    const m = / in JSON at position (\d+)/.exec(msg);
    let offset: number;
    let reason: string;
    if (m) {
      offset = Number(m[1]);
      reason = msg.slice(0, m.index);
    } else if (/^Unexpected end of JSON input/.test(msg)) {
      offset = body.length;
      reason = 'Unexpected end of JSON input';
    } else {
      offset = scanJsonError(body);
      // `Unexpected token 'x', "<source excerpt>" is not valid JSON` (the excerpt may start with `...`).
      reason = msg.replace(/, (?:\.\.\.)?".*$/s, '').replace(/ is not valid JSON$/, '');
    }
    // Positions are in the text after the BOM, as editors show them.
    const { line, column } = lineColumn(body, offset);
    throw new InputError(at(file, line, column, `invalid JSON: ${reason.split('\n')[0]!.trim()}`));
  }
}

export async function readJson(path: string): Promise<unknown> {
  return parseJson(await readText(path), path);
}

/**
 * The offset of the first syntax error in `text`, for the V8 messages that carry no position.
 * Only called on text that JSON.parse rejected.
 */
export function scanJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  class Stop {
    constructor(readonly at: number) {}
  }
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const lit = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) throw new Stop(i);
  };
  const str = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) throw new Stop(i);
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) throw new Stop(i);
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Stop(i);
      } else i++;
    }
  };
  const num = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) throw new Stop(i);
    i += m[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Stop(i);
        str();
        ws();
        if (text[i] !== ':') throw new Stop(i);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        throw new Stop(i);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        throw new Stop(i);
      }
    }
    if (c === '"') return str();
    if (c === 't') return lit('true');
    if (c === 'f') return lit('false');
    if (c === 'n') return lit('null');
    return num();
  };
  try {
    value();
    ws();
    return i < n ? i : n;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

// ---- shape checks: `file: expected <what> at <path>, got <thing>` ----

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string':
      return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof v;
  }
}

export function shapeError(file: string, path: string, what: string, got: unknown): InputError {
  return new InputError(`${file}: expected ${what}${path ? ` at ${path}` : ''}, got ${describeValue(got)}`);
}

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function expectObject(v: unknown, file: string, path: string, what = 'an object'): JsonObject {
  if (!isObject(v)) throw shapeError(file, path, what, v);
  return v;
}

export function expectString(v: unknown, file: string, path: string, what = 'a string'): string {
  if (typeof v !== 'string') throw shapeError(file, path, what, v);
  return v;
}

export function expectStringArray(v: unknown, file: string, path: string, what = 'an array of strings'): string[] {
  if (!Array.isArray(v)) throw shapeError(file, path, what, v);
  v.forEach((s, k) => {
    if (typeof s !== 'string') throw shapeError(file, `${path}[${k}]`, 'a string', s);
  });
  return v as string[];
}

export function expectInteger(v: unknown, file: string, path: string, what = 'an integer'): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw shapeError(file, path, what, v);
  return v;
}

/** `a.b`, `a["key with dots"]`: a JSON path a person can follow. */
export function jsonPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}
