/**
 * A parser for Telegram's TL schema language (the `.tl` files): a hand-written tokenizer and a
 * recursive-descent parser that keep positions, so malformed input fails with one line
 * `file:line:column: expected <what>, got <token>` (1-based line and column).
 *
 * Supported: `---types---` / `---functions---` sections, `===N===` secret-layer markers, `//` and
 * `/* *\/` comments (`// LAYER N` gives the layer), combinators `ns.name#crc32` (crc optional, any
 * case, fewer than 8 digits allowed), optional args `{X:Type}`, args `name:Type`, `flags:#`,
 * `name:flags.N?Type` (any `#` field, e.g. `flags2`), types `int`, `Vector<T>`, `vector<T>`, `!X`,
 * `%T`, `ns.Type`, nested `Vector<Vector<T>>`, results `= Type;` and `= Vector t;`. The built-in
 * `vector#1cb5c415 {t:Type} # [ t ] = Vector t;` (an anonymous `#` and a `[ ]` repetition) is accepted
 * and flagged `builtin`, so the model builder can skip it.
 */
import { InputError, at } from '../errors.js';

export interface TlPosition {
  readonly line: number;
  readonly column: number;
}

export interface TlArg {
  readonly name: string;
  /** The type without the flag predicate: `int`, `Vector<InputUser>`, `true`, `#`, `!X`. */
  readonly type: string;
  readonly flag: { readonly field: string; readonly bit: number } | null;
  readonly pos: TlPosition;
}

export interface TlCombinator {
  readonly kind: 'constructor' | 'method';
  readonly name: string;
  readonly id: number | null;
  readonly generics: readonly { readonly name: string; readonly type: string }[];
  readonly params: readonly TlArg[];
  /** The result type as written, `Vector t` normalised to `Vector<t>`. */
  readonly result: string;
  /** The `===N===` section this combinator follows, null outside secret-layer sections. */
  readonly secretLayer: number | null;
  /** True for combinators the model cannot express (anonymous `#`, `[ ]` repetition): the built-in vector. */
  readonly builtin: boolean;
  readonly pos: TlPosition;
}

export interface TlDocument {
  readonly file: string;
  /** From a `// LAYER N` comment (the last one wins), else null. */
  readonly layer: number | null;
  readonly combinators: readonly TlCombinator[];
}

type TokenKind = 'ident' | 'number' | 'crc' | 'hash' | 'punct' | 'section' | 'secret' | 'invalid' | 'eof';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Offset just past the token, to tell adjacent tokens (`flags.0`) from spaced ones. */
  readonly start: number;
  readonly end: number;
}

const PUNCT = new Set([':', '?', '<', '>', '{', '}', '[', ']', '=', ';', '!', '%', '.', ',', '*']);
const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || (c >= '0' && c <= '9');
const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/** The tokenizer: whitespace and comments are skipped, `// LAYER N` is recorded. */
function tokenize(text: string, file: string): { tokens: Token[]; layer: number | null } {
  const tokens: Token[] = [];
  let layer: number | null = null;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  // A BOM is not part of the schema.
  if (text.charCodeAt(0) === 0xfeff) i = lineStart = 1;

  const push = (kind: TokenKind, start: number, end: number, tokenLine: number, column: number) =>
    tokens.push({ kind, text: text.slice(start, end), line: tokenLine, column, start, end });

  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    const column = i - lineStart + 1;
    const start = i;
    if (c === '/' && text[i + 1] === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      const m = /^\/\/\s*LAYER\s+(\d+)\s*$/.exec(text.slice(i, end));
      if (m) layer = Number(m[1]);
      i = end;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) {
        const eof = position(text, n, line, lineStart);
        throw new InputError(at(file, eof.line, eof.column, 'expected `*/` to close the comment, got end of file'));
      }
      for (let j = i; j < end; j++) {
        if (text[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      i = end + 2;
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      for (;;) {
        while (i < n && isIdentPart(text[i]!)) i++;
        // `ns.name` is one identifier; `flags.0` is `flags` `.` `0`.
        if (text[i] === '.' && i + 1 < n && isIdentStart(text[i + 1]!)) i++;
        else break;
      }
      push('ident', start, i, line, column);
      continue;
    }
    if (isDigit(c)) {
      while (i < n && isDigit(text[i]!)) i++;
      push('number', start, i, line, column);
      continue;
    }
    if (c === '#') {
      i++;
      while (i < n && isIdentPart(text[i]!)) i++;
      const word = text.slice(start + 1, i);
      if (word === '') push('hash', start, i, line, column);
      else if (word.length <= 8 && [...word].every(isHex)) push('crc', start, i, line, column);
      else push('invalid', start, i, line, column);
      continue;
    }
    if (c === '-' && text.startsWith('---', i)) {
      const m = /^---([A-Za-z_][A-Za-z0-9_]*)---/.exec(text.slice(i, i + 200));
      if (m) {
        i += m[0].length;
        push('section', start, i, line, column);
      } else {
        i = runEnd(text, i);
        push('invalid', start, i, line, column);
      }
      continue;
    }
    if (c === '=' && text.startsWith('===', i)) {
      const m = /^===(\d+)===/.exec(text.slice(i, i + 40));
      if (m) {
        i += m[0].length;
        push('secret', start, i, line, column);
      } else {
        i = runEnd(text, i);
        push('invalid', start, i, line, column);
      }
      continue;
    }
    if (PUNCT.has(c)) {
      i++;
      push('punct', start, i, line, column);
      continue;
    }
    // Anything else is garbage; the parser reports it with what it expected there.
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    push('invalid', start, i, line, column);
  }
  const eof = position(text, n, line, lineStart);
  tokens.push({ kind: 'eof', text: '', line: eof.line, column: eof.column, start: n, end: n });
  return { tokens, layer };
}

function position(_text: string, offset: number, line: number, lineStart: number): TlPosition {
  return { line, column: offset - lineStart + 1 };
}

/** The end of a run of non-space characters: how much of a bad token to quote. */
function runEnd(text: string, i: number): number {
  while (i < text.length && !isSpace(text[i]!)) i++;
  return i;
}

function show(t: Token): string {
  if (t.kind === 'eof') return 'end of file';
  const s = t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text;
  return `\`${s}\``;
}

const COMBINATOR_NAME = /^(?:[a-z][A-Za-z0-9_]*\.)?[a-z][A-Za-z0-9_]*$/;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TYPE_NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*\.)?[A-Za-z_][A-Za-z0-9_]*$/;

class Parser {
  private i = 0;
  private section: 'types' | 'functions' = 'types';
  private secretLayer: number | null = null;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly file: string,
  ) {}

  private get tok(): Token {
    return this.tokens[this.i]!;
  }

  private peek(k = 1): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const t = this.tok;
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private fail(what: string, t: Token = this.tok, column = t.column, got = show(t)): never {
    throw new InputError(at(this.file, t.line, column, `expected ${what}, got ${got}`));
  }

  private isPunct(p: string, t: Token = this.tok): boolean {
    return t.kind === 'punct' && t.text === p;
  }

  private expectPunct(p: string, what = `\`${p}\``): Token {
    if (!this.isPunct(p)) this.fail(what);
    return this.next();
  }

  parse(): TlCombinator[] {
    const out: TlCombinator[] = [];
    while (this.tok.kind !== 'eof') {
      const t = this.tok;
      if (t.kind === 'section') {
        const name = t.text.slice(3, -3);
        if (name === 'types' || name === 'functions') this.section = name;
        else this.fail('`---types---` or `---functions---`');
        this.next();
      } else if (t.kind === 'secret') {
        this.secretLayer = Number(t.text.slice(3, -3));
        this.next();
      } else if (t.kind === 'ident') {
        out.push(this.combinator());
      } else {
        this.fail('a combinator declaration (`name#crc32 args = Type;`), a section marker or a comment');
      }
    }
    return out;
  }

  private combinator(): TlCombinator {
    const nameTok = this.next();
    if (!COMBINATOR_NAME.test(nameTok.text)) this.fail('a combinator name (`name` or `ns.name`, lower-case first letter)', nameTok);
    let id: number | null = null;
    if (this.tok.kind === 'crc') id = parseInt(this.next().text.slice(1), 16);
    else if (this.tok.kind === 'invalid' && this.tok.text.startsWith('#')) this.fail('a constructor ID of up to 8 hex digits after `#`');

    const generics: { name: string; type: string }[] = [];
    while (this.isPunct('{')) {
      this.next();
      const g = this.tok;
      if (g.kind !== 'ident' || !PARAM_NAME.test(g.text)) this.fail('a type variable name');
      this.next();
      this.expectPunct(':');
      const ty = this.tok;
      if (ty.kind !== 'ident' || !TYPE_NAME.test(ty.text)) this.fail('a type (usually `Type`)');
      this.next();
      this.expectPunct('}');
      generics.push({ name: g.text, type: ty.text });
    }

    const params: TlArg[] = [];
    const flagFields = new Set<string>();
    const names = new Set<string>();
    let builtin = false;
    while (!this.isPunct('=')) {
      const t = this.tok;
      if (t.kind === 'hash') {
        // An anonymous `#` (the element count of the built-in vector).
        builtin = true;
        this.next();
      } else if (this.isPunct('[')) {
        builtin = true;
        this.repetition(generics);
      } else if (t.kind === 'ident') {
        if (!PARAM_NAME.test(t.text)) this.fail('a parameter name');
        if (names.has(t.text)) this.fail('a parameter name not used before in this combinator', t, t.column, `duplicate \`${t.text}\``);
        this.next();
        this.expectPunct(':');
        const arg = this.argType(t, flagFields, generics);
        names.add(t.text);
        if (arg.type === '#') flagFields.add(t.text);
        params.push(arg);
      } else {
        this.fail('a parameter (`name:Type`) or `=`');
      }
    }
    this.next(); // '='
    const resultTok = this.tok;
    const result = this.resultType(generics);
    if (this.section === 'types' && !builtin && !TYPE_NAME.test(result)) {
      this.fail('a type name (`Type` or `ns.Type`) as the result of a constructor', resultTok, resultTok.column, `\`${result}\``);
    }
    this.expectPunct(';');
    return {
      kind: this.section === 'functions' ? 'method' : 'constructor',
      name: nameTok.text,
      id,
      generics,
      params,
      result,
      secretLayer: this.secretLayer,
      builtin,
      pos: { line: nameTok.line, column: nameTok.column },
    };
  }

  /** `[ t ]` or `[ name:Type ... ]`: accepted for the built-in vector and skipped. */
  private repetition(generics: readonly { name: string }[]): void {
    this.next(); // '['
    while (!this.isPunct(']')) {
      const t = this.tok;
      if (t.kind !== 'ident') this.fail('a type or `name:Type` inside `[ ]`, or `]`');
      this.next();
      if (this.isPunct(':')) {
        this.next();
        this.typeExpr(generics);
      }
    }
    this.next();
  }

  private argType(nameTok: Token, flagFields: ReadonlySet<string>, generics: readonly { name: string }[]): TlArg {
    const pos = { line: nameTok.line, column: nameTok.column };
    const t = this.tok;
    if (t.kind === 'hash') {
      this.next();
      return { name: nameTok.text, type: '#', flag: null, pos };
    }
    let flag: TlArg['flag'] = null;
    if (t.kind === 'ident' && this.isPunct('.', this.peek()) && this.peek().start === t.end) {
      // `flags.N?Type`
      this.next();
      this.next();
      const bit = this.tok;
      if (bit.kind !== 'number') this.fail('a flag bit number after `.`');
      const value = Number(bit.text);
      if (value > 31) this.fail('a flag bit from 0 to 31');
      this.next();
      this.expectPunct('?', '`?` after the flag bit');
      if (!flagFields.has(t.text)) {
        this.fail('a flags field declared earlier in this combinator (`name:#`)', t, t.column, `\`${t.text}\``);
      }
      flag = { field: t.text, bit: value };
    } else if (t.kind === 'ident' && this.isPunct('?', this.peek())) {
      // `flags.x?int` (the tokenizer reads `flags.x` as a name) or `flags?int`.
      const dot = t.text.indexOf('.');
      if (dot < 0) this.fail('`.` and a flag bit number before `?`', this.peek());
      const rest = t.text.slice(dot + 1);
      this.fail('a flag bit number after `.`', t, t.column + dot + 1, `\`${rest}\``);
    }
    const type = this.typeExpr(generics);
    return { name: nameTok.text, type, flag, pos };
  }

  /** `int`, `ns.Type`, `!X`, `%T`, `Vector<T>`, `vector<T>`, `Vector<Vector<T>>`. */
  private typeExpr(generics: readonly { name: string }[]): string {
    let prefix = '';
    if (this.isPunct('!') || this.isPunct('%')) prefix = this.next().text;
    const t = this.tok;
    if (t.kind !== 'ident') this.fail(prefix ? `a type name after \`${prefix}\`` : 'a type');
    if (!TYPE_NAME.test(t.text)) this.fail('a type name (`Type` or `ns.Type`)');
    if (prefix === '!' && !generics.some((g) => g.name === t.text)) {
      this.fail('a type variable declared with `{X:Type}`');
    }
    this.next();
    if (!this.isPunct('<')) return prefix + t.text;
    this.next();
    const args = [this.typeExpr(generics)];
    while (this.isPunct(',')) {
      this.next();
      args.push(this.typeExpr(generics));
    }
    this.expectPunct('>', '`>` to close `<`');
    return `${prefix}${t.text}<${args.join(',')}>`;
  }

  /** `= Type;`, `= Vector<T>;` or the built-in's `= Vector t;` (normalised to `Vector<t>`). */
  private resultType(generics: readonly { name: string }[]): string {
    if (this.isPunct('!') || this.isPunct('%')) this.fail('a result type');
    if (this.tok.kind !== 'ident') this.fail('a result type');
    const head = this.tok;
    const type = this.typeExpr(generics);
    if (type === head.text && (type === 'Vector' || type === 'vector') && this.tok.kind === 'ident') {
      const arg = this.next();
      if (!TYPE_NAME.test(arg.text)) this.fail('a type argument', arg);
      return `${type}<${arg.text}>`;
    }
    return type;
  }
}

/** Parses one TL file; throws InputError `file:line:column: expected …, got …` on malformed input. */
export function parseTl(text: string, file: string): TlDocument {
  const { tokens, layer } = tokenize(text, file);
  const combinators = new Parser(tokens, file).parse();
  return { file, layer, combinators };
}
