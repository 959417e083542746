/**
 * `tlsnip docs --html` of the bundled layer in headless Chromium (playwright-core, Debian's
 * /usr/bin/chromium), served on 127.0.0.1: search finds messages.sendMessage first for
 * `sendMessage`; the tabs switch (mouse and keyboard) and show the validated snippet; the chosen
 * language is remembered on another page; 200 random internal links lead to pages; no console
 * error; no code line wider than its block at 1280 px. Screenshots go to out/test-artifacts/.
 * Without Chromium the browser checks skip, saying so; the link check of the files still runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO } from '../shared.js';
import { brokenLinks } from '../support/jekyll.js';
import { launchChromium, serve } from '../support/sites.js';

const ARTIFACTS = process.env.TLSNIP_ARTIFACTS ?? join(REPO, 'out', 'test-artifacts');

let site: string;
let samples: Record<string, { label: string; source: string }[]>;
let buildMs = 0;

beforeAll(() => {
  site = join(mkdtempSync(join(tmpdir(), 'tlsnip-html-')), 'site');
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(REPO, 'bin/tlsnip.js'), 'docs', '--html', '--out', site, '--json'], { encoding: 'utf8' });
  buildMs = performance.now() - start;
  expect(r.status, r.stderr).toBe(0);
  samples = JSON.parse(readFileSync(join(site, 'code-samples.json'), 'utf8')) as typeof samples;
  process.stderr.write(`[html] docs --html of the bundled layer: ${(buildMs / 1000).toFixed(1)} s\n`);
});

describe('docs --html: the files', () => {
  it('has a page per method, type and constructor and no broken internal link', () => {
    const { links, pages, broken } = brokenLinks(site);
    expect(pages).toBeGreaterThan(2800);
    expect(links).toBeGreaterThan(100_000);
    expect(broken.slice(0, 10)).toEqual([]);
  });
});

describe('docs --html in Chromium', () => {
  let browser: Browser | undefined;
  // One context for every page: the remembered language (localStorage) carries over, as in a browser.
  let context: BrowserContext | undefined;
  let server: Awaited<ReturnType<typeof serve>>;
  let skipWhy = '';
  const errors: string[] = [];

  beforeAll(async () => {
    const launched = await launchChromium();
    if ('skip' in launched) skipWhy = launched.skip;
    else {
      browser = launched.browser;
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    }
    server = await serve(site);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context!.newPage();
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
    });
    const res = await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
    expect(res?.status(), path).toBe(200);
    return page;
  }

  const needsBrowser = (ctx: { skip: () => void }) => {
    if (browser) return false;
    process.stderr.write(`[html] browser checks skipped: ${skipWhy}\n`);
    ctx.skip();
    return true;
  };

  it('finds messages.sendMessage first when one types sendMessage, fast, and opens it', async (ctx) => {
    if (needsBrowser(ctx)) return;
    const page = await open('index.html');
    await page.screenshot({ path: join(ARTIFACTS, 'home.png') });
    // The index loads when the box is focused; then the time from the input event to the results.
    await page.focus('#search');
    const loadMs = await page.evaluate(async () => {
      const t = performance.now();
      await (window as unknown as { tlsnipSearchReady(): Promise<unknown> }).tlsnipSearchReady();
      return performance.now() - t;
    });
    const ms = await page.evaluate(() => {
      const input = document.getElementById('search') as HTMLInputElement;
      input.value = 'sendMessage';
      const t = performance.now();
      input.dispatchEvent(new Event('input'));
      const shown = document.querySelectorAll('#search-results li').length;
      return shown > 0 ? performance.now() - t : -1;
    });
    process.stderr.write(`[html] search: index loaded ${loadMs.toFixed(0)} ms after focus; 'sendMessage' ${ms.toFixed(1)} ms from input to results\n`);
    expect(ms).toBeGreaterThanOrEqual(0);
    const first = page.locator('#search-results li a').first();
    expect(await first.getAttribute('href')).toMatch(/methods\/messages\.sendMessage\.html$/);
    await page.screenshot({ path: join(ARTIFACTS, 'search.png') });
    await first.click();
    await page.waitForURL(/messages\.sendMessage\.html$/);
    expect(await page.locator('h1').textContent()).toBe('messages.sendMessage');
    await page.close();
  });

  it('shows one example at a time; tabs switch by mouse and keyboard and show the snippet', async (ctx) => {
    if (needsBrowser(ctx)) return;
    const page = await open('methods/messages.sendMessage.html');
    const want = (label: string) => samples['messages.sendMessage']!.find((s) => s.label === label)!.source;
    const visible = page.locator('.tlsnip-tabs [role="tabpanel"]:not([hidden])');
    expect(await visible.count()).toBe(1);
    expect(await visible.locator('code').textContent()).toBe(want('PHP (MadelineProto)'));
    await page.getByRole('tab', { name: 'Python (Telethon)', exact: true }).click();
    expect(await page.getByRole('tab', { name: 'Python (Telethon)' }).getAttribute('aria-selected')).toBe('true');
    expect(await visible.locator('code').textContent()).toBe(want('Python (Telethon)'));
    await page.getByRole('tab', { name: 'Python (Telethon)' }).focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).not.toBe('Python (Telethon)');
    expect(await page.getByRole('tab', { name: focused, exact: true }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Python (Telethon)', exact: true }).getAttribute('aria-selected')).toBe('false');
    await page.getByRole('tab', { name: 'TypeScript (mtcute)' }).click();
    await page.screenshot({ path: join(ARTIFACTS, 'method.png'), fullPage: false });
    // The historical targets come last, labelled as such.
    const labels = await page.getByRole('tab').allTextContents();
    expect(labels.slice(-3).every((l) => l.endsWith('(historical)'))).toBe(true);
    await page.close();
    // Another page remembers the language.
    const other = await open('methods/photos.getUserPhotos.html');
    expect(await other.getByRole('tab', { name: 'TypeScript (mtcute)' }).getAttribute('aria-selected')).toBe('true');
    expect(await other.locator('.tlsnip-tabs [role="tabpanel"]:not([hidden]) code').textContent()).toBe(
      samples['photos.getUserPhotos']!.find((s) => s.label === 'TypeScript (mtcute)')!.source,
    );
    await other.close();
  });

  it('cuts no code line at 1280 px', async (ctx) => {
    if (needsBrowser(ctx)) return;
    for (const path of ['methods/messages.sendMessage.html', 'methods/messages.getMessages.html', 'methods/help.getConfig.html']) {
      const page = await open(path);
      const wide = await page.evaluate(() => {
        const out: string[] = [];
        for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) {
          tab.click();
          for (const pre of document.querySelectorAll<HTMLElement>('[role="tabpanel"]:not([hidden]) pre')) {
            if (pre.scrollWidth > pre.clientWidth) out.push(`${tab.textContent}: ${pre.scrollWidth} > ${pre.clientWidth}`);
          }
        }
        return out;
      });
      expect(wide, path).toEqual([]);
      await page.close();
    }
  });

  it('follows 200 random internal links to pages, with no console error anywhere', async (ctx) => {
    if (needsBrowser(ctx)) return;
    const page = await open('methods/messages.sendMessage.html');
    // A fixed seed: the same 200 links every run.
    let seed = 20261201;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let followed = 0;
    while (followed < 200) {
      // Links to another page (a link within the page is not a page load).
      const hrefs = await page
        .locator('main a[href], .sidebar a[href]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.replace(/#.*$/, '')).filter((h) => h.startsWith(location.origin) && h !== location.href.replace(/#.*$/, '')));
      const href = hrefs[Math.floor(random() * hrefs.length)]!;
      const res = await page.goto(href, { waitUntil: 'load' });
      expect(res?.status(), href).toBe(200);
      followed++;
    }
    await page.close();
    expect(errors).toEqual([]);
  });
});
