/**
 * TypeScript, mtcute (`@mtcute/node`):
 * `const result = await tg.call({ _: "photos.getUserPhotos", userId: await tg.resolveUser("durov"), … });`
 * The output type-checks in strict mode against @mtcute/node's own typings (layer 223 in 0.28.2).
 */
import { commentLines, defineHelpers, perSnippet } from '../helpers.js';
import { markArgument } from '../markers.js';
import { group, indent, line, indentIfBreak, printDoc, huggedArguments, type Doc } from '../doc.js';
import type { SnippetContext, Target } from '../types.js';
import type { MethodModel } from '../../model/types.js';
import { exampleLong, isAutoParam } from '../../values/examples.js';
import { isInt53 } from './int53.js';
import { tsString } from '../js-literal.js';
import { lookup } from '../../model/lookup.js';
import { fieldDocs, int53Exact, mtField, newNeeds, objectLiteral, property, randomIdDoc, valueDoc, type MtContext, type MtNeeds } from './literal.js';

const LAYOUT = { printWidth: 80, tabWidth: 2 };

interface Built {
  readonly request: Doc;
  readonly needs: MtNeeds;
}

/**
 * The request object and what it needs imported; computed once per snippet. The value tree leaves
 * a top-level random_id out (most libraries fill it in); mtcute does not, so it is put back, in
 * its schema position, as randomLong().
 */
const built = perSnippet((ctx): Built => {
  const needs = newNeeds();
  const defs = lookup(ctx.schema);
  const printing: MtContext = { needs, paramsOf: (owner, isMethod) => (isMethod ? defs.method(owner) : defs.constructorByName(owner))?.params };
  const mark = ctx.options.markArguments ? markArgument : undefined;
  const { args } = ctx.call;
  const props: Doc[] = [['_: ', tsString(ctx.method.name)]];
  const printed = fieldDocs(ctx.method.name, args, printing, ctx.method.params, mark);
  for (const p of ctx.method.params) {
    const i = args.findIndex((a) => a.name === p.name);
    if (i >= 0) props.push(printed[i]!);
    else if (p.name === 'random_id' && isAutoParam(p.name, p.type) && !p.flag) props.push(property(mtField(p.name), randomIdDoc(p.type, args, needs)));
  }
  return { request: objectLiteral(props), needs };
});

/** `await tg.call({ … })`: the request object is hugged, as prettier prints a lone object argument. */
function callDoc(ctx: SnippetContext): Doc {
  return ['await ', 'tg.call', huggedArguments([built(ctx).request], true)];
}

function statement(ctx: SnippetContext): string {
  // prettier's "fluid" assignment layout; the call always starts on the declaration's line.
  const id = Symbol('assignment');
  return printDoc(group(['const result =', group(indent(line), { id }), indentIfBreak(callDoc(ctx), { groupId: id }), ';']), LAYOUT);
}

function imports(ctx: SnippetContext): string {
  const needs = built(ctx).needs;
  const lines = [`import { TelegramClient${needs.long ? ', Long' : ''} } from "@mtcute/node";`];
  // randomLong is not exported from the package root.
  if (needs.randomLong) lines.push('import { randomLong } from "@mtcute/node/utils.js";');
  return lines.join('\n');
}

/** Results of type Updates must be handed to mtcute's updates manager. */
const returnsUpdates = (method: MethodModel) => method.returns === 'Updates';

/**
 * mtcute types some long IDs as int53 (JS numbers). Where the example value the value tree gives
 * such a parameter (an ID like 5368324170671202286, chosen by name for every target) does not fit
 * in one, mtcute cannot send the example call: the method is not shown rather than shown wrong.
 */
function unavailable(method: MethodModel): string | null {
  for (const p of method.params) {
    if ((p.type !== 'long' && p.type !== 'Vector<long>') || !isInt53(method.name, p.name)) continue;
    const example = exampleLong(p.name, method.name);
    if (!int53Exact(example)) {
      return `mtcute types ${method.name}.${p.name} as int53 (a JS number), and the example ID ${example} does not fit in one`;
    }
  }
  return null;
}

export const target: Target = {
  id: 'mtcute',
  helpers: defineHelpers({
    statement,
    imports,
    call: (ctx) => printDoc(callDoc(ctx), LAYOUT),
    resultVar: () => 'result',
    returnsUpdates: (ctx) => (returnsUpdates(ctx.method) ? 'true' : ''),
    literal: (_ctx, value) => printDoc(valueDoc(value as never, { ctx: { needs: newNeeds() }, int53: false, where: 'a value' }).doc, LAYOUT),
    comment: (_ctx, text) => commentLines(String(text), '//').join('\n'),
  }),
  unavailable,
  format: async (code) => (await import('prettier')).format(code, { parser: 'typescript' }),
};
