/**
 * `tlsnip docs`: builds every page of a layer. A progress bar on a terminal, a plain line now and
 * then otherwise, and nothing but the summary with --json. Exit 1 when a snippet is invalid.
 */
import { join } from 'node:path';
import { buildDocs, type DocsSummary } from '../api/index.js';

export interface DocsArgs {
  schema?: string;
  theme: string;
  templates?: string;
  out: string;
  force: boolean;
  json: boolean;
  /** A static HTML site instead of markdown pages. */
  html?: boolean;
  lockTimeout: number;
}

export async function runDocs(args: DocsArgs): Promise<number> {
  const progress = args.json ? undefined : await progressReporter();
  let summary: DocsSummary;
  try {
    summary = await buildDocs({
      schema: args.schema,
      theme: args.theme,
      templatesDir: args.templates,
      out: args.out,
      force: args.force,
      html: args.html,
      progress: progress?.update,
      lockTimeoutSeconds: args.lockTimeout,
      onWait: (m) => process.stderr.write(`tlsnip: ${m}\n`),
    });
  } finally {
    progress?.stop();
  }
  if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    for (const e of summary.errors) process.stderr.write(`tlsnip: invalid ${e.label} block on ${e.page} at ${e.line}:${e.column}: ${e.message}\n${e.frame}\n`);
    process.stdout.write(`${describe(summary)}\n`);
    if (args.html && !summary.kept) process.stdout.write(`tlsnip docs: open ${join(summary.out, 'index.html')} in a browser, or serve ${summary.out} with any static server\n`);
    if (summary.kept) process.stderr.write(`tlsnip: ${summary.invalid} invalid block${summary.invalid === 1 ? '' : 's'}: nothing written, the previous docs in ${summary.out} are kept (--force writes this build anyway)\n`);
  }
  return summary.invalid > 0 ? 1 : 0;
}

function describe(s: DocsSummary): string {
  const pages = s.upToDate
    ? `${s.pages} pages up to date (nothing changed)`
    : s.kept
      ? `${s.pages} pages rendered, none written`
      : `${s.pages} pages (files: ${s.written} written, ${s.unchanged} unchanged, ${s.removed} removed)`;
  const blocks = s.upToDate ? '' : `; ${s.snippets} code blocks checked, ${s.invalid} invalid${s.placeholders ? `, ${s.placeholders} placeholder examples (not runnable by design of theme ${s.theme})` : ''}`;
  const time = s.upToDate ? `${s.seconds.toFixed(2)} s` : `${s.seconds.toFixed(2)} s (render and check ${s.renderSeconds.toFixed(2)} s, write ${s.writeSeconds.toFixed(2)} s)`;
  return `tlsnip docs: ${s.out} (theme ${s.theme}${s.layer ? `, layer ${s.layer}` : ''}): ${pages}${blocks}, ${time}`;
}

interface Reporter {
  update(done: number, total: number): void;
  stop(): void;
}

async function progressReporter(): Promise<Reporter> {
  if (process.stderr.isTTY) {
    const { SingleBar, Presets } = (await import('cli-progress')).default;
    const bar = new SingleBar({ stream: process.stderr, format: 'tlsnip docs {bar} {value}/{total} pages', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  // Not a terminal: a line at every tenth of the pages.
  let next = 0;
  return {
    update(done, total) {
      if (done >= next || done === total) {
        process.stderr.write(`tlsnip docs: ${done}/${total} pages\n`);
        next = done + Math.ceil(total / 10);
      }
    },
    stop() {},
  };
}
