/**
 * Lua, MadelineProto's Lua bridge (MadelineProto ≤ v7): every TL namespace but `upload` is a global
 * table of functions taking one table, `photos.getUserPhotos({user_id='@durov', …})`. Methods without
 * a namespace, and `upload.*`, go through `madelineFunction({_='ns.method', …})`.
 */
import { typeVariableName } from '../../model/typeref.js';
import { commentLines, defineHelpers, warnings } from '../helpers.js';
import { withoutAuto } from '../common.js';
import { markArgument } from '../markers.js';
import { group, printDoc, type Doc } from '../doc.js';
import type { SnippetContext, Target } from '../types.js';
import { luaKey, luaString, luaTable, luaValue } from './literal.js';

const LAYOUT = { printWidth: 80, tabWidth: 2 };

function callDoc(ctx: SnippetContext): Doc {
  const name = ctx.method.name;
  const fields = withoutAuto(ctx.call.args).map((f, i) => [luaKey(f.name), ctx.options.markArguments ? markArgument(i, luaValue(f.value)) : luaValue(f.value)]);
  const viaFunction = !name.includes('.') || name.startsWith('upload.');
  if (viaFunction) return ['madelineFunction(', luaTable([`_=${luaString(name)}`, ...fields]), ')'];
  return [name, '(', luaTable(fields), ')'];
}

/** `-- …`: a line comment runs to the end of the line, so only line breaks need care. */
const luaComment = (text: string) => commentLines(text, '--');

function statement(ctx: SnippetContext): string {
  const comments = warnings(ctx, 'MadelineProto').flatMap(luaComment);
  const code = printDoc(group(['local ', typeVariableName(ctx.method.returns), ' = ', callDoc(ctx)]), LAYOUT);
  return [...comments, code].join('\n');
}

export const target: Target = {
  id: 'lua',
  helpers: defineHelpers({
    statement,
    call: (ctx) => printDoc(callDoc(ctx), LAYOUT),
    resultVar: (ctx) => typeVariableName(ctx.method.returns),
    literal: (_ctx, value) => printDoc(luaValue(value as never), LAYOUT),
    string: (_ctx, text) => luaString(String(text)),
    comment: (_ctx, text) => luaComment(String(text)).join('\n'),
  }),
  unavailable: () => null,
};
