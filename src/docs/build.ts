/**
 * `tlsnip docs`: every page of a layer, every code block on it validated, written atomically and
 * incrementally (see output.ts). The summary counts pages written/unchanged/removed, blocks checked,
 * invalid ones (the run fails) and placeholder examples (themes whose examples are type names).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../loaders/index.js';
import type { SchemaModel } from '../model/types.js';
import { checkTemplatesDir, themeDir } from '../render/templates.js';
import { checkWritable } from '../io/fs-errors.js';
import { DEFAULT_LOCK_TIMEOUT, withOutputLock } from '../io/lock.js';
import { TARGETS, targetInfo } from '../targets/registry.js';
import { planSite } from './plan.js';
import { createRenderer, type CheckedBlock, type RenderedPage } from './render.js';
import { loadTheme } from './theme.js';
import { THEME_MODULES } from './themes/types.js';
import { isUpToDate, recoverInterrupted, writeTree } from './output.js';
import { liquidSafe } from './liquid.js';
import { htmlSite } from './html/site.js';
import { jekyllSiteFiles } from './html/jekyll.js';

export interface DocsOptions {
  readonly schema?: string;
  readonly theme: string;
  readonly templatesDir?: string;
  readonly out: string;
  /** Seconds to wait for another run writing `out` (default 600). */
  readonly lockTimeoutSeconds?: number;
  /** Told once when this build waits for another. */
  readonly onWait?: (message: string) => void;
  /** Render even when the inputs are those of the build already in `out`. */
  readonly force?: boolean;
  readonly progress?: (done: number, total: number) => void;
  /** A static HTML site (sidebar, search, language tabs) instead of markdown pages. */
  readonly html?: boolean;
}

export interface InvalidBlock {
  readonly page: string;
  readonly label: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly frame: string;
}

export interface DocsSummary {
  readonly out: string;
  readonly theme: string;
  readonly layer: number | null;
  readonly pages: number;
  readonly written: number;
  readonly unchanged: number;
  readonly removed: number;
  /** Nothing changed since the last build: nothing was rendered. */
  readonly upToDate: boolean;
  /** Blocks were invalid, so nothing was written and the previous docs are kept (without --force). */
  readonly kept: boolean;
  readonly snippets: number;
  readonly invalid: number;
  /** Blocks of a placeholder theme that do not parse because type names stand in for values. */
  readonly placeholders: number;
  readonly seconds: number;
  /** Of which rendering and validating the pages, and writing them (file creation speed varies by disk). */
  readonly renderSeconds: number;
  readonly writeSeconds: number;
  /** The first invalid blocks, with position and frame. */
  readonly errors: readonly InvalidBlock[];
}

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CODE_SAMPLES = 'code-samples.json';


export async function buildDocs(opts: DocsOptions): Promise<DocsSummary> {
  // Checked before any work: a folder we can write (and replace) and templates that exist.
  checkWritable(opts.out, 'dir', '--out');
  checkTemplatesDir(opts.templatesDir);
  // One build at a time per output folder: another run's sibling folders are not ours to clean up.
  return withOutputLock(opts.out, { timeoutSeconds: opts.lockTimeoutSeconds ?? DEFAULT_LOCK_TIMEOUT, onWait: opts.onWait }, () => buildLocked(opts));
}

async function buildLocked(opts: DocsOptions): Promise<DocsSummary> {
  const started = performance.now();
  await recoverInterrupted(opts.out);
  const source = { theme: opts.theme, templatesDir: opts.templatesDir };
  const theme = await loadTheme(source);
  const module = await THEME_MODULES[theme.config.helpers]();
  const schema = await loadSchema(opts.schema);
  const fingerprint = fingerprintOf(schema, opts);
  const seconds = () => Math.round(performance.now() - started) / 1000;

  if (!opts.force && (await isUpToDate(opts.out, fingerprint))) {
    const pages = countPages(opts.out);
    return { out: opts.out, theme: theme.config.name, layer: schema.layer, pages, written: 0, unchanged: pages, removed: 0, upToDate: true, kept: false, snippets: 0, invalid: 0, placeholders: 0, seconds: seconds(), renderSeconds: 0, writeSeconds: 0, errors: [] };
  }

  const site = planSite(schema, theme.config, module);
  const total = site.pages.length;
  let done = 0;
  const tick = (n: number) => opts.progress?.((done += n), total);

  // One thread: a second one (worker_threads) was measured slower on a 2-core machine, where two
  // isolates' background JIT and WASM tier-up compete with the render threads.
  const renderStart = performance.now();
  const renderer = await createRenderer(site, theme, module);
  const rendered = site.pages.map((page) => {
    const r = renderer.render(page);
    tick(1);
    return r;
  });
  const files = opts.html
    ? await htmlSite(site, rendered, source)
    : new Map<string, string>([...rendered.map((r): [string, string] => [r.page.path, liquidSafe(r.page.path, r.content)]), ...(await jekyllSiteFiles(site, source))]);
  if (theme.config.codeSamples) files.set(CODE_SAMPLES, codeSamples(rendered));

  const blocks = rendered.flatMap((r) => r.blocks);
  const failing = blocks.filter((b) => b.errors.length > 0);
  const placeholderTheme = theme.config.snippets.placeholderExamples;
  const invalid = placeholderTheme ? [] : failing;
  const writeStart = performance.now();
  // An invalid block keeps the previous docs: a broken build never replaces a good one (--force writes it).
  const kept = invalid.length > 0 && !opts.force;
  const result = kept ? { written: 0, unchanged: 0, removed: 0 } : await writeTree(opts.out, files, fingerprint);
  const writeEnd = performance.now();
  return {
    out: opts.out,
    theme: theme.config.name,
    layer: schema.layer,
    pages: site.pages.length,
    ...result,
    upToDate: false,
    kept,
    snippets: blocks.length,
    invalid: invalid.length,
    placeholders: placeholderTheme ? failing.length : 0,
    seconds: seconds(),
    renderSeconds: Math.round(writeStart - renderStart) / 1000,
    writeSeconds: Math.round(writeEnd - writeStart) / 1000,
    errors: invalid.slice(0, 20).map(firstError),
  };
}

function firstError(b: CheckedBlock): InvalidBlock {
  const e = b.errors[0]!;
  return { page: b.page, label: b.label, line: e.line, column: e.column, message: e.message, frame: e.frame };
}

/** `{ "photos.getUserPhotos": [{ lang, label, source }] }`: the shape docs platforms read as x-codeSamples. */
function codeSamples(rendered: readonly RenderedPage[]): string {
  const out: Record<string, { lang: string; label: string; source: string }[]> = {};
  for (const r of rendered) {
    if (r.page.kind !== 'method' || r.snippets.length === 0) continue;
    out[r.page.name] = r.snippets.map((s) => ({ lang: targetInfo(s.target)?.sampleLang ?? s.language, label: s.label, source: s.code }));
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Everything a build's output depends on: the model, the theme's and the user's templates, the
 * options, and the tool itself (its files' sizes and times).
 */
function fingerprintOf(schema: SchemaModel, opts: DocsOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(schema));
  h.update(JSON.stringify({ theme: opts.theme, targets: TARGETS.map((t) => t.id), html: opts.html === true }));
  for (const dir of [themeDir(opts.theme), opts.templatesDir, join(PACKAGE_ROOT, 'templates')]) {
    if (dir && existsSync(dir)) hashTree(h, dir);
  }
  // The tool's own code by content: a rebuild of identical code (tsc rewrites every file) keeps it.
  hashTree(h, existsSync(join(PACKAGE_ROOT, 'dist')) ? join(PACKAGE_ROOT, 'dist') : join(PACKAGE_ROOT, 'src'));
  return h.digest('hex');
}

function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) hashTree(h, p);
    else if (!e.name.endsWith('.map')) h.update(`${e.name}\0`).update(readFileSync(p));
  }
}

function countPages(out: string): number {
  let n = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.md')) n++;
    }
  };
  walk(out);
  return n;
}
