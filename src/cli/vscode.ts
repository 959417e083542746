/** `tlsnip vscode`: VS Code snippet files for every method of a schema. */
import { join } from 'node:path';
import { loadSchema } from '../loaders/index.js';
import { EDITOR_TARGETS, prepareEditorTarget, vscodeSnippets } from '../editor/vscode.js';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../errors.js';

export async function runVscode(target: string, out: string | undefined, schemaPath: string | undefined): Promise<number> {
  const ids = target === 'all' ? [...EDITOR_TARGETS] : [target];
  if (ids.length > 1 && !out) throw new InputError('--target all writes one file per language: give --out DIR');
  const prepared = await Promise.all(ids.map(prepareEditorTarget));
  const schema = await loadSchema(schemaPath);
  for (const p of prepared) {
    const json = `${JSON.stringify(vscodeSnippets(p, schema), null, 2)}\n`;
    if (!out) process.stdout.write(json);
    else {
      const file = ids.length > 1 ? join(out, `telegram-${p.info.id}.code-snippets`) : out;
      await writeFileAtomic(file, json);
      process.stderr.write(`tlsnip: wrote ${schema.methods.length} ${p.info.id} snippets to ${file}\n`);
    }
  }
  return 0;
}
