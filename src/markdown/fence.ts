/**
 * `tlsnip` fences in markdown, shared by the markdown-it and remark plugins:
 *
 *     ```tlsnip messages.sendMessage --set message="Hello!" --target php,ts
 *     ```
 *
 * The words after `tlsnip` are the `tlsnip snippet` command's own arguments (split as a POSIX shell
 * would, parsed by the same yargs declarations), minus what belongs to the whole build (schema,
 * theme, templates: the plugin's options). Each fence becomes the validated snippets of one method;
 * anything wrong is an error naming the page, its line and tlsnip's message, so the site build stops.
 */
import { resolve } from 'node:path';
import { split as shlexSplit } from 'shlex';
import { createRenderer, loadSchema, type Renderer, type Schema, type Snippet } from '../api/index.js';
import { isGlob } from '../api/select.js';
import { InputError } from '../errors.js';
import { exampleArgsOf, exampleOptions, renderOptions } from '../cli/snippet-args.js';
import { describeErrors } from '../cli/output.js';
import { TARGETS } from '../targets/registry.js';

/** The options both plugins take: what is the same for every fence of a build. */
export interface FenceOptions {
  /** Schema path (`.tl`, `bundle.json`, `api-schema.json`), relative to the working directory; default: the bundled layer. */
  readonly schema?: string;
  /** Template theme (default `modern`). */
  readonly theme?: string;
  /** A folder of templates overriding the theme's by path (`snippets/php.hbs`, …). */
  readonly templates?: string;
  /** Targets a fence shows when it has no `--target` (default: all). */
  readonly targets?: readonly string[];
}

/** One fence, expanded: the method and its snippets, in target order. */
export interface Expansion {
  readonly method: string;
  readonly snippets: readonly Snippet[];
}

/** Where a fence is, for the error that stops the build. */
export interface FencePlace {
  /** The page's path, as the host gives it. */
  readonly file?: string;
  /** 1-based line of the fence's opening line. */
  readonly line?: number;
}

/** A fence tlsnip cannot expand: `page.md:12: tlsnip: unknown method …` (and code frames for invalid snippets). */
export class FenceError extends InputError {
  constructor(
    /** tlsnip's message, without the place. */
    readonly reason: string,
    readonly place: FencePlace,
  ) {
    super(`${place.file ?? '<markdown>'}${place.line ? `:${place.line}` : ''}: tlsnip: ${reason}`);
    Object.defineProperty(this, 'name', { value: 'FenceError' });
  }
}

export interface FenceRenderer {
  /** Expands a fence's arguments (the info string after `tlsnip`); cached by its text. */
  expand(args: string, place?: FencePlace): Expansion;
}

/** Options that belong to the build, not to a fence, and the plugin option to use instead. */
const BUILD_OPTIONS: Readonly<Record<string, string>> = { schema: 'schema', theme: 'theme', templates: 'templates', format: '', json: '', out: '', help: '', version: '' };

// One schema per path per process, shared by every plugin instance (and both plugins).
const schemas = new Map<string, Promise<Schema>>();
const renderers = new Map<string, Promise<FenceRenderer>>();

/** How many schemas this process loaded for fences (the bench shows it stays 1 with both plugins). */
export let schemaLoads = 0;

/** The schema at `path` (default: the bundled layer), loaded once per process. */
export function schemaOnce(path?: string): Promise<Schema> {
  const key = path === undefined ? '' : resolve(path);
  let p = schemas.get(key);
  if (!p) {
    schemaLoads++;
    schemas.set(key, (p = loadSchema(path)));
    p.catch(() => schemas.delete(key));
  }
  return p;
}

/** Loads the schema and the targets once and returns the fence expander for these options. */
export function fenceRenderer(opts: FenceOptions = {}): Promise<FenceRenderer> {
  const key = JSON.stringify([opts.schema === undefined ? '' : resolve(opts.schema), opts.theme ?? 'modern', opts.templates ?? '', opts.targets ?? []]);
  let p = renderers.get(key);
  if (!p) {
    renderers.set(key, (p = create(opts)));
    p.catch(() => renderers.delete(key));
  }
  return p;
}

async function create(opts: FenceOptions): Promise<FenceRenderer> {
  const [{ default: yargs }, schema] = await Promise.all([import('yargs'), schemaOnce(opts.schema)]);
  const renderer = await createRenderer(schema, { theme: opts.theme, templatesDir: opts.templates });
  const ids = TARGETS.map((t) => t.id).join(', ');
  const parser = () =>
    yargs()
      .scriptName('tlsnip')
      .command('$0 <method>', 'a fence', (y) => exampleOptions(y, ids))
      .strict()
      .help(false)
      .version(false)
      .wrap(null)
      .exitProcess(false)
      .fail((msg, err) => {
        throw err ?? new InputError(msg);
      });
  // One parser for every fence (building one costs more than parsing); yargs keeps state from a
  // failed parse, so a failure drops it and the next fence gets a new one.
  let y: ReturnType<typeof parser> | undefined;
  const parse = (words: string[]): Record<string, unknown> => {
    y ??= parser();
    try {
      return y.parseSync(words) as Record<string, unknown>;
    } catch (e) {
      y = undefined;
      throw e;
    }
  };
  const cache = new Map<string, Expansion>();
  return {
    expand(args, place = {}) {
      const text = args.trim();
      let e = cache.get(text);
      if (!e) {
        try {
          e = expand(renderer, parse, text, opts);
        } catch (err) {
          if (err instanceof InputError) throw new FenceError(err.message, place);
          throw err;
        }
        cache.set(text, e);
      }
      return e;
    },
  };
}

function expand(renderer: Renderer, parse: (words: string[]) => Record<string, unknown>, text: string, opts: FenceOptions): Expansion {
  const words = splitWords(text);
  if (words.length === 0) throw new InputError('a tlsnip fence names a method: ```tlsnip messages.sendMessage --set message=hi');
  for (const w of words) {
    const name = /^--(?:no-)?([a-z-]+)(?:=|$)/.exec(w)?.[1];
    if (name !== undefined && Object.hasOwn(BUILD_OPTIONS, name)) {
      const instead = BUILD_OPTIONS[name];
      throw new InputError(`--${name} is not a fence argument${instead ? `: set the plugin's "${instead}" option, which applies to every fence of the build` : ''}`);
    }
  }
  const args = exampleArgsOf(parse(words));
  if (isGlob(args.method)) throw new InputError(`"${args.method}" is a pattern: a fence shows one method`);
  const explicit = words.some((w) => w === '-t' || w === '--target' || w.startsWith('--target=') || w.startsWith('-t='));
  const ro = renderOptions({ ...args, target: explicit || !opts.targets ? args.target : [...opts.targets] });
  const [result] = renderer.render(args.method, ro);
  const r = result!;
  if (r.snippets.length === 0) {
    throw new InputError(`${r.method}: no target can show it (${r.skipped.map((k) => `${k.target}: ${k.reason}`).join('; ')})`);
  }
  if (explicit && ro.targets !== 'all' && ro.targets?.length === 1 && r.skipped.length === 1) {
    throw new InputError(`${r.skipped[0]!.target}: ${r.skipped[0]!.reason}`);
  }
  const errors = describeErrors([r]);
  if (errors.length) throw new InputError(errors.join('\n'));
  return { method: r.method, snippets: r.snippets };
}

/** The fence's words, split as a POSIX shell would (quotes and backslashes), with no expansion. */
function splitWords(text: string): string[] {
  // shlex: Python's shlex.split (POSIX mode) for JavaScript: quoting without variables, globs or
  // command substitution, which a fence must not have.
  try {
    return shlexSplit(text);
  } catch (e) {
    throw new InputError(`cannot split the fence's arguments: ${(e as Error).message}`);
  }
}
