/**
 * The contract of a snippet target: a template (in a theme), a set of printer helpers through which
 * all data reaches that template, and a tree-sitter grammar. Targets are loaded lazily by id
 * (registry.ts), so adding one touches no other.
 */
import type { HelperDelegate } from 'handlebars';
import type { MethodModel, SchemaModel } from '../model/types.js';
import type { CallValues } from '../values/types.js';
import type { GrammarId } from './registry.js';

export interface RenderOptions {
  /** Whole runnable program (imports, client set-up) or only the call statement. */
  readonly boilerplate: boolean;
  /** php: MadelineProto v8 named arguments, or the legacy single array. */
  readonly phpStyle: 'named' | 'array';
  /** ts: the npm package the imports name (teleproto is a drop-in fork of telegram). */
  readonly tsPackage: 'telegram' | 'teleproto';
  /** Editor snippets: wrap each top-level argument value in zero-width markers (see markers.ts). */
  readonly markArguments?: boolean;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = Object.freeze({ boilerplate: true, phpStyle: 'named', tsPackage: 'telegram' });

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
  readonly grammar: GrammarId;
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
}
