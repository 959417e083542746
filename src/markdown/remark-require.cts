/**
 * `require('tlsnip/remark')`: the remark plugin for hosts that load it as CommonJS.
 *
 * Docusaurus loads its config (and the plugins it imports) with jiti, which rewrites every ES
 * module it loads into CommonJS and fails on `import.meta` (tlsnip's and its dependencies'). Under
 * the `require` condition this file is what they get: it loads the real ES module with Node's own
 * `import()`, so the schema and targets are still loaded once per process.
 */
import type { RemarkOptions } from './remark.js';

type Transformer = (tree: unknown, file: unknown) => Promise<void>;

function remarkTlsnip(options?: RemarkOptions): Transformer {
  const loading = import('./remark.js');
  let transformer: Transformer | undefined;
  return async (tree, file) => {
    transformer ??= (await loading).remarkTlsnip(options) as Transformer;
    return transformer(tree, file);
  };
}

export = Object.assign(remarkTlsnip, { remarkTlsnip, default: remarkTlsnip });
