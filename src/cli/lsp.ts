/** `tlsnip lsp --stdio`: the language server (see src/editor/lsp/server.ts). */
export async function runLspCommand(): Promise<number> {
  const { runLsp } = await import('../editor/lsp/server.js');
  return runLsp();
}
