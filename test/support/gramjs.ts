/**
 * What the installed `telegram` (GramJS) package knows: it ships its own TL schema
 * (telegram/tl/apiTl.js, layer 198 in 2.26.22), which our TL loader reads. A snippet that uses a
 * method, constructor or field that this layer lacks cannot type-check against the package; such
 * snippets are listed by name with the reason, never skipped silently.
 */
import { createRequire } from 'node:module';
import { modelFromTl } from '../../src/loaders/tl.js';
import type { MethodModel, SchemaModel } from '../../src/model/types.js';
import type { CallValues, Field, Value } from '../../src/values/types.js';

const require = createRequire(import.meta.url);

export const GRAMJS_VERSION = (require('telegram/package.json') as { version: string }).version;
export const GRAMJS_LAYER = (require('telegram/tl/AllTLObjects.js') as { LAYER: number }).LAYER;

let cached: SchemaModel | undefined;
export function gramjsSchema(): SchemaModel {
  return (cached ??= modelFromTl([{ path: 'telegram/tl/apiTl.js', text: require('telegram/tl/apiTl.js') as string }]) as SchemaModel);
}

/** Why GramJS's layer cannot express this call of `ours` (our method's definition), or null when it can. */
export function missingInGramjs(call: CallValues, ours: Pick<MethodModel, 'params'>): string | null {
  const g = gramjsSchema();
  const method = g.methods.find((m) => m.name === call.method);
  if (!method) return `${call.method} is not in layer ${GRAMJS_LAYER}`;
  if ((method.params.length === 0) !== (ours.params.length === 0)) return `${call.method} has another signature in layer ${GRAMJS_LAYER}`;
  const lacking = method.params.find((p) => p.required && !ours.params.some((q) => q.name === p.name));
  if (lacking) return `${call.method}.${lacking.name} is required in layer ${GRAMJS_LAYER} and not in this one`;
  const fields = (owner: string, params: readonly { name: string; type: string }[], fs: readonly Field[]): string | null => {
    for (const f of fs) {
      const p = params.find((x) => x.name === f.name);
      if (!p) return `${owner}.${f.name} is not in layer ${GRAMJS_LAYER}`;
      if (p.type !== f.tlType) return `${owner}.${f.name} is ${p.type}, not ${f.tlType}, in layer ${GRAMJS_LAYER}`;
      const inner = value(f.value);
      if (inner) return inner;
    }
    return null;
  };
  const value = (v: Value): string | null => {
    if (v.kind === 'vector') {
      for (const i of v.items) {
        const r = value(i);
        if (r) return r;
      }
    }
    if (v.kind === 'object') {
      const def = v.isMethod ? g.methods.find((m) => m.name === v.constructor) : g.constructors.find((c) => c.name === v.constructor);
      if (!def) return `${v.constructor} is not in layer ${GRAMJS_LAYER}`;
      if ((def.params.length === 0) !== (v.arity === 0)) return `${v.constructor} has another signature in layer ${GRAMJS_LAYER}`;
      // A constructor's arguments are not Partial in GramJS's types: its required fields must be there.
      if (!v.isMethod) {
        const missing = def.params.find((p) => p.required && !v.fields.some((f) => f.name === p.name));
        if (missing) return `${v.constructor}.${missing.name} is required in layer ${GRAMJS_LAYER}`;
      }
      return fields(v.constructor, def.params, v.fields);
    }
    return null;
  };
  return fields(call.method, method.params, call.args);
}
