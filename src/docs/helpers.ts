/**
 * Core helpers every theme's page templates can call: text and markdown escaping, links resolved
 * against the site map, queries over the model, and the snippets of the page's method. Like target
 * helpers they throw on undefined arguments, so a typo in a template fails the build.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import type { MethodModel } from '../model/types.js';
import { linkBetween } from './theme.js';
import type { Page, Site } from './plan.js';
import type { PageContext, PageSnippet } from './render.js';

type Fn = (ctx: PageContext, ...args: unknown[]) => unknown;

/** Wraps helper functions: undefined arguments throw; block helpers get `options` last. */
export function pageHelpers(defs: Readonly<Record<string, Fn>>): Record<string, HelperDelegate> {
  const out: Record<string, HelperDelegate> = {};
  for (const [name, fn] of Object.entries(defs)) {
    out[name] = function (this: unknown, ...all: unknown[]) {
      const options = all[all.length - 1] as HelperOptions;
      const args = all.slice(0, -1);
      args.forEach((a, i) => {
        if (a === undefined) throw new Error(`helper "${name}": argument ${i + 1} is undefined`);
      });
      return fn.call(this, options.data.root as PageContext, ...args, options);
    };
  }
  return out;
}

/** Markdown inline text: characters that would start markup are escaped. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** A table cell: no line breaks, no unescaped pipe. Markdown inside is kept. */
export function mdCell(s: string): string {
  return s.replace(/\r?\n+/g, ' ').replace(/(?<!\\)\|/g, '\\|').trim();
}

/** An inline code span that no backtick in the text can close. */
export function mdCode(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run in the code. */
export function mdFence(code: string, language: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code.endsWith('\n') ? code : `${code}\n`}${fence}`;
}

/** Path from the current page to another page, or undefined when the build writes no such page. */
export function hrefTo(site: Site, from: Page, kind: 'method' | 'type' | 'constructor' | 'index', name: string): string | undefined {
  const to = kind === 'index' ? site.index(name as 'methods') : site.page(kind, name);
  return to ? linkBetween(from.path, to.path) : undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The namespace of a method (`messages`), or '' for `invokeWithLayer`. */
export const namespaceOf = (name: string) => (name.includes('.') ? name.slice(0, name.indexOf('.')) : '');

export function coreHelpers(site: Site): Record<string, HelperDelegate> {
  const methodsReturning = groupBy(site.schema.methods, (m) => m.returns);
  const constructorsOf = groupBy(site.schema.constructors.filter((x) => x.secretLayer === null), (x) => x.type);
  const typePages = site.pages.filter((p) => p.kind === 'type');
  const constructorPages = site.pages.filter((p) => p.kind === 'constructor');
  const constructorPagesOf = groupBy(constructorPages, (p) => p.ctor!.type);
  return pageHelpers({
    text: (_c, v) => String(v),
    escape: (_c, v) => mdEscape(String(v)),
    cell: (_c, v) => mdCell(String(v)),
    code: (_c, v) => mdCode(String(v)),
    json: (_c, v) => JSON.stringify(v),
    /** `[label](path)` when the page exists, else the label as inline code. */
    link: (c, kind, name, ...rest) => {
      const label = rest.length > 1 ? String(rest[0]) : String(name);
      const href = hrefTo(site, c.page, kind as 'type', String(name));
      return href ? `[${mdEscape(label)}](${href})` : mdCode(label);
    },
    href: (c, kind, name) => hrefTo(site, c.page, kind as 'type', String(name)) ?? '',
    eq: (_c, a, b) => a === b,
    not: (_c, a) => !a,
    or: (_c, a, b) => a || b,
    and: (_c, a, b) => a && b,
    length: (_c, list) => (list as unknown[]).length,
    methodsReturning: (_c, type) => methodsReturning.get(String(type)) ?? [],
    constructorsOf: (_c, type) => constructorsOf.get(String(type)) ?? [],
    /** The constructor pages of a type (secret-chat versions included), in schema order. */
    constructorPagesOf: (_c, type) => constructorPagesOf.get(String(type)) ?? [],
    methods: () => site.schema.methods,
    types: () => typePages,
    constructors: () => constructorPages,
    /** Methods grouped by namespace, namespaces and methods sorted by name. */
    namespaces: () => {
      const groups = new Map<string, MethodModel[]>();
      for (const m of site.schema.methods) {
        const ns = namespaceOf(m.name);
        groups.set(ns, [...(groups.get(ns) ?? []), m]);
      }
      return [...groups.entries()]
        .sort(([a], [b]) => byName(a, b))
        .map(([name, methods]) => ({ name, methods: [...methods].sort((x, y) => byName(x.name, y.name)) }));
    },
    /** A list of named things (types, constructors) sorted by name. */
    sorted: (_c, list) => [...(list as readonly { name: string }[])].sort((x, y) => byName(x.name, y.name)),
    /** The page's method snippets, one per target that can show it; each is validated. */
    snippets: function (this: unknown, c, options) {
      const opts = options as HelperOptions;
      return c.snippets().map((s) => opts.fn(s)).join('');
    },
    fence: (_c, s) => mdFence((s as PageSnippet).code, (s as PageSnippet).language),
    label: (_c, s) => (s as PageSnippet).label,
    /** Registers extra code of the page for validation (`{{register "json" "params" code}}`) and prints it. */
    register: (c, grammar, label, code) => c.register(String(grammar), String(label), String(code)),
  });
}

/**
 * Alphabetical order that does not depend on the machine's locale (localeCompare does): case
 * folded first, then by code point, so that `messages.Chat` and `messages.chat` keep one order.
 */
export function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
