/**
 * One error path for the file system: every failure of a read or write that the user can fix
 * (a path that is a file where a folder is due, a folder where a file is due, no permission, a
 * read-only or full disk, a symlink loop) becomes one line naming the path and what to do, exit 2.
 * Anything else stays a bug (exit 70 with its stack).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';

const WHAT: Readonly<Record<string, string>> = {
  ENOTDIR: 'a part of this path is a file, not a folder: choose another path',
  EISDIR: 'this is a folder, where a file is due: give a file path',
  EEXIST: 'a file is in the way: remove it or choose another path',
  ENOTEMPTY: 'the folder is not empty: remove it or choose another path',
  EACCES: 'permission denied: choose a place you may write, or change its permissions',
  EPERM: 'operation not permitted: choose a place you may write',
  EROFS: 'the file system is read-only: choose another place',
  ENOSPC: 'the disk is full: free some space and run again (the previous output is kept)',
  EDQUOT: 'the disk quota is exhausted: free some space and run again (the previous output is kept)',
  ELOOP: 'too many symbolic links (a loop?): check the path',
  ENAMETOOLONG: 'the path is too long: choose a shorter one',
  EMFILE: 'too many open files: raise the limit (ulimit -n) and run again',
};

/**
 * The one line for a file-system error the user can fix, or undefined for anything else. Errors of
 * a write on an open file carry no path: `where` names what was being written.
 */
export function describeFsError(e: unknown, where?: string): string | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  const what = err?.code ? WHAT[err.code] : undefined;
  if (!what) return undefined;
  const path = (err as { dest?: string }).dest ?? err!.path ?? where;
  return `${path ? `${path}: ` : ''}${what} (${err!.code})`;
}

export class FsInputError extends InputError {}

/** Rethrows a fixable file-system error as an InputError (exit 2); anything else unchanged. */
export function asInputError(e: unknown, where?: string): unknown {
  const line = describeFsError(e, where);
  return line ? new FsInputError(line, { cause: e }) : e;
}

/**
 * Checks before long work starts that `path` can become a folder (kind 'dir') or a file (kind
 * 'file') written by us: what exists there is of that kind, and the nearest existing ancestor is a
 * folder we may write. `option` names the flag in the message.
 */
export function checkWritable(path: string, kind: 'dir' | 'file', option: string): void {
  const full = resolve(path);
  const here = statOrNull(full);
  if (here) {
    if (kind === 'dir' && !here.isDirectory()) throw new InputError(`${option} ${path}: is a file; give a folder`);
    if (kind === 'file' && here.isDirectory()) throw new InputError(`${option} ${path}: is a folder; give a file path`);
  }
  let dir = dirname(full);
  let st = statOrNull(dir);
  while (!st && dirname(dir) !== dir) st = statOrNull((dir = dirname(dir)));
  if (st && !st.isDirectory()) throw new InputError(`${option} ${path}: ${dir} is a file, not a folder`);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'EROFS' ? 'the file system is read-only' : 'permission denied';
    throw new InputError(`${option} ${path}: cannot write in ${dir} (${why}): choose a place you may write`);
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
