/**
 * The `tlsnip` command line. Exit codes: 0 ok, 1 a generated or validated snippet is invalid,
 * 2 bad input (unknown method or target, malformed schema, bad --set, bad options).
 * Command modules are imported only when their command runs, to keep start-up short.
 */

import { readFileSync } from 'node:fs';
import { exampleArgsOf, exampleOptions, SCHEMA_HELP } from './snippet-args.js';
import { describeFsError } from '../io/fs-errors.js';
import { nearest } from '../api/nearest.js';

const EXIT_BAD_INPUT = 2;

function fail(message: string): never {
  process.stderr.write(`tlsnip: ${message}\n`);
  process.exit(EXIT_BAD_INPUT);
}

/**
 * Input errors print one line and exit 2, and so do file-system errors the user can fix (the path
 * and what to do); anything else is a bug and keeps its stack.
 */
function report(e: unknown): number {
  const err = e as { name?: string; message?: string; exitCode?: number; stack?: string };
  if (typeof err?.exitCode === 'number') {
    process.stderr.write(`tlsnip: ${err.message}\n`);
    return err.exitCode;
  }
  const fs = describeFsError(e);
  if (fs) {
    process.stderr.write(`tlsnip: ${fs}\n`);
    return EXIT_BAD_INPUT;
  }
  process.stderr.write(`tlsnip: internal error: ${err?.stack ?? String(e)}\n`);
  return 70;
}

/** What editors pass to `tlsnip lsp` (some add `--clientProcessId=N`): started without the argument parser. */
const LSP_ARG = /^--(stdio|clientProcessId=\d+)$/;

/** A reader that stopped reading (`tlsnip list methods | head`) is not an error: exit quietly. */
function quietOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}

/** tlsnip's own version (not that of a package.json in the current folder). */
function ownVersion(): string {
  // dist/cli/main.js and dist/bundle/tlsnip.js both sit two folders below the package root.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  (await import('./trace.js')).mark('main');
  quietOnBrokenPipe();
  if (argv[0] === 'lsp' && argv.slice(1).every((a) => LSP_ARG.test(a))) {
    return (await import('./lsp.js')).runLspCommand().catch(report);
  }
  const [{ default: yargs }, { TARGETS }] = await Promise.all([import('yargs'), import('../targets/registry.js')]);
  const ids = TARGETS.map((t) => t.id).join(', ');
  let code = 0;
  const run = (p: Promise<number>) =>
    p.then(
      (c) => {
        code = c;
      },
      (e) => {
        code = report(e);
      },
    ).finally(async () => (await import('./trace.js')).mark('handler'));
  const cli = yargs(argv)
    .scriptName('tlsnip')
    .usage('$0 <command> [options]\n\nCorrect, tree-sitter-checked examples of Telegram API methods.')
    .command(
      'snippet <method>',
      'print the example call of a method (or of every method a glob matches) in one or more languages',
      (y) =>
        exampleOptions(y, ids)
          .option('schema', { type: 'string', describe: SCHEMA_HELP })
          .option('boilerplate', { type: 'boolean', default: true, describe: 'whole runnable program; --no-boilerplate for the call only' })
          .option('theme', { type: 'string', default: 'modern', describe: 'template theme' })
          .option('templates', { type: 'string', describe: 'folder of templates overriding the theme’s by path (snippets/php.hbs, …)' })
          .option('format', { type: 'boolean', default: false, describe: 'run prettier over PHP and TypeScript output (for your own templates)' })
          .option('json', { type: 'boolean', default: false, describe: 'print {method, layer, snippets: [{target, language, code, valid, errors}]}' })
          .option('out', { type: 'string', describe: 'write DIR/<target>/<method>.<ext> instead of printing (DIR is replaced)' })
          .example('$0 snippet photos.getUserPhotos --target php  # one snippet, printed to stdout', '')
          .example('$0 snippet messages.sendMessage -t lua --set "message=50% off"  # override values', '')
          .example("$0 snippet 'messages.*' --target php --json  # several methods, machine-readable", '')
          .example('$0 snippet photos.getUserPhotos --schema api.tl  # a .tl, bundle.json or api-schema.json', ''),
      (a) =>
        run(
          import('./snippet.js').then((m) =>
            m.runSnippet({
              ...exampleArgsOf(a),
              schema: a.schema,
              theme: a.theme,
              templates: a.templates,
              format: a.format,
              json: a.json,
              out: a.out,
            }),
          ),
        ),
    )
    .command(
      'docs',
      'build a page for every method, type and constructor of a layer, every snippet checked',
      (y) =>
        y
          .option('schema', { type: 'string', describe: SCHEMA_HELP })
          .option('theme', { type: 'string', default: 'modern', describe: 'modern, or madeline-2018 (MadelineProto\'s 2018 pages, byte for byte)' })
          .option('templates', { type: 'string', describe: 'folder of templates overriding the theme’s by path (pages/method.hbs, snippets/php.hbs, …)' })
          .option('out', { type: 'string', default: 'docs', describe: 'output folder, replaced as a whole (only if tlsnip wrote it)' })
          .option('force', { type: 'boolean', default: false, describe: 'render even when nothing changed; write even when a block is invalid' })
          .option('lock-timeout', { type: 'number', default: 600, describe: 'seconds to wait for another run writing the same folder (0: fail at once)' })
          .option('json', { type: 'boolean', default: false, describe: 'print only the summary, as JSON' })
          .option('html', { type: 'boolean', default: false, describe: 'a static HTML site (sidebar, search, language tabs) instead of markdown pages' })
          .example('$0 docs  # the bundled layer, theme modern, into ./docs', '')
          .example('$0 docs --html --out site  # the same pages as a static site: open site/index.html', '')
          .example('$0 docs --schema layer75/bundle.json --theme madeline-2018 --out out/2018  # the 2018 pages', ''),
      (a) =>
        run(
          import('./docs.js').then((m) =>
            m.runDocs({ schema: a.schema, theme: a.theme, templates: a.templates, out: a.out, force: a.force, json: a.json, html: a.html, lockTimeout: checkedTimeout(a['lock-timeout']) }),
          ),
        ),
    )
    .command(
      'vscode',
      'write VS Code snippet files (.code-snippets): every method, its parameters as tabstops',
      (y) =>
        y
          .option('target', { alias: 't', type: 'string', default: 'all', describe: 'php, lua, ts, or all (one file per language)' })
          .option('out', { type: 'string', describe: 'the .code-snippets file (with --target all: a folder); default: print to stdout' })
          .option('schema', { type: 'string', describe: SCHEMA_HELP })
          .example('$0 vscode --target php --out .vscode/telegram-php.code-snippets', '')
          .example('$0 vscode --target all --out .vscode  # telegram-php/-lua/-ts.code-snippets', ''),
      (a) => run(import('./vscode.js').then((m) => m.runVscode(a.target, a.out, a.schema))),
    )
    .command(
      'lsp',
      'run the language server (completion and hover for PHP, Lua and TypeScript) over stdio',
      (y) =>
        y
          .option('stdio', { type: 'boolean', default: true, describe: 'talk JSON-RPC over stdin and stdout (the only transport)' })
          .option('clientProcessId', { type: 'number', describe: "the editor's process id (the server also exits when its stdin closes)" })
          .example('$0 lsp --stdio  # for any editor (schema: initialization option tlsnip.schema)', ''),
      (a) => run(import('./lsp.js').then((m) => m.runLspCommand(a.stdio))),
    )
    .command(
      'list <what>',
      'list the targets, or the methods of a schema',
      (y) =>
        y
          .positional('what', { choices: ['targets', 'methods'] as const, demandOption: true })
          .option('schema', { type: 'string', describe: SCHEMA_HELP })
          .option('json', { type: 'boolean', default: false })
          .example('$0 list targets', '')
          .example('$0 list methods --schema api.tl', ''),
      (a) => run(import('./list.js').then((m) => m.runList(a.what!, a.schema, a.json))),
    )
    .command(
      'values',
      'report on the example values of a schema: fallback strings, empty calls, constraints checked',
      (y) =>
        y
          .option('report', { type: 'boolean', default: false, describe: 'print the report (the only thing values does so far)' })
          .option('schema', { type: 'string', describe: SCHEMA_HELP })
          .option('flags', { choices: ['none', 'all'] as const, default: 'none' as const, describe: 'the examples of --flags none (default) or all' })
          .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' })
          .example('$0 values --report --flags all', ''),
      (a) => run(import('./values.js').then((m) => m.runValuesReport(a.schema, a.flags, a.json, a.report))),
    )
    .command(
      'validate <paths..>',
      'tree-sitter check of .php .lua .ts .json .sh files and of fenced code blocks in .md',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, demandOption: true })
          .option('json', { type: 'boolean', default: false })
          .example('$0 validate snippets/ docs/', ''),
      (a) => run(import('./validate.js').then((m) => m.runValidate(a.paths!.map(String), a.json))),
    )
    .demandCommand(1, 'give a command: snippet, docs, vscode, lsp, list, values or validate')
    .recommendCommands()
    .strict()
    .help()
    .alias('h', 'help')
    .version(ownVersion())
    .completion('completion', 'print a bash or zsh completion script: tlsnip completion >> ~/.bashrc')
    // yargs renders (and caches) the help text on every command run; wrapping it to the terminal
    // costs ~30 ms of string-width work, so only do that when help is asked for.
    .wrap(wantsHelp(argv) ? Math.min(110, process.stdout.columns || 100) : null)
    .fail((msg, err) => {
      if (err) throw err;
      fail(`${msg}${didYouMean(msg, cli)} (see tlsnip --help)`);
    });
  await cli.parseAsync();
  (await import('./trace.js')).mark('parsed');
  if (process.env.TLSNIP_TRACE) {
    // For tests and the bench: which tree-sitter grammars this run loaded (they load lazily).
    const { loadedGrammars } = await import('../validate/grammars.js');
    const { mark, traceLines } = await import('./trace.js');
    mark('done');
    process.stderr.write([`tlsnip trace: grammars: ${loadedGrammars().join(',') || '(none)'}`, ...traceLines()].join('\n') + '\n');
  }
  return code;
}

function checkedTimeout(v: number): number {
  if (!Number.isFinite(v) || v < 0) fail(`--lock-timeout: expected a number of seconds ≥ 0, got ${v}`);
  return v;
}

/** For `Unknown argument: targte`, the nearest option names (`; did you mean --target?`). */
function didYouMean(msg: string, y: unknown): string {
  const m = /^Unknown arguments?: (.+)$/.exec(msg ?? '');
  if (!m) return '';
  const known = Object.keys((y as { getOptions(): { key: Record<string, unknown> } }).getOptions().key).filter((k) => k.length > 1);
  const hints = m[1]!
    .split(', ')
    .map((u) => nearest(u.replace(/^-+/, ''), known, 1)[0])
    .filter((n): n is string => Boolean(n));
  return hints.length ? `; did you mean ${hints.map((h) => `--${h}`).join(', ')}?` : '';
}

const wantsHelp = (argv: readonly string[]) => argv.includes('--help') || argv.includes('-h') || argv.length === 0;
