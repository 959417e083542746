/**
 * Builds the VS Code extension into a staging folder (default dist/extension/) and, with
 * `--package`, packs it into a .vsix with @vscode/vsce, offline:
 *
 *   extension/package.json, README.md, ../LICENSE   the manifest and its texts (copied)
 *   out/extension.js                                 the client (extension/src), CommonJS, `vscode` external
 *   out/server/server.mjs                            the language server with every dependency inlined
 *   out/bundled-model.json                           the bundled layer, as the server reads it
 *   templates/modern/snippets/{php,lua,ts}.hbs       the templates the server renders with
 *   snippets/telegram-{php,lua,ts}.code-snippets     what `tlsnip vscode --target all` writes
 *
 * The server bundle keeps its `import.meta.url`-relative paths: from out/server/ the templates are
 * at ../../templates/ and the model at ../bundled-model.json, as from dist/bundle/ in the package.
 * No node_modules go into the .vsix: the client and server bundles need none.
 *
 *   node dist/build/bundle-extension.js [--stage DIR] [--package [--out FILE.vsix]]
 */
import { build } from 'esbuild';
import { ESM_REQUIRE_BANNER } from './esm-require.js';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { editorTargets } from '../targets/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = join(root, 'extension');

/** The templates the server renders with: the default theme's, for the editor targets. */
const EDITOR_TEMPLATES = editorTargets().map((t) => `templates/modern/snippets/${t.id}.hbs`);

export interface ExtensionBuild {
  readonly stage: string;
  readonly vsix: string | undefined;
}

/** The extension's version must be the package's: one release, one number. */
async function checkVersions(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const ext = JSON.parse(await readFile(join(source, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== ext.version) {
    throw new Error(`extension/package.json has version ${ext.version}, package.json ${pkg.version}: they must be equal`);
  }
  return ext.version;
}

async function bundleClient(stage: string): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: [join(source, 'src/extension.ts')],
    outfile: join(stage, 'out/extension.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

async function bundleServer(stage: string): Promise<void> {
  await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "import { runLsp } from './dist/editor/lsp/server.js';",
        'runLsp().then((code) => process.exit(code), (e) => {',
        "  process.stderr.write(`tlsnip lsp: ${e instanceof Error ? e.message : String(e)}\\n`);",
        '  process.exit(1);',
        '});',
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'server-entry.js',
    },
    outfile: join(stage, 'out/server/server.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Nothing on the server's paths loads tree-sitter or prettier's formatter (only the small
    // prettier/doc, bundled): keep exactly those packages out. (esbuild's `external` would also
    // exclude every subpath, prettier/doc included.)
    plugins: [
      {
        name: 'exact-externals',
        setup(b) {
          b.onResolve({ filter: /^(web-tree-sitter|prettier|@prettier\/plugin-php)$/ }, (a) => ({ path: a.path, external: true }));
        },
      },
    ],
    banner: { js: ESM_REQUIRE_BANNER },
  });
}

export async function buildExtension(opts: { stage?: string; vsix?: string; pack: boolean }): Promise<ExtensionBuild> {
  const version = await checkVersions();
  const stage = resolve(opts.stage ?? join(root, 'dist/extension'));
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  await Promise.all([
    cp(join(source, 'package.json'), join(stage, 'package.json')),
    cp(join(source, 'README.md'), join(stage, 'README.md')),
    cp(join(root, 'LICENSE'), join(stage, 'LICENSE')),
    cp(join(root, 'dist/bundled-model.json'), join(stage, 'out/bundled-model.json')),
    ...EDITOR_TEMPLATES.map((t) => cp(join(root, t), join(stage, t))),
    bundleClient(stage),
    bundleServer(stage),
  ]);
  // The snippet files, written by `tlsnip vscode --target all` itself (every body validated).
  const { runVscode } = await import('../cli/vscode.js');
  await runVscode('all', join(stage, 'snippets'), undefined);
  let vsix: string | undefined;
  if (opts.pack) {
    vsix = resolve(opts.vsix ?? join(root, `dist/tlsnip-${version}.vsix`));
    const { createVSIX } = await import('@vscode/vsce');
    // No dependencies: both bundles are self-contained. No repository yet: say so rather than prompt.
    await createVSIX({ cwd: stage, packagePath: vsix, dependencies: false, allowMissingRepository: true });
  }
  return { stage, vsix };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: { stage: { type: 'string' }, package: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  try {
    const r = await buildExtension({ stage: values.stage, vsix: values.out, pack: values.package! });
    console.log(`built the VS Code extension in ${r.stage}${r.vsix ? `; packaged ${r.vsix}` : ''}`);
  } catch (e) {
    console.error(`tlsnip extension: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
