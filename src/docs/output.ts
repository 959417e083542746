/**
 * Writes a docs build into its output folder, never half-built and without rewriting what did not
 * change:
 *  - the new tree is assembled in a temporary sibling: unchanged pages are hard-linked from the
 *    previous build (same inode, so their mtime stays), changed and new pages are written;
 *  - then the folders are swapped (old → .old, new → out) and the old one removed. A run killed at
 *    any point leaves the previous build in place; the next run removes its leftovers, and restores
 *    the previous build if a kill fell between the two renames;
 *  - per-file work is synchronous: thousands of small files, each awaited through the thread pool,
 *    cost a docs build about a second of waiting;
 *  - the marker file records an input fingerprint and each page's size and mtime, so a rebuild of
 *    unchanged input can be skipped after a cheap stat check.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { MARKER } from '../io/atomic.js';
import { asInputError } from '../io/fs-errors.js';

export interface WriteResult {
  readonly written: number;
  readonly unchanged: number;
  readonly removed: number;
}

interface Marker {
  readonly fingerprint: string;
  readonly files: Readonly<Record<string, readonly [size: number, mtimeMs: number]>>;
}

const siblings = (out: string) => {
  const dir = dirname(out);
  const base = basename(out);
  return { dir, building: `.${base}.building-`, old: `.${base}.old-` };
};

/** Removes leftovers of killed runs, restoring the previous build if it was mid-swap. */
export async function recoverInterrupted(outDir: string): Promise<void> {
  const out = resolve(outDir);
  const { dir, building, old } = siblings(out);
  if (!existsSync(dir)) return;
  const names = await readdir(dir);
  const olds = names.filter((n) => n.startsWith(old)).sort();
  if (!existsSync(out) && olds.length) await rename(join(dir, olds.pop()!), out);
  for (const n of names) if (n.startsWith(building) || olds.includes(n)) await rm(join(dir, n), { recursive: true, force: true });
}

async function readMarker(out: string): Promise<Marker | null> {
  try {
    const m = JSON.parse(await readFile(join(out, MARKER), 'utf8')) as Marker;
    return typeof m.fingerprint === 'string' && m.files && typeof m.files === 'object' ? m : null;
  } catch {
    return null;
  }
}

/** True when the folder holds exactly the build of this fingerprint, untouched since. */
export async function isUpToDate(outDir: string, fingerprint: string): Promise<boolean> {
  const out = resolve(outDir);
  const marker = await readMarker(out);
  if (!marker || marker.fingerprint !== fingerprint) return false;
  return Object.entries(marker.files).every(([rel, [size, mtime]]) => {
    try {
      const s = statSync(join(out, rel));
      return s.size === size && s.mtimeMs === mtime;
    } catch {
      return false;
    }
  });
}

/** Replaces `outDir` with exactly `files` (relative path → content). */
export async function writeTree(outDir: string, files: ReadonlyMap<string, string>, fingerprint: string): Promise<WriteResult> {
  const out = resolve(outDir);
  await recoverInterrupted(out);
  if (existsSync(out)) {
    const entries = await readdir(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new InputError(`${outDir}: refusing to replace a folder tlsnip did not write (it has no ${MARKER} file)`);
    }
  }
  const { dir, building, old } = siblings(out);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `${building}${process.pid}`);
  let written = 0;
  let unchanged = 0;
  const stamps: Record<string, [number, number]> = {};
  try {
    await mkdir(tmp);
    const madeDirs = new Set<string>();
    for (const [rel, content] of files) {
      const target = join(tmp, rel);
      const parent = dirname(target);
      if (!madeDirs.has(parent)) {
        mkdirSync(parent, { recursive: true });
        madeDirs.add(parent);
      }
      const previous = join(out, rel);
      if (sameContent(previous, content)) {
        linkOrCopy(previous, target);
        unchanged++;
      } else {
        writeFileSync(target, content);
        written++;
      }
      const s = statSync(target);
      stamps[rel] = [s.size, s.mtimeMs];
    }
    const marker: Marker = { fingerprint, files: stamps };
    await writeFile(join(tmp, MARKER), JSON.stringify(marker));
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw asInputError(e, outDir);
  }
  const removed = existsSync(out) ? (await listFiles(out)).filter((rel) => rel !== MARKER && !files.has(rel)).length : 0;
  const oldDir = join(dir, `${old}${process.pid}`);
  const hadOld = existsSync(out);
  if (hadOld) await rename(out, oldDir);
  await rename(tmp, out);
  if (hadOld) await rm(oldDir, { recursive: true, force: true });
  return { written, unchanged, removed };
}

function sameContent(path: string, content: string): boolean {
  try {
    if (statSync(path).size !== Buffer.byteLength(content)) return false;
    return readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

/** A hard link keeps the inode and so the mtime; where links fail, a copy with the old times. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
    const s = statSync(from);
    utimesSync(to, s.atime, s.mtime);
  }
}

async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}
