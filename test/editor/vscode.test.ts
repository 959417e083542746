/** VS Code snippet files: every body expands, tabstops at their defaults, to the CLI's snippet. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import type { SchemaModel } from '../../src/model/types.js';
import { EDITOR_TARGETS, escapeText, prepareEditorTarget, vscodeSnippets, type VscodeSnippet } from '../../src/editor/vscode.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';
import { targetInfo } from '../../src/targets/registry.js';
import { checkCode } from '../../src/validate/check.js';
import { expandSnippet } from '../support/snippet-expand.js';
import { REPO } from '../shared.js';

let schema: SchemaModel;
const files = new Map<string, Record<string, VscodeSnippet>>();

beforeAll(async () => {
  schema = await loadSchema(undefined);
  for (const id of EDITOR_TARGETS) files.set(id, vscodeSnippets(await prepareEditorTarget(id), schema));
});

describe('VS Code snippet files', () => {
  for (const id of EDITOR_TARGETS) {
    it(`${id}: every body expands to exactly the snippet the CLI prints, which validates`, async () => {
      const opts = { ...DEFAULT_SNIPPET_OPTIONS, render: { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: false } };
      const [prepared] = await prepareTargets([targetInfo(id)!], opts);
      const snippets = files.get(id)!;
      expect(Object.keys(snippets).length).toBe(schema.methods.length);
      const mismatches: string[] = [];
      for (const m of schema.methods) {
        const s = snippets[m.name]!;
        expect(s.prefix).toBe(m.name);
        expect(s.scope).toBe({ php: 'php', lua: 'lua', ts: 'typescript' }[id]);
        const expanded = expandSnippet(s.body.join('\n'));
        const plain = renderMethod([prepared!], schema, m, methodCall(schema, m, opts.values), opts).snippets[0]!.code;
        if (expanded !== plain) mismatches.push(`${m.name}:\n${expanded}\n--- vs ---\n${plain}`);
        else expect(checkCode(targetInfo(id)!.grammar.id, expanded), m.name).toEqual([]);
      }
      expect(mismatches.slice(0, 2)).toEqual([]);
    });
  }

  it('makes each parameter a tabstop with its example value, booleans a choice, and escapes $', () => {
    const php = files.get('php')!['photos.getUserPhotos']!.body.join('\n');
    expect(php).toBe(
      "\\$photos_Photos = \\$MadelineProto->photos->getUserPhotos(\n    user_id: ${1:'@durov'},\n    offset: ${2:0},\n    max_id: ${3:0},\n    limit: ${4:10},\n);\n$0",
    );
    expect(files.get('lua')!['account.updateStatus']!.body.join('\n')).toContain('offline=${1|true,false|}');
    expect(files.get('ts')!['photos.getUserPhotos']!.body.join('\n')).toContain('maxId: ${3:bigInt(0)}');
    expect(files.get('php')!['photos.getUserPhotos']!.description).toBe('Returns the list of user photos.');
  });

  it('escapes any text so that it expands back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(expandSnippet(escapeText(s))).toBe(s);
      }),
    );
  });
});

describe('tlsnip vscode', () => {
  const tlsnip = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'tlsnip.js'), ...args], { encoding: 'utf8' });

  it('writes one .code-snippets file for a target', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tlsnip-vscode-')), '.vscode', 'telegram-php.code-snippets');
    const r = tlsnip(['vscode', '--target', 'php', '--out', out]);
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as Record<string, VscodeSnippet>;
    expect(json['photos.getUserPhotos']).toMatchObject({ prefix: 'photos.getUserPhotos', scope: 'php' });
  });

  it('writes one file per language with --target all', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tlsnip-vscode-')), 'snippets');
    const r = tlsnip(['vscode', '--target', 'all', '--out', dir]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['telegram-lua.code-snippets', 'telegram-php.code-snippets', 'telegram-ts.code-snippets']);
  });

  it('refuses a target editors cannot insert', () => {
    const r = tlsnip(['vscode', '--target', 'http-bot', '--out', join(tmpdir(), 'x.code-snippets')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown editor target "http-bot"; the targets with editor snippets are: php, lua, ts/);
  });
});
