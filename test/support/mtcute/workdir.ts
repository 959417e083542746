/**
 * A scratch folder for the mtcute rungs: an ES module package (`"type": "module"`, so top-level
 * await is allowed) whose `node_modules` is the repository's, so `@mtcute/node` resolves exactly
 * as in a user's project. Outside the repository, so a crashed run leaves nothing in the worktree.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../../shared.js';

export interface Workdir {
  readonly dir: string;
  file(name: string, content: string): string;
  remove(): void;
}

export function workdir(label: string): Workdir {
  const dir = mkdtempSync(join(tmpdir(), `tlsnip-mtcute-${label.replace(/[^a-z0-9-]/gi, '_')}-`));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'tlsnip-mtcute-check', private: true, type: 'module' }));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
