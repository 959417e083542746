/**
 * Lazy tree-sitter grammars on web-tree-sitter (WASM only: the same code runs in the CLI, in
 * vitest and in the VS Code extension, so no native addon is ever loaded).
 *
 * `Parser.init()` runs once; each grammar's `.wasm` is read only when a caller first asks for it
 * (`await loadGrammars(['php'])`), from the grammar's own npm package, resolved at run time. One
 * `Parser` per grammar is created and reused by `check.ts`.
 *
 * Load every grammar a run needs *before* parsing starts (stack.md pitfall 3: a `Language.load`
 * after parsing began once took about 1 s); `files.ts` does that by collecting its inputs first.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

import type { GrammarSpec } from '../targets/types.js';
import { targetGrammars } from '../targets/registry.js';

/** A grammar's id (`php`, `typescript`, …): the targets declare theirs (src/targets/<id>/info.ts). */
export type GrammarId = string;

/** Grammars the validator has whatever the targets are: JSON files and fences. */
const CORE_GRAMMARS: readonly GrammarSpec[] = [
  { id: 'json', pkg: 'tree-sitter-json', file: 'tree-sitter-json.wasm', extensions: ['.json'], fenceTags: ['json'] },
];

/** Every grammar: the targets' (in registry order), then the core ones they do not declare. */
export const GRAMMARS: readonly GrammarSpec[] = Object.freeze(
  (() => {
    const specs = targetGrammars();
    for (const core of CORE_GRAMMARS) if (!specs.some((g) => g.id === core.id)) specs.push(core);
    return specs;
  })(),
);

export const GRAMMAR_IDS: readonly GrammarId[] = Object.freeze(GRAMMARS.map((g) => g.id));

/** Where each grammar's .wasm lives: an npm package and a file at its root. */
export const GRAMMAR_FILES: Readonly<Record<GrammarId, { readonly pkg: string; readonly file: string }>> = Object.freeze(
  Object.fromEntries(GRAMMARS.map((g) => [g.id, { pkg: g.pkg, file: g.file }])),
);

export function isGrammarId(value: string): value is GrammarId {
  return (GRAMMAR_IDS as readonly string[]).includes(value);
}

export interface GrammarOptions {
  /**
   * Where to find a `.wasm` file, for hosts where npm resolution does not work (a bundled VS Code
   * extension that copies the files next to its bundle). Called with `'web-tree-sitter.wasm'` and
   * `grammar` undefined for the runtime, and with a grammar's file name (`GRAMMAR_FILES`) and id.
   * Return an absolute file path (under Node; a URL in a browser host), or undefined to fall back
   * to npm resolution.
   */
  locateWasm?: (file: string, grammar: GrammarId | undefined) => string | undefined;
}

let options: GrammarOptions = {};
let initPromise: Promise<void> | undefined;
const loading = new Map<GrammarId, Promise<Parser>>();
const parsers = new Map<GrammarId, Parser>();
const languages = new Map<GrammarId, Language>();

/** Sets the wasm locator. Must be called before the first `loadGrammars`. */
export function configureGrammars(next: GrammarOptions): void {
  if (initPromise) throw new Error('configureGrammars() must be called before the first loadGrammars()');
  options = { ...next };
}

function initRuntime(): Promise<void> {
  if (!initPromise) {
    const locate = options.locateWasm;
    const moduleOptions = locate
      ? {
          locateFile: (file: string, prefix: string) => locate(file, undefined) ?? prefix + file,
        }
      : undefined;
    initPromise = Parser.init(moduleOptions).catch((err: unknown) => {
      initPromise = undefined; // allow a retry after e.g. a corrected configureGrammars()
      throw new Error(`cannot initialise web-tree-sitter: ${(err as Error)?.message || String(err)}`, { cause: err });
    });
  }
  return initPromise;
}

// Created on first use, not at import: a bundled (CJS) VS Code extension has no import.meta.url
// and relies on configureGrammars() instead.
let ownRequire: NodeJS.Require | undefined;
const localRequire = (): NodeJS.Require => (ownRequire ??= createRequire(import.meta.url));

/**
 * Absolute path of `file` at the root of npm package `pkg`, without importing the package (the Lua
 * package's entry point is ESM with top-level await that loads a native addon). Robust against an
 * `exports` field that hides `./package.json`: falls back to the node_modules lookup paths, then
 * to walking up from the resolved entry point. `from` (a file path or URL) is where resolution
 * starts; by default this module.
 */
export function resolvePackageFile(pkg: string, file: string, from?: string | URL): string {
  const require = from === undefined ? localRequire() : createRequire(from);
  const tried: string[] = [];
  const found = (candidate: string): boolean => {
    tried.push(candidate);
    return existsSync(candidate);
  };
  try {
    const candidate = join(dirname(require.resolve(`${pkg}/package.json`)), file);
    if (found(candidate)) return candidate;
  } catch {
    // ERR_PACKAGE_PATH_NOT_EXPORTED or not installed: try the lookup paths below
  }
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const candidate = join(dir, pkg, file);
    if (found(candidate)) return candidate;
  }
  try {
    let dir = dirname(require.resolve(pkg));
    for (;;) {
      const candidate = join(dir, file);
      if (found(candidate)) return candidate;
      if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) break;
      dir = dirname(dir);
    }
  } catch {
    // not resolvable at all
  }
  throw new Error(
    `cannot find ${file} of the npm package ${pkg} (is it installed?); tried:\n  ${tried.join('\n  ') || '(no candidate paths)'}`,
  );
}

/** The path (or URL) `loadGrammars` reads for a grammar. */
export function grammarWasmPath(grammar: GrammarId): string {
  const spec = GRAMMAR_FILES[grammar];
  if (!spec) throw new Error(`unknown grammar ${JSON.stringify(grammar)}; expected one of ${GRAMMAR_IDS.join(', ')}`);
  const { pkg, file } = spec;
  return options.locateWasm?.(file, grammar) ?? resolvePackageFile(pkg, file);
}

async function loadOne(grammar: GrammarId): Promise<Parser> {
  await initRuntime();
  const path = grammarWasmPath(grammar);
  let language: Language;
  try {
    language = await Language.load(path);
  } catch (err) {
    throw new Error(`cannot load the ${grammar} grammar from ${path}: ${(err as Error)?.message || String(err)}`, {
      cause: err,
    });
  }
  const parser = new Parser();
  parser.setLanguage(language);
  languages.set(grammar, language);
  parsers.set(grammar, parser);
  return parser;
}

/** Loads the given grammars (each at most once; concurrent calls share the work). */
export async function loadGrammars(grammars: Iterable<GrammarId>): Promise<void> {
  const pending: Promise<Parser>[] = [];
  for (const grammar of new Set(grammars)) {
    if (!isGrammarId(grammar)) throw new Error(`unknown grammar ${JSON.stringify(grammar)}; expected one of ${GRAMMAR_IDS.join(', ')}`);
    let promise = loading.get(grammar);
    if (!promise) {
      promise = loadOne(grammar);
      loading.set(grammar, promise);
      promise.catch(() => loading.delete(grammar)); // a failed load can be retried
    }
    pending.push(promise);
  }
  await Promise.all(pending);
}

/** Ids of the grammars loaded so far, sorted. */
export function loadedGrammars(): GrammarId[] {
  return GRAMMAR_IDS.filter((g) => parsers.has(g));
}

/** The parser of a loaded grammar, or undefined when `loadGrammars` has not finished for it. */
export function parserFor(grammar: GrammarId): Parser | undefined {
  return parsers.get(grammar);
}

/** The language of a loaded grammar (for queries), or undefined. */
export function languageFor(grammar: GrammarId): Language | undefined {
  return languages.get(grammar);
}
