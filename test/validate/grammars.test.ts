import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCode } from '../../src/validate/check.js';
import {
  configureGrammars,
  GRAMMAR_FILES,
  GRAMMAR_IDS,
  grammarWasmPath,
  isGrammarId,
  loadedGrammars,
  loadGrammars,
  resolvePackageFile,
} from '../../src/validate/grammars.js';

const require = createRequire(import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'tlsnip-grammars-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakePackage(name: string, pkgJson: object, files: Record<string, string>): string {
  const dir = join(tmp, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...pkgJson }));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

describe('resolvePackageFile', () => {
  const from = join(tmp, 'index.js');

  it('finds every grammar .wasm in its npm package', () => {
    for (const g of GRAMMAR_IDS) expect(grammarWasmPath(g)).toMatch(new RegExp(`${GRAMMAR_FILES[g].file.replace('.', '\\.')}$`));
  });

  it('works when an exports field hides package.json and the file', () => {
    const dir = fakePackage('@scope/hidden', { type: 'module', exports: { '.': './index.js' } }, { 'index.js': '', 'g.wasm': 'x' });
    expect(() => require.resolve('@scope/hidden/package.json', { paths: [tmp] })).toThrow(/subpath '.\/package.json' is not defined by "exports"/);
    expect(resolvePackageFile('@scope/hidden', 'g.wasm', from)).toBe(join(dir, 'g.wasm'));
  });

  it('fails with a message naming the package, the file and the candidates', () => {
    fakePackage('nowasm', {}, { 'index.js': '' });
    expect(() => resolvePackageFile('nowasm', 'g.wasm', from)).toThrow(/cannot find g\.wasm of the npm package nowasm[\s\S]*nowasm/);
    expect(() => resolvePackageFile('not-installed-anywhere', 'g.wasm', from)).toThrow(/not-installed-anywhere/);
  });
});

describe('loadGrammars', () => {
  // runs first in this file's fresh module state: nothing is loaded yet
  it('uses configureGrammars().locateWasm for the runtime and the grammars, then refuses reconfiguration', async () => {
    const jsonWasm = grammarWasmPath('json');
    const asked: [string, string | undefined][] = [];
    configureGrammars({
      locateWasm: (file, grammar) => {
        asked.push([file, grammar]);
        return grammar === 'json' ? jsonWasm : undefined; // undefined: default resolution
      },
    });
    await loadGrammars(['json', 'json']);
    expect(loadedGrammars()).toEqual(['json']);
    expect(asked).toContainEqual(['web-tree-sitter.wasm', undefined]);
    expect(asked).toContainEqual(['tree-sitter-json.wasm', 'json']);
    expect(checkCode('json', '{"a": 1}')).toEqual([]);
    expect(() => configureGrammars({})).toThrow(/before the first loadGrammars/);
  });

  it('rejects unknown ids', async () => {
    await expect(loadGrammars(['cobol' as never])).rejects.toThrow(/unknown grammar "cobol"/);
    expect(isGrammarId('php')).toBe(true);
    expect(isGrammarId('ts')).toBe(false);
  });
});
