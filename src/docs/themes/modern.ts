/**
 * The default `modern` theme's rules: parameter tables computed from TL flags (not MadelineProto's
 * `*Empty` heuristic), type references linked only where a page exists, who can call a method, and
 * the types a page relates to.
 */
import type { MethodModel, ParamModel, TypeModel } from '../../model/types.js';
import { parseTypeRef, printTypeRef, PRIMITIVES, type TypeRef } from '../../model/typeref.js';
import { hrefTo, mdCell, mdCode, mdEscape, pageHelpers } from '../helpers.js';
import { isAutoParam } from '../../values/examples.js';
import { linkBetween } from '../theme.js';
import type { Page, Site } from '../plan.js';
import type { PageContext } from '../render.js';
import type { ThemeModule } from './types.js';
import { TARGETS } from '../../targets/registry.js';
import { TOP_LEVEL } from '../html/jekyll.js';

/** A type reference as markdown: `Vector<`[InputUser](…)`>`, primitives as code. */
function typeLabel(site: Site, c: PageContext, t: TypeRef): string {
  switch (t.kind) {
    case 'vector':
      return `Vector of ${typeLabel(site, c, t.of)}`;
    case 'query':
      return `any method (\`!${t.generic}\`)`;
    case 'flags':
      return mdCode('#');
    case 'named': {
      const href = PRIMITIVES.has(t.name) ? undefined : hrefTo(site, c.page, 'type', t.name);
      return href ? `[${mdEscape(t.name)}](${href})` : mdCode(t.name);
    }
  }
}

/** An inline markdown link, its label allowed to hold escaped brackets. */
const LINK = /\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\)/g;
const FOLDER_KIND = { methods: 'method', types: 'type', constructors: 'constructor' } as const;

/** Telegram's own page of a method, constructor or type (`https://core.telegram.org/method/x`). */
const CORE_PAGE = /^https:\/\/(?:core|corefork)\.telegram\.org\/(method|constructor|type)\/([A-Za-z0-9_.]+)$/;
const CORE_KIND = { method: 'method', constructor: 'constructor', type: 'type' } as const;

/**
 * Descriptions come with links into MadelineProto's site (`../methods/x.md`, `/API_docs/types/y.html`),
 * to core.telegram.org's pages of methods, constructors and types, and to sections of its pages
 * (`#binding-message-contents`). Those that name a page of this site point to it; other relative
 * links keep only their text (without a "»" that only said "follow the link"). Absolute links stay.
 */
export function localizeLinks(site: Site, from: Page, text: string): string {
  // Text outside links loses the arrows whose link the data source already dropped.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    out += plainText(site, from, text.slice(last, m.index)) + localizeLink(site, from, m[0], m[1]!, m[2]!);
    last = m.index + m[0].length;
  }
  return out + plainText(site, from, text.slice(last));
}

/**
 * Text outside links: arrows of lost links dropped, and a TL name in inline code that has a page
 * here (the `{@link X}` of mtcute's comments, "the `user` constructor") linked to it.
 */
function plainText(site: Site, from: Page, text: string): string {
  return withoutArrows(text).replace(/`([A-Za-z_][\w.]*)`/g, (whole, name: string) => {
    const to = pageNamed(site, name);
    return to && to !== from ? `[${whole}](${linkBetween(from.path, to.path)})` : whole;
  });
}

/** The page of a TL name: a constructor or method when it starts lowercase (after its namespace), else a type. */
function pageNamed(site: Site, name: string): Page | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (/^[A-Z]/.test(last)) return site.page('type', name);
  return site.page('constructor', name) ?? site.page('method', name);
}

function localizeLink(site: Site, from: Page, whole: string, label: string, href: string): string {
  const core = CORE_PAGE.exec(href);
  if (core) {
    const to = site.page(CORE_KIND[core[1] as keyof typeof CORE_KIND], core[2]!);
    return to ? `[${label}](${linkBetween(from.path, to.path)})` : whole;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return whole;
  const m = /(?:^|\/)(methods|types|constructors)\/([^/#]+?)\.(?:md|html)(?:#.*)?$/.exec(href);
  if (m) {
    const kind = FOLDER_KIND[m[1] as keyof typeof FOLDER_KIND];
    for (const name of new Set([m[2]!, m[2]!.replace(/_/g, '.')])) {
      const to = site.page(kind, name);
      if (to) return `[${label}](${linkBetween(from.path, to.path)})`;
    }
  }
  return withoutArrows(label);
}

/**
 * "see here » for more" → "see here for more": in Telegram's descriptions "»" says "this text is a
 * link"; where the link is gone, so is the arrow. Only an arrow after a space (not `«$text»`).
 */
const withoutArrows = (text: string) => text.replace(/\s+»(?=[\s.,;:!?)]|$)/g, '');

/** The first sentence of a description, for index lists and front matter; links keep their text. */
export function summary(text: string): string {
  const flat = withoutArrows(text.replace(LINK, '$1'))
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(flat);
  return (m ? m[1]! : flat).slice(0, 300);
}

const shown = (params: readonly ParamModel[]) => params.filter((p) => p.type !== '#');

/** The named (non-primitive) types a method or constructor refers to, in first-use order. */
function relatedTypes(site: Site, refs: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (t: TypeRef) => {
    if (t.kind === 'vector') visit(t.of);
    else if (t.kind === 'named' && !PRIMITIVES.has(t.name) && site.page('type', t.name) && !out.includes(t.name)) out.push(t.name);
  };
  refs.forEach((r) => visit(parseTypeRef(r)));
  return out;
}

/**
 * The TL definition line, as Telegram's schema files write it:
 * `photos.getUserPhotos#91cd32a8 user_id:InputUser offset:int max_id:long limit:int = photos.Photos;`
 * (the id in lowercase hex without leading zeros, flags as `flags.N?type`, generics as `{X:Type}`).
 */
export function tlLine(item: { name: string; id: number | null; params: readonly ParamModel[]; generics?: readonly { name: string; type: string }[]; returns?: string; type?: string }): string {
  if (item.id === null) return '';
  const generics = (item.generics ?? []).map((g) => `{${g.name}:${g.type}}`);
  const params = item.params.map((p) => `${p.name}:${p.flag ? `${p.flag.field}.${p.flag.bit}?` : ''}${p.type}`);
  return [`${item.name}#${item.id.toString(16)}`, ...generics, ...params, '=', `${item.returns ?? item.type};`].join(' ');
}

/** The constructors a method's result can be (those with a page), for `Vector<T>` those of T. */
function resultConstructors(site: Site, ref: string): string[] {
  let t = parseTypeRef(ref);
  while (t.kind === 'vector') t = t.of;
  if (t.kind !== 'named') return [];
  const type = site.schema.types.find((x) => x.name === t.name);
  return (type?.constructors ?? []).filter((c) => site.page('constructor', c));
}

const PEER_TYPES = new Set(['InputPeer', 'InputUser', 'InputChannel', 'InputDialogPeer']);
const FILE_TYPES = new Set(['InputFile']);

/** The names of a method's parameters whose type (or element type) is one of `types`. */
function paramsOfType(method: MethodModel, types: ReadonlySet<string>): string[] {
  return shown(method.params)
    .filter((p) => {
      let t = parseTypeRef(p.type);
      while (t.kind === 'vector') t = t.of;
      return t.kind === 'named' && types.has(t.name);
    })
    .map((p) => p.name);
}

/** What each library accepts for a peer and a file, live targets first (declared in each target's info.ts). */
function acceptsRows(): { label: string; peer: string; file: string }[] {
  return [...TARGETS]
    .filter((t) => t.accepts)
    .sort((a, b) => Number(a.historical ?? false) - Number(b.historical ?? false))
    .map((t) => ({ label: t.historical ? `${t.label} (historical)` : t.label, peer: t.accepts!.peer, file: t.accepts!.file }));
}

export const theme: ThemeModule = {
  pageHelpers(site) {
    const takers = new Map<string, MethodModel[]>();
    for (const m of site.schema.methods) {
      for (const name of relatedTypes(site, m.params.map((p) => p.type))) takers.set(name, [...(takers.get(name) ?? []), m]);
    }
    return pageHelpers({
      typeLabel: (c, ref) => typeLabel(site, c, parseTypeRef(String(ref))),
      params: (_c, owner) => shown((owner as { params: readonly ParamModel[] }).params),
      /**
       * Required from the TL schema: a flag parameter is optional (and names its bit); what the
       * libraries compute themselves (random_id) need not be passed, as the examples show.
       */
      required: (_c, p) => {
        const param = p as ParamModel;
        if (param.flag) return `No (${param.flag.field}.${param.flag.bit})`;
        return isAutoParam(param.name, param.type) ? 'No (the libraries fill it in)' : 'Yes';
      },
      usersCan: (_c, m) => ({ both: 'Yes', user: 'Yes', bot: 'No', unknown: 'Unknown' })[(m as MethodModel).usability],
      botsCan: (_c, m) => ({ both: 'Yes', user: 'No', bot: 'Yes', unknown: 'Unknown' })[(m as MethodModel).usability],
      summary: (_c, text) => summary(String(text)),
      /** A description as a markdown block, its links made local. */
      md: (c, text) => localizeLinks(site, c.page, String(text)),
      /** A description in a table cell, its links made local. */
      mdcell: (c, text) => mdCell(localizeLinks(site, c.page, String(text))),
      relatedTypes: (_c, owner) => {
        const o = owner as { params: readonly ParamModel[]; returns?: string; type?: string };
        return relatedTypes(site, [...o.params.map((p) => p.type), o.returns ?? o.type ?? '#']);
      },
      methodsTaking: (_c, type) => takers.get(String((type as TypeModel).name ?? type)) ?? [],
      /** The TL definition line of a method or constructor ('' without a constructor id). */
      tl: (_c, item) => tlLine(item as Parameters<typeof tlLine>[0]),
      resultConstructors: (_c, ref) => resultConstructors(site, String(ref)),
      peerParams: (_c, m) => paramsOfType(m as MethodModel, PEER_TYPES),
      fileParams: (_c, m) => paramsOfType(m as MethodModel, FILE_TYPES),
      acceptsRows: () => acceptsRows(),
      /** A method's namespace for the Jekyll sidebar (`top-level` for methods without one). */
      namespaceKey: (_c, name) => (String(name).includes('.') ? String(name).slice(0, String(name).indexOf('.')) : TOP_LEVEL),
    });
  },
};
