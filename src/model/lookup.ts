/** Lookups over a SchemaModel, built once per model and cached (the model itself is frozen). */
import type { ConstructorModel, MethodModel, SchemaModel, TypeModel } from './types.js';

export interface SchemaLookup {
  readonly schema: SchemaModel;
  method(name: string): MethodModel | undefined;
  constructorByName(name: string): ConstructorModel | undefined;
  /** Constructors of a type, in schema order; secret-layer versions after the main ones. */
  constructorsOf(type: string): readonly ConstructorModel[];
  type(name: string): TypeModel | undefined;
  methodNames(): readonly string[];
}

const cache = new WeakMap<SchemaModel, SchemaLookup>();

export function lookup(schema: SchemaModel): SchemaLookup {
  let found = cache.get(schema);
  if (!found) {
    found = build(schema);
    cache.set(schema, found);
  }
  return found;
}

function build(schema: SchemaModel): SchemaLookup {
  const methods = new Map(schema.methods.map((m) => [m.name, m]));
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const constructors = new Map<string, ConstructorModel>();
  const byType = new Map<string, ConstructorModel[]>();
  // Main-schema constructors win the name; a secret-layer redefinition never shadows them.
  const ordered = [...schema.constructors].sort((a, b) => Number(a.secretLayer !== null) - Number(b.secretLayer !== null));
  for (const c of ordered) {
    if (!constructors.has(c.name)) constructors.set(c.name, c);
    let list = byType.get(c.type);
    if (!list) byType.set(c.type, (list = []));
    list.push(c);
  }
  const names = schema.methods.map((m) => m.name);
  return {
    schema,
    method: (name) => methods.get(name),
    constructorByName: (name) => constructors.get(name),
    constructorsOf: (type) => byType.get(type) ?? [],
    type: (name) => types.get(name),
    methodNames: () => names,
  };
}
