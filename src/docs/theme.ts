/**
 * A docs theme is a folder `templates/<theme>/`: `theme.json` (which pages exist and where, the
 * snippet options, and the theme's own data such as type labels), `pages/*.hbs`, `partials/*.hbs`
 * and `snippets/<target>.hbs`. Rules that need code live in the theme's helper module
 * (src/docs/themes/<helpers>.ts), never in the core. A user's `--templates DIR` overrides any of the
 * theme's files by relative path.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { readJson } from '../loaders/json.js';
import { resolveTemplate, themeDir, type TemplateSource } from '../render/templates.js';
import { TARGETS, targetOptions } from '../targets/registry.js';

const PageKind = z.enum(['method', 'type', 'constructor', 'index']);

/** `{name}` is the TL name; `{name_}` the same with `.` written as `_` (MadelineProto's 2018 file names). */
const PathPattern = z.string().regex(/^(?:[a-z0-9_-]+\/)*(?:\{name_?\}|[a-z0-9_-]+)\.md$/, {
  message: 'a path such as "methods/{name}.md" or "methods/index.md" (lower-case folders, {name} or {name_})',
});

export const ThemeConfigSchema = z.object({
  name: z.string(),
  /** The built-in helper module of src/docs/themes/ this theme's templates call. */
  helpers: z.enum(['modern', 'madeline-2018']),
  pages: z.array(
    z.object({
      kind: PageKind,
      template: z.string().regex(/^pages\/[a-z0-9-]+\.hbs$/, { message: 'a template such as "pages/method.hbs"' }),
      path: PathPattern,
      /** For index pages: what they list. */
      of: z.enum(['methods', 'types', 'constructors']).optional(),
    }),
  ),
  snippets: z.object({
    /** The targets whose examples the pages show, in this order; absent: every target of the registry. */
    targets: z
      .array(z.string())
      .refine((ids) => ids.every((id) => TARGETS.some((t) => t.id === id)), {
        message: `targets must be among ${TARGETS.map((t) => t.id).join(', ')}`,
      })
      .optional(),
    values: z.enum(['realistic', 'placeholder']),
    flags: z.enum(['none', 'all']),
    /** Target options by name (`"php-style": "array"`), as on the command line; the rest take their defaults. */
    options: z
      .record(z.string(), z.string())
      .superRefine((opts, ctx) => {
        for (const [name, value] of Object.entries(opts)) {
          const o = targetOptions().find((x) => x.option.name === name)?.option;
          if (!o) ctx.addIssue({ code: 'custom', path: [name], message: `no target has an option "${name}"; the options are ${targetOptions().map((x) => x.option.name).join(', ')}` });
          else if (o.choices && !o.choices.includes(value)) ctx.addIssue({ code: 'custom', path: [name], message: `expected one of ${o.choices.join(', ')}` });
        }
      })
      .default({}),
    boilerplate: z.boolean(),
    /**
     * Placeholder examples (the 2018 pages) are not meant to run: their failures are reported as
     * placeholder examples of this theme instead of failing the build.
     */
    placeholderExamples: z.boolean(),
  }),
  /** Whether to write code-samples.json (x-codeSamples shape) beside the pages. */
  codeSamples: z.boolean(),
  /** The theme's own data (labels, skipped parameters, …), read by its helper module. */
  data: z.record(z.string(), z.unknown()),
});

export type ThemeConfig = z.infer<typeof ThemeConfigSchema>;
export type PageKindConfig = ThemeConfig['pages'][number];

export interface Theme {
  readonly config: ThemeConfig;
  readonly source: TemplateSource;
  /** The file of a template, after `--templates` overrides. */
  file(relPath: string): string;
  /** Partial name → file, from the theme's partials/ and the user's. */
  partials(): Map<string, string>;
}

export async function loadTheme(source: TemplateSource): Promise<Theme> {
  const configFile = resolveTemplate(source, 'theme.json');
  const raw = await readJson(configFile);
  const parsed = ThemeConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${configFile}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const config = parsed.data;
  return {
    config,
    source,
    file: (rel) => resolveTemplate(source, rel),
    partials: () => {
      const out = new Map<string, string>();
      for (const dir of [join(themeDir(source.theme), 'partials'), source.templatesDir && join(source.templatesDir, 'partials')]) {
        if (!dir || !existsSync(dir)) continue;
        for (const f of readdirSync(dir).sort()) {
          if (f.endsWith('.hbs')) out.set(f.slice(0, -4), join(dir, f));
        }
      }
      return out;
    },
  };
}

/** The ids of the targets a theme shows: its list, or every registered target. */
export function snippetTargetIds(config: ThemeConfig): string[] {
  return config.snippets.targets ?? TARGETS.map((t) => t.id);
}

/** The page path of a name under a pattern; only validated TL identifiers reach here. */
export function pagePath(pattern: string, name: string): string {
  return pattern.replace('{name_}', name.replace(/\./g, '_')).replace('{name}', name);
}

/** A relative link from one page to another (`../types/InputUser.md`); paths are `/`-separated. */
export function linkBetween(from: string, to: string): string {
  const a = from.split('/');
  const b = to.split('/');
  a.pop();
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return '../'.repeat(a.length - common) + b.slice(common).join('/');
}
