/**
 * MadelineProto's 2018 API docs (layer 75, MadelineProtoDocs 4462f6f0), reproduced byte for byte.
 *
 * The rules of the 2018 `DocsBuilder` that need code live here; everything that is plain data (type
 * labels, skipped and renamed parameters, fixed pages, the text of the type-specific sections…)
 * lives in `templates/madeline-2018/theme.json` and the templates. The builder's quirks are kept on
 * purpose, because they are what the pages show:
 * - examples use type names as values (`'offset' => int`), vectors twice in PHP (`[T, T]`), once in
 *   JSON (`[T]`) and Lua (`{T}`); a `true` flag is shown as `Bool`; `.` in type names becomes `_`;
 * - after `entities` a `parse_mode` parameter is added everywhere, and the PWRTelegram user-mode
 *   list is *replaced* by `parse_mode - string` (the builder's `=` instead of `.=`), while the JSON
 *   gets `"parse_mode": "string"` with no separator after it;
 * - "Required" is `Optional` for flags and for types T that have a constructor `lcfirst(T)Empty`
 *   (so `inputMessagesFilterEmpty` leaves a MessagesFilter required); vectors are never optional;
 * - a method with no parameters is called as `method()` (the builder removed every `[]`).
 *
 * The two parameter renames (`chat_id` shown as an InputPeer, `data` of the secret-chat methods shown
 * as `message: DecryptedMessage`) take their description from the method's `documentedParams`: the
 * parameters as MadelineProto's description file documents them.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import type { ConstructorModel, MethodModel, ParamModel, SchemaModel, TypeModel } from '../../model/types.js';
import { parseTypeRef } from '../../model/typeref.js';
import { hrefTo, pageHelpers } from '../helpers.js';
import type { Page, Site } from '../plan.js';
import type { PageContext } from '../render.js';
import type { ThemeConfig } from '../theme.js';
import type { ThemeModule } from './types.js';

// ---- the theme's data (theme.json "data") ----

interface LabelRule {
  readonly types: readonly string[];
  readonly prefix: string;
  /** Only when the owning constructor's type starts with this (constructor pages). */
  readonly ownerPrefix?: string;
}

interface ParamRewrite {
  readonly name: string;
  /** Methods: only for methods returning this type. */
  readonly returns?: string;
  readonly exceptMethods?: readonly string[];
  /** Constructors: only for constructors of this type. */
  readonly ownerType?: string;
  readonly to: { readonly name?: string; readonly type?: string };
}

interface FixedPage {
  readonly title: string;
  readonly description: string;
  readonly heading: string;
  readonly back: string;
  readonly body: string;
}

interface Data {
  readonly image: string;
  readonly skippedParams: readonly string[];
  readonly boolTypes: readonly string[];
  /** Placeholder values that are not the bare type name, per example language (`'string'`). */
  readonly placeholders: Readonly<Record<'php' | 'json' | 'lua', Readonly<Record<string, string>>>>;
  readonly methodLabels: readonly LabelRule[];
  readonly constructorLabels: readonly LabelRule[];
  readonly methodParamRewrites: readonly ParamRewrite[];
  readonly constructorParamRewrites: readonly ParamRewrite[];
  readonly hiddenConstructorParams: readonly { readonly ownerType: string; readonly names: readonly string[] }[];
  readonly parseModeAfter: string;
  readonly parseModeParam: string;
  readonly replyMarkupParam: string;
  readonly messageParam: string;
  readonly parseModeDescription: string;
  readonly typeDescriptions: Readonly<Record<string, string>>;
  readonly typeSections: Readonly<Record<string, string>>;
  readonly typesWithoutLists: readonly string[];
  readonly fixedTypePages: Readonly<Record<string, FixedPage>>;
  readonly fixedConstructorPages: Readonly<Record<string, FixedPage>>;
}

const DATA_KEYS: readonly (keyof Data)[] = [
  'image', 'skippedParams', 'boolTypes', 'placeholders', 'methodLabels', 'constructorLabels',
  'methodParamRewrites', 'constructorParamRewrites', 'hiddenConstructorParams', 'parseModeAfter', 'parseModeParam', 'replyMarkupParam',
  'messageParam', 'parseModeDescription', 'typeDescriptions', 'typeSections', 'typesWithoutLists', 'fixedTypePages',
  'fixedConstructorPages',
];

function themeData(config: ThemeConfig): Data {
  const missing = DATA_KEYS.filter((k) => !(k in config.data));
  if (missing.length) throw new Error(`theme ${config.name}: theme.json "data" lacks ${missing.join(', ')}`);
  return config.data as unknown as Data;
}

// ---- names as the 2018 builder wrote them ----

/** `photos.Photos` → `photos_Photos`. */
const under = (name: string) => name.replace(/\./g, '_');
/** The builder's only markdown escape: `_` → `\_`. */
const mdUnder = (s: string) => s.replace(/_/g, '\\_');
const lcfirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `Vector<User>` → `Vector_of_User` (the example's variable), and the type whose page it links (`User`). */
function returnNames(returns: string): { variable: string; type: string } {
  const variable = under(returns).replace(/</g, '_of_').replace(/>/g, '');
  const t = parseTypeRef(returns);
  const inner = t.kind === 'vector' ? t.of : t;
  return { variable, type: inner.kind === 'named' ? inner.name : inner.kind === 'query' ? inner.generic : '#' };
}

/** The type pages the builder wrote: every return type and constructor type, plus its fixed pages. */
function typePageNames(schema: SchemaModel, data: Data): string[] {
  const names: string[] = [];
  const add = (n: string) => {
    if (!names.includes(n)) names.push(n);
  };
  for (const m of schema.methods) add(returnNames(m.returns).type);
  for (const c of documentedConstructors(schema)) add(c.type);
  for (const n of Object.keys(data.fixedTypePages)) add(n);
  return names;
}

/**
 * The constructors with a page, and their page names, as the builder's TL loader kept them: a
 * constructor whose ID an earlier one already has is dropped (the telegram constructors TL_secret.tl
 * lists again), unless both are secret-chat constructors and the new one is of a later layer, which
 * then takes the earlier one's place. Secret-chat constructors are named after their layer
 * (`decryptedMessage_45`).
 */
const documented = new WeakMap<SchemaModel, Map<ConstructorModel, string>>();
function documentedMap(schema: SchemaModel): Map<ConstructorModel, string> {
  let map = documented.get(schema);
  if (map) return map;
  const kept: ConstructorModel[] = [];
  const byId = new Map<number, number>();
  for (const c of schema.constructors) {
    const at = c.id === null ? undefined : byId.get(c.id);
    if (at === undefined) {
      if (c.id !== null) byId.set(c.id, kept.length);
      kept.push(c);
      continue;
    }
    const prior = kept[at]!;
    if (prior.secretLayer !== null && c.secretLayer !== null && c.secretLayer > prior.secretLayer) kept[at] = c;
  }
  map = new Map(kept.map((c) => [c, c.secretLayer === null ? c.name : `${c.name}_${c.secretLayer}`]));
  documented.set(schema, map);
  return map;
}
const documentedConstructors = (schema: SchemaModel) => [...documentedMap(schema).keys()];

// ---- parameters ----

interface ShownParam {
  readonly name: string;
  /** The TL type after the builder's rewrites (`Vector<int>`, `InputPeer`, `flags.N?true` → `true`). */
  readonly type: string;
  readonly vector: boolean;
  /** The element type's TL name, `true` → `Bool` (`photos.Photos`, `!X`). */
  readonly element: string;
  /** The element type as shown: `.` → `_`. */
  readonly ptype: string;
  readonly flag: boolean;
  readonly description: string;
}

function shownParam(data: Data, p: ParamModel, rewrite: ParamRewrite | undefined, description: string): ShownParam {
  const name = rewrite?.to.name ?? p.name;
  const type = rewrite?.to.type ?? p.type;
  const ref = parseTypeRef(type);
  const inner = ref.kind === 'vector' ? ref.of : ref;
  let ptype = inner.kind === 'named' ? inner.name : inner.kind === 'query' ? `!${inner.generic}` : '#';
  if (data.boolTypes.includes(ptype)) ptype = 'Bool';
  return { name, type, vector: ref.kind === 'vector', element: ptype, ptype: under(ptype), flag: p.flag !== null, description };
}

function methodParams(data: Data, m: MethodModel): ShownParam[] {
  return m.params
    .filter((p) => !data.skippedParams.includes(p.name))
    .map((p) => {
      const rewrite = data.methodParamRewrites.find(
        (r) => r.name === p.name && (!r.returns || r.returns === m.returns) && !r.exceptMethods?.includes(m.name),
      );
      let description = p.description;
      if (rewrite) {
        // MadelineProto documents the parameter it presents (`message: DecryptedMessage`), not TL's.
        const name = rewrite.to.name ?? p.name;
        const type = rewrite.to.type ?? p.type;
        const docType = type.startsWith('Vector<') ? 'Vector t' : type;
        description = m.documentedParams.find((d) => d.name === name && d.type === docType)?.description ?? '';
      }
      return shownParam(data, p, rewrite, description);
    });
}

function constructorParams(data: Data, c: ConstructorModel): ShownParam[] {
  const hidden = data.hiddenConstructorParams.find((h) => h.ownerType === c.type)?.names ?? [];
  return c.params
    .filter((p) => !data.skippedParams.includes(p.name))
    .map((p) => {
      const rewrite = data.constructorParamRewrites.find((r) => r.name === p.name && (!r.ownerType || r.ownerType === c.type));
      return shownParam(data, p, rewrite, rewrite ? '' : p.description);
    })
    .filter((p) => !hidden.includes(p.name));
}

function label(rules: readonly LabelRule[], ptype: string, ownerType?: string): string {
  const rule = rules.find((r) => r.types.includes(ptype) && (!r.ownerPrefix || (ownerType ?? '').startsWith(r.ownerPrefix)));
  return rule ? rule.prefix + ptype : ptype;
}

/**
 * The builder's "Required" test: a constructor named `lcfirst(T)Empty` exists (on method pages it
 * must also be of type T). `inputMessagesFilterEmpty` does not make a MessagesFilter optional.
 */
function hasEmpty(schema: SchemaModel, type: string, sameType: boolean): boolean {
  const name = `${lcfirst(type)}Empty`;
  return schema.constructors.some((c) => c.name === name && (!sameType || c.type === type));
}

/** A placeholder value: the type name, or the theme's spelling for it (`'string'`). */
const placeholder = (data: Data, lang: 'php' | 'json' | 'lua', ptype: string) => data.placeholders[lang][ptype] ?? ptype;

/** The example value of a parameter: vectors twice in PHP, once in JSON and Lua. */
function phpValue(data: Data, p: ShownParam): string {
  const v = placeholder(data, 'php', p.ptype);
  return p.vector ? `[${v}, ${v}]` : v;
}
function jsonValue(data: Data, p: ShownParam): string {
  const v = placeholder(data, 'json', p.ptype);
  return p.vector ? `[${v}]` : v;
}
function luaValue(data: Data, p: ShownParam): string {
  const v = placeholder(data, 'lua', p.ptype);
  return p.vector ? `{${v}}` : v;
}

interface MethodExample {
  readonly php: string;
  readonly json: string;
  readonly pwrUser: string;
  readonly lua: string;
}

/** The builder's four parameter strings, built the way it built them (parse_mode bugs included). */
function methodExample(data: Data, params: readonly ShownParam[]): MethodExample {
  let php = '';
  let json = '';
  let pwrUser = '';
  let lua = '';
  for (const p of params) {
    php += `'${p.name}' => ${phpValue(data, p)}, `;
    json += `"${p.name}": ${jsonValue(data, p)}, `;
    pwrUser += `${p.name} - Json encoded ${p.vector ? ` array of ${p.ptype}` : p.ptype}\n\n`;
    lua += `${p.name}=${luaValue(data, p)}, `;
    if (p.name === data.parseModeAfter) {
      const name = data.parseModeParam;
      php += `'${name}' => ${placeholder(data, 'php', 'string')}, `;
      lua += `${name}=${placeholder(data, 'lua', 'string')}, `;
      // the builder's bugs: no separator after it in JSON, and `=` instead of `.=` for the user list
      json += `"${name}": ${placeholder(data, 'json', 'string')}`;
      pwrUser = `${name} - string\n`;
    }
  }
  return { php, json, pwrUser, lua };
}

// ---- helpers ----

interface ParamRow {
  readonly name: string;
  readonly type: string;
  readonly required: string;
  readonly description: string;
  readonly parseMode: boolean;
}

function typeLink(site: Site, page: Page, name: string): string {
  return hrefTo(site, page, 'type', name) ?? `../types/${under(name)}.md`;
}

export const theme: ThemeModule = {
  typePages(schema: SchemaModel, config: ThemeConfig): readonly TypeModel[] {
    const data = themeData(config);
    const byName = new Map(schema.types.map((t) => [t.name, t]));
    return typePageNames(schema, data).map((name) => byName.get(name) ?? { name, description: '', constructors: [] });
  },

  constructorPageName(c, schema) {
    return documentedMap(schema).get(c) ?? null;
  },

  pageHelpers(site) {
    const data = themeData(site.config);
    const schema = site.schema;
    const returning = new Map<string, MethodModel[]>();
    for (const m of schema.methods) {
      const type = returnNames(m.returns).type;
      returning.set(type, [...(returning.get(type) ?? []), m]);
    }
    const ctorPages = documentedMap(schema);

    const helpers: Record<string, HelperDelegate> = pageHelpers({
      data: (_c, key) => {
        const v = (data as unknown as Record<string, unknown>)[String(key)];
        if (v === undefined) throw new Error(`madeline-2018: no theme data "${String(key)}"`);
        return v;
      },
      /** `_` → `\_` (`decryptedMessage\_45`); `mdUnder` first writes `.` as `_` (`photos\_Photos`). */
      mdName: (_c, s) => mdUnder(String(s)),
      under: (_c, s) => under(String(s)),
      mdUnder: (_c, s) => mdUnder(under(String(s))),
      methodDescription: (_c, m) => {
        const method = m as MethodModel;
        return method.description || `${method.name} parameters, return type and example`;
      },
      /** The rows of a method's or constructor's parameter table. */
      paramRows: (c, owner) => {
        const isMethod = c.page.kind === 'method';
        const params = isMethod ? methodParams(data, owner as MethodModel) : constructorParams(data, owner as ConstructorModel);
        const ownerType = isMethod ? undefined : (owner as ConstructorModel).type;
        const rows: ParamRow[] = [];
        for (const p of params) {
          const human = label(isMethod ? data.methodLabels : data.constructorLabels, p.ptype, ownerType);
          const baseType = p.vector ? 'Vector t' : p.type;
          const optional = p.flag || hasEmpty(schema, baseType, isMethod);
          rows.push({
            name: mdUnder(p.name),
            type: `${p.vector ? 'Array of ' : ''}[${mdUnder(human)}](${typeLink(site, c.page, p.element)})`,
            required: optional ? 'Optional' : 'Yes',
            description: p.description,
            parseMode: false,
          });
          if (isMethod && p.name === data.parseModeAfter) {
            rows.push({
              name: mdUnder(data.parseModeParam),
              type: `[string](${typeLink(site, c.page, 'string')})`,
              required: 'Optional',
              description: data.parseModeDescription,
              parseMode: true,
            });
          }
        }
        return rows;
      },
      hasParam: (c, owner, name) => {
        const params = c.page.kind === 'method' ? methodParams(data, owner as MethodModel) : constructorParams(data, owner as ConstructorModel);
        return params.some((p) => p.name === name);
      },
      /** The result variable (`photos_Photos`, `Vector_of_User`) and the type page it links. */
      returnVar: (_c, m) => returnNames((m as MethodModel).returns).variable,
      returnHref: (c, m) => typeLink(site, c.page, returnNames((m as MethodModel).returns).type),
      botsCan: (_c, m) => (m as MethodModel).usability !== 'user',
      phpCallee: (_c, m) => `$MadelineProto->${(m as MethodModel).name.replace(/\./g, '->')}`,
      /** `(['a' => int, ])`, or `()` without parameters: the builder stripped every `[]`. */
      phpArgs: (_c, m) => {
        const php = methodExample(data, methodParams(data, m as MethodModel)).php;
        return php ? `([${php}])` : '()';
      },
      jsonParams: (_c, m) => `{${methodExample(data, methodParams(data, m as MethodModel)).json}}`,
      pwrUserParams: (_c, m) => methodExample(data, methodParams(data, m as MethodModel)).pwrUser,
      luaParams: (_c, m) => `{${methodExample(data, methodParams(data, m as MethodModel)).lua}}`,

      // constructors
      ctorPageName: (c) => c.page.name,
      ctorVar: (c) => under(c.page.name),
      ctorHref: (c, ctor) => typeLink(site, c.page, (ctor as ConstructorModel).type),
      ctorPhp: (_c, ctor) => {
        const k = ctor as ConstructorModel;
        const fields = constructorParams(data, k).map((p) => `, '${p.name}' => ${phpValue(data, p)}`).join('');
        return `['_' => '${k.name}'${fields}]`;
      },
      ctorJson: (_c, ctor) => {
        const k = ctor as ConstructorModel;
        const fields = constructorParams(data, k).map((p) => `, "${p.name}": ${jsonValue(data, p)}`).join('');
        return `{"_": "${k.name}"${fields}}`;
      },
      ctorLua: (_c, ctor) => {
        const k = ctor as ConstructorModel;
        const fields = constructorParams(data, k).map((p) => `, ${p.name}=${luaValue(data, p)}`).join('');
        return `{_='${k.name}'${fields}}`;
      },
      /** A fixed page's text; its fenced code (the `bytes` page's array) is registered as PHP. */
      fixedBody: (c, body) => {
        const text = String(body);
        let n = 0;
        for (const m of text.matchAll(/^```\n([\s\S]*?)^```$/gm)) c.register('php', `fixed page code ${++n}`, m[1]!);
        return text;
      },
      fixedConstructor: (c) => data.fixedConstructorPages[c.page.name] ?? null,

      // types
      fixedType: (_c, t) => data.fixedTypePages[(t as TypeModel).name] ?? null,
      typeDescription: (_c, t) => data.typeDescriptions[(t as TypeModel).name] ?? '',
      typeSection: (_c, t) => data.typeSections[(t as TypeModel).name] ?? '',
      typeLists: (_c, t) => !data.typesWithoutLists.includes((t as TypeModel).name),
      /** The type's constructor pages, in schema order: `{ label, href }`. */
      typeConstructors: (c, t) =>
        [...ctorPages]
          .filter(([k]) => k.type === (t as TypeModel).name)
          .map(([, name]) => ({ label: mdUnder(under(name)), href: hrefTo(site, c.page, 'constructor', name)! })),
      /** Methods whose result (or result vector) is this type: `{ label, href }`. */
      typeMethods: (c, t) =>
        (returning.get((t as TypeModel).name) ?? []).map((m) => ({
          label: `$MadelineProto->${m.name.replace(/\./g, '->')}`,
          href: hrefTo(site, c.page, 'method', m.name)!,
        })),

      // index pages
      methodIndex: (c) =>
        [...schema.methods]
          .sort((a, b) => (under(a.name) < under(b.name) ? -1 : 1))
          .map((m, i, all) => ({
            first: i === 0 || under(all[i - 1]!.name).replace(/_.*/, '') !== under(m.name).replace(/_.*/, ''),
            callee: m.name.replace(/\./g, '->'),
            href: hrefTo(site, c.page, 'method', m.name)!,
            returns: mdUnder(returnNames(m.returns).variable),
            returnHref: typeLink(site, c.page, returnNames(m.returns).type),
            anchor: under(m.name),
          })),
      typeIndex: () =>
        site.pages
          .filter((p) => p.kind === 'type')
          .map((p) => under(p.name))
          .sort((a, b) => (a < b ? -1 : 1))
          .map((name) => ({ label: mdUnder(name), href: `${name}.md`, anchor: name })),
      constructorIndex: (c) =>
        site.pages
          .filter((p) => p.kind === 'constructor')
          .map((p) => ({ name: under(p.name), href: hrefTo(site, c.page, 'constructor', p.name)! }))
          .sort((a, b) => (a.name < b.name ? -1 : 1))
          .map((x) => ({ label: mdUnder(x.name), href: x.href, anchor: x.name })),
    });

    /**
     * `{{#registered "php" "example"}}…{{/registered}}`: the block's text, registered for validation
     * with the grammar (the examples of this theme are placeholders, so they are reported as such).
     */
    helpers.registered = function (this: unknown, grammar: unknown, labelText: unknown, options: HelperOptions) {
      const ctx = options.data.root as PageContext;
      return ctx.register(String(grammar), String(labelText), options.fn(this));
    };
    return helpers;
  },
};
