/**
 * The contract of a snippet target. A target is one folder, `src/targets/<id>/`:
 *  - `info.ts`: what the rest of the tool knows of it, as data (label, language, grammar, file
 *    extension, its own options from which the CLI flags and theme settings are made, its editor
 *    support); light to import, so listing targets or parsing the command line loads no printer;
 *  - `target.ts`: the printer helpers through which all data reaches its template
 *    (`templates/<theme>/snippets/<id>.hbs`), loaded lazily by `info.load()`.
 * The registry (registry.ts) lists the infos; everything else is derived from it.
 */
import type { HelperDelegate } from 'handlebars';
import type { MethodModel, SchemaModel } from '../model/types.js';
import type { CallValues } from '../values/types.js';

/** A tree-sitter grammar: its `.wasm` at the root of an npm package, and what it checks. */
export interface GrammarSpec {
  /** The grammar's id, e.g. `typescript`; targets that share a grammar declare the same spec. */
  readonly id: string;
  readonly pkg: string;
  readonly file: string;
  /** File extensions `tlsnip validate` checks with it (`.php`). */
  readonly extensions: readonly string[];
  /** Markdown fence tags (lower-case) checked with it (`ts`, `typescript`). */
  readonly fenceTags: readonly string[];
}

/**
 * An option of one target, as data: the CLI flag (`--php-style`), the theme setting
 * (`snippets.options["php-style"]`) and the value a template reads are all made from it.
 */
export interface TargetOption<C extends string = string> {
  /** Flag name, prefixed with the target's id by convention (`php-style`, `ts-package`). */
  readonly name: string;
  /** The values it takes; absent: any string (checked by the target, which throws an InputError). */
  readonly choices?: readonly C[];
  readonly default: C;
  readonly describe: string;
}

/** Where a completion is in a line (see EditorInfo.completionSite). */
export interface CompletionSite {
  /** The namespace the user is completing in, or null for the top level (namespaces and bare methods). */
  readonly namespace: string | null;
  /** What is typed of the name so far. */
  readonly typed: string;
  /** Column where the whole expression (`$MadelineProto->…`, `Api.…`, `ns.`) starts: the insertion replaces from here. */
  readonly start: number;
  /** True when nothing but indentation precedes the expression: the whole statement is inserted. */
  readonly statement: boolean;
}

/** A target's editor support: snippet files and the language server's completion and hover. */
export interface EditorInfo {
  /** VS Code language id of its snippet file (`telegram-<id>.code-snippets`). */
  readonly scope: string;
  /** LSP `languageId`s it serves (the first target to claim one serves it). */
  readonly languageIds: readonly string[];
  /** Whether methods without a namespace are offered at the top level. */
  readonly bareMethods: boolean;
  /** The completion site at the end of `before` (the line up to the cursor), or null. Plain pattern matching, never a parse. */
  completionSite(before: string): CompletionSite | null;
  /** The TL method named at a column of a line, for hover, or null. */
  methodAt(line: string, column: number): { name: string; start: number; end: number } | null;
  /** A method's completion label (`getUserPhotos`, `GetUserPhotos`). */
  label(shortName: string): string;
  /** The call expression of a rendered statement (mid-line insertion). */
  expressionOf(statement: string): string;
}

export interface TargetInfo {
  readonly id: string;
  readonly label: string;
  /** What it calls, in a sentence, for `tlsnip list targets`. */
  readonly description: string;
  readonly grammar: GrammarSpec;
  /** Grammars of code embedded in its snippets (PWRTelegram's JSON params). */
  readonly embeddedGrammars?: readonly GrammarSpec[];
  /** Markdown fence tag and `--json` "language". */
  readonly language: string;
  /** A service or bridge that no longer runs: shown after the live targets, labelled historical. */
  readonly historical?: boolean;
  /**
   * What the library accepts for a peer (InputPeer, InputUser, InputChannel) and for a file
   * (InputFile) parameter, as a markdown phrase for the docs (from ../shared/notes/targets*.md).
   */
  readonly accepts?: { readonly peer: string; readonly file: string };
  /** The `lang` of its entries in code-samples.json (x-codeSamples: `PHP`, `Python`, `Shell`). */
  readonly sampleLang: string;
  readonly extension: string;
  /** Its own options (CLI flags `--<name>`, theme `snippets.options`). */
  readonly options?: readonly TargetOption[];
  readonly editor?: EditorInfo;
  load(): Promise<Target>;
}

export interface RenderOptions {
  /** Whole runnable program (imports, client set-up) or only the call statement. */
  readonly boilerplate: boolean;
  /** Target options by name (`php-style`); an option not given takes its default (see `optionValue`). */
  readonly targetOptions: Readonly<Record<string, string>>;
  /** Editor snippets: wrap each top-level argument value in zero-width markers (see markers.ts). */
  readonly markArguments?: boolean;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = Object.freeze({ boilerplate: true, targetOptions: Object.freeze({}) });

/** The value of one of a target's options in these render options (its default when not given). */
export function optionValue<C extends string>(options: RenderOptions, option: TargetOption<C>): C {
  const v = options.targetOptions[option.name];
  if (v === undefined) return option.default;
  return !option.choices || (option.choices as readonly string[]).includes(v) ? (v as C) : option.default;
}

/** What a template renders from; templates see it only through the target's helpers. */
export interface SnippetContext {
  readonly schema: SchemaModel;
  readonly method: MethodModel;
  readonly call: CallValues;
  readonly options: RenderOptions;
}

/** A piece of a snippet written in another language, checked with that grammar too (PWRTelegram's JSON). */
export interface EmbeddedCode {
  readonly label: string;
  readonly grammar: string;
  readonly code: string;
}

export interface Target {
  readonly id: string;
  /** Printer helpers for this target's templates. Each reads the SnippetContext from `options.data.root`. */
  readonly helpers: Readonly<Record<string, HelperDelegate>>;
  /** Why this target cannot show the method (e.g. bots cannot call it), or null. */
  unavailable(method: MethodModel): string | null;
  /** Code embedded in the snippet that another grammar must also accept. */
  embedded?(ctx: SnippetContext): EmbeddedCode[];
  /** `--format`: lay out code from a user's template with the language's formatter (loaded on demand). */
  format?(code: string): Promise<string>;
}
