/**
 * TL type references as the model stores them (`Vector<InputUser>`, `!X`, `%Message`, `int`),
 * parsed into a small tree that value generators and printers switch on.
 */
export type TypeRef =
  | { readonly kind: 'vector'; readonly of: TypeRef; readonly bare: boolean }
  | { readonly kind: 'query'; readonly generic: string }
  | { readonly kind: 'named'; readonly name: string; readonly bare: boolean }
  | { readonly kind: 'flags' };

const cache = new Map<string, TypeRef>();

/** Parses a type reference; `#` is the flags field, `!X` a nested query of generic type X. */
export function parseTypeRef(ref: string): TypeRef {
  let parsed = cache.get(ref);
  if (parsed) return parsed;
  parsed = parse(ref);
  cache.set(ref, parsed);
  return parsed;
}

function parse(ref: string): TypeRef {
  if (ref === '#') return { kind: 'flags' };
  if (ref.startsWith('!')) return { kind: 'query', generic: ref.slice(1) };
  const vec = /^([Vv])ector<(.+)>$/.exec(ref);
  if (vec) return { kind: 'vector', of: parseTypeRef(vec[2]!), bare: vec[1] === 'v' };
  if (ref.startsWith('%')) return { kind: 'named', name: ref.slice(1), bare: true };
  return { kind: 'named', name: ref, bare: false };
}

/** `Vector<User>` → `Vector_of_User`, `photos.Photos` → `photos_Photos`: MadelineProto's variable naming. */
export function typeVariableName(ref: string): string {
  const t = parseTypeRef(ref);
  switch (t.kind) {
    case 'vector':
      return `Vector_of_${typeVariableName(printTypeRef(t.of))}`;
    case 'query':
      return t.generic;
    case 'flags':
      return 'flags';
    case 'named':
      // Other generic types (`Foo<int>`, legal TL) become identifiers too: `Foo_int`.
      return t.name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/_+$/, '');
  }
}

export function printTypeRef(t: TypeRef): string {
  switch (t.kind) {
    case 'vector':
      return `${t.bare ? 'v' : 'V'}ector<${printTypeRef(t.of)}>`;
    case 'query':
      return `!${t.generic}`;
    case 'flags':
      return '#';
    case 'named':
      return (t.bare ? '%' : '') + t.name;
  }
}

/** The primitive TL types that are not built from constructors. */
export const PRIMITIVES = new Set(['int', 'long', 'int53', 'double', 'string', 'bytes', 'int128', 'int256', 'Bool', 'true']);
