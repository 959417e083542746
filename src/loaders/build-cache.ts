/**
 * `node dist/loaders/build-cache.js [outFile]`: converts the installed @mtcute/tl once and writes
 * the precomputed model that `loadBundledDefault` reads (default `dist/bundled-model.json`).
 * Run it after `tsc` and whenever @mtcute/tl changes.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { BUNDLED_CACHE_FILE, writeBundledCache } from './bundled.js';

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const out = argv[0] ? resolve(argv[0]) : BUNDLED_CACHE_FILE;
  const started = performance.now();
  try {
    const { mtcuteVersion, model } = await writeBundledCache(out);
    const ms = Math.round(performance.now() - started);
    console.log(`wrote ${out}: @mtcute/tl ${mtcuteVersion}, layer ${model.layer}, ${model.methods.length} methods, ${model.constructors.length} constructors (${ms} ms)`);
    return 0;
  } catch (e) {
    const err = e as Error & { exitCode?: number };
    console.error(err.name === 'InputError' ? err.message : err.stack ?? String(err));
    return err.exitCode ?? 1;
  }
}

function isEntryPoint(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await main();
