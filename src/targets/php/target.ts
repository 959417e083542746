/**
 * PHP, MadelineProto v8: `$MadelineProto->photos->getUserPhotos(user_id: '@durov', …);` with the
 * TL names as named arguments (PHP 8 allows reserved words there), or with `--php-style array` the
 * legacy single array `[...]` that v8 still accepts. `flags`, `random_id`, `random_bytes` are never
 * written: MadelineProto computes them.
 */
import { typeVariableName } from '../../model/typeref.js';
import { commentLines, defineHelpers, warnings } from '../helpers.js';
import { group, huggedArguments, printDoc, type Doc } from '../doc.js';
import { optionValue, type SnippetContext, type Target } from '../types.js';
import { PHP_STYLE } from './info.js';
import { phpArray, phpFields, phpString, phpValue } from './literal.js';
import { markArgument } from '../markers.js';

const LAYOUT = { printWidth: 80, tabWidth: 4 };

/** `$MadelineProto->photos->getUserPhotos`, or `$MadelineProto->invokeWithLayer` without a namespace. */
export function phpCallee(method: string): string {
  return `$MadelineProto->${method.replace('.', '->')}`;
}

export function phpResultVar(returns: string): string {
  return `$${typeVariableName(returns)}`;
}

/**
 * Reserved words PHP 8 accepts as named arguments but tree-sitter-php 0.24 does not parse there
 * (checked with php -l 8.2). A call using one is written in the array form, which MadelineProto v8
 * accepts equally, so the snippet stays valid for PHP and for every PHP tool.
 */
export const NAMES_TOOLS_CANNOT_PARSE = new Set(['clone', 'include', 'include_once', 'list', 'new', 'print', 'require', 'require_once', 'yield']);

function callDoc(ctx: SnippetContext): Doc {
  const args = phpFields(ctx.call.args);
  if (optionValue(ctx.options, PHP_STYLE) === 'array' || args.some((a) => NAMES_TOOLS_CANNOT_PARSE.has(a.name))) {
    const array = phpArray(args.map((f, i) => [phpString(f.name), ' => ', arg(ctx, i, phpValue(f.value))]));
    return [phpCallee(ctx.method.name), args.length ? huggedArguments([array], true) : '()'];
  }
  return [phpCallee(ctx.method.name), huggedArguments(args.map((f, i) => [f.name, ': ', arg(ctx, i, phpValue(f.value))]), false)];
}

/** An argument's value, marked for editor snippets when asked. */
const arg = (ctx: SnippetContext, i: number, doc: Doc): Doc => (ctx.options.markArguments ? markArgument(i, doc) : doc);

/** `// …` comments; `?>` would end PHP mode even inside a line comment. */
const phpComment = (text: string) => commentLines(text, '//', (l) => l.replace(/\?>/g, '? >'));

function statement(ctx: SnippetContext): string {
  const comments = warnings(ctx, 'MadelineProto').flatMap(phpComment);
  const code = printDoc(group([phpResultVar(ctx.method.returns), ' = ', callDoc(ctx), ';']), LAYOUT);
  return [...comments, code].join('\n');
}

export const target: Target = {
  id: 'php',
  helpers: defineHelpers({
    statement,
    call: (ctx) => printDoc(callDoc(ctx), LAYOUT),
    resultVar: (ctx) => phpResultVar(ctx.method.returns),
    literal: (_ctx, value) => printDoc(phpValue(value as never), LAYOUT),
    string: (_ctx, text) => phpString(String(text)),
    comment: (_ctx, text) => phpComment(String(text)).join('\n'),
  }),
  unavailable: () => null,
  format: formatPhp,
};

/** How prettier lays out PHP here (the printer's own layout is this, so `--format` leaves it unchanged). */
export const PRETTIER_PHP = { parser: 'php', singleQuote: true, phpVersion: '8.2' } as const;

async function formatPhp(code: string): Promise<string> {
  const prettier = await import('prettier');
  const php = (await import('@prettier/plugin-php')) as unknown as import('prettier').Plugin;
  // plugin-php leaves code without `<?php` untouched: wrap it and strip the tag afterwards.
  const tagged = /^\s*<\?php/.test(code);
  const out = await prettier.format(tagged ? code : `<?php\n${code}`, { ...PRETTIER_PHP, plugins: [php] });
  return tagged ? out : out.replace(/^<\?php\n\n?/, '');
}
