/**
 * `tlsnip/remark`: `tlsnip` fences in Docusaurus (MDX), and in anything else built on unified/remark.
 *
 *     // docusaurus.config.mjs
 *     import { remarkTlsnip } from 'tlsnip/remark';
 *     export default { presets: [['classic', { docs: { remarkPlugins: [[remarkTlsnip, {}]] } }]] };
 *
 * Each fence becomes Docusaurus's `<Tabs groupId="tlsnip">` with one `<TabItem>` per target holding
 * the target's code block (imported once per page under names of tlsnip's own, `TlsnipTabs` and
 * `TlsnipTabItem`, so that a page's own imports never clash), or, with
 * `tabs: 'plain'`, the code blocks one after the other, each titled with its target. The schema and
 * the targets load once per process, when the first page is transformed.
 */
import { fenceRenderer, FenceError, type Expansion, type FenceOptions } from './fence.js';

export { FenceError, type FenceOptions, type Expansion } from './fence.js';

export interface RemarkOptions extends FenceOptions {
  /** `docusaurus` (default): `<Tabs>` and `<TabItem>` (MDX); `plain`: titled code blocks one after the other. */
  readonly tabs?: 'docusaurus' | 'plain';
}

/** The parts of mdast and vfile the plugin uses (so that its types do not depend on one unified version). */
interface Node {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  [key: string]: unknown;
}
interface VFileLike {
  path?: string;
  fail?(reason: string, place?: unknown, origin?: string): never;
}

/**
 * The remark plugin: `remarkPlugins: [[remarkTlsnip, options]]`. An unknown method or target, a bad
 * `--set`, or a snippet that fails validation fails the page's transformation with the page's file,
 * the fence's line and tlsnip's message.
 */
export function remarkTlsnip(opts: RemarkOptions = {}): (tree: Node, file: VFileLike) => Promise<void> {
  if (opts.tabs !== undefined && opts.tabs !== 'docusaurus' && opts.tabs !== 'plain') {
    throw new TypeError(`tlsnip remark: tabs must be "docusaurus" or "plain", not ${JSON.stringify(opts.tabs)}`);
  }
  const tabs = opts.tabs ?? 'docusaurus';
  return async (tree, file) => {
    const fences = collect(tree);
    if (fences.length === 0) return;
    const renderer = await fenceRenderer(opts);
    for (const { parent, node } of fences) {
      const line = node.position?.start.line;
      let e: Expansion;
      try {
        e = renderer.expand(node.meta ?? '', { file: file.path, line });
      } catch (err) {
        // vfile's own failure: file, line and column, as the host reports its other errors.
        if (err instanceof FenceError && file.fail) file.fail(`tlsnip: ${err.reason}`, node.position ?? undefined, 'tlsnip:fence');
        throw err;
      }
      const at = parent.children!.indexOf(node);
      parent.children!.splice(at, 1, ...nodesOf(e, tabs));
    }
    if (tabs === 'docusaurus') tree.children!.unshift(tabsImport());
  };
}

export default remarkTlsnip;

function collect(tree: Node): { parent: Node; node: Node }[] {
  const out: { parent: Node; node: Node }[] = [];
  const walk = (n: Node) => {
    for (const c of n.children ?? []) {
      if (c.type === 'code' && c.lang === 'tlsnip') out.push({ parent: n, node: c });
      else walk(c);
    }
  };
  walk(tree);
  return out;
}

/** mdast code blocks hold their text without the final newline. */
const codeNode = (lang: string, code: string, meta: string | null): Node => ({ type: 'code', lang, meta, value: code.endsWith('\n') ? code.slice(0, -1) : code });

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

function nodesOf(e: Expansion, tabs: 'docusaurus' | 'plain'): Node[] {
  if (tabs === 'plain') return e.snippets.map((s) => codeNode(s.language, s.code, `title=${JSON.stringify(s.label)}`));
  return [
    {
      type: 'mdxJsxFlowElement',
      name: TABS,
      attributes: [attribute('groupId', 'tlsnip')],
      children: e.snippets.map((s) => ({
        type: 'mdxJsxFlowElement',
        name: TAB_ITEM,
        attributes: [attribute('value', s.target), attribute('label', s.label)],
        children: [codeNode(s.language, s.code, null)],
      })),
    },
  ];
}

const TABS = 'TlsnipTabs';
const TAB_ITEM = 'TlsnipTabItem';

/** `import TlsnipTabs from '@theme/Tabs'` and TabItem, with the ESTree MDX compiles from. */
function tabsImport(): Node {
  const declaration = (name: string, source: string) => ({
    type: 'ImportDeclaration',
    specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
    source: { type: 'Literal', value: source, raw: `'${source}'` },
  });
  return {
    type: 'mdxjsEsm',
    value: `import ${TABS} from '@theme/Tabs';\nimport ${TAB_ITEM} from '@theme/TabItem';`,
    data: { estree: { type: 'Program', sourceType: 'module', body: [declaration(TABS, '@theme/Tabs'), declaration(TAB_ITEM, '@theme/TabItem')] } },
  };
}
