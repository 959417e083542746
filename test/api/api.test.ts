/**
 * The library API (`import … from "tlsnip"`): the same results and messages as the CLI, typed errors,
 * declarations a strict TypeScript consumer compiles against, and an import without side effects.
 * The CLI's snippet, list, validate and docs commands and the language server's schema loading go
 * through it, so the CLI suites test it too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../shared.js';
import * as api from '../../src/api/index.js';

const scratch = join(REPO, 'tmpb');
mkdirSync(scratch, { recursive: true });
const dir = mkdtempSync(join(scratch, 'api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), ...args], { cwd: REPO, encoding: 'utf8' });

describe('the library API', () => {
  it('renders what the CLI prints, byte for byte, for every target', async () => {
    const schema = await api.loadSchema();
    const ours = await api.renderSnippets(schema, 'messages.sendMessage', { set: { message: 'hi "there"' } });
    const theirs = JSON.parse(cli(['snippet', 'messages.sendMessage', '--set', 'message=hi "there"', '--json']).stdout) as { snippets: { target: string; code: string }[] };
    expect(ours.map((s) => [s.target, s.code])).toEqual(theirs.snippets.map((s) => [s.target, s.code]));
    expect(ours.every((s) => s.valid && s.label.length > 0)).toBe(true);
    // In registry order.
    expect(ours.map((s) => s.target)).toEqual(api.listTargets().map((t) => t.id).filter((id) => ours.some((s) => s.target === id)));
  });

  it('takes target options, flags, values and set values of any JSON type', async () => {
    const schema = await api.loadSchema();
    const [php] = await api.renderSnippets(schema, 'messages.getHistory', { targets: ['php'], targetOptions: { 'php-style': 'array' }, boilerplate: false, set: { limit: 5, peer: '@telegram' } });
    expect(php!.code).toContain("'limit' => 5");
    expect(php!.code).toContain("'peer' => '@telegram'");
    const all = await api.renderMethods(schema, 'help.*', { targets: ['lua'], flags: 'all', values: 'placeholder' });
    expect(all.length).toBeGreaterThan(10);
  });

  it('throws typed errors with the messages the CLI prints', async () => {
    const schema = await api.loadSchema();
    const cases: [() => Promise<unknown>, string[]][] = [
      [() => api.renderSnippets(schema, 'messages.sendMesage'), ['snippet', 'messages.sendMesage']],
      [() => api.renderSnippets(schema, 'help.getConfig', { targets: ['cobol'] }), ['snippet', 'help.getConfig', '--target', 'cobol']],
      [() => api.renderSnippets(schema, 'messages.getHistory', { set: { limit: 'abc' } }), ['snippet', 'messages.getHistory', '--set', 'limit=abc']],
      [() => api.loadSchema(join(dir, 'missing.tl')), ['list', 'methods', '--schema', join(dir, 'missing.tl')]],
    ];
    for (const [call, args] of cases) {
      const err = await call().then(() => null, (e: unknown) => e);
      expect(err, args.join(' ')).toBeInstanceOf(api.InputError);
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`tlsnip: ${(err as Error).message}\n`);
    }
  });

  it('validates code by language, and files as tlsnip validate does', async () => {
    expect(await api.validateCode('php', "$x = 'ok';")).toEqual([]);
    expect((await api.validateCode('ts', 'const x = ;'))[0]).toMatchObject({ line: 1, message: expect.stringMatching(/unexpected/) });
    await expect(api.validateCode('cobol', 'x')).rejects.toBeInstanceOf(api.InputError);
    const f = join(dir, 'a.lua');
    writeFileSync(f, 'x = = 1\n');
    expect((await api.validateFiles([f]))[0]!.diagnostics).toHaveLength(1);
  });

  it('builds docs', async () => {
    const out = join(dir, 'docs');
    const summary = await api.buildDocs({ schema: join(REPO, 'test/fixtures/loaders/mini/main.tl'), theme: 'modern', out });
    expect(summary).toMatchObject({ invalid: 0, kept: false });
    expect(readdirSync(out)).toContain('index.md');
  });

  it('is imported by name, without side effects, and its declarations type-check a strict consumer', () => {
    const consumer = join(dir, 'consumer.ts');
    writeFileSync(
      consumer,
      [
        'import { loadSchema, renderSnippets, InputError, type Snippet, type RenderOptions } from "tlsnip";',
        'const opts: RenderOptions = { targets: ["php", "ts"], set: { message: "hi" }, flags: "none" };',
        'const schema = await loadSchema();',
        'const out: readonly Snippet[] = await renderSnippets(schema, "messages.sendMessage", opts);',
        'const first: string = out[0]?.code ?? "";',
        'export const ok: boolean = first.length > 0 && !(new Error() instanceof InputError);',
        '',
      ].join('\n'),
    );
    const tsc = spawnSync(join(REPO, 'node_modules/.bin/tsc'), ['--ignoreConfig', '--strict', '--noEmit', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', '--types', 'node', consumer], { cwd: REPO, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    // A fresh process that imports the package by its name: nothing printed, nothing loaded but the entry.
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, 'const t0 = performance.now();\nconst m = await import("tlsnip");\nprocess.stdout.write(JSON.stringify({ ms: performance.now() - t0, names: Object.keys(m).sort() }));\n');
    const r = spawnSync(process.execPath, [probe], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).names).toEqual(expect.arrayContaining(['InputError', 'buildDocs', 'listMethods', 'listTargets', 'loadSchema', 'renderMethods', 'renderSnippets', 'validateCode', 'validateFiles']));
  });
});
