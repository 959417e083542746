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
import { loadSchema } from '../../loaders/index.js';
import { lookup, type SchemaLookup } from '../../model/lookup.js';
import type { MethodModel, SchemaModel } from '../../model/types.js';
import { prepareTarget, type PreparedTarget } from '../../render/snippet.js';
import { targetInfo } from '../../targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS } from '../../render/snippet.js';
import { markedStatement, toSnippetSyntax, EDITOR_TARGETS, type EditorTarget } from '../vscode.js';
import { completionSite, methodAt, LANGUAGE_TARGETS, type CompletionSite } from './language.js';
import { hoverMarkdown } from './hover.js';

interface Index {
  readonly schema: SchemaModel;
  readonly lookup: SchemaLookup;
  /** namespace → methods; '' holds the methods without a namespace. */
  readonly byNamespace: ReadonlyMap<string, readonly MethodModel[]>;
  readonly prepared: ReadonlyMap<EditorTarget, PreparedTarget>;
  /** Rendered insert texts, by target, method and form. */
  readonly texts: Map<string, string>;
}

async function buildIndex(schemaPath: string | undefined): Promise<Index> {
  const [schema, ...prepared] = await Promise.all([
    loadSchema(schemaPath),
    ...EDITOR_TARGETS.map((id) => prepareTarget(targetInfo(id)!, DEFAULT_SNIPPET_OPTIONS.templates)),
  ]);
  const byNamespace = new Map<string, MethodModel[]>();
  for (const m of (schema as SchemaModel).methods) {
    const dot = m.name.indexOf('.');
    const ns = dot < 0 ? '' : m.name.slice(0, dot);
    byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), m]);
  }
  return {
    schema: schema as SchemaModel,
    lookup: lookup(schema as SchemaModel),
    byNamespace,
    prepared: new Map(EDITOR_TARGETS.map((id, i) => [id, prepared[i] as PreparedTarget])),
    texts: new Map(),
  };
}

/** The insert text of a method: the whole statement, or (mid-line) the call expression alone. */
function insertText(index: Index, target: EditorTarget, method: MethodModel, statement: boolean): string {
  const key = `${target}\0${method.name}\0${statement}`;
  let text = index.texts.get(key);
  if (text === undefined) {
    const m = markedStatement(index.prepared.get(target)!, index.schema, method)!;
    text = toSnippetSyntax(statement ? m.marked : expressionOf(target, m.marked), m.call);
    index.texts.set(key, text);
  }
  return text;
}

/** The call expression of a statement: without `$x = ` / `local x = ` / the invoke wrapper. */
function expressionOf(target: EditorTarget, statement: string): string {
  const body = statement.replace(/^(\s*(\/\/|--).*\n)*/, '');
  if (target === 'ts') {
    const start = body.indexOf('new Api.');
    return body.slice(start).replace(/,?\s*\);\s*$/, '').replace(/\s+$/, '');
  }
  return body.replace(/^(local\s+)?\$?\w+ = /, '').replace(/;\s*$/, '');
}

const label = (target: EditorTarget, method: MethodModel) => {
  const short = method.name.slice(method.name.indexOf('.') + 1);
  return target === 'ts' ? short[0]!.toUpperCase() + short.slice(1) : short;
};

function completions(index: Index, target: EditorTarget, site: CompletionSite, before: string, line: number): CompletionItem[] {
  const character = before.length;
  const range = { start: { line, character: site.start }, end: { line, character } };
  // What the edit replaces, up to the name being typed (`$MadelineProto->photos->`, `new Api.photos.`).
  const head = before.slice(site.start, character - site.typed.length);
  const methodItem = (m: MethodModel): CompletionItem => ({
    label: label(target, m),
    kind: CompletionItemKind.Method,
    detail: `${m.name} → ${m.returns}`,
    documentation: { kind: MarkupKind.Markdown, value: m.description || m.name },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: insertText(index, target, m, site.statement) },
    // The edit replaces the whole expression, so the client filters against that text.
    filterText: head + label(target, m),
  });
  if (site.namespace !== null) {
    const methods = index.byNamespace.get(site.namespace);
    return methods ? methods.map(methodItem) : [];
  }
  const items: CompletionItem[] = [];
  for (const ns of [...index.byNamespace.keys()].filter(Boolean).sort()) {
    items.push({ label: ns, kind: CompletionItemKind.Module, detail: `${index.byNamespace.get(ns)!.length} methods` });
  }
  if (target !== 'lua') for (const m of index.byNamespace.get('') ?? []) items.push(methodItem(m));
  return items;
}

function positionError(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, what);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let schemaPath: string | undefined;
  let index: Promise<Index> | undefined;
  const ready = () => (index ??= buildIndex(schemaPath));

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
    const lines = doc.getText().split(/\r?\n/);
    if (pos.line < 0 || pos.line >= lines.length || pos.character < 0 || pos.character > lines[pos.line]!.length) {
      return positionError(`position ${pos.line}:${pos.character} is outside ${uri} (${lines.length} lines)`);
    }
    return { doc, target, line: lines[pos.line]!, pos };
  };

  connection.onInitialize((params) => {
    const opts = params.initializationOptions as { schema?: unknown; tlsnip?: { schema?: unknown } } | undefined;
    const s = opts?.tlsnip?.schema ?? opts?.schema;
    schemaPath = typeof s === 'string' && s ? s : undefined;
    void ready().catch((e: Error) => connection.console.error(`tlsnip: ${e.message}`));
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
    const s = (change.settings as { tlsnip?: { schema?: unknown } } | undefined)?.tlsnip?.schema;
    const next = typeof s === 'string' && s ? s : undefined;
    if (next !== schemaPath) {
      schemaPath = next;
      index = undefined;
      void ready().catch((e: Error) => connection.console.error(`tlsnip: ${e.message}`));
    }
  });

  connection.onCompletion(async (params) => {
    const at = locate(params);
    if (at instanceof ResponseError) return at;
    if (!at.target) return [];
    const before = at.line.slice(0, at.pos.character);
    const site = completionSite(at.target, before);
    if (!site) return [];
    try {
      return completions(await ready(), at.target, site, before, at.pos.line);
    } catch (e) {
      return new ResponseError(ErrorCodes.InternalError, `tlsnip: ${(e as Error).message}`);
    }
  });

  connection.onHover(async (params) => {
    const at = locate(params);
    if (at instanceof ResponseError) return at;
    if (!at.target) return null;
    const found = methodAt(at.target, at.line, at.pos.character);
    if (!found) return null;
    let method: MethodModel | undefined;
    try {
      method = (await ready()).lookup.method(found.name);
    } catch (e) {
      return new ResponseError(ErrorCodes.InternalError, `tlsnip: ${(e as Error).message}`);
    }
    if (!method) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(method) },
      range: { start: { line: at.pos.line, character: found.start }, end: { line: at.pos.line, character: found.end } },
    };
  });

  documents.listen(connection);
  connection.listen();
}

/** Runs the server on stdin/stdout until the client says exit. */
export function runLsp(): Promise<number> {
  const connection = createConnection(process.stdin, process.stdout);
  startServer(connection);
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}
