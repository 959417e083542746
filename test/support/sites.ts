/**
 * For the example sites' tests (test/sites): what each `tlsnip` fence of a site's pages should
 * become (asked of the CLI, `tlsnip snippet … --json`), a copy of a site to break on purpose, a
 * static server for the browser, and Chromium through playwright-core where it is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { split } from 'shlex';
import { REPO } from '../shared.js';

export const EXAMPLES = join(REPO, 'examples');

export interface ExpectedSnippet {
  readonly target: string;
  readonly label: string;
  readonly code: string;
}
export interface ExpectedFence {
  readonly page: string;
  readonly args: string;
  readonly snippets: readonly ExpectedSnippet[];
}

const LABELS = new Map<string, string>(
  (JSON.parse(execFileSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), 'list', 'targets', '--json'], { encoding: 'utf8' })) as { id: string; label: string }[]).map((t) => [t.id, t.label]),
);

/** Every `tlsnip` fence of the site's pages (in file and page order), with the CLI's output for it. */
export function expectedFences(docsDir: string): ExpectedFence[] {
  const out: ExpectedFence[] = [];
  for (const page of readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort()) {
    for (const m of readFileSync(join(docsDir, page), 'utf8').matchAll(/^```tlsnip (.*)$/gm)) {
      const json = JSON.parse(execFileSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), 'snippet', ...split(m[1]!), '--json'], { encoding: 'utf8' })) as {
        snippets: { target: string; code: string }[];
      };
      out.push({ page, args: m[1]!, snippets: json.snippets.map((s) => ({ target: s.target, label: LABELS.get(s.target)!, code: s.code })) });
    }
  }
  return out;
}

/**
 * A copy of an example site (without its build output) in a temporary folder, sharing its
 * installed packages: each entry of node_modules is linked, except the generators' build caches
 * (node_modules/.cache), which a copy sharing them would corrupt for the site itself.
 */
export function copySite(site: string, skip: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tlsnip-site-'));
  cpSync(site, dir, { recursive: true, filter: (src) => !['node_modules', ...skip].some((s) => src === join(site, s) || src.startsWith(join(site, s) + '/')) });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(site, 'node_modules'))) {
    if (entry !== '.cache') symlinkSync(join(site, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Runs a site generator's command; its output and exit status. */
export function run(cwd: string, command: string[], timeoutMs = 600_000): { status: number | null; output: string; ms: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, command, { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, ms: performance.now() - start };
}

/** Why a site's test cannot run here, or null. */
export function missingInstall(site: string, bin: string): string | null {
  if (!existsSync(join(site, 'node_modules', bin))) return `${site}: dependencies not installed (npm ci --prefix ${site}; npm run test:sites does it)`;
  if (!existsSync(join(REPO, 'dist', 'markdown', 'markdown-it.js'))) return 'tlsnip is not built (npm run build)';
  return null;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2' };

/** A static server of `root` on a free localhost port (`/x` serves x.html as clean URLs do). */
export async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
    const file = candidates.find((c) => statSync(c, { throwIfNoEntry: false })?.isFile());
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, server };
}

export const CHROMIUM = '/usr/bin/chromium';

/** Headless Debian Chromium through playwright-core, or the reason it cannot start here. */
export async function launchChromium(): Promise<{ browser: import('playwright-core').Browser } | { skip: string }> {
  if (!existsSync(CHROMIUM)) return { skip: `${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)` };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return { browser };
}

/** One code group of a built page: its tab labels and each tab's code, as the reader sees them. */
export interface BuiltGroup {
  readonly labels: readonly string[];
  readonly codes: readonly string[];
}

/** What the shared site suite needs to know of one generator. */
export interface SiteSpec {
  readonly name: string;
  /** The example site's folder and the generator's bin (relative to its node_modules). */
  readonly dir: string;
  readonly bin: string;
  /** Build output and caches, relative to the site (left out of copies). */
  readonly outDir: string;
  readonly caches: readonly string[];
  /** The built HTML file of a page (`php.md`). */
  readonly htmlOf: (page: string) => string;
  /** The URL path of a page, for the browser. */
  readonly urlOf: (page: string) => string;
  /** The code groups of a built page, in document order. */
  readonly groups: (html: string) => BuiltGroup[];
  /** In the browser: selects tab `tab` of the first group and returns the code shown. */
  readonly showTab: (page: import('playwright-core').Page, tab: number) => Promise<string>;
}

/** node-html-parser keeps <pre> as raw text by default; the tests read the code elements inside it. */
export const HTML_OPTIONS = { blockTextElements: { script: true, noscript: true, style: true } };
