/**
 * A language-server client for tests: spawns a server as a child process and talks JSON-RPC to it
 * with vscode-jsonrpc, as an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { expandSnippet } from './snippet-expand.js';
import { REPO } from '../shared.js';

export interface Item {
  label: string;
  kind?: number;
  insertTextFormat?: number;
  filterText?: string;
  textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
}

export interface Server {
  child: ChildProcess;
  rpc: MessageConnection;
  stderr: () => string;
  /** Every window/logMessage the server sent, from the start. */
  logs: string[];
  /** Resolves with the first log message matching `re` (already sent or still to come). */
  log(re: RegExp): Promise<string>;
  /** The process's exit code, whenever it exits (listened for from the spawn on). */
  exited: Promise<number | null>;
}

/** `tlsnip lsp --stdio` from this checkout. */
export const CLI_SERVER = [join(REPO, 'bin', 'tlsnip.js'), 'lsp', '--stdio'];

/** Starts a server (node + `args`), initializes it and returns once it answered. */
/** What a client like VS Code says it can do: expand snippets in completions. */
export const SNIPPET_CLIENT = { textDocument: { completion: { completionItem: { snippetSupport: true } } } };

export async function startServer(
  initializationOptions: object = {},
  args: string[] = CLI_SERVER,
  cwd?: string,
  init: { capabilities?: object; rootUri?: string | null } = {},
): Promise<Server> {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const logs: string[] = [];
  const waiting: [RegExp, (m: string) => void][] = [];
  rpc.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
    for (const [re, resolve] of waiting) if (re.test(p.message)) resolve(p.message);
  });
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: process.pid, rootUri: init.rootUri ?? null, capabilities: init.capabilities ?? SNIPPET_CLIENT, initializationOptions });
  await rpc.sendNotification('initialized', {});
  const log = (re: RegExp) =>
    new Promise<string>((resolve) => {
      const seen = logs.find((m) => re.test(m));
      if (seen !== undefined) resolve(seen);
      else waiting.push([re, resolve]);
    });
  return { child, rpc, stderr: () => err, logs, log, exited };
}

export const open = (s: Server, uri: string, languageId: string, text: string) =>
  s.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });

export const complete = (s: Server, uri: string, line: number, character: number) =>
  s.rpc.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as Promise<Item[]>;

export const hover = (s: Server, uri: string, line: number, character: number) =>
  s.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<{ contents: { kind: string; value: string } } | null>;

/** Shutdown, exit, and the exit code. */
export async function stop(s: Server): Promise<number | null> {
  await s.rpc.sendRequest('shutdown');
  await s.rpc.sendNotification('exit');
  return s.exited;
}

/** The document after inserting an item with every tabstop at its default. */
export function apply(text: string, item: Item): string {
  const lines = text.split('\n');
  const { start, end } = item.textEdit!.range;
  const line = lines[start.line]!;
  // Plain text (insertTextFormat 1) goes in as it is; a snippet is expanded with its defaults.
  const text2 = item.insertTextFormat === 1 ? item.textEdit!.newText : expandSnippet(item.textEdit!.newText);
  lines[start.line] = line.slice(0, start.character) + text2 + line.slice(end.character);
  return lines.join('\n');
}
