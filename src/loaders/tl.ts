/**
 * Builds the model from TL files. `modelFromTl` returns plain, unvalidated data in the shape of
 * SchemaModel (a loader layers descriptions, errors and usability on top, then validates);
 * `loadTlFile` is the `.tl` entry point of `--schema`.
 */
import { CONSTRUCTOR_NAME, METHOD_NAME, PARAM_NAME, TYPE_NAME, TYPE_REF } from '../model/names.js';
import { InputError, at } from '../errors.js';
import type { ConstructorModel, MethodModel, ParamModel, SchemaModel, TypeModel } from '../model/types.js';
import { validateSchemaModel } from '../model/validate.js';
import { readText } from './json.js';
import { parseTl, type TlArg, type TlDocument } from './tl-parse.js';

export interface TlSource {
  readonly path: string;
  readonly text: string;
}

export interface ModelFromTlOptions {
  /** Paths (as given in `files`) whose `---functions---` become methods; default: all files. */
  readonly methodsFrom?: readonly string[];
}

function param(a: TlArg): ParamModel {
  return {
    name: a.name,
    type: a.type,
    flag: a.flag ? { field: a.flag.field, bit: a.flag.bit } : null,
    required: a.flag === null && a.type !== '#',
    description: '',
  };
}

/**
 * Constructors come from every file (with `secretLayer` from `===N===` sections), methods only from
 * the `methodsFrom` files. `layer` comes from the `// LAYER N` comment of the (first) methods file
 * that has one. Types list every result type of a constructor, constructor names in schema order
 * (a name redefined in a later secret layer or file is listed once, at its first place).
 */
export function modelFromTl(files: readonly TlSource[], opts: ModelFromTlOptions = {}): SchemaModel {
  const methodFiles = new Set(opts.methodsFrom ?? files.map((f) => f.path));
  for (const path of methodFiles) {
    if (!files.some((f) => f.path === path)) throw new InputError(`${path}: listed in methodsFrom but not among the schema files`);
  }
  const docs: TlDocument[] = files.map((f) => parseTl(f.text, f.path));
  let layer: number | null = null;
  for (const d of docs) if (methodFiles.has(d.file) && layer === null && d.layer !== null) layer = d.layer;

  const methods: MethodModel[] = [];
  const constructors: ConstructorModel[] = [];
  const typeOrder = new Map<string, string[]>();
  const seenMethods = new Map<string, string>();
  const seenConstructors = new Map<string, string>();

  for (const d of docs) {
    for (const c of d.combinators) {
      if (c.builtin) continue;
      const where = `${d.file}:${c.pos.line}:${c.pos.column}`;
      checkNames(d.file, c);
      if (c.kind === 'method') {
        if (!methodFiles.has(d.file)) continue;
        const first = seenMethods.get(c.name);
        if (first) {
          throw new InputError(at(d.file, c.pos.line, c.pos.column, `expected a method name not defined before, got \`${c.name}\` (first defined at ${first})`));
        }
        seenMethods.set(c.name, where);
        methods.push({
          name: c.name,
          id: c.id,
          description: '',
          params: c.params.map(param),
          generics: c.generics.map((g) => ({ name: g.name, type: g.type })),
          returns: c.result,
          usability: 'unknown',
          errors: [],
          disallowed: null,
          note: null,
          documentedParams: [],
          layer,
        });
      } else {
        // The same name may come back in a later secret layer or another file; not twice in one section.
        const key = `${c.name}\u0000${d.file}\u0000${c.secretLayer ?? ''}`;
        const first = seenConstructors.get(key);
        if (first) {
          throw new InputError(at(d.file, c.pos.line, c.pos.column, `expected a constructor name not defined before in this section, got \`${c.name}\` (first defined at ${first})`));
        }
        seenConstructors.set(key, where);
        constructors.push({
          name: c.name,
          id: c.id,
          type: c.result,
          description: '',
          params: c.params.map(param),
          secretLayer: c.secretLayer,
        });
        let list = typeOrder.get(c.result);
        if (!list) typeOrder.set(c.result, (list = []));
        if (!list.includes(c.name)) list.push(c.name);
      }
    }
  }
  const types: TypeModel[] = [...typeOrder].map(([name, names]) => ({ name, description: '', constructors: names }));
  return { source: files.map((f) => f.path).join(', '), layer, methods, constructors, types };
}

/** A single `.tl` file as a schema: its methods and constructors, validated and frozen. */
export async function loadTlFile(path: string): Promise<SchemaModel> {
  const text = await readText(path);
  const model = modelFromTl([{ path, text }]);
  return validateSchemaModel({ ...model, source: path }, path);
}

/**
 * The identifiers the model accepts (docs paths and code identifiers come from them), checked here
 * so that a name the parser took but the model refuses is reported at its combinator, as
 * `file:line:column: expected …`.
 */
function checkNames(file: string, c: TlDocument['combinators'][number]): void {
  const fail = (what: string, got: string) => {
    throw new InputError(at(file, c.pos.line, c.pos.column, `expected ${what}, got \`${got}\``));
  };
  if (!(c.kind === 'method' ? METHOD_NAME : CONSTRUCTOR_NAME).test(c.name)) fail(`a ${c.kind} name (\`name\` or \`ns.name\`, lower-case first)`, c.name);
  if (c.kind === 'method' ? !TYPE_REF.test(c.result) : !TYPE_NAME.test(c.result)) fail('a result type (`Name` or `ns.Name`)', c.result);
  for (const p of c.params) {
    if (!PARAM_NAME.test(p.name)) fail(`a parameter name in ${c.name}`, p.name);
    const type = param(p).type;
    if (!TYPE_REF.test(type)) fail(`a type for ${c.name}.${p.name}`, type);
  }
}
