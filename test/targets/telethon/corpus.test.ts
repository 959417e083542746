/**
 * The python corpus (test/fixtures/validate/corpus/python.txt) agrees with CPython: every "valid"
 * entry compiles (top-level await allowed: snippets without boilerplate use it), every "invalid"
 * one does not. One python3 process for the whole corpus.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../validate/corpus.js';

const PYTHON = '/usr/bin/python3';
const HAS_PYTHON = existsSync(PYTHON);

describe.skipIf(!HAS_PYTHON)(`the python corpus agrees with CPython's compile()${HAS_PYTHON ? '' : ` (skipped: ${PYTHON} is absent)`}`, () => {
  it('compiles exactly the valid entries', () => {
    const corpus = loadCorpus('python');
    const script = `
import ast, json, sys
out = []
for code in json.load(sys.stdin):
    try:
        compile(code, "<corpus>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        out.append(None)
    except SyntaxError as e:
        out.append("line %s: %s" % (e.lineno, e.msg))
sys.stdout.write(json.dumps(out))
`;
    const r = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(corpus.map((e) => e.code)), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const results = JSON.parse(r.stdout) as (string | null)[];
    expect(corpus.map((e, i) => `${e.name}: ${results[i] === null ? 'compiles' : 'rejected'}`)).toEqual(
      corpus.map((e) => `${e.name}: ${e.valid ? 'compiles' : 'rejected'}`),
    );
  });
});
