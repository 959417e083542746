/**
 * Renders pages. Every code block a page shows goes through a registry: the method snippets
 * (`{{#snippets}}`, rendered by the theme's snippet templates for each target) and any extra code a
 * theme registers (`{{register "json" "params" code}}`). Each registered block is validated with its
 * grammar, and the method snippets also feed code-samples.json.
 */
import type { HelperDelegate } from 'handlebars';
import type { MethodModel } from '../model/types.js';
import { compileTemplate, resolveSnippetTemplate } from '../render/templates.js';
import { loadTarget, targetInfo, type TargetInfo } from '../targets/registry.js';
import type { GrammarId } from '../validate/grammars.js';
import type { RenderOptions, SnippetContext, Target } from '../targets/types.js';
import { methodCall } from '../render/snippet.js';
import { checkCode } from '../validate/check.js';
import { GRAMMAR_IDS as GRAMMARS, loadGrammars } from '../validate/grammars.js';
import type { CallValues } from '../values/types.js';
import { InputError } from '../errors.js';
import { coreHelpers } from './helpers.js';
import type { Page, Site } from './plan.js';
import { snippetTargetIds, type Theme } from './theme.js';
import type { ThemeModule } from './themes/types.js';

export interface PageSnippet {
  readonly target: string;
  readonly label: string;
  readonly language: string;
  readonly code: string;
}

/** A validated code block of a page. */
export interface CheckedBlock {
  readonly page: string;
  readonly label: string;
  readonly grammar: GrammarId;
  readonly code: string;
  readonly errors: readonly { line: number; column: number; message: string; frame: string }[];
}

/** What a page template's root context holds; templates reach it only through helpers. */
export interface PageContext {
  readonly page: Page;
  readonly layer: number | null;
  readonly theme: Readonly<Record<string, unknown>>;
  readonly method?: MethodModel;
  readonly type?: Page['type'];
  readonly ctor?: Page['ctor'];
  /** The method's snippets (rendered on first use). */
  snippets(): readonly PageSnippet[];
  /** The page's example call values (shared by all its snippets). */
  call(): CallValues;
  register(grammar: string, label: string, code: string): string;
}

export interface RenderedPage {
  readonly page: Page;
  readonly content: string;
  readonly snippets: readonly PageSnippet[];
  readonly blocks: readonly CheckedBlock[];
}

interface PreparedSnippetTarget {
  readonly info: TargetInfo;
  readonly target: Target;
  readonly template: HandlebarsTemplateDelegate;
}

export interface PageRenderer {
  render(page: Page): RenderedPage;
}

export async function createRenderer(site: Site, theme: Theme, module: ThemeModule): Promise<PageRenderer> {
  const { config } = theme;
  const partials = theme.partials();
  const pageHelperSet: Record<string, HelperDelegate> = { ...coreHelpers(site), ...module.pageHelpers(site) };
  const templates = new Map(
    // Compiled for this build: the helpers are bound to its site map.
    [...new Set(config.pages.map((p) => p.template))].map((t) => [t, compileTemplate(theme.file(t), null, pageHelperSet, partials)]),
  );

  const extraSnippetHelpers = module.snippetHelpers?.(site) ?? {};
  const snippetTargets: PreparedSnippetTarget[] = [];
  for (const id of snippetTargetIds(config)) {
    const info = targetInfo(id)!;
    const target = await loadTarget(info);
    const helpers = { ...target.helpers, ...extraSnippetHelpers };
    const template = compileTemplate(resolveSnippetTemplate(theme.source, id), null, helpers, partials);
    snippetTargets.push({ info, target, template });
  }
  // A docs build checks code in every language (themes register their own blocks): load them all.
  await loadGrammars(GRAMMARS);

  const render: RenderOptions = { boilerplate: config.snippets.boilerplate, targetOptions: config.snippets.options };
  const values = { mode: config.snippets.values, flags: config.snippets.flags, set: {} } as const;

  return {
    render(page) {
      const blocks: CheckedBlock[] = [];
      const check = (label: string, grammar: GrammarId, code: string) => {
        const errors = checkCode(grammar, code, label).map((d) => ({ line: d.line, column: d.column, message: d.message, frame: d.frame }));
        blocks.push({ page: page.path, label, grammar, code, errors });
      };
      let snippets: PageSnippet[] | undefined;
      let call: CallValues | undefined;
      const method = page.method;
      const ctx: PageContext = {
        page,
        layer: site.schema.layer,
        theme: config.data,
        method,
        type: page.type,
        ctor: page.ctor,
        call: () => {
          if (!method) throw new Error(`${page.path}: only method pages have an example call`);
          return (call ??= methodCall(site.schema, method, values));
        },
        snippets: () => {
          if (snippets) return snippets;
          if (!method) throw new Error(`${page.path}: only method pages have snippets`);
          const sctx: SnippetContext = { schema: site.schema, method, call: ctx.call(), options: render };
          snippets = [];
          for (const t of snippetTargets) {
            if (t.target.unavailable(method)) continue;
            const code = t.template(sctx);
            check(t.info.id, t.info.grammar.id, code);
            for (const e of t.target.embedded?.(sctx) ?? []) check(`${t.info.id} ${e.label}`, e.grammar, e.code);
            snippets.push({ target: t.info.id, label: t.info.label, language: t.info.language, code });
          }
          return snippets;
        },
        register: (grammar, label, code) => {
          if (!GRAMMARS.includes(grammar as GrammarId)) {
            throw new InputError(`${page.path}: register: unknown grammar "${grammar}"`);
          }
          check(label, grammar as GrammarId, code);
          return code;
        },
      };
      const content = templates.get(page.template)!(ctx);
      return { page, content, snippets: snippets ?? [], blocks };
    },
  };
}

