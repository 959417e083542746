/**
 * `tlsnip/markdown-it`: `tlsnip` fences in VitePress, and in anything else built on markdown-it.
 *
 *     // .vitepress/config.mts
 *     import { defineConfig } from 'vitepress';
 *     import { tlsnipMarkdownIt } from 'tlsnip/markdown-it';
 *     const tlsnip = await tlsnipMarkdownIt();          // loads the schema and the targets, once
 *     export default defineConfig({ markdown: { config: (md) => { md.use(tlsnip); } } });
 *
 * markdown-it renders synchronously, so the loading is done by the awaited factory and the plugin
 * itself only renders. Each fence becomes one fenced block per target inside VitePress's
 * `::: code-group` (tabs), or, with `tabs: 'plain'`, the fenced blocks one after the other. The
 * generated markdown is parsed by the host's own markdown-it, so its highlighter, line numbers and
 * copy buttons apply as to any other block.
 */
import { fence } from '../cli/output.js';
import { fenceRenderer, type Expansion, type FenceOptions, type FenceRenderer } from './fence.js';

export { FenceError, type FenceOptions, type Expansion } from './fence.js';

export interface MarkdownItOptions extends FenceOptions {
  /** `vitepress` (default): the blocks in a `::: code-group`, one tab per target; `plain`: the blocks one after the other. */
  readonly tabs?: 'vitepress' | 'plain';
}

/** The parts of markdown-it the plugin uses (so that its types do not depend on one markdown-it version). */
interface Token {
  type: string;
  info: string;
  level: number;
  map: [number, number] | null;
}
interface CoreState {
  src: string;
  tokens: Token[];
  env: unknown;
  md: MarkdownItLike;
}
/** A markdown-it instance, as far as the plugin needs one. */
export interface MarkdownItLike {
  parse(src: string, env: unknown): unknown;
  render(src: string, env?: unknown): string;
  core: { ruler: { after(after: string, name: string, rule: (state: CoreState) => void): void } };
  block: { parse(src: string, md: MarkdownItLike, env: unknown, out: Token[]): void };
}

/**
 * Loads the schema (default: the bundled layer) and the targets once, and returns the plugin:
 * `md.use(await tlsnipMarkdownIt(options))`. An unknown method or target, a bad `--set`, or a
 * snippet that fails validation throws a `FenceError` naming the page (`env.path`, as VitePress
 * sets it, or `env.relativePath`) and the fence's line: the site build stops there.
 */
export async function tlsnipMarkdownIt(opts: MarkdownItOptions = {}): Promise<(md: MarkdownItLike) => void> {
  if (opts.tabs !== undefined && opts.tabs !== 'vitepress' && opts.tabs !== 'plain') {
    throw new TypeError(`tlsnip markdown-it: tabs must be "vitepress" or "plain", not ${JSON.stringify(opts.tabs)}`);
  }
  const renderer = await fenceRenderer(opts);
  const tabs = opts.tabs ?? 'vitepress';
  return (md) => {
    // Front matter plugins (VitePress's among them) hand markdown-it the page without its front
    // matter, so token lines start after it: keep the page as first given, to count the lines it lost.
    const sources = new WeakMap<object, string>();
    const keeping =
      <A extends unknown[], R>(inner: (this: unknown, src: string, env: unknown, ...rest: A) => R) =>
      function (this: unknown, src: string, env: unknown, ...rest: A): R {
        const keep = env !== null && typeof env === 'object' && !sources.has(env);
        if (keep) sources.set(env, src);
        try {
          return inner.call(this, src, env, ...rest);
        } finally {
          if (keep) sources.delete(env);
        }
      };
    md.parse = keeping(md.parse);
    md.render = keeping(md.render);
    md.core.ruler.after('block', 'tlsnip', (state) => expandFences(state, renderer, tabs, linesBefore(state, sources)));
  };
}

export default tlsnipMarkdownIt;

const FENCE_INFO = /^tlsnip(?:\s+([^]*))?$/;

/** Lines of the page before what markdown-it parses (front matter removed by another plugin). */
function linesBefore(state: CoreState, sources: WeakMap<object, string>): number {
  const page = state.env && typeof state.env === 'object' ? sources.get(state.env) : undefined;
  if (page === undefined || page === state.src || !page.endsWith(state.src)) return 0;
  return page.slice(0, page.length - state.src.length).split('\n').length - 1;
}

function expandFences(state: CoreState, renderer: FenceRenderer, tabs: 'vitepress' | 'plain', offset: number): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'fence') continue;
    const m = FENCE_INFO.exec(t.info.trim());
    if (!m) continue;
    const env = (state.env ?? {}) as { path?: unknown; relativePath?: unknown };
    const file = typeof env.path === 'string' ? env.path : typeof env.relativePath === 'string' ? env.relativePath : undefined;
    const expansion = renderer.expand(m[1] ?? '', { file, line: t.map ? offset + t.map[0] + 1 : undefined });
    const out: Token[] = [];
    state.md.block.parse(markdownOf(expansion, tabs), state.md, state.env, out);
    for (const n of out) {
      n.level += t.level;
      n.map = t.map;
    }
    tokens.splice(i, 1, ...out);
    i += out.length - 1;
  }
}

/** The expansion as markdown: a fenced block per target, titled for VitePress's code groups. */
export function markdownOf(e: Expansion, tabs: 'vitepress' | 'plain'): string {
  const blocks = e.snippets.map((s) => {
    const f = fence(s.code);
    const code = s.code.endsWith('\n') ? s.code : `${s.code}\n`;
    return `${f}${s.language}${tabs === 'vitepress' ? ` [${s.label}]` : ''}\n${code}${f}\n`;
  });
  if (tabs === 'plain') return blocks.join('\n');
  // The blocks' fences hold their code, so a `:::` line inside code cannot close the container.
  return `::: code-group\n${blocks.join('')}:::\n`;
}
