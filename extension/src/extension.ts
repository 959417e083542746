/**
 * The VS Code client: starts the bundled tlsnip language server (out/server/server.mjs) over stdio
 * for the languages the manifest activates on (PHP, Lua, TypeScript and JavaScript), with the `tlsnip.schema` setting as its
 * initialization option and the `tlsnip` section synchronized on change. The server runs in the
 * workspace folder, so a relative schema path means the same thing at start and after a change.
 */
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The languages served: the manifest's `onLanguage:` activation events (one list, in package.json). */
function languages(context: ExtensionContext): string[] {
  const events = (context.extension.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
  return events.flatMap((e) => (e.startsWith('onLanguage:') ? [e.slice('onLanguage:'.length)] : []));
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('out/server/server.mjs');
  const cwd = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const run = { module, transport: TransportKind.stdio, ...(cwd ? { options: { cwd } } : {}) };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages(context).flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { tlsnip: { schema: workspace.getConfiguration('tlsnip').get<string>('schema', '') } },
    synchronize: { configurationSection: 'tlsnip' },
    outputChannelName: 'tlsnip',
  };
  client = new LanguageClient('tlsnip', 'tlsnip', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
