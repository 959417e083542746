/**
 * A target is one folder: src/targets/<id>/ declares everything the tool knows of it (info.ts),
 * the registry lists it, and the rest of the tool derives what it needs. These checks hold for
 * every registered target, so a new one is checked without touching this file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS, editorTargets, targetGrammars, targetOptions } from '../../src/targets/registry.js';
import { BUILTIN_TEMPLATES, resolveSnippetTemplate } from '../../src/render/templates.js';
import { grammarWasmPath, GRAMMAR_IDS } from '../../src/validate/grammars.js';
import { EXTENSION_KINDS } from '../../src/validate/files.js';
import { TAG_GRAMMARS } from '../../src/validate/markdown.js';
import { REPO } from '../shared.js';
import { loadSchema } from '../../src/loaders/index.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, prepareTarget, renderPrepared } from '../../src/render/snippet.js';
import type { TargetInfo } from '../../src/targets/types.js';

/**
 * Files that may name a target on purpose: the 2018 theme reproduces pages written for exactly
 * those five targets, and the benchmarks measure named targets (the cold start of `--target php`,
 * the language server in PHP, Lua and TypeScript documents).
 */
const MAY_NAME_TARGETS = ['src/docs/themes/madeline-2018.ts', 'src/bench/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Lines of code naming `id` as a string literal, outside comments. */
export function namingLines(text: string, id: string): string[] {
  const literal = new RegExp(`(['"\`])${id.replace(/[-]/g, '\\-')}\\1`);
  return text
    .split('\n')
    .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
    .filter((l) => literal.test(l));
}

describe('the target registry', () => {
  it('lists targets whose ids, extensions and options do not clash', () => {
    expect(new Set(TARGETS.map((t) => t.id)).size).toBe(TARGETS.length);
    expect(() => targetOptions()).not.toThrow();
    expect(() => targetGrammars()).not.toThrow();
    for (const t of TARGETS) {
      expect(t.id, t.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(t.extension, t.id).toMatch(/^\.[a-z]+$/);
      for (const o of t.options ?? []) if (o.choices) expect(o.choices, `${t.id} --${o.name}`).toContain(o.default);
    }
  });

  it('derives the grammars, file extensions and fence tags from the targets', () => {
    for (const t of TARGETS) {
      for (const g of [t.grammar, ...(t.embeddedGrammars ?? [])]) {
        expect(GRAMMAR_IDS, t.id).toContain(g.id);
        expect(existsSync(grammarWasmPath(g.id)), `${t.id}: ${g.pkg}/${g.file}`).toBe(true);
        for (const ext of g.extensions) expect(EXTENSION_KINDS[ext], ext).toBe(g.id);
        for (const tag of g.fenceTags) expect(TAG_GRAMMARS[tag], tag).toBe(g.id);
      }
      expect(TAG_GRAMMARS[t.language], `${t.id}: fence tag ${t.language}`).toBe(t.grammar.id);
    }
  });

  it('has a snippet template in the default theme for every target; other themes fall back to it', () => {
    for (const t of TARGETS) {
      expect(existsSync(join(BUILTIN_TEMPLATES, 'modern', 'snippets', `${t.id}.hbs`)), t.id).toBe(true);
      for (const theme of readdirSync(BUILTIN_TEMPLATES)) {
        const own = join(BUILTIN_TEMPLATES, theme, 'snippets', `${t.id}.hbs`);
        const expected = existsSync(own) ? own : join(BUILTIN_TEMPLATES, 'modern', 'snippets', `${t.id}.hbs`);
        expect(resolveSnippetTemplate({ theme, templatesDir: undefined }, t.id), `${theme} ${t.id}`).toBe(expected);
      }
    }
  });

  it('gives every editor target a scope, languages and completion rules', () => {
    for (const t of editorTargets()) {
      expect(t.editor!.languageIds.length, t.id).toBeGreaterThan(0);
      expect(t.editor!.scope, t.id).toMatch(/^[a-z]+$/);
    }
  });

  it('is the only place outside the target folders that names a target (so adding one touches nothing else)', () => {
    const offending: string[] = [];
    const folders = TARGETS.map((t) => `src/targets/${t.id}/`);
    for (const file of sourceFiles(join(REPO, 'src'))) {
      const rel = relative(REPO, file);
      // A target's folder may say anything (mtcute's language is `ts`, a fence tag like GramJS's id).
      if (MAY_NAME_TARGETS.some((p) => rel.startsWith(p)) || folders.some((f) => rel.startsWith(f))) continue;
      const text = readFileSync(file, 'utf8');
      for (const t of TARGETS) for (const line of namingLines(text, t.id)) offending.push(`${rel}: ${t.id}: ${line.trim()}`);
    }
    expect(offending).toEqual([]);
  });

  it('keeps each target to its folder: no target imports from another target folder', () => {
    const offending: string[] = [];
    for (const t of TARGETS) {
      for (const file of sourceFiles(join(REPO, 'src/targets', t.id))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/from '\.\.\/([a-z0-9-]+)\//g)) {
          if (m[1] !== t.id && TARGETS.some((o) => o.id === m[1])) offending.push(`${relative(REPO, file)} imports from ${m[1]}/`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('finds a target named in code but not in a comment (the check above can fail)', () => {
    expect(namingLines("  if (target === 'lua') items.push(x);", 'lua')).toHaveLength(1);
    expect(namingLines("const t = ['http-bot'];", 'http-bot')).toHaveLength(1);
    expect(namingLines(" * `'lua'` in a comment\n// 'lua'", 'lua')).toEqual([]);
  });

  it('says what each target accepts for a peer and a file (the docs show it on every page with one)', () => {
    for (const t of TARGETS) {
      expect(t.accepts?.peer, t.id).toMatch(/\S/);
      expect(t.accepts?.file, t.id).toMatch(/\S/);
    }
  });

  it('declares every grammar its snippets embed (a run with that target alone loads only what it declares)', async () => {
    const schema = await loadSchema();
    for (const info of TARGETS) {
      expect(undeclaredEmbedded(info, await embeddedGrammarsOf(info, schema))).toEqual([]);
    }
  });

  it('finds an embedded grammar a target does not declare (the check above can fail)', async () => {
    const info = TARGETS.find((t) => (t.embeddedGrammars ?? []).length > 0)!;
    const used = await embeddedGrammarsOf(info, await loadSchema());
    expect(used.size).toBeGreaterThan(0);
    expect(undeclaredEmbedded({ ...info, embeddedGrammars: [] }, used)).not.toEqual([]);
  });
});

/** The grammars of the code a target embeds in its snippets of every method, flags set and not. */
async function embeddedGrammarsOf(info: TargetInfo, schema: Awaited<ReturnType<typeof loadSchema>>): Promise<Set<string>> {
  const p = await prepareTarget(info, DEFAULT_SNIPPET_OPTIONS.templates);
  const used = new Set<string>();
  for (const flags of ['none', 'all'] as const) {
    for (const m of schema.methods) {
      const r = renderPrepared(p, schema, m, methodCall(schema, m, { mode: 'realistic', flags, set: {} }), DEFAULT_SNIPPET_OPTIONS.render);
      if ('embedded' in r) for (const e of r.embedded) used.add(e.grammar);
    }
  }
  return used;
}

function undeclaredEmbedded(info: TargetInfo, used: Set<string>): string[] {
  const declared = new Set([info.grammar.id, ...(info.embeddedGrammars ?? []).map((g) => g.id)]);
  return [...used].filter((g) => !declared.has(g)).map((g) => `${info.id} embeds ${g} code but does not declare the grammar`);
}
