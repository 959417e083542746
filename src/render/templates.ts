/**
 * Themes are folders of handlebars templates: `templates/<theme>/snippets/<target>.hbs`. A user's
 * `--templates DIR` overrides a theme's files by relative path. Every template is linted before it
 * is compiled: model data may reach output only through helpers, so a bare `{{field}}` (which would
 * print unescaped, unvalidated data) is an error naming the file, line and column.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';

/** The package's own `templates/` folder (the same relative place from src/ and dist/). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface TemplateSource {
  readonly theme: string;
  readonly templatesDir: string | undefined;
}

export function themeDir(theme: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(theme)) throw new InputError(`--theme: "${theme}" is not a theme name`);
  const dir = join(BUILTIN_TEMPLATES, theme);
  if (!existsSync(dir)) throw new InputError(`--theme: no theme "${theme}" in ${BUILTIN_TEMPLATES}`);
  return dir;
}

/** `--templates DIR` must name a folder that exists (a mistyped path is not silently ignored). */
export function checkTemplatesDir(dir: string | undefined): void {
  if (dir === undefined) return;
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new InputError(`--templates ${dir}: no such folder`);
  }
  if (!st.isDirectory()) throw new InputError(`--templates ${dir}: is a file; give a folder of templates (snippets/<target>.hbs, pages/…)`);
}

/** The file a template name resolves to: the user's override first, then the theme's. */
export function resolveTemplate(src: TemplateSource, relPath: string): string {
  if (src.templatesDir) {
    const user = resolve(src.templatesDir, relPath);
    if (existsSync(user)) return user;
  }
  const file = join(themeDir(src.theme), relPath);
  if (!existsSync(file)) {
    throw new InputError(`theme "${src.theme}" has no template ${relPath}${src.templatesDir ? ` (nor has ${src.templatesDir})` : ''}`);
  }
  return file;
}

/** The theme every other falls back to for a target it has no template of. */
export const DEFAULT_THEME = 'modern';

/**
 * A target's snippet template: `snippets/<id>.hbs` of the user's folder or the theme, or, when the
 * theme has none (a target added after the theme was written), the default theme's.
 */
export function resolveSnippetTemplate(src: TemplateSource, id: string): string {
  const rel = `snippets/${id}.hbs`;
  if (src.theme !== DEFAULT_THEME && !(src.templatesDir && existsSync(resolve(src.templatesDir, rel))) && !existsSync(join(themeDir(src.theme), rel))) {
    return resolveTemplate({ theme: DEFAULT_THEME, templatesDir: undefined }, rel);
  }
  return resolveTemplate(src, rel);
}

export interface LintProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Output statements (`{{x}}`, `{{{x}}}`) must call a helper; block helpers may read options. */
export function lintTemplate(source: string, helpers: ReadonlySet<string>): LintProblem[] {
  const problems: LintProblem[] = [];
  const visit = (node: hbs.AST.Node | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach(visit);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        const path = m.path as hbs.AST.PathExpression;
        const isHelperCall = path.type === 'PathExpression' && path.parts.length === 1 && !path.data && helpers.has(path.original);
        if (!isHelperCall) {
          problems.push({
            line: m.loc.start.line,
            column: m.loc.start.column + 1,
            message: `{{${path.original ?? '…'}}} prints data directly; data reaches a template only through a helper (${[...helpers].sort().join(', ')})`,
          });
        }
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        visit(b.program);
        visit(b.inverse);
        return;
      }
      default:
        return;
    }
  };
  visit(Handlebars.parse(source));
  return problems;
}

/** Handlebars' multi-line parse error as one `file:line: expected …` line. */
function describeParseError(file: string, e: Error): string {
  const lines = e.message.split('\n').filter(Boolean);
  const line = /on line (\d+)/.exec(lines[0] ?? '')?.[1];
  const expecting = lines.find((l) => l.startsWith('Expecting'));
  return `${file}${line ? `:${line}` : ''}: handlebars syntax error: ${expecting ?? lines.join(' ')}`;
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Reads and lints one template or partial file: `file:line:column` on the first problem. */
function readLinted(file: string, helpers: ReadonlySet<string>): string {
  const source = readFileSync(file, 'utf8');
  let problems: LintProblem[];
  try {
    problems = lintTemplate(source, helpers);
  } catch (e) {
    throw new InputError(describeParseError(file, e as Error));
  }
  if (problems.length) {
    const p = problems[0]!;
    throw new InputError(`${file}:${p.line}:${p.column}: ${p.message}`);
  }
  return source;
}

/**
 * Compiles a template file and returns it. Helpers are registered on an isolated handlebars
 * environment, so targets and themes cannot see each other's helpers. Partials (name → file) are
 * linted by the same rule. With an `envKey`, the result is cached for that key and file (target
 * helpers are the same for every run); pass `null` when the helpers are bound to one build (docs
 * helpers close over that build's site map) so that another build does not reuse them.
 */
export function compileTemplate(
  file: string,
  envKey: string | null,
  helpers: Readonly<Record<string, Handlebars.HelperDelegate>>,
  partials: ReadonlyMap<string, string> = new Map(),
): HandlebarsTemplateDelegate {
  const key = envKey === null ? null : `${envKey}\0${file}`;
  let t = key === null ? undefined : compiled.get(key);
  if (t) return t;
  const names = new Set(Object.keys(helpers));
  const source = readLinted(file, names);
  const env = Handlebars.create();
  env.registerHelper(helpers);
  for (const [name, partialFile] of partials) env.registerPartial(name, readLinted(partialFile, names));
  // Built-in block helpers stay available: {{#if options.boilerplate}}, {{#each}}, {{#unless}}.
  const template = env.compile(source, { noEscape: true, strict: true, preventIndent: true });
  t = (ctx: unknown, opts?: Handlebars.RuntimeOptions) => {
    try {
      return template(ctx, opts);
    } catch (e) {
      if ((e as Error).name === 'InputError') throw e;
      throw new InputError(`${file}: ${(e as Error).message}`);
    }
  };
  if (key !== null) compiled.set(key, t);
  return t;
}
