/**
 * The docs pipeline with the default `modern` theme: complete, valid, linked, deterministic,
 * incremental and atomic.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { TARGETS } from '../../src/targets/registry.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocs, CODE_SAMPLES, type DocsSummary } from '../../src/docs/build.js';
import { byName } from '../../src/docs/helpers.js';
import { validatePaths, invalidCount } from '../../src/validate/files.js';
import { BUNDLE_MODERN, REPO, describeShared, sharedPath } from '../shared.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'tlsnip-docs-'));

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(root, rel) : [rel];
  });
}

const md = new MarkdownIt();

/** Every relative link of every page, resolved; returns those that point to no file of the build. */
function brokenLinks(root: string): string[] {
  const files = new Set(listFiles(root));
  const broken: string[] = [];
  for (const rel of files) {
    if (!rel.endsWith('.md')) continue;
    const walk = (tokens: ReturnType<typeof md.parse>) => {
      for (const t of tokens) {
        if (t.children) walk(t.children);
        if (t.type !== 'link_open') continue;
        const href = t.attrGet('href') ?? '';
        if (/^[a-z]+:/i.test(href) || href.startsWith('#')) continue;
        const target = relative(root, resolve(root, dirname(rel), decodeURIComponent(href.split('#')[0]!)));
        if (!files.has(target.split('\\').join('/'))) broken.push(`${rel} → ${href}`);
      }
    };
    walk(md.parse(readFileSync(join(root, rel), 'utf8'), {}));
  }
  return broken;
}

/** The fenced blocks of a page: language tag and content. */
function fences(path: string): { info: string; content: string; line: number }[] {
  return md
    .parse(readFileSync(path, 'utf8'), {})
    .filter((t) => t.type === 'fence')
    .map((t) => ({ info: t.info.trim(), content: t.content, line: t.map![0] + 1 }));
}

describe('modern docs of the bundled layer', () => {
  let out: string;
  let summary: DocsSummary;
  beforeAll(async () => {
    out = join(tmp(), 'docs');
    summary = await buildDocs({ theme: 'modern', out });
  });

  it('writes a page for every method, type and constructor, with zero invalid snippets', () => {
    expect(summary.invalid).toBe(0);
    expect(summary.placeholders).toBe(0);
    expect(summary.snippets).toBeGreaterThan(3400);
    const files = listFiles(out);
    expect(files.filter((f) => f.startsWith('methods/') && f !== 'methods/index.md').length).toBeGreaterThan(700);
    expect(files).toContain('methods/photos.getUserPhotos.md');
    expect(files).toContain('types/InputUser.md');
    expect(files).toContain('constructors/inputPeerUser.md');
    expect(files).toContain('index.md');
    expect(summary.pages).toBe(files.filter((f) => f.endsWith('.md')).length);
  });

  it('has no broken internal link (markdown-it over the whole build)', () => {
    expect(brokenLinks(out)).toEqual([]);
  });

  it('fences carry a language tag, hold the snippet unescaped, and every fenced block validates', async () => {
    const samples = JSON.parse(readFileSync(join(out, CODE_SAMPLES), 'utf8')) as Record<string, { source: string }[]>;
    const problems: string[] = [];
    for (const rel of listFiles(out).filter((f) => f.endsWith('.md'))) {
      const blocks = fences(join(out, rel));
      for (const b of blocks) if (!b.info) problems.push(`${rel}:${b.line}: fence without a language tag`);
      const method = /^methods\/(.+)\.md$/.exec(rel)?.[1];
      if (method && samples[method]) {
        // What the reader copies is the snippet, byte for byte: no markdown escaping inside fences.
        // (The TL definition line comes first: test/docs/tl-line.test.ts.)
        expect(blocks.filter((b) => b.info !== 'tl').map((b) => b.content), rel).toEqual(samples[method]!.map((x) => (x.source.endsWith('\n') ? x.source : `${x.source}\n`)));
      }
    }
    expect(problems).toEqual([]);
    const reports = await validatePaths([join(out, 'methods')]);
    expect(invalidCount(reports)).toBe(0);
    expect(reports.reduce((n, r) => n + r.blocks, 0)).toBeGreaterThan(3400);
  });

  it('a method page has front matter, parameters, return type, usability, five examples and errors', () => {
    const page = readFileSync(join(out, 'methods', 'photos.getUserPhotos.md'), 'utf8');
    expect(page).toMatch(/^---\ntitle: "photos\.getUserPhotos"\ndescription: "Returns the list of user photos\."\nlayer: 223\nnamespace: "photos"\n---\n/);
    expect(page).toContain('| `user_id` | [InputUser](../types/InputUser.md) | Yes | User ID |');
    expect(page).toContain('## Returns\n\n[photos.Photos](../types/photos.Photos.md)');
    expect(page).toContain('| Yes | Yes |');
    for (const tag of ['```php', '```sh', '```lua', '```ts']) expect(page).toContain(tag);
    expect(page).toMatch(/\| 400 \| `MAX_ID_INVALID` \| The provided max ID is invalid\. \|/);
    expect(page).toContain('$photos_Photos = $MadelineProto->photos->getUserPhotos(');
  });

  it('reads like a reference: core.telegram.org, local links for Telegram’s own pages, no dangling »', () => {
    const pages = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
    const all = pages.join('\n');
    expect(all).not.toContain('corefork.telegram.org');
    expect(all).toContain('https://core.telegram.org/api/');
    // An arrow outside a link's text said "follow the link" of a link that is gone.
    const outsideLinks = all.replace(/\[(?:\\.|[^\]\\])*\]\([^()\s]*\)/g, '');
    expect(outsideLinks.match(/.{0,40}\s»(?=[\s.,;:!?)]|$).{0,20}/gm) ?? []).toEqual([]);
    // mtcute's {@link user} (inline code naming a page here) links to that page.
    expect(readFileSync(join(out, 'constructors', 'inputPeerUser.md'), 'utf8')).toContain('value from the [`user`](user.md) constructor');
    // A description's link to Telegram's page of a type this site has leads to our page.
    expect(readFileSync(join(out, 'methods', 'messages.setTyping.md'), 'utf8')).toMatch(/\]\(\.\.\/types\/SendMessageAction\.md\)/);
  });

  it('indexes sorted by name, with each entry’s summary, and a real heading for methods without a namespace', () => {
    const methods = readFileSync(join(out, 'methods', 'index.md'), 'utf8');
    expect(methods).toContain('## Top-level methods (no namespace)\n\n- [initConnection](initConnection.md): Initialize connection\n');
    expect(methods).not.toContain('(no namespace)\n\n- [invokeAfterMsg]');
    const types = readFileSync(join(out, 'types', 'index.md'), 'utf8');
    const names = [...types.matchAll(/^- \[([^\]]+)\]/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(500);
    expect(names).toEqual([...names].sort((a, b) => byName(a, b)));
    expect(types).toContain('- [account.Authorizations](account.Authorizations.md): Logged-in sessions\n');
    expect(readFileSync(join(out, 'constructors', 'index.md'), 'utf8')).toContain('\n- [account.authorizations](account.authorizations.md): Logged-in sessions\n');
  });

  it('says what each library accepts for a peer or a file parameter, from each target’s declaration', () => {
    const page = readFileSync(join(out, 'methods', 'photos.getUserPhotos.md'), 'utf8');
    expect(page).toContain('Peers (`user_id`): what each library accepts.');
    for (const t of TARGETS) expect(page).toContain(`| ${t.label}${t.historical ? ' (historical)' : ''} | ${t.accepts!.peer.replace(/\|/g, '\\|')} |`);
    expect(readFileSync(join(out, 'methods', 'photos.uploadProfilePhoto.md'), 'utf8')).toContain('Files (`file`, `video`): what each library accepts.');
    expect(readFileSync(join(out, 'methods', 'help.getConfig.md'), 'utf8')).not.toContain('what each library accepts');
  });

  it('marks flags as optional with their bit, from the TL schema', () => {
    const page = readFileSync(join(out, 'methods', 'messages.sendMessage.md'), 'utf8');
    expect(page).toMatch(/\| `silent` \| `true` \| No \(flags\.5\) \|/);
    expect(page).toMatch(/\| `peer` \| \[InputPeer\]\(\.\.\/types\/InputPeer\.md\) \| Yes \|/);
  });

  it('writes code-samples.json in the x-codeSamples shape, the same code as the pages', () => {
    const samples = JSON.parse(readFileSync(join(out, CODE_SAMPLES), 'utf8')) as Record<string, { lang: string; label: string; source: string }[]>;
    expect(Object.keys(samples).length).toBeGreaterThan(700);
    const s = samples['photos.getUserPhotos']!;
    // Every target, in registry order (photos.getUserPhotos: bots and users can call it).
    expect(s.map((x) => x.label)).toEqual(TARGETS.map((t) => t.label));
    expect(s.map((x) => x.lang)).toEqual(TARGETS.map((t) => t.sampleLang));
    expect(s.map((x) => x.lang)).toEqual(expect.arrayContaining(['PHP', 'Shell', 'Lua', 'TypeScript', 'Python']));
    expect(s.every((x) => typeof x.label === 'string' && typeof x.source === 'string')).toBe(true);
    const page = readFileSync(join(out, 'methods', 'photos.getUserPhotos.md'), 'utf8');
    for (const x of s) expect(page).toContain(x.source);
    expect(samples['account.changePhone']!.map((x) => x.label)).not.toContain('PWRTelegram HTTP API (bot)');
  });

  it('is deterministic: a second build elsewhere is byte-identical', async () => {
    const again = join(tmp(), 'docs');
    await buildDocs({ theme: 'modern', out: again });
    const a = listFiles(out).filter((f) => f !== '.tlsnip-output');
    expect(listFiles(again).filter((f) => f !== '.tlsnip-output')).toEqual(a);
    for (const f of a) expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
  });

  it('skips a rebuild when nothing changed, and rewrites nothing when forced', async () => {
    const before = statSync(join(out, 'methods', 'photos.getUserPhotos.md')).mtimeMs;
    const noop = await buildDocs({ theme: 'modern', out });
    expect(noop).toMatchObject({ upToDate: true, written: 0 });
    const forced = await buildDocs({ theme: 'modern', out, force: true });
    expect(forced).toMatchObject({ upToDate: false, written: 0, removed: 0 });
    expect(forced.unchanged).toBe(summary.written + summary.unchanged);
    expect(statSync(join(out, 'methods', 'photos.getUserPhotos.md')).mtimeMs).toBe(before);
  });
});

describe('incremental builds', () => {
  it('rewrite only the pages whose content changed, and remove pages of vanished methods', async () => {
    const out = join(tmp(), 'docs');
    const dir = tmp();
    const small = join(dir, 'small.tl');
    writeFileSync(small, 'boolTrue#997275b5 = Bool;\nboolFalse#bc799737 = Bool;\n---functions---\nhelp.getConfig#c4f9186b = Bool;\nhelp.ping#aaaaaaaa id:int = Bool;\n// LAYER 1\n');
    const first = await buildDocs({ theme: 'modern', out, schema: small });
    expect(first.invalid).toBe(0);
    // Unaffected by the edits below (the Bool type page is not: it lists help.ping, which returns Bool).
    const ctorPage = join(out, 'constructors', 'boolTrue.md');
    const ctorTime = statSync(ctorPage).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    // A method disappears and a page template changes: only method pages are rewritten.
    writeFileSync(small, 'boolTrue#997275b5 = Bool;\nboolFalse#bc799737 = Bool;\n---functions---\nhelp.getConfig#c4f9186b = Bool;\n// LAYER 1\n');
    const templates = join(dir, 'templates');
    mkdirSync(join(templates, 'pages'), { recursive: true });
    writeFileSync(join(templates, 'pages', 'method.hbs'), readFileSync(join(REPO, 'templates', 'modern', 'pages', 'method.hbs'), 'utf8') + '\nEdited.\n');
    const second = await buildDocs({ theme: 'modern', out, schema: small, templatesDir: templates });
    expect(second.removed).toBe(1);
    expect(existsSync(join(out, 'methods', 'help.ping.md'))).toBe(false);
    expect(readFileSync(join(out, 'methods', 'help.getConfig.md'), 'utf8')).toMatch(/Edited\.\n$/);
    expect(statSync(ctorPage).mtimeMs).toBe(ctorTime);
    expect(readFileSync(join(out, 'types', 'Bool.md'), 'utf8')).not.toContain('help.ping');
    // The method page and index, the Bool type page, code-samples.json, and for the Jekyll site the
    // search index and the help namespace's sidebar include.
    expect(second.written).toBe(2 + 1 + 1 + 2);
  });
});

describe('atomic output', () => {
  it('a build killed at any moment leaves the previous docs intact, and the next run cleans up', async () => {
    const root = tmp();
    const out = join(root, 'docs');
    const dist = join(REPO, 'bin', 'tlsnip.js');
    expect(spawnSync(process.execPath, [dist, 'docs', '--out', out, '--json'], { encoding: 'utf8' }).status).toBe(0);
    const snapshot = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    // A different build (another template) would replace every method page if it finished.
    const templates = join(root, 'templates');
    mkdirSync(join(templates, 'pages'), { recursive: true });
    writeFileSync(join(templates, 'pages', 'method.hbs'), readFileSync(join(REPO, 'templates', 'modern', 'pages', 'method.hbs'), 'utf8') + '\nNew.\n');
    const methodPages = [...snapshot.keys()].filter((f) => f.startsWith('methods/') && f !== 'methods/index.md');
    let interrupted = 0;
    for (const delay of [150, 400, 700, 1000, 1300, 1600, 1900, 2200]) {
      const child = spawn(process.execPath, [dist, 'docs', '--out', out, '--templates', templates, '--json'], { stdio: 'ignore' });
      const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      const code = await closed;
      // Whatever the moment, the folder is one complete build, never a mix of two:
      // either every page is the previous build's, or the new build finished before the kill.
      const files = listFiles(out).filter((f) => f !== '.tlsnip-output');
      expect(files.sort()).toEqual([...snapshot.keys()].filter((f) => f !== '.tlsnip-output').sort());
      const isNew = methodPages.map((f) => readFileSync(join(out, f), 'utf8').endsWith('New.\n'));
      if (isNew.every(Boolean)) break;
      expect(isNew.some(Boolean), `killed after ${delay} ms: some pages are new, some old`).toBe(false);
      for (const f of files) if (readFileSync(join(out, f), 'utf8') !== snapshot.get(f)) expect.fail(`killed after ${delay} ms: ${f} differs from the previous build`);
      if (code === null) interrupted++;
    }
    expect(interrupted).toBeGreaterThan(0);
    // The next run removes the leftovers of the killed ones and completes.
    expect(spawnSync(process.execPath, [dist, 'docs', '--out', out, '--templates', templates, '--json'], { encoding: 'utf8' }).status).toBe(0);
    expect(readdirSync(root).filter((n) => n.startsWith('.docs.'))).toEqual([]);
    expect(readFileSync(join(out, 'methods', 'help.getConfig.md'), 'utf8')).toMatch(/New\.\n$/);
  }, 120_000);
});

describe('bad input: one clear message, exit 2, nothing written', () => {
  const tlsnip = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'tlsnip.js'), ...args], { encoding: 'utf8' });

  it('an unknown theme', () => {
    const out = join(tmp(), 'docs');
    const r = tlsnip(['docs', '--theme', 'nope', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tlsnip: --theme: no theme "nope"/);
    expect(existsSync(out)).toBe(false);
  });

  it('a template that prints data directly, with file:line:column', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'type.hbs'), '# {{type.name}}\n');
    const out = join(tmp(), 'docs');
    const r = tlsnip(['docs', '--templates', dir, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'pages', 'type.hbs')}:1:3: {{type.name}} prints data directly`);
    expect(existsSync(out)).toBe(false);
  });

  it('a theme.json with a path outside the output folder', () => {
    const dir = tmp();
    const theme = JSON.parse(readFileSync(join(REPO, 'templates', 'modern', 'theme.json'), 'utf8'));
    theme.pages[4].path = '../escape/{name}.md';
    writeFileSync(join(dir, 'theme.json'), JSON.stringify(theme, null, 2));
    const out = join(tmp(), 'docs');
    const r = tlsnip(['docs', '--templates', dir, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/theme\.json: pages\.4\.path: a path such as "methods\/\{name\}\.md"/);
    expect(existsSync(out)).toBe(false);
  });

  it('an output folder tlsnip did not write', () => {
    const out = tmp();
    writeFileSync(join(out, 'mine.txt'), 'keep');
    const r = tlsnip(['docs', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to replace a folder tlsnip did not write/);
    expect(readdirSync(out)).toEqual(['mine.txt']);
  });
});

describe('the CLI summary', () => {
  it('--json prints only the summary; without a terminal, progress is plain lines on stderr', () => {
    const out = join(tmp(), 'docs');
    const bin = join(REPO, 'bin', 'tlsnip.js');
    const json = spawnSync(process.execPath, [bin, 'docs', '--out', out, '--json'], { encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({ theme: 'modern', layer: 223, invalid: 0, upToDate: false });
    const plain = spawnSync(process.execPath, [bin, 'docs', '--out', out, '--force'], { encoding: 'utf8' });
    expect(plain.stderr).toMatch(/^tlsnip docs: 1\/\d+ pages\n/);
    expect(plain.stdout).toMatch(
      /^tlsnip docs: .* \(theme modern, layer 223\): \d+ pages \(files: 0 written, \d+ unchanged, 0 removed\); \d+ code blocks checked, 0 invalid, [\d.]+ s \(render and check [\d.]+ s, write [\d.]+ s\)\n$/,
    );
  });
});

describeShared('modern docs of the layer-223 bundle in ../shared', () => {
  let out: string;
  beforeAll(async () => {
    out = join(tmp(), 'docs');
    const s = await buildDocs({ theme: 'modern', out, schema: BUNDLE_MODERN });
    expect(s.invalid).toBe(0);
    expect(s.layer).toBe(223);
  });

  it('has zero broken links', () => {
    expect(brokenLinks(out)).toEqual([]);
  });

  /**
   * Not byte for byte: what a reader of MadelineProto's 2026 pages learns from a method page — its
   * parameters (MadelineProto hides flags and random_id and adds parse_mode), its return type, and
   * whether users and bots can call it — our page says too.
   */
  it('agrees with every 2026 MadelineProto page on parameters, return type and who can call it', () => {
    const ref = sharedPath('reference', 'madeline-latest', 'methods');
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    const pages = readdirSync(ref).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBe(50);
    const disagreements: string[] = [];
    let compared = 0;
    for (const f of pages) {
      const theirs = readFileSync(join(ref, f), 'utf8');
      const ours = readFileSync(join(out, 'methods', f), 'utf8');
      const theirParams = [...(theirs.split('### Parameters:')[1]?.split('\n\n\n')[0] ?? '').matchAll(/^\|([^|]+)\|/gm)]
        .map((m) => unescape(m[1]!.trim()))
        .filter((n) => n !== 'Name' && !n.startsWith('---') && n !== 'parse_mode');
      const ourParams = [...(ours.split('## Parameters')[1]?.split('## Returns')[0] ?? '').matchAll(/^\| `([^`]+)` \|/gm)]
        .map((m) => m[1]!)
        .filter((n) => n !== 'random_id' && n !== 'random_bytes');
      const theirReturn = unescape(/### Return type: \[([^\]]+)\]/.exec(theirs)![1]!).replace(/^Vector_of_/, 'Vector of ');
      const ourReturn = /## Returns\n\n(.+)\n/.exec(ours)![1]!.replace(/\[([^\]]+)\]\([^)]*\)|`([^`]+)`/g, '$1$2');
      const theirUse = ['users', 'bots'].map((who) => new RegExp(`### Can ${who} use this method: \\*\\*(YES|NO)\\*\\*`).exec(theirs)?.[1]);
      const ourUse = /\| (Yes|No|Unknown) \| (Yes|No|Unknown) \|/.exec(ours)!.slice(1).map((x) => x.toUpperCase());
      compared += theirParams.length;
      if (JSON.stringify(theirParams) !== JSON.stringify(ourParams)) disagreements.push(`${f}: parameters ${theirParams} vs ${ourParams}`);
      if (theirReturn !== ourReturn) disagreements.push(`${f}: returns ${theirReturn} vs ${ourReturn}`);
      theirUse.forEach((u, i) => u && u !== ourUse[i] && disagreements.push(`${f}: ${['users', 'bots'][i]} ${u} vs ${ourUse[i]}`));
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(150);
  });
});

