/**
 * Builds into one output folder at once are serialised by a lock beside it: four builds at a time,
 * ten rounds, with different schemas and themes, always leave one complete build (every file its
 * marker lists, nothing else, no leftovers beside it) and no run ends in an internal error. A lock
 * left by a dead process is taken over; a live holder makes a run wait, or with --lock-timeout 0
 * fail at once with exit 2.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../shared.js';
import { lockPath } from '../../src/io/lock.js';
import { MARKER } from '../../src/io/atomic.js';

const fixture = (p: string) => join(REPO, 'test/fixtures/loaders', p);
const BUILDS: string[][] = [
  ['--schema', fixture('mini/main.tl')],
  ['--schema', fixture('mtcute-mini/api-schema.json')],
  ['--schema', fixture('mini/bundle-2018.json'), '--theme', 'madeline-2018'],
  ['--schema', fixture('mini/main.tl'), '--theme', 'madeline-2018'],
];

const root = mkdtempSync(join(tmpdir(), 'tlsnip-concurrent-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(REPO, 'bin/tlsnip.js'), 'docs', '--json', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code, stderr }));
  });
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The folder is exactly one build: the files its marker lists, with their sizes, and nothing else. */
function completeBuild(out: string): string | null {
  const marker = JSON.parse(readFileSync(join(out, MARKER), 'utf8')) as { files: Record<string, [number, number]> };
  const listed = Object.keys(marker.files).sort();
  const present = files(out).filter((f) => f !== MARKER).sort();
  if (JSON.stringify(listed) !== JSON.stringify(present)) return `files ${present.length} ≠ marker ${listed.length}`;
  for (const f of listed) if (statSync(join(out, f)).size !== marker.files[f]![0]) return `${f}: size differs from the marker`;
  return null;
}

describe('concurrent docs builds into one folder', () => {
  it('four at once, ten rounds, different schemas and themes: always one complete build, never exit 70', async () => {
    const out = join(root, 'docs');
    const problems: string[] = [];
    for (let round = 0; round < 10; round++) {
      // Rotate who starts first, and force half of them so that unchanged inputs still write.
      const order = BUILDS.map((_, i) => BUILDS[(i + round) % BUILDS.length]!);
      const results = await Promise.all(order.map((b, i) => run([...b, '--out', out, ...(i % 2 ? ['--force'] : [])])));
      results.forEach((r, i) => r.code !== 0 && problems.push(`round ${round}, build ${i}: exit ${r.code}: ${r.stderr.trim()}`));
      const broken = completeBuild(out);
      if (broken) problems.push(`round ${round}: ${broken}`);
      const leftovers = readdirSync(root).filter((n) => n !== 'docs');
      if (leftovers.length) problems.push(`round ${round}: left beside the folder: ${leftovers.join(', ')}`);
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('takes over the lock of a dead process', async () => {
    const out = join(root, 'stale');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockPath(out), JSON.stringify({ pid: Number(dead.stdout), start: null }));
    const r = await run([...BUILDS[0]!, '--out', out, '--lock-timeout', '5']);
    expect(r.code, r.stderr).toBe(0);
    expect(completeBuild(out)).toBeNull();
    expect(readdirSync(root)).not.toContain('.stale.lock');
  });

  it('waits for a live holder, saying so, and with --lock-timeout 0 fails at once (exit 2)', async () => {
    const out = join(root, 'held');
    // This test process holds the lock (alive, and not the build's own pid).
    writeFileSync(lockPath(out), JSON.stringify({ pid: process.pid, start: null }));
    const now = await run([...BUILDS[0]!, '--out', out, '--lock-timeout', '0']);
    expect(now.code).toBe(2);
    expect(now.stderr).toBe(`tlsnip: ${out}: another tlsnip run (pid ${process.pid}) is writing it; gave up after 0 s (--lock-timeout; its lock is ${lockPath(out)})\n`);
    const waiting = run([...BUILDS[0]!, '--out', out, '--lock-timeout', '30']);
    await new Promise((r) => setTimeout(r, 1500));
    rmSync(lockPath(out));
    const r = await waiting;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`tlsnip: ${out}: waiting for another tlsnip run (pid ${process.pid}) to finish writing it`);
  });
});
