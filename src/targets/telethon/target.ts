/**
 * Python, Telethon (asyncio): `result = await client(functions.photos.GetUserPhotosRequest(…))`
 * inside `async with TelegramClient(…) as client:`, laid out as black lays it out.
 */
import { parseTypeRef, PRIMITIVES } from '../../model/typeref.js';
import { commentLines, defineHelpers, perSnippet } from '../helpers.js';
import { markArgument } from '../markers.js';
import { group, indent, printDoc, type Doc } from '../doc.js';
import type { SchemaModel } from '../../model/types.js';
import { lookup } from '../../model/lookup.js';
import type { SnippetContext, Target } from '../types.js';
import { checkFlagGroups, newNeeds, pyBracket, pyKeywords, pyValue, telethonClass, type PyNeeds } from './literal.js';

/** Black's line length, and Python's indentation. */
const LAYOUT = { printWidth: 88, tabWidth: 4 };

interface Built {
  readonly request: Doc;
  readonly needs: PyNeeds;
}

/** The request object and what it needs imported; computed once per snippet. */
const built = perSnippet((ctx): Built => {
  const l = lookup(ctx.schema);
  const needs = newNeeds((name, isMethod) => (isMethod ? l.method(name) : l.constructorByName(name))?.params);
  checkFlagGroups(ctx.method.name, ctx.call.args, ctx.method.params);
  const mark = ctx.options.markArguments ? markArgument : undefined;
  const request = [telethonClass(ctx.method.name, true), pyBracket('(', pyKeywords(ctx.call.args, needs, true, mark), ')')];
  return { request, needs };
});

const callDoc = (ctx: SnippetContext): Doc => ['await client', pyBracket('(', [built(ctx).request], ')')];
const statementDoc = (ctx: SnippetContext): Doc => group(['result = ', callDoc(ctx)]);

/** The statement at the indentation of the program's `async with` block (two levels). */
function body(ctx: SnippetContext): string {
  return printDoc(['        ', indent(indent(statementDoc(ctx)))], LAYOUT);
}

function imports(ctx: SnippetContext): string {
  return `from telethon import TelegramClient, functions, types${built(ctx).needs.utils ? ', utils' : ''}`;
}

/** Whether a schema says which methods return a Vector (a model that lost it says none does). */
const vectorsKnown = new WeakMap<SchemaModel, boolean>();
function recordsVectors(schema: SchemaModel): boolean {
  let known = vectorsKnown.get(schema);
  if (known === undefined) vectorsKnown.set(schema, (known = schema.methods.some((m) => parseTypeRef(m.returns).kind === 'vector')));
  return known;
}

/**
 * How Telethon's own docs print a result: a Vector item by item, a Bool as it is, a TL object with
 * stringify(). A generic `X` (the wrapped query's result) is printed as it is. A schema in which no
 * method returns a Vector has lost that information (every real layer has users.getUsers):
 * there, `print(result)`, which holds for a list as well as for an object.
 */
function printResult(ctx: SnippetContext): string {
  const t = parseTypeRef(ctx.method.returns);
  if (t.kind === 'vector') return '        for x in result:\n            print(x)';
  const object = t.kind === 'named' && !PRIMITIVES.has(t.name) && !ctx.method.generics.some((g) => g.name === t.name);
  return object && recordsVectors(ctx.schema) ? '        print(result.stringify())' : '        print(result)';
}

const pyComment = (text: string) => commentLines(text, '#');

export const target: Target = {
  id: 'telethon',
  helpers: defineHelpers({
    statement: (ctx) => printDoc(statementDoc(ctx), LAYOUT),
    body,
    imports,
    printResult,
    call: (ctx) => printDoc(callDoc(ctx), LAYOUT),
    resultVar: () => 'result',
    literal: (_ctx, value) => printDoc(pyValue(value as never, newNeeds(), false), LAYOUT),
    comment: (_ctx, text) => pyComment(String(text)).join('\n'),
  }),
  unavailable: () => null,
};
