/**
 * PWRTelegram's stand-in: a loopback HTTP server that records each request. The generated curl
 * commands run for real (bash + curl); a wrapper only points the host at 127.0.0.1 and tags each
 * request with its snippet's index.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Arrived {
  readonly path: string;
  /** The form fields, decoded as PHP's parse_str would. */
  readonly fields: Map<string, string>;
}

export async function runCurlsAgainstEcho(snippets: readonly string[], parallel = 2): Promise<(Arrived | undefined)[]> {
  const arrived: (Arrived | undefined)[] = snippets.map(() => undefined);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('latin1');
      const fields = new Map<string, string>();
      for (const part of body.split('&')) {
        if (!part) continue;
        const eq = part.indexOf('=');
        const decode = (s: string) => Buffer.from(s.replace(/\+/g, ' ').replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
        fields.set(decode(eq < 0 ? part : part.slice(0, eq)), decode(eq < 0 ? '' : part.slice(eq + 1)));
      }
      arrived[Number(req.headers['x-snippet'])] = { path: req.url ?? '', fields };
      res.end('{"ok":true,"result":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const wrapper = `curl() { command curl -sS -o /dev/null -H "X-Snippet: $TLSNIP_I" "\${@/https:\\/\\/api.pwrtelegram.xyz/http://127.0.0.1:${port}}"; }\nBOT_TOKEN=TOKEN USER_TOKEN=TOKEN\n`;
  const groups = Array.from({ length: parallel }, (_x, g) => snippets.map((s, i) => [s, i] as const).filter(([, i]) => i % parallel === g));
  await Promise.all(
    groups.map(
      (group) =>
        new Promise<void>((resolve, reject) => {
          const folder = mkdtempSync(join(tmpdir(), 'tlsnip-echo-'));
          const script = join(folder, 'run.sh');
          writeFileSync(script, wrapper + group.map(([s, i]) => `TLSNIP_I=${i}\n${s}\n`).join(''));
          const child = spawn('bash', [script], { stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          child.stderr.on('data', (d: Buffer) => (err += d.toString()));
          child.on('close', (code) => {
            rmSync(folder, { recursive: true, force: true });
            if (code === 0) resolve();
            else reject(new Error(`bash exited ${code}: ${err.slice(0, 500)}`));
          });
        }),
    ),
  );
  await new Promise((r) => server.close(r));
  return arrived;
}
