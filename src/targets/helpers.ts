/**
 * Helpers for targets' templates. Every helper receives the SnippetContext from the template root,
 * throws on an undefined argument (handlebars' `strict` does not catch those), and returns text.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import type { SnippetContext } from './types.js';
import { InputError } from '../errors.js';

export type HelperFn = (ctx: SnippetContext, ...args: unknown[]) => string;

export function defineHelpers(defs: Readonly<Record<string, HelperFn>>): Readonly<Record<string, HelperDelegate>> {
  const out: Record<string, HelperDelegate> = {};
  for (const [name, fn] of Object.entries(defs)) {
    out[name] = function (...all: unknown[]) {
      const options = all.pop() as HelperOptions;
      all.forEach((arg, i) => {
        if (arg === undefined) throw new Error(`helper "${name}": argument ${i + 1} is undefined`);
      });
      return fn(options.data.root as SnippetContext, ...all);
    };
  }
  return Object.freeze(out);
}

/**
 * `compute` run once per snippet: the helpers of one template (statement, imports, …) share what it
 * builds (the request and what it needs imported), however many of them the template calls.
 */
export function perSnippet<T>(compute: (ctx: SnippetContext) => T): (ctx: SnippetContext) => T {
  const cache = new WeakMap<SnippetContext, T>();
  return (ctx) => {
    let v = cache.get(ctx);
    if (v === undefined) cache.set(ctx, (v = compute(ctx)));
    return v;
  };
}

/** Splits text into comment lines with the given prefix; `sanitize` removes what would end the comment early. */
export function commentLines(text: string, prefix: string, sanitize: (line: string) => string = (l) => l): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.trimEnd())
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1))
    // Control characters (NUL, ESC, …) have no place in a comment and trip parsers: shown as U+FFFD.
    .map((l) => l.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd'))
    .map((l) => (l ? `${prefix} ${sanitize(l)}` : prefix));
}

/** The warnings a snippet carries as comments: a refused method, or a method that is better avoided. */
export function warnings(ctx: SnippetContext, library: string): string[] {
  const out: string[] = [];
  if (ctx.method.disallowed) out.push(`${library} refuses to call ${ctx.method.name} directly: ${ctx.method.disallowed}`);
  if (ctx.method.note) out.push(`Note: ${ctx.method.note}`);
  return out;
}

/** A lone UTF-16 surrogate has no UTF-8 encoding, so byte-string languages cannot hold it. */
export function assertWellFormed(s: string, target: string, what = 'a string'): void {
  if (!s.isWellFormed()) {
    const i = [...s].findIndex((ch) => ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff);
    const code = [...s][i]!.charCodeAt(0).toString(16).toUpperCase();
    throw new UnrepresentableError(`${target} cannot represent ${what} containing a lone surrogate (U+${code}): its strings are UTF-8 bytes`);
  }
}

/** A value the target has no faithful literal for: refused rather than printed wrong (exit 2). */
export class UnrepresentableError extends InputError {}
