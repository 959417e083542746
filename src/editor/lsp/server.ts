/**
 * `tlsnip lsp --stdio`: a language server for PHP, Lua and TypeScript documents. Completion after
 * `$MadelineProto->`, `ns.` and `Api.` offers namespaces and methods and inserts the call with
 * tabstops (the same text the CLI prints); hover on a method shows its documentation. The schema is
 * loaded once (the bundled default, or `tlsnip.schema` from the initialization options or the
 * workspace configuration) into an index of names; a method's snippet is rendered on first use and
 * cached. Nothing here waits for tree-sitter.
 */
import {
  CompletionItemKind,
  ErrorCodes,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CompletionItem,
  type Connection,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodModel } from '../../model/types.js';
import { EDITOR_TARGETS, type EditorTarget } from '../snippet-syntax.js';
import { buildIndex, type Index } from './index.js';
import { completionSite, methodAt, methodLabel, offersBareMethods, LANGUAGE_TARGETS, type CompletionSite } from './language.js';
import { hoverMarkdown } from './hover.js';

/** `php, lua and ts`. */
const andList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

const label = (target: EditorTarget, method: MethodModel) => methodLabel(target, method.name);

function completions(index: Index, target: EditorTarget, site: CompletionSite, before: string, line: number, snippets: boolean): CompletionItem[] {
  const character = before.length;
  const range = { start: { line, character: site.start }, end: { line, character } };
  // What the edit replaces, up to the name being typed (`$MadelineProto->photos->`, `new Api.photos.`).
  const head = before.slice(site.start, character - site.typed.length);
  const methodItem = (m: MethodModel): CompletionItem | undefined => {
    const texts = index.texts(target, m);
    if (!texts) return undefined;
    return {
      label: label(target, m),
      kind: CompletionItemKind.Method,
      detail: `${m.name} → ${m.returns}`,
      documentation: { kind: MarkupKind.Markdown, value: m.description || m.name },
      // A client that cannot expand snippets (it said so, or said nothing) gets the plain text.
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippets ? (site.statement ? texts.statement : texts.expression) : site.statement ? texts.plainStatement : texts.plainExpression },
      // The edit replaces the whole expression, so the client filters against that text.
      filterText: head + label(target, m),
    };
  };
  const methodItems = (methods: readonly MethodModel[]) => methods.map(methodItem).filter((i): i is CompletionItem => i !== undefined);
  if (site.namespace !== null) return methodItems(index.byNamespace.get(site.namespace) ?? []);
  const items: CompletionItem[] = [];
  for (const ns of [...index.byNamespace.keys()].filter(Boolean).sort()) {
    items.push({ label: ns, kind: CompletionItemKind.Module, detail: `${index.byNamespace.get(ns)!.length} methods` });
  }
  if (offersBareMethods(target)) items.push(...methodItems(index.byNamespace.get('') ?? []));
  return items;
}

function positionError(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, what);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let schemaPath: string | undefined;
  /** Where a relative schema path is read from: the workspace's root folder (else the server's working directory). */
  let root: string | undefined;
  /** Whether the client expands snippets (textDocument.completion.completionItem.snippetSupport). */
  let snippets = false;
  const schemaSetting = (s: unknown) => (typeof s === 'string' && s ? (root && !isAbsolute(s) ? resolve(root, s) : s) : undefined);
  let index: Promise<Index> | undefined;
  const ready = () => (index ??= buildIndex(schemaPath));
  /** `answer` applied to the index; a schema that fails to load (or a failing render) is an InternalError. */
  const withIndex = async <T>(answer: (i: Index) => T): Promise<T | ResponseError<void>> => {
    try {
      return answer(await ready());
    } catch (e) {
      return new ResponseError(ErrorCodes.InternalError, `tlsnip: ${(e as Error).message}`);
    }
  };
  /** (Re)loads the schema, then renders every insert text in the background and says so in the log. */
  const load = () => {
    const current = ready();
    current
      .then((i) => i.warm(() => index === current))
      .then(
        (w) => {
          if (index === current) connection.console.info(`tlsnip: ${w.methods} method${w.methods === 1 ? '' : 's'} indexed for ${andList(EDITOR_TARGETS)} in ${w.ms.toFixed(0)} ms`);
        },
        (e: Error) => connection.console.error(`tlsnip: ${e.message}`),
      );
  };

  /** The document, target and line of a request, or a ResponseError saying what is wrong. */
  const locate = (params: { textDocument?: { uri?: unknown }; position?: Position }) => {
    const uri = params?.textDocument?.uri;
    const pos = params?.position;
    if (typeof uri !== 'string' || !pos || !Number.isInteger(pos.line) || !Number.isInteger(pos.character)) {
      return positionError('expected { textDocument: { uri }, position: { line, character } }');
    }
    const doc = documents.get(uri);
    if (!doc) return positionError(`unknown document ${uri}: open it first (textDocument/didOpen)`);
    const target = LANGUAGE_TARGETS[doc.languageId];
    // Only the line asked about is read: the cost of a request does not grow with the document.
    const line =
      pos.line >= 0 && pos.line < doc.lineCount
        ? doc.getText({ start: { line: pos.line, character: 0 }, end: { line: pos.line + 1, character: 0 } }).replace(/\r?\n$/, '')
        : undefined;
    if (line === undefined || pos.character < 0 || pos.character > line.length) {
      return positionError(`position ${pos.line}:${pos.character} is outside ${uri} (${doc.lineCount} lines)`);
    }
    return { doc, target, line, pos };
  };

  connection.onInitialize((params) => {
    const opts = params.initializationOptions as { schema?: unknown; tlsnip?: { schema?: unknown } } | undefined;
    snippets = params.capabilities?.textDocument?.completion?.completionItem?.snippetSupport === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    root = folder?.startsWith('file:') ? fileURLToPath(folder) : (params.rootPath ?? undefined);
    schemaPath = schemaSetting(opts?.tlsnip?.schema ?? opts?.schema);
    load();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['>', '.'] },
        hoverProvider: true,
      },
      serverInfo: { name: 'tlsnip' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    // Settings that do not mention the schema (eglot sends {"settings":{}} on every connect) leave
    // it as it is: only an explicit tlsnip.schema changes it ("" for the bundled layer).
    const tl = (change.settings as { tlsnip?: Record<string, unknown> } | undefined)?.tlsnip;
    if (!tl || typeof tl !== 'object' || !Object.hasOwn(tl, 'schema')) return;
    const next = schemaSetting(tl.schema);
    if (next !== schemaPath) {
      schemaPath = next;
      index = undefined;
      load();
    }
  });

  connection.onCompletion(async (params) => {
    const at = locate(params);
    if (at instanceof ResponseError) return at;
    const { target, line, pos } = at;
    if (!target) return [];
    const before = line.slice(0, pos.character);
    const site = completionSite(target, before);
    if (!site) return [];
    return withIndex((i) => completions(i, target, site, before, pos.line, snippets));
  });

  connection.onHover(async (params) => {
    const at = locate(params);
    if (at instanceof ResponseError) return at;
    if (!at.target) return null;
    const found = methodAt(at.target, at.line, at.pos.character);
    if (!found) return null;
    return withIndex((i) => {
      const method = i.lookup.method(found.name);
      if (!method) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(method) },
        range: { start: { line: at.pos.line, character: found.start }, end: { line: at.pos.line, character: found.end } },
      };
    });
  });

  documents.listen(connection);
  connection.listen();
}

/** Runs the server on stdin/stdout until the client says exit: 0 after a shutdown request, else 1 (as LSP says). */
export function runLsp(): Promise<number> {
  const connection = createConnection(process.stdin, process.stdout);
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  startServer(connection);
  return new Promise((resolve) => connection.onExit(() => resolve(shutdown ? 0 : 1)));
}
