/** The `tlsnip` command as users run it: output, --json shape, exit codes and error messages. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_2018, REPO, describeShared } from './shared.js';
import { TARGETS } from '../src/targets/registry.js';
import { GRAMMAR_IDS } from '../src/validate/grammars.js';

function tlsnip(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'tlsnip.js'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'tlsnip-cli-'));

if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');

describe('tlsnip snippet', () => {
  it('prints one snippet: the golden file', () => {
    const r = tlsnip(['snippet', 'photos.getUserPhotos', '--target', 'php']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(REPO, 'snippets', 'php', 'photos.getUserPhotos.php'), 'utf8'));
  });

  it('prints every target under a heading', () => {
    const r = tlsnip(['snippet', 'messages.sendMessage', '--target', 'all']);
    expect(r.code).toBe(0);
    for (const h of ['## PHP (MadelineProto)', '## PWRTelegram HTTP API (bot)', '## PWRTelegram HTTP API (user)', '## Lua', '## TypeScript (GramJS)']) {
      expect(r.stdout).toContain(h);
    }
    expect(r.stdout).toContain('```php\n');
  });

  it('applies --set overrides with quotes intact', () => {
    const r = tlsnip(['snippet', 'messages.sendMessage', '--target', 'lua', '--set', 'peer=@durov', '--set', 'message=it\'s "50%" off']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`message='it\\'s "50%" off'`);
    expect(r.stdout).toContain("peer='@durov'");
  });

  it('--json prints {method, layer, snippets: [{target, language, code, valid, errors}]}', () => {
    const r = tlsnip(['snippet', 'photos.getUserPhotos', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ method: 'photos.getUserPhotos', layer: 223 });
    expect(out.snippets.map((s: { target: string }) => s.target)).toEqual(TARGETS.map((t) => t.id));
    for (const s of out.snippets) {
      expect(Object.keys(s)).toEqual(['target', 'language', 'code', 'valid', 'errors']);
      expect(s.valid).toBe(true);
      expect(s.errors).toEqual([]);
    }
  });

  it('a glob selects several methods in one process and --json prints an array', () => {
    const r = tlsnip(['snippet', 'messages.*', '--target', 'php', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { method: string; snippets: unknown[] }[];
    expect(out.length).toBeGreaterThan(100);
    expect(out.every((m) => m.method.startsWith('messages.') && m.snippets.length === 1)).toBe(true);
  });

  it('loads only the grammar it needs (php: not lua)', () => {
    const r = tlsnip(['snippet', 'photos.getUserPhotos', '--target', 'php'], { TLSNIP_TRACE: '1' });
    expect(r.stderr).toContain('tlsnip trace: grammars: php\n');
  });

  it.each(TARGETS.map((t) => [t.id, t] as const))('--target %s loads only the grammars that target declares', (id, t) => {
    const r = tlsnip(['snippet', 'help.getConfig', '--target', id], { TLSNIP_TRACE: '1' });
    expect(r.code, r.stderr).toBe(0);
    const own = new Set([t.grammar.id, ...(t.embeddedGrammars ?? []).map((g) => g.id)]);
    expect(/grammars: (.*)/.exec(r.stderr)?.[1]).toBe(GRAMMAR_IDS.filter((g) => own.has(g)).join(','));
  });

  it('omits http-bot for a method bots cannot use, and refuses it when asked for alone', () => {
    const all = JSON.parse(tlsnip(['snippet', 'account.changePhone', '--json']).stdout);
    expect(all.snippets.map((s: { target: string }) => s.target)).not.toContain('http-bot');
    expect(all.skipped).toEqual([{ target: 'http-bot', reason: 'bots cannot use account.changePhone' }]);
    const one = tlsnip(['snippet', 'account.changePhone', '--target', 'http-bot']);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('tlsnip: http-bot: bots cannot use account.changePhone\n');
  });

  it('--out writes DIR/<target>/<method><ext>, replacing only folders it wrote', () => {
    const dir = join(tmp(), 'out');
    expect(tlsnip(['snippet', 'help.*', '--target', 'php,lua', '--out', dir]).code).toBe(0);
    expect(readdirSync(join(dir, 'php'))).toContain('help.getConfig.php');
    expect(readdirSync(dir).sort()).toEqual(['.tlsnip-output', 'lua', 'php']);
    const foreign = tmp();
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    const r = tlsnip(['snippet', 'help.getConfig', '--out', foreign]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to replace a folder tlsnip did not write/);
    expect(readdirSync(foreign)).toEqual(['keep.txt']);
  });

  it('--php-style array and --no-boilerplate', () => {
    const r = tlsnip(['snippet', 'photos.getUserPhotos', '--target', 'php', '--php-style', 'array', '--no-boilerplate']);
    expect(r.stdout).toBe(
      "$photos_Photos = $MadelineProto->photos->getUserPhotos([\n    'user_id' => '@durov',\n    'offset' => 0,\n    'max_id' => 0,\n    'limit' => 10,\n]);\n",
    );
  });
});

describeShared('tlsnip with ../shared bundles', () => {
  it('--schema reads a bundle manifest', () => {
    const r = tlsnip(['snippet', 'photos.getUserPhotos', '--target', 'ts', '--json', '--schema', BUNDLE_2018]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ method: 'photos.getUserPhotos', layer: 75 });
  });
  it('list methods --schema lists the 244 methods of layer 75', () => {
    const r = tlsnip(['list', 'methods', '--schema', BUNDLE_2018]);
    expect(r.stdout.trim().split('\n')).toHaveLength(244);
  });
});

describe('tlsnip list', () => {
  it('targets', () => {
    const r = tlsnip(['list', 'targets']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.split(' ')[0]).filter(Boolean)).toEqual(TARGETS.map((t) => t.id));
  });
  it('methods of the bundled layer', () => {
    const r = tlsnip(['list', 'methods']);
    expect(r.stdout.split('\n')).toContain('photos.getUserPhotos');
  });
});

describe('tlsnip validate', () => {
  it('passes the golden snippets', () => {
    const r = tlsnip(['validate', 'snippets']);
    expect(r.code).toBe(0);
    // every golden snippet, and fixtures.json
    const files = readdirSync(join(REPO, 'snippets'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    expect(files).toBeGreaterThan(100);
    expect(r.stdout).toContain(`checked ${files} files (${files} blocks): 0 invalid`);
  });
  it('fails a broken file with path:line:column and a frame', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.php'), "<?php\n$a = f(x: 1;\n");
    writeFileSync(join(dir, 'doc.md'), '# x\n\n```lua\nx = $y\n```\n');
    const r = tlsnip(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'bad.php')}:2:`);
    expect(r.stdout).toContain(`${join(dir, 'doc.md')}:4:5: invalid Lua identifier "$y"`);
    expect(r.stdout).toContain('> 2 | $a = f(x: 1;');
  });
});

describe('bad input: one clear message, exit 2, nothing written', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown method, with the nearest names', ['snippet', 'photos.getUserPhoto'], /unknown method "photos.getUserPhoto" in @mtcute\/tl 223\.0\.0; did you mean "photos\.getUserPhotos"/],
    ['unknown target, with the list', ['snippet', 'help.getConfig', '--target', 'cobol'], new RegExp(`unknown target "cobol"; the targets are: ${TARGETS.map((t) => t.id).join(', ')} \\(or all\\)`)],
    ['a value of the wrong type', ['snippet', 'photos.getUserPhotos', '--set', 'limit=abc'], /^tlsnip: limit expects int, got "abc"\n$/],
    ['a parameter that does not exist', ['snippet', 'photos.getUserPhotos', '--set', 'nope=1'], /photos.getUserPhotos has no parameter "nope"; its parameters are: user_id, offset, max_id, limit/],
    ['a glob that matches nothing', ['snippet', 'nothing.*'], /no method of @mtcute\/tl 223\.0\.0 matches "nothing\.\*"/],
    ['an unknown option', ['snippet', 'help.getConfig', '--frobnicate'], /Unknown argument: frobnicate/],
    ['a missing schema file', ['snippet', 'help.getConfig', '--schema', '/nonexistent/schema.tl'], /\/nonexistent\/schema\.tl: no such file/],
  ];
  for (const [what, args, message] of cases) {
    it(what, () => {
      const r = tlsnip(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('malformed TL: file:line:column: expected …', () => {
    const dir = tmp();
    const file = join(dir, 'bad.tl');
    writeFileSync(file, '---functions---\nhelp.getConfig#c4f9186b = Config;\nphotos.getUserPhotos#91cd32a8 user_id:InputUser offset:int = photos.Photos\n');
    const r = tlsnip(['snippet', 'help.getConfig', '--schema', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^tlsnip: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4:1: expected \`;\`, got end of file\n$`));
  });

  it('a bundle pointing at a missing file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ bundle: 1, name: 'x', schemas: ['missing.tl'] }));
    const r = tlsnip(['snippet', 'help.getConfig', '--schema', join(dir, 'bundle.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.tl/);
  });

  it('invalid JSON, with line and column', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bundle.json'), '{\n  "bundle": 1,\n  "name": "x"\n  "schemas": []\n}\n');
    const r = tlsnip(['snippet', 'help.getConfig', '--schema', join(dir, 'bundle.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bundle\.json:4:3/);
  });

  it('--out with bad input leaves no folder behind', () => {
    const dir = join(tmp(), 'never');
    const r = tlsnip(['snippet', 'help.getConfig', '--set', 'x=1', '--out', dir]);
    expect(r.code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('invalid output: exit 1 with target, method, line:column and a code frame', () => {
  it('a user template that produces broken PHP', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'snippets'));
    writeFileSync(join(dir, 'snippets', 'php.hbs'), '<?php\n{{statement}}\n)\n');
    const r = tlsnip(['snippet', 'photos.getUserPhotos', '--target', 'php', '--templates', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tlsnip: invalid php snippet of photos\.getUserPhotos at 8:1: /);
    expect(r.stderr).toContain('> 8 | )');
    expect(r.stdout).toContain('getUserPhotos(');
  });

  it('--format runs prettier over a user template with another layout', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'snippets'));
    writeFileSync(join(dir, 'snippets', 'ts.hbs'), '{{statement}}\nconsole.log( result )\n');
    const plain = tlsnip(['snippet', 'help.getConfig', '--target', 'ts', '--templates', dir]);
    expect(plain.stdout).toContain('console.log( result )');
    const formatted = tlsnip(['snippet', 'help.getConfig', '--target', 'ts', '--templates', dir, '--format']);
    expect(formatted.code).toBe(0);
    expect(formatted.stdout).toContain('console.log(result);\n');
  });
});
