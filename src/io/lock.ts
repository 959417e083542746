/**
 * Runs that write one output folder are serialised by a lock file beside it (`.<name>.lock`,
 * created with O_EXCL, holding the holder's pid and process start time). A second run waits, saying
 * so once, and fails with exit 2 after `timeoutSeconds`. A lock whose holder is gone (killed, or a
 * crashed machine's leftover) is taken over: it is moved aside under a unique name and only
 * removed if it is still the stale one that was seen, so two runs cannot both take it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../errors.js';

export class LockTimeoutError extends InputError {}

/** Seconds a run waits for another writing the same folder, unless told otherwise. */
export const DEFAULT_LOCK_TIMEOUT = 600;

interface Holder {
  readonly pid: number;
  /** The process's start time (Linux: /proc/<pid>/stat field 22), so a reused pid is not taken for the holder. */
  readonly start: string | null;
}

export const lockPath = (out: string) => join(dirname(resolve(out)), `.${basename(resolve(out))}.lock`);

function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(h: Holder): boolean {
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (h.start !== null && existsSync('/proc/self/stat')) return startTime(h.pid) === h.start;
  return true;
}

function parse(text: string): Holder | null {
  try {
    const h = JSON.parse(text) as Holder;
    return Number.isInteger(h.pid) ? h : null;
  } catch {
    return null;
  }
}

async function tryCreate(file: string, me: string): Promise<boolean> {
  try {
    const fh = await open(file, 'wx');
    try {
      await fh.writeFile(me);
    } finally {
      await fh.close();
    }
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Moves a stale lock aside and removes it; a lock moved by mistake is put back. */
async function takeOver(file: string, seen: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${Date.now().toString(36)}`;
  try {
    await rename(file, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  // A fresh lock moved by mistake (another run took over first) goes back, unless a newer one is there.
  if (moved !== seen) await tryCreate(file, moved);
  await rm(aside, { force: true });
}

/** A lock without a readable holder older than this is a crash's leftover (a live one is written at once). */
const UNREADABLE_STALE_MS = 10_000;

export interface LockOptions {
  /** Seconds to wait for another run; 0 fails at once. */
  readonly timeoutSeconds: number;
  /** Told once when the run has to wait. */
  readonly onWait?: (message: string) => void;
}

/** Runs `fn` holding the lock of output folder `out`. */
export async function withOutputLock<T>(out: string, opts: LockOptions, fn: () => Promise<T>): Promise<T> {
  const file = lockPath(out);
  const me = JSON.stringify({ pid: process.pid, start: startTime(process.pid) } satisfies Holder);
  const deadline = Date.now() + opts.timeoutSeconds * 1000;
  let told = false;
  for (;;) {
    if (await tryCreate(file, me)) break;
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue; // released meanwhile
    const holder = parse(text);
    // An unreadable lock is one being written right now, or, once old, a crash's leftover.
    const stale = holder ? !alive(holder) : Date.now() - ((await stat(file).catch(() => null))?.mtimeMs ?? Date.now()) > UNREADABLE_STALE_MS;
    if (stale) {
      await takeOver(file, text);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LockTimeoutError(
        `${out}: another tlsnip run${holder ? ` (pid ${holder.pid})` : ''} is writing it; gave up after ${opts.timeoutSeconds} s (--lock-timeout; its lock is ${file})`,
      );
    }
    if (!told) {
      opts.onWait?.(`${out}: waiting for another tlsnip run${holder ? ` (pid ${holder.pid})` : ''} to finish writing it (up to ${opts.timeoutSeconds} s, --lock-timeout)`);
      told = true;
    }
    await sleep(50 + Math.floor(Math.random() * 50));
  }
  try {
    return await fn();
  } finally {
    // Only our own lock is removed.
    if ((await readFile(file, 'utf8').catch(() => null)) === me) await rm(file, { force: true });
  }
}
