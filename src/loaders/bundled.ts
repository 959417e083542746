/**
 * The bundled default schema: `@mtcute/tl` from node_modules.
 *
 * Converting it costs about half a second (HTML → markdown, zod), far over the CLI's cold-start
 * budget, so `writeBundledCache` stores the converted, validated model in `dist/bundled-model.json`
 * (`{ mtcuteVersion, model }`, written by `node dist/loaders/build-cache.js`) and
 * `loadBundledDefault` reads that when its `mtcuteVersion` is the installed one: no zod, no
 * node-html-markdown, just JSON.parse and a deep freeze. Anything else (no cache, another version,
 * an unreadable file) falls back to converting at run time.
 *
 * This module must not import zod or node-html-markdown, directly or through its static imports:
 * the conversion modules are loaded with `import()` only on the conversion path.
 */
import { isAscii } from 'node:buffer';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { SchemaModel } from '../model/types.js';

/** `dist/bundled-model.json` when this module runs as `dist/loaders/bundled.js`. */
export const BUNDLED_CACHE_FILE = fileURLToPath(new URL('../bundled-model.json', import.meta.url));

export interface BundledPackage {
  /** Directory of the installed @mtcute/tl. */
  readonly dir: string;
  readonly version: string;
  readonly apiSchema: string;
}

let pkgMemo: Promise<BundledPackage> | undefined;

/** Finds the installed @mtcute/tl and its version. */
export function bundledPackage(): Promise<BundledPackage> {
  pkgMemo ??= (async () => {
    const require = createRequire(import.meta.url);
    let dir: string;
    try {
      // The package has no "exports" map, so any file in it resolves.
      dir = dirname(require.resolve('@mtcute/tl/api-schema.json'));
    } catch {
      // If a later version restricts "exports", find the package root from its main entry instead.
      dir = dirname(require.resolve('@mtcute/tl'));
      while (!(await isPackageRoot(dir))) {
        const up = dirname(dir);
        if (up === dir) throw new Error('cannot locate the @mtcute/tl package directory');
        dir = up;
      }
    }
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
    return { dir, version: String(pkg.version), apiSchema: join(dir, 'api-schema.json') };
  })();
  return pkgMemo;
}

async function isPackageRoot(dir: string): Promise<boolean> {
  try {
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
    return pkg.name === '@mtcute/tl';
  } catch {
    return false;
  }
}

export const bundledSource = (version: string) => `@mtcute/tl ${version}`;

/** Converts the installed @mtcute/tl at run time (the slow path). */
export async function convertBundled(): Promise<SchemaModel> {
  const pkg = await bundledPackage();
  const { loadMtcuteFile } = await import('./mtcute.js');
  return loadMtcuteFile(pkg.apiSchema, bundledSource(pkg.version));
}

export interface BundledCache {
  readonly mtcuteVersion: string;
  readonly model: SchemaModel;
}

/**
 * Reads the cache file; null when it is missing, unreadable or for another @mtcute/tl version
 * (`version` null: any version, for a standalone bundle that ships the cache without the package).
 */
export async function readBundledCache(file: string, version: string | null): Promise<SchemaModel | null> {
  let text: string;
  try {
    const bytes = await readFile(file);
    // The cache is written as pure ASCII (see writeBundledCache): latin1 decoding is a plain copy
    // and gives V8 a one-byte string, which JSON.parse reads faster than a decoded UTF-8 one.
    text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as Partial<BundledCache> | null;
    if (!data || (version !== null && data.mtcuteVersion !== version) || !data.model || typeof data.model !== 'object') return null;
    const model = data.model;
    if (!Array.isArray(model.methods) || !Array.isArray(model.constructors) || !Array.isArray(model.types)) return null;
    // Validated when written: no zod here, only the freeze every loader output gets.
    return freezeTree(model);
  } catch {
    return null;
  }
}

export interface LoadBundledOptions {
  /** Where to look for the precomputed model; default `dist/bundled-model.json` next to this module's dist. */
  readonly cacheFile?: string;
}

/**
 * The default schema: the precomputed model when it matches the installed @mtcute/tl, else a
 * conversion. Where @mtcute/tl is not installed at all (the VS Code extension ships the server as
 * one bundle beside the cache), the cache is the schema, whatever version wrote it.
 */
export async function loadBundledDefault(opts: LoadBundledOptions = {}): Promise<SchemaModel> {
  const file = opts.cacheFile ?? BUNDLED_CACHE_FILE;
  let pkg: BundledPackage;
  try {
    pkg = await bundledPackage();
  } catch {
    const standalone = await readBundledCache(file, null);
    if (standalone) return standalone;
    throw new Error(`no bundled schema: @mtcute/tl is not installed and ${file} is missing or unreadable`);
  }
  return (await readBundledCache(file, pkg.version)) ?? convertBundled();
}

/**
 * Deep freeze for a tree fresh from JSON.parse (plain objects and arrays, no cycles, nothing frozen
 * yet): the same result as model/freeze.ts's deepFreeze, without its per-node checks and key arrays.
 */
function freezeTree<T>(value: T): T {
  const walk = (v: object): void => {
    Object.freeze(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x !== null && typeof x === 'object') walk(x);
      }
    } else {
      for (const k in v) {
        const x: unknown = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') walk(x);
      }
    }
  };
  if (value !== null && typeof value === 'object') walk(value);
  return value;
}

/** JSON with every non-ASCII character written as `\uXXXX`, so the file is pure ASCII. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Converts the installed @mtcute/tl and writes `{ mtcuteVersion, model }` to `outFile` (atomically). */
export async function writeBundledCache(outFile: string = BUNDLED_CACHE_FILE): Promise<BundledCache> {
  const pkg = await bundledPackage();
  const model = await convertBundled();
  const cache: BundledCache = { mtcuteVersion: pkg.version, model };
  const tmp = `${outFile}.${process.pid}.tmp`;
  await writeFile(tmp, asciiJson(cache));
  await rename(tmp, outFile);
  return cache;
}
