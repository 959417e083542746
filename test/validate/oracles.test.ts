/**
 * Second opinion on the corpora: the real toolchains must agree that every "valid" snippet is
 * valid and every "invalid" one is not (so the negative corpus tests real failures, and the Lua
 * identifier check does not reject real Lua). One process per snippet (`luac5.4 -p` aborts with
 * several files). Skipped, with the reason in the test name, when a tool is not installed.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { GrammarId } from '../../src/validate/grammars.js';
import { loadCorpus } from './corpus.js';

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

const oracles: { grammar: GrammarId; cmd: string; args: string[]; probe: string[]; wrap?: (code: string) => string }[] = [
  { grammar: 'lua', cmd: 'luac5.4', args: ['-p', '-'], probe: ['-v'] },
  { grammar: 'bash', cmd: 'bash', args: ['-n'], probe: ['-c', 'true'] },
  // php -l needs the open tag; snippets may omit it
  { grammar: 'php', cmd: 'php', args: ['-l'], probe: ['-v'], wrap: (c) => (c.trimStart().startsWith('<?php') ? c : `<?php\n${c}`) },
  { grammar: 'json', cmd: process.execPath, args: ['-e', 'JSON.parse(require("fs").readFileSync(0, "utf8"))'], probe: ['-v'] },
];

for (const { grammar, cmd, args, probe, wrap } of oracles) {
  const available = has(cmd, probe);
  describe.skipIf(!available)(`${grammar} corpus agrees with ${cmd}${available ? '' : ' (skipped: not installed)'}`, () => {
    it.each(loadCorpus(grammar).map((e) => [e.valid ? 'valid' : 'invalid', e.name, e] as const))('%s: %s', (_v, _n, entry) => {
      const run = spawnSync(cmd, args, { input: wrap ? wrap(entry.code) : entry.code, encoding: 'utf8' });
      expect(run.error).toBeUndefined();
      expect(run.status === 0, `${cmd} said: ${run.stderr || run.stdout}`).toBe(entry.valid);
    });
  });
}
