/**
 * Which pages a build writes, and where. The plan is the site map: link helpers resolve against it,
 * so a link to a page that is not written cannot be produced.
 */
import type { ConstructorModel, MethodModel, SchemaModel, TypeModel } from '../model/types.js';
import { InputError } from '../errors.js';
import { pagePath, type PageKindConfig, type ThemeConfig } from './theme.js';
import type { ThemeModule } from './themes/types.js';

export type PageKind = PageKindConfig['kind'];

export interface Page {
  readonly kind: PageKind;
  /** The TL name the page is about (or the index's name). */
  readonly name: string;
  /** Relative output path, `/`-separated. */
  readonly path: string;
  readonly template: string;
  readonly method?: MethodModel;
  readonly type?: TypeModel;
  readonly ctor?: ConstructorModel;
  readonly of?: 'methods' | 'types' | 'constructors';
}

export interface Site {
  readonly schema: SchemaModel;
  readonly config: ThemeConfig;
  readonly pages: readonly Page[];
  /** The page of a method, type or constructor name, if the build writes one. */
  page(kind: 'method' | 'type' | 'constructor', name: string): Page | undefined;
  index(of: 'methods' | 'types' | 'constructors'): Page | undefined;
}

/** Path segments a page may have: TL identifiers and the few names themes add (`!X`). */
const SAFE_PATH = /^(?:[A-Za-z0-9_!][A-Za-z0-9_.!-]*\/)*[A-Za-z0-9_!][A-Za-z0-9_.!-]*\.md$/;

export function planSite(schema: SchemaModel, config: ThemeConfig, module: ThemeModule): Site {
  const pages: Page[] = [];
  const byKey = new Map<string, Page>();
  const byPath = new Map<string, Page>();
  const add = (p: Page) => {
    if (!SAFE_PATH.test(p.path) || p.path.split('/').includes('..')) {
      throw new InputError(`theme ${config.name}: refusing page path "${p.path}" (outside the output folder or not a plain name)`);
    }
    const clash = byPath.get(p.path);
    if (clash) throw new InputError(`theme ${config.name}: ${p.kind} ${p.name} and ${clash.kind} ${clash.name} would both be written to ${p.path}`);
    byPath.set(p.path, p);
    pages.push(p);
    if (p.kind !== 'index') byKey.set(`${p.kind}:${p.name}`, p);
  };
  for (const kind of config.pages) {
    switch (kind.kind) {
      case 'method':
        for (const method of schema.methods) {
          add({ kind: 'method', name: method.name, path: pagePath(kind.path, method.name), template: kind.template, method });
        }
        break;
      case 'type':
        for (const type of module.typePages ? module.typePages(schema, config) : schema.types) {
          add({ kind: 'type', name: type.name, path: pagePath(kind.path, type.name), template: kind.template, type });
        }
        break;
      case 'constructor': {
        const count = new Map<string, number>();
        for (const c of schema.constructors) count.set(c.name, (count.get(c.name) ?? 0) + 1);
        // A name defined more than once (secret-chat layers redefine constructors) gets its layer.
        const defaultName = (c: ConstructorModel) => (c.secretLayer !== null && count.get(c.name)! > 1 ? `${c.name}_${c.secretLayer}` : c.name);
        for (const c of schema.constructors) {
          const name = module.constructorPageName ? module.constructorPageName(c, schema) : defaultName(c);
          if (name === null) continue;
          add({ kind: 'constructor', name, path: pagePath(kind.path, name), template: kind.template, ctor: c });
        }
        break;
      }
      case 'index':
        add({ kind: 'index', name: kind.of ?? 'index', path: pagePath(kind.path, kind.of ?? 'index'), template: kind.template, of: kind.of });
        break;
    }
  }
  return {
    schema,
    config,
    pages,
    page: (kind, name) => byKey.get(`${kind}:${name}`),
    index: (of) => pages.find((p) => p.kind === 'index' && p.of === of),
  };
}
