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
  tokens: Token[];
  env: unknown;
  md: MarkdownItLike;
}
/** A markdown-it instance, as far as the plugin needs one. */
export interface MarkdownItLike {
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
    md.core.ruler.after('block', 'tlsnip', (state) => expandFences(state, renderer, tabs));
  };
}

export default tlsnipMarkdownIt;

const FENCE_INFO = /^tlsnip(?:\s+([^]*))?$/;

function expandFences(state: CoreState, renderer: FenceRenderer, tabs: 'vitepress' | 'plain'): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'fence') continue;
    const m = FENCE_INFO.exec(t.info.trim());
    if (!m) continue;
    const env = (state.env ?? {}) as { path?: unknown; relativePath?: unknown };
    const file = typeof env.path === 'string' ? env.path : typeof env.relativePath === 'string' ? env.relativePath : undefined;
    const expansion = renderer.expand(m[1] ?? '', { file, line: t.map ? t.map[0] + 1 : undefined });
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
