/**
 * Where the read-only ground truth lives (../shared next to the repo). Tests that need it use
 * `describeShared`, which skips with a message saying why, so `npm test` passes on a fresh clone.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.TLSNIP_SHARED ?? resolve(REPO, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'data', 'README.md'));

export const sharedPath = (...parts: string[]) => join(SHARED, ...parts);
export const BUNDLE_2018 = sharedPath('data', 'madeline-2018-layer75', 'bundle.json');
export const BUNDLE_MODERN = sharedPath('data', 'madeline-modern', 'bundle.json');
export const BUNDLE_176 = sharedPath('data', 'madeline-modern', 'bundle-layer176.json');

let warned = false;
/** `describe` that runs only when ../shared exists, and says so once when it does not. */
export function describeShared(name: string, fn: () => void): void {
  if (!HAS_SHARED && !warned) {
    warned = true;
    console.warn(`[tlsnip tests] ${SHARED} is absent: tests that need the shared ground truth are skipped.`);
  }
  describe.skipIf(!HAS_SHARED)(`${name}${HAS_SHARED ? '' : ' (skipped: ../shared absent)'}`, fn);
}
