/**
 * TelegramApiServer's stand-in for the tas target's proof:
 *  1. bash runs the curl commands exactly as printed, many per process; a `curl` function only
 *     points http://127.0.0.1:9503/ at a loopback server and tags each request with its snippet's
 *     index (an X-Snippet header, as test/support/echo.ts does);
 *  2. the loopback server keeps each request as it arrived: HTTP method, request target,
 *     Content-Type, body bytes;
 *  3. one php process per chunk (harness.php) handles them as TelegramApiServer does and records,
 *     with a stub of MadelineProto, the call and the arguments its TL serializer would read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseLossless } from 'lossless-json';
import type { SchemaModel } from '../../../src/model/types.js';
import { parseTypeRef } from '../../../src/model/typeref.js';
import { TAS_ADDRESS } from '../../../src/targets/tas/target.js';

const HARNESS = join(dirname(fileURLToPath(import.meta.url)), 'harness.php');
const dir = mkdtempSync(join(tmpdir(), 'tlsnip-tas-'));
let files = 0;
const file = (name: string, content: string) => {
  const path = join(dir, `${process.pid}-${files++}-${name}`);
  writeFileSync(path, content);
  return path;
};

/** One HTTP request as the loopback server received it. */
export interface Arrival {
  readonly method: string;
  /** The request target: path and query, as sent. */
  readonly target: string;
  readonly contentType: string | null;
  readonly body: Buffer;
}

/**
 * Runs shell snippets with bash against a loopback server; the request each made, by index
 * (undefined: none arrived; a second one from the same snippet is an error).
 */
export async function runCurls(snippets: readonly string[], parallel = 2): Promise<(Arrival | undefined)[]> {
  const arrived: (Arrival | undefined)[] = snippets.map(() => undefined);
  const extra: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const i = Number(req.headers['x-snippet']);
      if (arrived[i]) extra.push(`snippet ${i} made a second request`);
      arrived[i] = { method: req.method ?? '', target: req.url ?? '', contentType: req.headers['content-type'] ?? null, body: Buffer.concat(chunks) };
      res.setHeader('Content-Type', 'application/json;charset=utf-8');
      res.end('{"success":true,"response":[],"errors":[]}\n');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const from = `${TAS_ADDRESS}/`.replace(/\//g, '\\/');
  // Only an argument that starts with the server's address is rewritten; the JSON body never is.
  const wrapper = `curl() { command curl -sS -o /dev/null -H "X-Snippet: $TLSNIP_I" "\${@/#${from}/http://127.0.0.1:${port}/}"; }\n`;
  const groups = Array.from({ length: parallel }, (_x, g) => snippets.map((s, i) => [s, i] as const).filter(([, i]) => i % parallel === g));
  try {
    await Promise.all(
      groups.map(
        (group) =>
          new Promise<void>((resolve, reject) => {
            const script = file('run.sh', wrapper + group.map(([s, i]) => `TLSNIP_I=${i}\n${s}\n`).join(''));
            const child = spawn('bash', [script], { stdio: ['ignore', 'ignore', 'pipe'] });
            let err = '';
            child.stderr.on('data', (d: Buffer) => (err += d.toString()));
            child.on('close', (code) => (code === 0 && err === '' ? resolve() : reject(new Error(`bash exited ${code}: ${err.slice(0, 1000)}`))));
          }),
      ),
    );
  } finally {
    await new Promise((r) => server.close(r));
  }
  if (extra.length) throw new Error(extra.join('\n'));
  return arrived;
}

/** What the serializer rules of harness.php need: per method and constructor, its parameters of type bytes, int128, int256, DataJSON. */
export interface TasTypes {
  methods: Record<string, Record<string, [string, number]>>;
  constructors: Record<string, Record<string, [string, number]>>;
}

const RULE_TYPES = new Set(['bytes', 'int128', 'int256', 'DataJSON']);

export function tasTypes(schema: SchemaModel): TasTypes {
  const rules = (params: readonly { name: string; type: string }[]) => {
    const out: Record<string, [string, number]> = {};
    for (const p of params) {
      let t = parseTypeRef(p.type);
      let depth = 0;
      while (t.kind === 'vector') [t, depth] = [t.of, depth + 1];
      if (t.kind === 'named' && RULE_TYPES.has(t.name)) out[p.name] = [t.name, depth];
    }
    return out;
  };
  const types: TasTypes = { methods: {}, constructors: {} };
  for (const m of schema.methods) types.methods[m.name] = rules(m.params);
  for (const c of schema.constructors) types.constructors[c.name] = { ...types.constructors[c.name], ...rules(c.params) };
  return types;
}

/** A recorded MadelineProto call (strings as {__hex}). */
export interface TasCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
}

/** What TelegramApiServer made of one request. */
export interface Outcome {
  /** The route's session (null: none) and method, or null when no route matched. */
  readonly route: { readonly session: string | null; readonly method: string } | null;
  /** What was thrown (an error response), or null. */
  readonly error: string | null;
  readonly calls: readonly TasCall[];
}

const unhex = (h: string) => Buffer.from(h, 'hex').toString('utf8');

const CHUNK = 1500;

/** Hands requests to harness.php, one php process per chunk of 1,500. */
export function handle(requests: readonly Arrival[], types: TasTypes): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < requests.length; i += CHUNK) {
    const input = file(
      'requests.json',
      JSON.stringify({
        types,
        requests: requests.slice(i, i + CHUNK).map((r) => ({ method: r.method, target: r.target, contentType: r.contentType, body: r.body.toString('base64') })),
      }),
    );
    const r = spawnSync('php', ['-d', 'display_errors=stderr', '-d', 'memory_limit=1G', HARNESS, input], { encoding: 'utf8', maxBuffer: 512 << 20 });
    if (r.status !== 0 || r.stderr) throw new Error(`php harness.php failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
    const raw = parseLossless(r.stdout) as { route: { session: string | null; method: string } | null; error: string | null; calls: { method: string; args: Record<string, unknown> }[] }[];
    for (const o of raw) {
      out.push({
        route: o.route && { session: o.route.session === null ? null : unhex(o.route.session), method: unhex(o.route.method) },
        error: o.error === null ? null : unhex(o.error),
        calls: (Array.isArray(o.calls) ? o.calls : []).map((c) => ({ method: String(c.method), args: Array.isArray(c.args) ? {} : c.args })),
      });
    }
  }
  return out;
}

/**
 * Bash's verdict on each snippet: null, or its syntax error. `bash -n` reads them all at once; then,
 * so that no quote can run from one snippet into the next, one bash process parses each snippet
 * alone as the body of a function definition (`eval 'f() { … }'` parses without running it).
 */
export function bashSyntax(snippets: readonly string[]): { joined: string | null; each: (string | null)[] } {
  const joined = spawnSync('bash', ['-n', file('all.sh', snippets.join('\n'))], { encoding: 'utf8' });
  const input = file('snippets.bin', snippets.map((s) => `${s}\0`).join(''));
  const script = `i=0\nwhile IFS= read -r -d '' code; do\n  eval "tlsnip_check() {\n$code\n}" 2>/dev/null || printf '%d\\n' "$i"\n  i=$((i + 1))\ndone < ${JSON.stringify(input)}\n`;
  const r = spawnSync('bash', [file('each.sh', script)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bash failed: ${r.stderr}`);
  const each: (string | null)[] = snippets.map(() => null);
  for (const i of r.stdout.split('\n').filter(Boolean).map(Number)) {
    each[i] = spawnSync('bash', ['-n', file('one.sh', snippets[i]!)], { encoding: 'utf8' }).stderr.trim() || 'a syntax error inside a function body';
  }
  return { joined: joined.status === 0 ? null : joined.stderr.trim(), each };
}
