/**
 * The VS Code extension as packaged: builds it with `node dist/build/bundle-extension.js --package`
 * into a temporary folder, reads the .vsix (a zip) back, checks its manifests and contributed
 * files, then unpacks it where no node_modules can be found and runs the server it ships, to prove
 * the package is self-contained. VS Code itself cannot run here; the client bundle is loaded under
 * a stand-in `vscode` module to prove it needs nothing else.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_TARGETS } from '../../src/editor/lsp/language.js';
import { loadSchema } from '../../src/loaders/index.js';
import { checkCodeAsync } from '../../src/validate/check.js';
import { REPO } from '../shared.js';
import { apply, complete, hover, open, startServer, stop } from '../support/lsp-client.js';
import { expandSnippet } from '../support/snippet-expand.js';

/** Every file of a zip, by name. */
async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const files = new Map<string, Buffer>();
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.once('entry', resolve).once('end', () => resolve(null)).once('error', reject);
        zip.readEntry();
      });
      zip.removeAllListeners();
      if (!entry) break;
      if (entry.fileName.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
      files.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return files;
}

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    snippets: { language: string; path: string }[];
    configuration: { properties: Record<string, { type: string; default: unknown }> };
  };
}

const dir = mkdtempSync(join(tmpdir(), 'tlsnip-ext-'));
const vsixPath = join(dir, 'tlsnip.vsix');
let files: Map<string, Buffer>;
let manifest: Manifest;
let output: string;
const text = (name: string) => files.get(name)!.toString('utf8');

beforeAll(async () => {
  const r = await promisify(execFile)(process.execPath, [join(REPO, 'dist/build/bundle-extension.js'), '--stage', join(dir, 'stage'), '--package', '--out', vsixPath]);
  output = r.stdout + r.stderr;
  files = await readZip(vsixPath);
  manifest = JSON.parse(text('extension/package.json')) as Manifest;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packaged manifest', () => {
  it('is the extension package, at the tool\'s version, for PHP, Lua, TypeScript and JavaScript', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(output).toMatch(/packaged .*tlsnip\.vsix/);
    expect(manifest).toMatchObject({ name: 'tlsnip', publisher: 'tlsnip', version: pkg.version, main: './out/extension.js' });
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.0$/);
    // VS Code's own manifest inside the .vsix says the same.
    const vsixManifest = text('extension.vsixmanifest');
    expect(vsixManifest).toContain(`<Identity Language="en-US" Id="tlsnip" Version="${pkg.version}" Publisher="tlsnip"`);
    expect(vsixManifest).toMatch(/<Property Id="Microsoft.VisualStudio.Code.Engine" Value="\^1\.\d+\.0" \/>/);
    // The client serves the languages it activates on: exactly those the server has a target for.
    expect(manifest.activationEvents).toEqual(Object.keys(LANGUAGE_TARGETS).map((l) => `onLanguage:${l}`));
    expect(manifest.contributes.configuration.properties['tlsnip.schema']).toMatchObject({ type: 'string', default: '' });
  });

  it('holds what it names, and nothing from the source tree', () => {
    const names = [...files.keys()];
    expect(files.has(`extension/${manifest.main.replace(/^\.\//, '')}`)).toBe(true);
    for (const f of ['extension/out/server/server.mjs', 'extension/out/bundled-model.json', 'extension/LICENSE.txt', 'extension/readme.md']) {
      expect(files.has(f), f).toBe(true);
    }
    for (const id of ['php', 'lua', 'ts']) expect(files.has(`extension/templates/modern/snippets/${id}.hbs`), id).toBe(true);
    expect(names.filter((n) => /node_modules|\/src\/|tsconfig|\.map$|\.test\./.test(n))).toEqual([]);
  });

  it('contributes one snippet per method for each language, each expanding to valid code', async () => {
    const schema = await loadSchema(undefined);
    const grammars: Record<string, 'php' | 'lua' | 'typescript'> = { php: 'php', lua: 'lua', typescript: 'typescript', typescriptreact: 'typescript' };
    expect(manifest.contributes.snippets.map((s) => s.language).sort()).toEqual(Object.keys(grammars).sort());
    for (const { language, path } of manifest.contributes.snippets) {
      const name = `extension/${path.replace(/^\.\//, '')}`;
      expect(files.has(name), name).toBe(true);
      const snippets = JSON.parse(text(name)) as Record<string, { prefix: string; body: string[]; scope: string }>;
      expect(Object.keys(snippets).length, language).toBe(schema.methods.length);
      const one = snippets['photos.getUserPhotos']!;
      expect(one.prefix).toBe('photos.getUserPhotos');
      expect(await checkCodeAsync(grammars[language]!, expandSnippet(one.body.join('\n')))).toEqual([]);
    }
  });
});

describe('the packaged code runs without node_modules', () => {
  let unpacked: string;
  beforeAll(() => {
    // Under the system temp folder: no node_modules above it for Node to fall back on.
    unpacked = mkdtempSync(join(tmpdir(), 'tlsnip-vsix-'));
    for (const [name, bytes] of files) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), bytes);
    }
  });
  afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

  it('the server: completion inserts valid code, hover documents, shutdown exits 0', async () => {
    const s = await startServer({}, [join(unpacked, 'extension/out/server/server.mjs'), '--stdio'], unpacked);
    const doc = '<?php\n$MadelineProto->photos->';
    await open(s, 'file:///x.php', 'php', doc);
    const item = (await complete(s, 'file:///x.php', 1, 24)).find((i) => i.label === 'getUserPhotos')!;
    expect(item).toBeDefined();
    expect(await checkCodeAsync('php', apply(doc, item))).toEqual([]);
    await open(s, 'file:///y.ts', 'typescript', 'new Api.help.GetConfig()');
    expect((await hover(s, 'file:///y.ts', 0, 15))!.contents.value).toContain('**help.getConfig**');
    expect(await stop(s)).toBe(0);
    expect(s.stderr()).toBe('');
  });

  it('the client bundle requires only node built-ins and `vscode`, and exports activate/deactivate', () => {
    const client = join(unpacked, 'extension/out/extension.js');
    const src = readFileSync(client, 'utf8');
    const required = new Set([...src.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...required].filter((m) => m !== 'vscode' && !builtins.has(m))).toEqual([]);
    // A stand-in `vscode`: any property is another stand-in, callable and constructible.
    const standIn: object = new Proxy(function () {}, {
      get: (_t, p) => (p === 'then' ? undefined : standIn),
      apply: () => standIn,
      construct: () => standIn as object,
    });
    mkdirSync(join(unpacked, 'node_modules/vscode'), { recursive: true });
    writeFileSync(join(unpacked, 'node_modules/vscode/index.js'), 'module.exports = globalThis.__tlsnipVscode;');
    (globalThis as Record<string, unknown>).__tlsnipVscode = standIn;
    try {
      const mod = createRequire(client)(client) as { activate?: unknown; deactivate?: unknown };
      expect(typeof mod.activate).toBe('function');
      expect(typeof mod.deactivate).toBe('function');
    } finally {
      delete (globalThis as Record<string, unknown>).__tlsnipVscode;
    }
  });
});
