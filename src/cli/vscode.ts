/** `tlsnip vscode`: VS Code snippet files for every method of a schema. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSchema } from '../api/index.js';
import { EDITOR_TARGETS, prepareEditorTarget, vscodeSnippets } from '../editor/vscode.js';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../errors.js';
import { checkWritable } from '../io/fs-errors.js';

/**
 * A snippet file tlsnip wrote: a JSON object whose every entry is a snippet whose prefix is its own
 * key (a method name). Anything else at that path is the user's, and is not overwritten.
 */
function refuseForeignFile(file: string): void {
  if (!existsSync(file)) return;
  let ours = false;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { prefix?: unknown; body?: unknown }>;
    const entries = Object.entries(data);
    ours = typeof data === 'object' && !Array.isArray(data) && entries.every(([k, v]) => v?.prefix === k && Array.isArray(v.body));
  } catch {
    ours = false;
  }
  if (!ours) throw new InputError(`--out ${file}: refusing to overwrite a file tlsnip did not write (remove it, or choose another path)`);
}

export async function runVscode(target: string, out: string | undefined, schemaPath: string | undefined): Promise<number> {
  const ids = target === 'all' ? [...EDITOR_TARGETS] : [target];
  if (ids.length > 1 && !out) throw new InputError('--target all writes one file per language: give --out DIR');
  const fileOf = (id: string) => (ids.length > 1 ? join(out!, `telegram-${id}.code-snippets`) : out!);
  if (out) {
    // Checked before any work: the right kind of path, writable, and no file of someone else's replaced.
    checkWritable(out, ids.length > 1 ? 'dir' : 'file', '--out');
    for (const id of ids) refuseForeignFile(fileOf(id));
  }
  const prepared = await Promise.all(ids.map(prepareEditorTarget));
  const schema = await loadSchema(schemaPath);
  for (const p of prepared) {
    const json = `${JSON.stringify(vscodeSnippets(p, schema), null, 2)}\n`;
    if (!out) process.stdout.write(json);
    else {
      const file = fileOf(p.info.id);
      await writeFileAtomic(file, json);
      process.stderr.write(`tlsnip: wrote ${schema.methods.length} ${p.info.id} snippets to ${file}\n`);
    }
  }
  return 0;
}
