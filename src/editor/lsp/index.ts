/**
 * The language server's index of a schema: methods by namespace, a lookup for hover, the prepared
 * editor targets, and every method's insert texts. Loading the schema and preparing the targets
 * is all a first completion waits for; the insert texts are rendered on first use and, from
 * start-up on, in the background in slices of a few milliseconds (so requests interleave), until
 * every method of every editor target is in the cache and completion is a lookup.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { loadSchema } from '../../api/index.js';
import { lookup, type SchemaLookup } from '../../model/lookup.js';
import type { MethodModel, SchemaModel } from '../../model/types.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, prepareTarget, type PreparedTarget } from '../../render/snippet.js';
import { targetInfo } from '../../targets/registry.js';
import type { CallValues } from '../../values/types.js';
import { expressionOf } from './language.js';
import { EDITOR_TARGETS, unmark, markedStatement, toSnippetSyntax, type EditorTarget } from '../snippet-syntax.js';

/** A method's insert texts in one language: the whole statement, and the call expression alone (mid-line). */
export interface InsertTexts {
  readonly statement: string;
  readonly expression: string;
  /** The same as plain text, every example value in place, for clients without snippet support. */
  readonly plainStatement: string;
  readonly plainExpression: string;
}

export interface Index {
  readonly schema: SchemaModel;
  readonly lookup: SchemaLookup;
  /** namespace → methods; '' holds the methods without a namespace. */
  readonly byNamespace: ReadonlyMap<string, readonly MethodModel[]>;
  /** A method's insert texts (rendered now if not yet); undefined when the target cannot show it. */
  texts(target: EditorTarget, method: MethodModel): InsertTexts | undefined;
  /**
   * Renders every method's texts in the background, while `wanted()` (checked between slices) says
   * this index is still the server's; resolves with the count and milliseconds.
   */
  warm(wanted: () => boolean): Promise<{ methods: number; ms: number }>;
}

export async function buildIndex(schemaPath: string | undefined): Promise<Index> {
  const [schema, ...prepared] = (await Promise.all([
    loadSchema(schemaPath),
    ...EDITOR_TARGETS.map((id) => prepareTarget(targetInfo(id)!, DEFAULT_SNIPPET_OPTIONS.templates)),
  ])) as [SchemaModel, ...PreparedTarget[]];
  const byNamespace = new Map<string, MethodModel[]>();
  for (const m of schema.methods) {
    const dot = m.name.indexOf('.');
    const ns = dot < 0 ? '' : m.name.slice(0, dot);
    const list = byNamespace.get(ns);
    if (list) list.push(m);
    else byNamespace.set(ns, [m]);
  }
  const targets = new Map(EDITOR_TARGETS.map((id, i) => [id, prepared[i]!]));
  const calls = new Map<string, CallValues>();
  const cache = new Map<string, InsertTexts | null>();

  const texts = (target: EditorTarget, method: MethodModel): InsertTexts | undefined => {
    const key = `${target}\0${method.name}`;
    let t = cache.get(key);
    if (t === undefined) {
      let call = calls.get(method.name);
      if (!call) calls.set(method.name, (call = methodCall(schema, method, DEFAULT_SNIPPET_OPTIONS.values)));
      const m = markedStatement(targets.get(target)!, schema, method, call);
      const expression = m && expressionOf(target, m.marked);
      t = m
        ? {
            statement: toSnippetSyntax(m.marked, call),
            expression: toSnippetSyntax(expression!, call),
            plainStatement: unmark(m.marked),
            plainExpression: unmark(expression!),
          }
        : null;
      cache.set(key, t);
    }
    return t ?? undefined;
  };

  let warming: Promise<{ methods: number; ms: number }> | undefined;
  const warm = (wanted: () => boolean) =>
    (warming ??= (async () => {
      const start = performance.now();
      let slice = performance.now();
      for (const methods of byNamespace.values()) {
        for (const method of methods) {
          for (const target of EDITOR_TARGETS) texts(target, method);
          if (performance.now() - slice > 4) {
            await nextTurn();
            if (!wanted()) return { methods: 0, ms: performance.now() - start };
            slice = performance.now();
          }
        }
      }
      return { methods: schema.methods.length, ms: performance.now() - start };
    })());

  return { schema, lookup: lookup(schema), byNamespace, texts, warm };
}
