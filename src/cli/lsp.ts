/** `tlsnip lsp --stdio`: the language server (see src/editor/lsp/server.ts). */
import { InputError } from '../errors.js';

export async function runLspCommand(stdio = true): Promise<number> {
  if (!stdio) throw new InputError('the language server talks over stdio only: drop --no-stdio');
  const { runLsp } = await import('../editor/lsp/server.js');
  return runLsp();
}
