/**
 * Ordinary mistakes get one clear line and exit 2, never a stack trace (exit 70), and nothing is
 * silently dropped or overwritten: a path of the wrong kind, a folder we may not write, a reader
 * that stops reading, a mistyped option, a missing templates folder, a parameter the libraries
 * fill in, an empty schema, a snippet file tlsnip did not write, a build with invalid blocks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './shared.js';

const MINI = join(REPO, 'test/fixtures/loaders/mini/main.tl');
const root = mkdtempSync(join(tmpdir(), 'tlsnip-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tlsnip(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'tlsnip.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, `tlsnip: …`, no stack. */
function oneLine(r: { stderr: string }): string {
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  return lines[0]!;
}

const file = (name: string, text = 'x\n') => {
  const p = join(root, name);
  writeFileSync(p, text);
  return p;
};

describe('paths of the wrong kind, before any work', () => {
  it('snippet --out naming a file', () => {
    const f = file('a-file');
    const r = tlsnip(['snippet', 'help.getConfig', '--target', 'php', '--out', f]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe(`tlsnip: --out ${f}: is a file; give a folder`);
  });

  it('docs --out naming a file, or below a file', () => {
    const f = file('b-file');
    const r = tlsnip(['docs', '--schema', MINI, '--out', f]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe(`tlsnip: --out ${f}: is a file; give a folder`);
    const below = tlsnip(['docs', '--schema', MINI, '--out', join(f, 'docs')]);
    expect(below.code).toBe(2);
    expect(oneLine(below)).toBe(`tlsnip: --out ${join(f, 'docs')}: ${f} is a file, not a folder`);
  });

  it('vscode --out naming a folder, or --target all --out naming a file', () => {
    const dir = join(root, 'a-dir');
    mkdirSync(dir);
    const r = tlsnip(['vscode', '--target', 'php', '--out', dir]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe(`tlsnip: --out ${dir}: is a folder; give a file path`);
    const f = file('c-file');
    const all = tlsnip(['vscode', '--target', 'all', '--out', f]);
    expect(all.code).toBe(2);
    expect(oneLine(all)).toBe(`tlsnip: --out ${f}: is a file; give a folder`);
  });

  it('vscode --out never overwrites a file tlsnip did not write, and does rewrite its own', () => {
    const mine = file('mine.code-snippets', '{ "my snippet": { "prefix": "hi", "body": ["hello"] } }\n');
    const r = tlsnip(['vscode', '--target', 'php', '--out', mine]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toContain('refusing to overwrite a file tlsnip did not write');
    expect(readFileSync(mine, 'utf8')).toContain('my snippet');
    const ours = join(root, 'ours.code-snippets');
    expect(tlsnip(['vscode', '--target', 'php', '--out', ours, '--schema', MINI]).code).toBe(0);
    expect(tlsnip(['vscode', '--target', 'php', '--out', ours, '--schema', MINI]).code).toBe(0);
  });
});

describe('a symlink loop', () => {
  it('snippet --out through a loop: one line naming the path (ELOOP)', () => {
    const a = join(root, 'loop-a');
    const b = join(root, 'loop-b');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const r = tlsnip(['snippet', 'help.getConfig', '--target', 'php', '--out', join(a, 'out')]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toMatch(/loop-a.*too many symbolic links \(a loop\?\): check the path \(ELOOP\)$/);
  });
});

describe('a folder that cannot be written', () => {
  const isRoot = process.getuid?.() === 0;
  // Root ignores permission bits; a read-only mount refuses even root.
  it.skipIf(!isRoot)('docs --out on a read-only file system: one line before any rendering (root: a read-only tmpfs)', () => {
    const mnt = join(root, 'ro');
    mkdirSync(mnt);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', mnt]);
    if (mount.status !== 0) return void console.warn(`[tlsnip tests] cannot mount a tmpfs here: ${mount.stderr}`);
    try {
      const r = tlsnip(['docs', '--out', join(mnt, 'docs')]);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toBe(`tlsnip: --out ${join(mnt, 'docs')}: cannot write in ${mnt} (the file system is read-only): choose a place you may write`);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
  it.skipIf(isRoot)('docs --out in a folder without write permission (not root)', () => {
    const dir = join(root, 'locked');
    mkdirSync(dir, { mode: 0o555 });
    const r = tlsnip(['docs', '--out', join(dir, 'docs')]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toContain('(permission denied)');
  });
});

describe('rough edges', () => {
  it('a reader that stops reading is not an error (EPIPE)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${join(REPO, 'bin/tlsnip.js')} list methods --json | head -c 10 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(r.stderr).toBe('exit 0\n');
  });

  it('--version is tlsnip’s own, whatever folder it runs in', () => {
    const dir = join(root, 'project');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), '{"name":"someone-else","version":"9.9.9"}');
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    expect(tlsnip(['--version'], dir).stdout).toBe(`${version}\n`);
  });

  it('a mistyped option gets the nearest name', () => {
    const r = tlsnip(['snippet', 'help.getConfig', '--targte', 'php']);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe('tlsnip: Unknown argument: targte; did you mean --target? (see tlsnip --help)');
  });

  it('prints a shell completion script', () => {
    const r = tlsnip(['completion']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tlsnip --get-yargs-completions');
  });

  it('help examples fit a 100-column terminal and name no path of this repository', () => {
    for (const cmd of ['snippet', 'docs', 'vscode', 'lsp', 'list', 'validate']) {
      const help = spawnSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), cmd, '--help'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '100' } }).stdout;
      const examples = help.slice(help.indexOf('Examples:') + 'Examples:'.length).trim().split('\n');
      for (const l of examples) expect(l.trim(), `${cmd}: ${l}`).toMatch(/^tlsnip /);
      expect(help).not.toContain('../shared');
    }
  });
});

describe('nothing silently dropped', () => {
  it('--templates naming a missing folder, or a file', () => {
    const missing = join(root, 'no-such-templates');
    const r = tlsnip(['snippet', 'help.getConfig', '--target', 'php', '--templates', missing]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe(`tlsnip: --templates ${missing}: no such folder`);
    const f = file('templates-file');
    const d = tlsnip(['docs', '--schema', MINI, '--out', join(root, 'd1'), '--templates', f]);
    expect(d.code).toBe(2);
    expect(oneLine(d)).toContain(`--templates ${f}: is a file`);
  });

  it('--set of a parameter the libraries fill in', () => {
    const r = tlsnip(['snippet', 'messages.sendMessage', '--target', 'php', '--set', 'random_id=5']);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toMatch(/^tlsnip: --set random_id: the libraries fill random_id in themselves/);
  });

  it('an empty .tl', () => {
    const empty = file('empty.tl', '// nothing here\n');
    const r = tlsnip(['docs', '--schema', empty, '--out', join(root, 'd2')]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe(`tlsnip: ${empty}: no constructors and no methods: is it the right file, and complete?`);
    expect(existsSync(join(root, 'd2'))).toBe(false);
  });
});

describe('a build with invalid blocks', () => {
  it('keeps the previous docs (exit 1), unless --force', () => {
    const out = join(root, 'kept-docs');
    expect(tlsnip(['docs', '--schema', MINI, '--out', out, '--json']).code).toBe(0);
    const index = join(out, 'methods', 'index.md');
    const before = readFileSync(index, 'utf8');
    const mtime = statSync(index).mtimeMs;
    const broken = join(root, 'broken-templates');
    mkdirSync(join(broken, 'snippets'), { recursive: true });
    writeFileSync(join(broken, 'snippets', 'php.hbs'), '{{statement}} $$$ (\n');
    const r = tlsnip(['docs', '--schema', MINI, '--out', out, '--templates', broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing written, the previous docs in .* are kept \(--force writes this build anyway\)/);
    expect(readFileSync(index, 'utf8')).toBe(before);
    expect(statSync(index).mtimeMs).toBe(mtime);
    const forced = tlsnip(['docs', '--schema', MINI, '--out', out, '--templates', broken, '--force', '--json']);
    expect(forced.code).toBe(1);
    expect((JSON.parse(forced.stdout) as { kept: boolean; written: number }).kept).toBe(false);
  });
});
