import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../shared.js';

it('loads only the grammars that are used (fresh process)', () => {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'test', 'validate', 'lazy-child.ts')], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const out = JSON.parse(stdout.trim().split('\n').at(-1)!);
  expect(out.atStart).toEqual([]);
  expect(out.syncBeforeLoad).toMatch(/lua grammar is not loaded.*loadGrammars\(\['lua'\]\)/);
  expect(out.php).toEqual(['1:6 unexpected "$"']);
  expect(out.afterPhp).toEqual(['php']);
  expect(out.markdown).toBe(0);
  expect(out.afterMarkdown).toEqual(['php', 'json']);
});
