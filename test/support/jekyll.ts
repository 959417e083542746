/**
 * For the Jekyll test: Debian's `jekyll` building a docs folder, and the built site read back: the
 * code blocks of a page (kramdown + Rouge HTML, as text) and every internal link checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { HTML_OPTIONS } from './sites.js';

/** Why jekyll cannot run here, or null. */
export function jekyllMissing(): string | null {
  const r = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'jekyll is absent (apt-get install -y jekyll ruby-jekyll-relative-links; .ci/run installs it)';
  return null;
}

/** `jekyll build -s src -d out`: exit status, output, and the lines that are warnings or errors. */
export function jekyllBuild(src: string, out: string): { status: number | null; output: string; warnings: string[]; ms: number } {
  const start = performance.now();
  const r = spawnSync('jekyll', ['build', '--source', src, '--destination', out], { encoding: 'utf8', timeout: 600_000, env: { ...process.env, JEKYLL_ENV: 'production' } });
  const output = `${r.stdout}\n${r.stderr}`;
  const warnings = output.split('\n').filter((l) => /warn|error|deprecat/i.test(l));
  return { status: r.status, output, warnings, ms: performance.now() - start };
}

/** The text of every code block of a built page, in order (what a reader would copy). */
export function codeBlocks(html: string): string[] {
  return parse(html, HTML_OPTIONS)
    .querySelectorAll('pre code')
    .map((c) => c.text);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every internal link (`href` and `src`) of every page of a built site, resolved as a static
 * server would (`/x/` → x/index.html, `/x` → x.html), and the ones that lead nowhere.
 */
export function brokenLinks(site: string, baseurl = ''): { links: number; pages: number; broken: string[] } {
  const pages = htmlFiles(site);
  const broken: string[] = [];
  let links = 0;
  for (const file of pages) {
    const from = '/' + relative(site, file).split('\\').join('/');
    for (const [, url] of readFileSync(file, 'utf8').matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url!) || url === '') continue;
      links++;
      let path = decodeURIComponent(url!.replace(/[?#].*$/, ''));
      path = path.startsWith('/') ? path : posix.join(posix.dirname(from), path);
      if (baseurl && path.startsWith(baseurl)) path = path.slice(baseurl.length) || '/';
      const target = join(site, path);
      const found = [target, join(target, 'index.html'), `${target}.html`].some((c) => existsSync(c) && statSync(c).isFile());
      if (!found) broken.push(`${relative(site, file)}: ${url}`);
    }
  }
  return { links, pages: pages.length, broken };
}

