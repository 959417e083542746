/**
 * Whether the mtcute rungs can run here: @mtcute/node (a dev dependency, with its @mtcute/core and
 * @mtcute/tl-runtime), esbuild and tsc. Tests that need them use `describeMtcute`, which skips
 * with a message saying why, once, so `npm test` passes on a machine without them.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe } from 'vitest';
import { REPO } from '../../shared.js';

const require = createRequire(import.meta.url);
const resolves = (id: string) => {
  try {
    require.resolve(id);
    return true;
  } catch {
    return false;
  }
};

const MISSING = [
  ...(existsSync(join(REPO, 'node_modules', '@mtcute', 'node', 'package.json')) && resolves('@mtcute/core') && resolves('@mtcute/tl-runtime') ? [] : ['@mtcute/node']),
  ...(resolves('esbuild') ? [] : ['esbuild']),
  ...(existsSync(join(REPO, 'node_modules', '.bin', 'tsc')) ? [] : ['tsc']),
];
export const HAS_MTCUTE = MISSING.length === 0;

let warned = false;
/** `describe` that runs only when the mtcute toolchain is installed, and says so once when it is not. */
export function describeMtcute(name: string, fn: () => void): void {
  if (!HAS_MTCUTE && !warned) {
    warned = true;
    console.warn(`[tlsnip mtcute] ${MISSING.join(', ')} absent: the mtcute type-check and real-client tests are skipped.`);
  }
  describe.skipIf(!HAS_MTCUTE)(`${name}${HAS_MTCUTE ? '' : ` (skipped: ${MISSING.join(', ')} absent)`}`, fn);
}
