/**
 * TypeScript, GramJS (`telegram`; `--ts-package teleproto` for its maintained fork):
 * `const result = await client.invoke(new Api.photos.GetUserPhotos({ userId: "durov", … }));`.
 * The output type-checks in strict mode against the package's own typings.
 */
import { commentLines, defineHelpers, perSnippet } from '../helpers.js';
import { withoutAuto } from '../common.js';
import { markArgument } from '../markers.js';
import { group, indent, softline, ifBreak, printDoc, type Doc } from '../doc.js';
import { optionValue, type SnippetContext, type Target } from '../types.js';
import { TS_PACKAGE } from './info.js';
import { apiClass, fieldsDoc, newNeeds, tsNew, tsValue, type TsNeeds } from './literal.js';

const LAYOUT = { printWidth: 80, tabWidth: 2 };

interface Built {
  readonly doc: Doc;
  readonly needs: TsNeeds;
}

/** The request expression and what it needs imported; computed once per snippet. */
const built = perSnippet((ctx): Built => {
  const needs = newNeeds();
  // GramJS fills in a top-level random_id; nested ones are required by its constructor types.
  const args = withoutAuto(ctx.call.args);
  const doc = tsNew(apiClass(ctx.method.name), fieldsDoc(args, needs, true, ctx.options.markArguments ? markArgument : undefined), ctx.method.params.length);
  return { doc, needs };
});

function invokeDoc(ctx: SnippetContext): Doc {
  return ['await client.invoke', group(['(', indent([softline, built(ctx).doc]), ifBreak(','), softline, ')'])];
}

const tsComment = (text: string) => commentLines(text, '//');

/** MadelineProto's refusals and notes do not apply to GramJS, so no warnings are carried here. */
function statement(ctx: SnippetContext): string {
  return printDoc(group(['const result = ', invokeDoc(ctx), ';']), LAYOUT);
}

function imports(ctx: SnippetContext): string {
  const pkg = optionValue(ctx.options, TS_PACKAGE);
  const needs = built(ctx).needs;
  // Root imports and fully specified paths resolve under CommonJS, bundlers and Node's ESM alike
  // (the package has no exports map, so "telegram/sessions" fails as an ES module import).
  const lines = [`import { Api, TelegramClient, sessions${needs.utils ? ', utils' : ''} } from "${pkg}";`];
  if (needs.upload) lines.push(`import { CustomFile } from "${pkg}/client/uploads.js";`);
  if (needs.bigInt) lines.push('import bigInt from "big-integer";');
  if (needs.upload) lines.push('import fs from "node:fs";');
  return lines.join('\n');
}

export const target: Target = {
  id: 'ts',
  helpers: defineHelpers({
    statement,
    imports,
    call: (ctx) => printDoc(invokeDoc(ctx), LAYOUT),
    resultVar: () => 'result',
    literal: (_ctx, value) => printDoc(tsValue(value as never, newNeeds(), false), LAYOUT),
    comment: (_ctx, text) => tsComment(String(text)).join('\n'),
  }),
  unavailable: () => null,
  format: async (code) => (await import('prettier')).format(code, PRETTIER_TS),
};

/** How prettier lays out TypeScript (the printer's own layout is this). */
export const PRETTIER_TS = { parser: 'typescript' } as const;
