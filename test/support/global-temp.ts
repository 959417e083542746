/**
 * vitest globalSetup: every temporary folder of a test run goes under one root that is removed when
 * the run ends. os.tmpdir() reads TMPDIR, which the test workers and every process they start (the
 * CLI, bash, php, python) inherit, so no test needs to remember its own clean-up for the run to
 * leave nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'tlsnip-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
