/** `tlsnip values --report`: the numbers a regression of the example values shows in. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../shared.js';

function tlsnip(args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'tlsnip.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tlsnip values --report', () => {
  it('prints fallbacks, empty calls and constraints checked for the bundled layer', () => {
    const r = tlsnip(['values', '--report']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^@mtcute\/tl 223\.0\.0: 766 methods, --flags none\n/);
    expect(r.stdout).toMatch(/^fallback values: 0 of \d+ strings$/m);
    expect(r.stdout).toMatch(/^empty calls: 0 /m);
    expect(r.stdout).toMatch(/^constraints checked: [1-9]\d*, violated: 0$/m);
  });
  it('--json gives the same numbers as an object', () => {
    const r = tlsnip(['values', '--report', '--flags', 'all', '--json']);
    const report = JSON.parse(r.stdout) as { flags: string; fallbackValues: number; emptyCalls: string[]; constraintsChecked: number; violations: string[] };
    expect(report).toMatchObject({ flags: 'all', fallbackValues: 0, emptyCalls: [], violations: [] });
    expect(report.constraintsChecked).toBeGreaterThan(300);
  });
  it('without --report: one line, exit 2', () => {
    const r = tlsnip(['values']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/give --report/);
  });
});
