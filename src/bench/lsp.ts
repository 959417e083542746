/**
 * Language-server figures for `npm run bench`: time from spawning `tlsnip lsp --stdio` to the first
 * completion answered (initialize, open a PHP document, complete after `$MadelineProto->photos->`),
 * completion latency over 1,000 requests across every namespace of PHP, Lua and TypeScript
 * documents, and the server's resident memory (from /proc) with the bundled layer loaded.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { loadSchema } from '../loaders/index.js';

interface Client {
  /** Resolves with the server's log line that says the index is complete. */
  indexed: Promise<string>;
  request(method: string, params: unknown): Promise<unknown>;
  notify(method: string, params: unknown): Promise<void>;
  rssMiB(): number | undefined;
  stop(): Promise<void>;
}

function startServer(args: string[], cwd: string): Client {
  const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const indexed = new Promise<string>((resolve) =>
    rpc.onNotification('window/logMessage', (p: { message: string }) => {
      if (/indexed/.test(p.message)) resolve(p.message);
    }),
  );
  rpc.listen();
  return {
    indexed,
    request: (method, params) => rpc.sendRequest(method, params),
    notify: (method, params) => rpc.sendNotification(method, params),
    rssMiB: () => {
      try {
        const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kib ? Number(kib) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      await rpc.sendRequest('shutdown');
      await rpc.sendNotification('exit');
      await exited;
      rpc.dispose();
    },
  };
}

const init = { processId: process.pid, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } }, initializationOptions: {} };
const PHP = '<?php\n$MadelineProto->photos->';

/** Milliseconds from spawn to the first completion's answer (and to the answer to initialize). */
async function firstCompletion(args: string[], cwd: string): Promise<{ ms: number; initMs: number; client: Client }> {
  const t = performance.now();
  const client = startServer(args, cwd);
  await client.request('initialize', init);
  const initMs = performance.now() - t;
  await client.notify('initialized', {});
  await client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///a.php', languageId: 'php', version: 1, text: PHP } });
  const items = (await client.request('textDocument/completion', { textDocument: { uri: 'file:///a.php' }, position: { line: 1, character: 24 } })) as unknown[];
  const ms = performance.now() - t;
  if (!items.length) throw new Error('the first completion came back empty');
  return { ms, initMs, client };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export async function lspBench(root: string, runs: number): Promise<void> {
  const servers: [string, string[]][] = [['tlsnip lsp --stdio', [join(root, 'bin/tlsnip.js'), 'lsp', '--stdio']]];
  const packaged = join(root, 'dist/extension/out/server/server.mjs');
  if (existsSync(packaged)) servers.push(['the VS Code extension\'s server bundle', [packaged, '--stdio']]);

  console.log(`language server (median of ${runs} fresh processes):`);
  for (const [name, args] of servers) {
    const starts: number[] = [];
    const inits: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { ms, initMs, client } = await firstCompletion(args, root);
      starts.push(ms);
      inits.push(initMs);
      await client.stop();
    }
    console.log(`  spawn → first completion answered, ${name}: ${pct(starts, 50).toFixed(0)} ms (target ≤ 300 ms; initialize answered at ${pct(inits, 50).toFixed(0)} ms)`);
  }

  // 1,000 completions in one server, cycling through every namespace of three languages.
  const schema = await loadSchema(undefined);
  const namespaces = [...new Set(schema.methods.map((m) => m.name.split('.')).filter((p) => p.length > 1).map((p) => p[0]!))].sort();
  const docs = [
    { uri: 'file:///b.php', languageId: 'php', line: (ns: string) => `$MadelineProto->${ns}->` },
    { uri: 'file:///b.lua', languageId: 'lua', line: (ns: string) => `${ns}.` },
    { uri: 'file:///b.ts', languageId: 'typescript', line: (ns: string) => `Api.${ns}.` },
  ];
  const { client } = await firstCompletion(servers[0]![1], root);
  for (const d of docs) {
    const text = (d.languageId === 'php' ? ['<?php'] : []).concat(namespaces.map(d.line)).join('\n');
    await client.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.languageId, version: 1, text } });
  }
  const thousand = async () => {
    const latencies: number[] = [];
    let items = 0;
    for (let i = 0; i < 1000; i++) {
      const d = docs[i % docs.length]!;
      const k = Math.floor(i / docs.length) % namespaces.length;
      const line = k + (d.languageId === 'php' ? 1 : 0);
      const t = performance.now();
      const r = (await client.request('textDocument/completion', { textDocument: { uri: d.uri }, position: { line, character: d.line(namespaces[k]!).length } })) as unknown[];
      latencies.push(performance.now() - t);
      items += r.length;
    }
    return { latencies, items };
  };
  const figures = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms`;
  // Right after the first completion the index is still being filled: a namespace's first request renders it.
  const during = await thousand();
  const log = await client.indexed;
  const after = await thousand();
  console.log(`  completion latency over 1,000 requests (${namespaces.length} namespaces × php, lua, ts; ${(after.items / 1000).toFixed(0)} items per answer on average):`);
  console.log(`    from the complete index: ${figures(after.latencies)} (target p99 ≤ 5 ms)`);
  console.log(`    sent at once after the first completion, while the index fills: ${figures(during.latencies)}`);
  console.log(`    the server's log: "${log}"`);
  console.log(`  server resident memory, bundled layer loaded and indexed: ${client.rssMiB()?.toFixed(0) ?? 'n/a'} MiB`);
  await client.stop();
}
