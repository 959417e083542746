/**
 * `loadSchema(path?)`: the one entry point behind `--schema`.
 *
 * - no path → the bundled default (`@mtcute/tl`, precomputed when possible)
 * - `*.tl` → that TL file (its methods and constructors)
 * - `*.json` with a `"bundle"` key → a bundle manifest (see bundle.ts)
 * - `*.json` with `"e"` and `"l"` keys → an @mtcute/tl `api-schema.json` (+ a sibling `raw-errors.json`)
 * Every loader is imported lazily so the default path loads neither zod nor node-html-markdown.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

import { InputError } from '../errors.js';
import type { SchemaModel } from '../model/types.js';

export const ACCEPTED_FORMATS =
  'a .tl schema file, a bundle manifest (.json with a "bundle" key), or an @mtcute/tl api-schema.json (with "l" and "e" keys)';

export async function loadSchema(path?: string): Promise<SchemaModel> {
  const schema = await loadAny(path);
  // An empty schema is a mistake (an empty or truncated file), not a layer to document.
  if (path !== undefined && schema.methods.length === 0 && schema.constructors.length === 0) {
    throw new InputError(`${path}: no constructors and no methods: is it the right file, and complete?`);
  }
  return schema;
}

async function loadAny(path?: string): Promise<SchemaModel> {
  if (path === undefined) {
    const { loadBundledDefault } = await import('./bundled.js');
    return loadBundledDefault();
  }
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (info.isDirectory()) {
    const manifest = join(path, 'bundle.json');
    const hasManifest = await stat(manifest).then((s) => s.isFile(), () => false);
    throw new InputError(
      hasManifest
        ? `${path}: is a directory; pass its bundle manifest instead: ${manifest}`
        : `${path}: is a directory; pass a bundle manifest (a bundle.json listing the schema files) or a single schema file`,
    );
  }
  const lower = path.toLowerCase();
  if (lower.endsWith('.tl')) {
    const { loadTlFile } = await import('./tl.js');
    return loadTlFile(path);
  }
  if (lower.endsWith('.json')) {
    const { readJson, isObject } = await import('./json.js');
    const data = await readJson(path);
    if (isObject(data) && 'bundle' in data) {
      const { loadBundleParsed } = await import('./bundle.js');
      return loadBundleParsed(data, path);
    }
    if (isObject(data) && 'e' in data && 'l' in data) {
      const { loadMtcuteParsed } = await import('./mtcute.js');
      return loadMtcuteParsed(data, path);
    }
    throw new InputError(`${path}: not a schema this tool reads; expected ${ACCEPTED_FORMATS}`);
  }
  throw new InputError(`${path}: unknown schema format; expected ${ACCEPTED_FORMATS}`);
}
