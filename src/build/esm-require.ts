/**
 * The banner both ESM bundles (the CLI, the extension's server) start with: bundled CommonJS
 * dependencies (handlebars) call require(), which an ES module does not have.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __tlsnipCreateRequire } from 'node:module'; const require = __tlsnipCreateRequire(import.meta.url);";
