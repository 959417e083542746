/**
 * Loads test/fixtures/validate/corpus/<grammar>.txt (format described at the top of php.txt).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GrammarId } from '../../src/validate/grammars.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'validate');

export interface CorpusEntry {
  name: string;
  valid: boolean;
  code: string;
  /** For invalid entries: where the first diagnostic must be. */
  expect?: { line: number; column: number; kind: 'error' | 'missing'; message?: string };
}

const HEADER = /^@@@@ (valid|invalid) (\S+)(?: (\d+):(\d+) (error|missing)(?: (.*))?)?$/;

export function loadCorpus(grammar: GrammarId): CorpusEntry[] {
  const text = readFileSync(join(FIXTURES, 'corpus', `${grammar}.txt`), 'utf8');
  const entries: CorpusEntry[] = [];
  let current: CorpusEntry | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (current) entries.push({ ...current, code: lines.join('\n') + '\n' });
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('@@@@ ')) {
      const m = HEADER.exec(line);
      if (!m) throw new Error(`${grammar}.txt: bad header: ${line}`);
      flush();
      const [, validity, name, l, c, kind, message] = m;
      current = { name: name!, valid: validity === 'valid', code: '' };
      if (!current.valid) {
        if (!l) throw new Error(`${grammar}.txt: invalid entry ${name} needs LINE:COLUMN KIND`);
        current.expect = { line: Number(l), column: Number(c), kind: kind as 'error' | 'missing' };
        if (message) current.expect.message = message;
      }
    } else if (current) {
      lines.push(line);
    }
  }
  flush();
  // the file ends with a newline: drop the empty last line it leaves on the last entry
  const last = entries.at(-1);
  if (last) last.code = last.code.replace(/\n\n$/, '\n');
  return entries;
}
