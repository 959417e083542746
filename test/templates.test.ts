/** Data reaches templates only through helpers; broken user templates fail with file:line:column. */
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, compileTemplate, lintTemplate, resolveTemplate, resolveSnippetTemplate } from '../src/render/templates.js';
import { TARGETS, loadTarget } from '../src/targets/registry.js';

const helpers = new Set(['statement', 'literal']);

describe('template lint', () => {
  it('rejects a bare field of model data', () => {
    const problems = lintTemplate('line one\n  {{method.name}}\n', helpers);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 3 });
    expect(problems[0]!.message).toMatch(/\{\{method\.name\}\} prints data directly/);
  });
  it('rejects triple-stash and @data output, and an unknown name', () => {
    expect(lintTemplate('{{{call.args}}}', helpers)).toHaveLength(1);
    expect(lintTemplate('{{@root.method}}', helpers)).toHaveLength(1);
    expect(lintTemplate('{{nothing}}', helpers)).toHaveLength(1);
  });
  it('accepts helper calls, with or without arguments, and block helpers on options', () => {
    expect(lintTemplate('{{#if options.boilerplate}}x{{/if}}\n{{statement}}\n{{literal call}}', helpers)).toEqual([]);
  });
  it('checks inside blocks too', () => {
    expect(lintTemplate('{{#if options.boilerplate}}{{method.description}}{{/if}}', helpers)).toHaveLength(1);
  });
  it('finds no problem in any built-in template of any theme', async () => {
    for (const theme of readdirSync(BUILTIN_TEMPLATES)) {
      for (const info of TARGETS) {
        const target = await loadTarget(info);
        const file = resolveSnippetTemplate({ theme, templatesDir: undefined }, info.id);
        const { readFileSync } = await import('node:fs');
        expect(lintTemplate(readFileSync(file, 'utf8'), new Set(Object.keys(target.helpers))), file).toEqual([]);
      }
    }
  });
});

describe('user templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tlsnip-templates-'));
  mkdirSync(join(dir, 'snippets'));

  it('override the theme file of the same path', () => {
    writeFileSync(join(dir, 'snippets', 'lua.hbs'), '{{statement}}\n');
    expect(resolveTemplate({ theme: 'modern', templatesDir: dir }, 'snippets/lua.hbs')).toBe(join(dir, 'snippets', 'lua.hbs'));
    expect(resolveTemplate({ theme: 'modern', templatesDir: dir }, 'snippets/php.hbs')).toBe(join(BUILTIN_TEMPLATES, 'modern', 'snippets', 'php.hbs'));
  });
  it('with a bare field fail with file:line:column', async () => {
    const file = join(dir, 'snippets', 'php.hbs');
    writeFileSync(file, '<?php\n{{method.name}}\n');
    const target = await loadTarget(TARGETS[0]!);
    expect(() => compileTemplate(file, 'test-bare', target.helpers)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2:1: `));
  });
  it('with a syntax error fail naming the file', async () => {
    const file = join(dir, 'snippets', 'ts.hbs');
    writeFileSync(file, '{{#if options.boilerplate}}\n{{statement}}\n');
    const target = await loadTarget(TARGETS[4]!);
    expect(() => compileTemplate(file, 'test-syntax', target.helpers)).toThrow(/ts\.hbs:3: handlebars syntax error: Expecting .*got 'EOF'/);
  });
});
