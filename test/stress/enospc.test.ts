/**
 * A full disk, for real: a 2 MiB tmpfs (mounted when the tests run as root, as CI does) holds a
 * small docs build; a build of the bundled layer into the same folder runs out of space while it
 * writes. The run ends with one line saying the disk is full (exit 2, no stack), the previous docs
 * are intact, and nothing is left beside them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../shared.js';

const isRoot = process.getuid?.() === 0;
if (!isRoot) console.warn('[tlsnip tests] not root: the full-disk test (which mounts a tmpfs) is skipped');

const root = mkdtempSync(join(tmpdir(), 'tlsnip-enospc-'));
const mnt = join(root, 'disk');
let mounted = false;
afterAll(() => {
  if (mounted) spawnSync('umount', [mnt]);
  rmSync(root, { recursive: true, force: true });
});

const tlsnip = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), ...args], { encoding: 'utf8' });

describe.skipIf(!isRoot)('a full disk (real tmpfs)', () => {
  it('keeps the previous docs and says the disk is full', () => {
    mkdirSync(mnt);
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt], { encoding: 'utf8' });
    if (m.status !== 0) return void console.warn(`[tlsnip tests] cannot mount a tmpfs here (${m.stderr.trim()}): full-disk test skipped`);
    mounted = true;
    const out = join(mnt, 'docs');
    const small = tlsnip(['docs', '--schema', join(REPO, 'test/fixtures/loaders/mini/main.tl'), '--out', out, '--json']);
    expect(small.status, small.stderr).toBe(0);
    const before = readFileSync(join(out, 'index.md'), 'utf8');
    const listing = readdirSync(out, { recursive: true }).sort();

    const big = tlsnip(['docs', '--out', out]);
    expect(big.status).toBe(2);
    const lines = big.stderr.trimEnd().split('\n').filter((l) => !l.startsWith('tlsnip docs: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tlsnip: .*: the disk is full: free some space and run again \(the previous output is kept\) \(ENOSPC\)$/);
    expect(big.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toBe(before);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(listing);
    expect(readdirSync(mnt)).toEqual(['docs']);
  });
});
