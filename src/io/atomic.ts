/**
 * Output that is never half-written: files go to a temporary sibling and are renamed into place;
 * a generated folder is built beside the old one and swapped in, so a failed or killed run leaves
 * the previous folder intact. A folder tlsnip did not write (no marker file) is never replaced.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { asInputError } from './fs-errors.js';

export const MARKER = '.tlsnip-output';

const tempName = (path: string, tag: string) =>
  join(dirname(path), `.${basename(path)}.${tag}-${process.pid}-${Date.now().toString(36)}`);

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const tmp = tempName(path, 'tmp');
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw asInputError(e, path);
  }
}

/**
 * Builds a whole folder with `build(tmpDir)` and swaps it in for `dir`. The old folder is only
 * removed once the new one is in place.
 */
export async function replaceDirAtomic(dir: string, build: (tmpDir: string) => Promise<void>): Promise<void> {
  const target = resolve(dir);
  if (existsSync(target)) {
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new InputError(`${dir}: refusing to replace a folder tlsnip did not write (it has no ${MARKER} file)`);
    }
  }
  await mkdir(dirname(target), { recursive: true });
  const tmp = tempName(target, 'building');
  try {
    await mkdir(tmp);
    await build(tmp);
    await writeFile(join(tmp, MARKER), 'Written by tlsnip; this whole folder is replaced on the next run.\n');
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw asInputError(e, dir);
  }
  const old = tempName(target, 'old');
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, old);
  await rename(tmp, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
