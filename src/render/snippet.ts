/**
 * The pure core: model + options → snippets. One value tree per method call is shared by every
 * target; each target prints it through its template. Nothing here touches the file system after
 * templates are compiled, and nothing mutates the (frozen) model.
 */
import type { MethodModel, SchemaModel } from '../model/types.js';
import { buildCall } from '../values/generate.js';
import type { CallValues, ValueOptions } from '../values/types.js';
import { DEFAULT_VALUE_OPTIONS } from '../values/types.js';
import { loadTarget, type TargetInfo } from '../targets/registry.js';
import { DEFAULT_RENDER_OPTIONS, type EmbeddedCode, type RenderOptions, type SnippetContext, type Target } from '../targets/types.js';
import { compileTemplate, resolveSnippetTemplate, type TemplateSource } from './templates.js';
import { InputError } from '../errors.js';

export interface SnippetOptions {
  readonly values: ValueOptions;
  readonly render: RenderOptions;
  readonly templates: TemplateSource;
}

export const DEFAULT_SNIPPET_OPTIONS: SnippetOptions = Object.freeze({
  values: DEFAULT_VALUE_OPTIONS,
  render: DEFAULT_RENDER_OPTIONS,
  templates: Object.freeze({ theme: 'modern', templatesDir: undefined }),
});

export interface RenderedSnippet {
  readonly target: TargetInfo;
  readonly code: string;
  /** Embedded code (PWRTelegram's JSON params) that must also pass its own grammar. */
  readonly embedded: readonly EmbeddedCode[];
}

/** A prepared target: module loaded and template compiled, ready to render synchronously. */
export interface PreparedTarget {
  readonly info: TargetInfo;
  readonly target: Target;
  render(ctx: SnippetContext): string;
}

export async function prepareTarget(info: TargetInfo, templates: TemplateSource): Promise<PreparedTarget> {
  const target = await loadTarget(info);
  const file = resolveSnippetTemplate(templates, info.id);
  const template = compileTemplate(file, `target:${info.id}`, target.helpers);
  return { info, target, render: (ctx) => template(ctx) };
}

export function methodCall(schema: SchemaModel, method: MethodModel, values: ValueOptions): CallValues {
  return buildCall(schema, method, values);
}

/**
 * Renders one method for one prepared target. Returns null when the target cannot show the method
 * (bots cannot use it), with the reason in `skipped`.
 */
export function renderPrepared(
  prepared: PreparedTarget,
  schema: SchemaModel,
  method: MethodModel,
  call: CallValues,
  render: RenderOptions,
): RenderedSnippet | { skipped: string } {
  const reason = prepared.target.unavailable(method);
  if (reason) return { skipped: reason };
  const ctx: SnippetContext = { schema, method, call, options: render };
  try {
    const code = prepared.render(ctx);
    return { target: prepared.info, code, embedded: prepared.target.embedded?.(ctx) ?? [] };
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${method.name} (${prepared.info.id}): ${e.message}`);
    throw e;
  }
}
