/**
 * `tlsnip values --report`: how good the example values of a schema are, as numbers a regression
 * shows in: string values that fell back to the parameter's name (no rule in meaning.ts fits),
 * calls that send nothing although the method changes something, and the constraints checked.
 */
import type { SchemaModel } from '../model/types.js';
import { buildCall } from './generate.js';
import { stringRule } from './meaning.js';
import { changesState, emptyOnPurpose } from './meaningful.js';
import { constraintsFor } from './constraints.js';
import type { FlagsPolicy, Value } from './types.js';
import { isAutoParam } from './examples.js';

/** One value met in an example, with the method or constructor it belongs to. */
export interface ValueSite {
  /** `method` for a top-level argument, the constructor's name for a nested field. */
  readonly owner: string;
  readonly name: string;
  readonly tlType: string;
  readonly value: Value;
  /** `method.param` then `.field`/`[i]` down to the value. */
  readonly path: string;
}

/** Every value of a call's tree, depth first, objects before their fields. */
export function* valueSites(method: string, args: readonly { name: string; tlType: string; value: Value }[]): Generator<ValueSite> {
  function* walk(owner: string, name: string, tlType: string, value: Value, path: string): Generator<ValueSite> {
    yield { owner, name, tlType, value, path };
    if (value.kind === 'object') {
      for (const f of value.fields) yield* walk(value.constructor, f.name, f.tlType, f.value, `${path}.${f.name}`);
    } else if (value.kind === 'vector') {
      for (const [i, item] of value.items.entries()) yield* walk(owner, name, value.of, item, `${path}[${i}]`);
    }
  }
  for (const a of args) yield* walk(method, a.name, a.tlType, a.value, `${method}.${a.name}`);
}

export interface ValuesReport {
  readonly schema: string;
  readonly flags: FlagsPolicy;
  readonly methods: number;
  /** String values in all examples. */
  readonly strings: number;
  /** String values no rule fits: `owner.name`, sorted, each once. */
  readonly fallbacks: readonly string[];
  /** How many string values are fallbacks (a name met in many examples counts each time). */
  readonly fallbackValues: number;
  /**
   * Methods that change something (by verb) and take parameters, whose example sends none, but
   * for those whose override in meaningful.ts says the bare call does its job.
   */
  readonly emptyCalls: readonly string[];
  /** Values checked against a row of constraints.ts (a value under two rows counts twice). */
  readonly constraintsChecked: number;
  /** `path = value: rule (source)` of every value that breaks a constraint. */
  readonly violations: readonly string[];
}

export function valuesReport(schema: SchemaModel, flags: FlagsPolicy = 'none'): ValuesReport {
  let strings = 0;
  let fallbackValues = 0;
  const fallbacks = new Set<string>();
  const emptyCalls: string[] = [];
  const violations: string[] = [];
  let constraintsChecked = 0;
  for (const m of schema.methods) {
    const call = buildCall(schema, m, { mode: 'realistic', flags, set: {} });
    const takes = m.params.some((p) => p.type !== '#' && !isAutoParam(p.name, p.type));
    if (call.args.length === 0 && takes && changesState(m.name) && !emptyOnPurpose(m.name)) emptyCalls.push(m.name);
    for (const site of valueSites(m.name, call.args)) {
      for (const c of constraintsFor(site.name, site.owner, site.value)) {
        constraintsChecked++;
        if (!c.check.test(site.value)) violations.push(`${site.path} = ${show(site.value)}: ${c.rule} (${c.source})`);
      }
      if (site.value.kind !== 'string') continue;
      strings++;
      if (!stringRule(site.name, site.owner)) {
        fallbackValues++;
        fallbacks.add(`${site.owner}.${site.name}`);
      }
    }
  }
  return { schema: schema.source, flags, methods: schema.methods.length, strings, fallbacks: [...fallbacks].sort(), fallbackValues, emptyCalls, constraintsChecked, violations };
}

function show(v: Value): string {
  switch (v.kind) {
    case 'string':
      return JSON.stringify(v.value);
    case 'int':
    case 'long':
    case 'double':
    case 'bool':
      return String(v.value);
    default:
      return v.kind;
  }
}
