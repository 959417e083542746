/**
 * `tlsnip lsp --stdio` as a real child process, spoken to with vscode-jsonrpc: completion and hover in
 * PHP, Lua and TypeScript documents, inserted texts that validate, malformed requests that get errors
 * while the server keeps serving, the schema from initialization options, and a clean shutdown.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { checkCodeAsync } from '../../src/validate/check.js';
import type { GrammarId } from '../../src/validate/grammars.js';
import { REPO } from '../shared.js';
import { staticGraph } from '../support/imports.js';
import { apply, CLI_SERVER, complete, hover, open, startServer, stop, type Server } from '../support/lsp-client.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.child.kill());

describe('completion', () => {
  const cases: [string, string, GrammarId, string, string, string][] = [
    ['php', 'file:///a.php', 'php', '<?php\n$MadelineProto->photos->', 'getUserPhotos', '$photos_Photos = $MadelineProto->photos->getUserPhotos('],
    ['lua', 'file:///a.lua', 'lua', 'photos.', 'getUserPhotos', "local photos_Photos = photos.getUserPhotos({\n  user_id='@durov',"],
    ['typescript', 'file:///a.ts', 'typescript', 'Api.photos.', 'GetUserPhotos', 'const result = await client.invoke('],
  ];
  for (const [languageId, uri, grammar, text, label, inserted] of cases) {
    it(`${languageId}: offers the namespace's methods and inserts the CLI's statement, which validates`, async () => {
      await open(server, uri, languageId, text);
      const lines = text.split('\n');
      const items = await complete(server, uri, lines.length - 1, lines.at(-1)!.length);
      const item = items.find((i) => i.label === label)!;
      expect(item).toBeDefined();
      expect(items.length).toBeGreaterThan(3);
      expect(item.insertTextFormat).toBe(2);
      const doc = apply(text, item);
      expect(doc).toContain(inserted);
      expect(await checkCodeAsync(grammar, doc)).toEqual([]);
    });
  }

  it('php: every method of a namespace inserts valid code', async () => {
    const text = '<?php\n$MadelineProto->messages->';
    await open(server, 'file:///m.php', 'php', text);
    const items = await complete(server, 'file:///m.php', 1, 26);
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) expect(await checkCodeAsync('php', apply(text, item)), item.label).toEqual([]);
  });

  it('php: at the top level, namespaces and methods without one; mid-line, the call expression', async () => {
    await open(server, 'file:///top.php', 'php', '<?php\n$MadelineProto->\n$x = $MadelineProto->photos->');
    const top = await complete(server, 'file:///top.php', 1, 16);
    expect(top.map((i) => i.label)).toEqual(expect.arrayContaining(['photos', 'messages', 'invokeWithLayer']));
    const mid = await complete(server, 'file:///top.php', 2, 29);
    const item = mid.find((i) => i.label === 'getUserPhotos')!;
    const doc = apply('<?php\n\n$x = $MadelineProto->photos->', item);
    expect(doc).toMatch(/\$x = \$MadelineProto->photos->getUserPhotos\(/);
    expect(await checkCodeAsync('php', `${doc};`)).toEqual([]);
  });

  it('typescript: `new Api.` mid-expression inserts the request', async () => {
    const text = 'const r = await client.invoke(new Api.photos.';
    await open(server, 'file:///m.ts', 'typescript', text);
    const item = (await complete(server, 'file:///m.ts', 0, text.length)).find((i) => i.label === 'GetUserPhotos')!;
    const doc = apply(text, item);
    expect(doc).toMatch(/^const r = await client\.invoke\(new Api\.photos\.GetUserPhotos\(\{/);
    expect(await checkCodeAsync('typescript', `${doc});`)).toEqual([]);
  });

  it('javascript: documents get the GramJS statements, and every one of a namespace is valid JavaScript', async () => {
    await checkCodeAsync('typescript', ''); // starts the tree-sitter runtime
    const parser = new Parser();
    parser.setLanguage(await Language.load(createRequire(import.meta.url).resolve('tree-sitter-javascript/tree-sitter-javascript.wasm')));
    const text = 'Api.messages.';
    await open(server, 'file:///m.js', 'javascript', text);
    const items = await complete(server, 'file:///m.js', 0, text.length);
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) {
      const doc = apply(text, item);
      expect(doc, item.label).toMatch(/^const result = await client\.invoke\(\s*new Api\.messages\./);
      expect(parser.parse(doc)!.rootNode.hasError, `${item.label}:\n${doc}`).toBe(false);
    }
    expect(parser.parse('const x = {')!.rootNode.hasError).toBe(true);
  });

  it('offers nothing where no method can be written', async () => {
    await open(server, 'file:///n.php', 'php', '<?php\n$foo->');
    expect(await complete(server, 'file:///n.php', 1, 6)).toEqual([]);
  });
});

describe('hover', () => {
  it('shows description, parameters, return type, usability and errors', async () => {
    await open(server, 'file:///h.php', 'php', "<?php\n$MadelineProto->photos->getUserPhotos(user_id: '@durov');");
    const h = (await hover(server, 'file:///h.php', 1, 30))!;
    expect(h.contents.kind).toBe('markdown');
    expect(h.contents.value).toContain('**photos.getUserPhotos** → `photos.Photos`');
    expect(h.contents.value).toContain('| `user_id` | `InputUser` | Yes | User ID |');
    expect(h.contents.value).toContain('Can be called by: users and bots.');
    expect(h.contents.value).toContain('`MAX_ID_INVALID`');
  });

  it('works in Lua and TypeScript too, and is null elsewhere', async () => {
    await open(server, 'file:///h.lua', 'lua', "local x = messages.sendMessage({peer='me'})");
    const lua = (await hover(server, 'file:///h.lua', 0, 22))!;
    expect(lua.contents.value).toContain('**messages.sendMessage**');
    await open(server, 'file:///h.ts', 'typescript', 'new Api.help.GetConfig()');
    const ts = (await hover(server, 'file:///h.ts', 0, 15))!;
    expect(ts.contents.value).toContain('**help.getConfig**');
    expect(await hover(server, 'file:///h.ts', 0, 0)).toBeNull();
  });
});

describe('malformed requests get errors, and the server keeps serving', () => {
  it('unknown document, position past the end, invalid params', async () => {
    await expect(complete(server, 'file:///never-opened.php', 0, 0)).rejects.toMatchObject({ code: -32602, message: expect.stringMatching(/unknown document file:\/\/\/never-opened\.php/) });
    await open(server, 'file:///p.php', 'php', '<?php\n$MadelineProto->');
    await expect(complete(server, 'file:///p.php', 9, 0)).rejects.toMatchObject({ code: -32602, message: expect.stringMatching(/outside/) });
    await expect(complete(server, 'file:///p.php', 1, 99)).rejects.toMatchObject({ code: -32602 });
    await expect(server.rpc.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///p.php' } })).rejects.toMatchObject({ code: -32602 });
    await expect(server.rpc.sendRequest('textDocument/hover', { nonsense: true })).rejects.toMatchObject({ code: -32602 });
    await expect(server.rpc.sendRequest('tlsnip/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    // Still serving:
    expect((await complete(server, 'file:///p.php', 1, 16)).length).toBeGreaterThan(10);
  });
});

describe('the index', () => {
  it('fills in the background after start-up and says so in the log', async () => {
    const count = (await loadSchema(undefined)).methods.length;
    expect(await server.log(/indexed/)).toMatch(new RegExp(`^tlsnip: ${count} methods indexed for php, lua and ts in \\d+ ms$`));
  });
});

describe('completion never waits for tree-sitter', () => {
  it('the server reaches neither web-tree-sitter nor src/validate/ statically', () => {
    const graph = [...staticGraph(join(REPO, 'src/editor/lsp/server.ts'))];
    expect(graph.filter((s) => s === 'web-tree-sitter' || /\/src\/validate\//.test(s))).toEqual([]);
    // The walker does see them from the snippet-file writer, which validates every body:
    expect(staticGraph(join(REPO, 'src/editor/vscode.ts')).has(join(REPO, 'src/validate/check.ts'))).toBe(true);
  });
});

describe('configuration and lifecycle', () => {
  it('reads the schema from the initialization options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlsnip-lsp-'));
    const tl = join(dir, 'tiny.tl');
    writeFileSync(tl, 'boolTrue#997275b5 = Bool;\nboolFalse#bc799737 = Bool;\n---functions---\nhelp.ping#aaaaaaaa id:int = Bool;\n');
    const s = await startServer({ tlsnip: { schema: tl } });
    await open(s, 'file:///t.php', 'php', '<?php\n$MadelineProto->help->');
    const items = await complete(s, 'file:///t.php', 1, 22);
    expect(items.map((i) => i.label)).toEqual(['ping']);
    expect(await s.log(/indexed/)).toMatch(/^tlsnip: 1 method indexed for php, lua and ts in \d+ ms$/);
    expect(await stop(s)).toBe(0);
  });

  it('keeps the schema of the initialization options when a configuration change does not mention it (the {"settings":{}} eglot sends on connect, sent here over JSON-RPC)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlsnip-lsp-'));
    const tl = join(dir, 'tiny.tl');
    writeFileSync(tl, 'boolTrue#997275b5 = Bool;\nboolFalse#bc799737 = Bool;\n---functions---\nhelp.ping#aaaaaaaa id:int = Bool;\n');
    const s = await startServer({ tlsnip: { schema: tl } });
    await open(s, 'file:///k.php', 'php', '<?php\n$MadelineProto->help->');
    for (const settings of [{}, { tlsnip: {} }, { other: { schema: 'x' } }]) {
      await s.rpc.sendNotification('workspace/didChangeConfiguration', { settings });
      expect((await complete(s, 'file:///k.php', 1, 22)).map((i) => i.label), JSON.stringify(settings)).toEqual(['ping']);
    }
    // An explicit empty setting goes back to the bundled layer.
    await s.rpc.sendNotification('workspace/didChangeConfiguration', { settings: { tlsnip: { schema: '' } } });
    expect((await complete(s, 'file:///k.php', 1, 22)).length).toBeGreaterThan(5);
    expect(await stop(s)).toBe(0);
  });

  it('reads a relative schema path from the workspace root, not from its own working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlsnip-lsp-'));
    writeFileSync(join(dir, 'tiny.tl'), 'boolTrue#997275b5 = Bool;\nboolFalse#bc799737 = Bool;\n---functions---\nhelp.pong#aaaaaaab id:int = Bool;\n');
    const s = await startServer({ tlsnip: { schema: 'tiny.tl' } }, CLI_SERVER, REPO, { rootUri: pathToFileURL(dir).href });
    await open(s, 'file:///r.php', 'php', '<?php\n$MadelineProto->help->');
    expect((await complete(s, 'file:///r.php', 1, 22)).map((i) => i.label)).toEqual(['pong']);
    expect(await stop(s)).toBe(0);
  });

  it('gives a client without snippet support plain text: the CLI snippet, every example value in place', async () => {
    const s = await startServer({}, CLI_SERVER, undefined, { capabilities: {} });
    await open(s, 'file:///p.php', 'php', '<?php\n$MadelineProto->photos->');
    const item = (await complete(s, 'file:///p.php', 1, 24)).find((i) => i.label === 'getUserPhotos')!;
    expect(item.insertTextFormat).toBe(1);
    const cli = spawnSync(process.execPath, [CLI_SERVER[0]!, 'snippet', 'photos.getUserPhotos', '--target', 'php', '--no-boilerplate'], { encoding: 'utf8' }).stdout;
    expect(apply("<?php\n$MadelineProto->photos->", item)).toBe(`<?php\n${cli}`);
    expect(await stop(s)).toBe(0);
  });

  it('a broken schema is an error naming the file and line; a corrected setting recovers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlsnip-lsp-'));
    const bad = join(dir, 'bad.tl');
    writeFileSync(bad, 'boolTrue#997275b5 = Bool;\n---functions---\nhelp.ping#zz id:int = Bool;\n');
    const s = await startServer({ tlsnip: { schema: bad } });
    await open(s, 'file:///b.php', 'php', '<?php\n$MadelineProto->help->\n$MadelineProto->help->ping();');
    await expect(complete(s, 'file:///b.php', 1, 22)).rejects.toMatchObject({
      code: -32603,
      message: expect.stringMatching(new RegExp(`bad\\.tl:3`)),
    });
    await expect(hover(s, 'file:///b.php', 2, 24)).rejects.toMatchObject({
      code: -32603,
      message: expect.stringMatching(/bad\.tl:3/),
    });
    const good = join(dir, 'good.tl');
    writeFileSync(good, 'boolTrue#997275b5 = Bool;\n---functions---\nhelp.ping#aaaaaaaa id:int = Bool;\n');
    await s.rpc.sendNotification('workspace/didChangeConfiguration', { settings: { tlsnip: { schema: good } } });
    expect((await complete(s, 'file:///b.php', 1, 22)).map((i) => i.label)).toEqual(['ping']);
    expect(await stop(s)).toBe(0);
  });

  it('exits with 1 when told to exit without a shutdown request first', async () => {
    const s = await startServer();
    await s.rpc.sendNotification('exit');
    expect(await s.exited).toBe(1);
  });

  it('exits when the editor goes away (stdin closes), and refuses any transport but stdio', async () => {
    const s = await startServer({}, [...CLI_SERVER, '--clientProcessId=1']);
    s.child.stdin!.end();
    expect(await s.exited).toBe(1);
    const r = spawnSync(process.execPath, [CLI_SERVER[0]!, 'lsp', '--no-stdio'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tlsnip: the language server talks over stdio only: drop --no-stdio\n');
  });

  it('shuts down cleanly', async () => {
    expect(await stop(server)).toBe(0);
    expect(server.stderr()).toBe('');
  });
});
