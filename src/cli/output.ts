/** How results are printed: plain code, markdown sections, JSON, or files under --out. */
import type { MethodResult, SnippetResult } from '../render/checked.js';
import { TARGETS } from '../targets/registry.js';

/** A fence longer than any backtick run in the code, so the code can never close it (CommonMark). */
export function fence(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

const label = (id: string) => TARGETS.find((t) => t.id === id)?.label ?? id;

/** One target of one method: the code as is. Several: a markdown section per target. */
export function formatText(results: readonly MethodResult[], single: boolean): string {
  if (single && results.length === 1 && results[0]!.snippets.length === 1) return results[0]!.snippets[0]!.code;
  const parts: string[] = [];
  for (const r of results) {
    if (results.length > 1) parts.push(`# ${r.method}\n`);
    for (const s of r.snippets) parts.push(section(s));
    for (const k of r.skipped) parts.push(`## ${label(k.target)}\n\n(not shown: ${k.reason})\n`);
  }
  return parts.join('\n');
}

function section(s: SnippetResult): string {
  const f = fence(s.code);
  return `## ${label(s.target)}\n\n${f}${s.language}\n${s.code.endsWith('\n') ? s.code : `${s.code}\n`}${f}\n`;
}

export function toJson(r: MethodResult): object {
  const out: Record<string, unknown> = {
    method: r.method,
    layer: r.layer,
    snippets: r.snippets.map((s) => ({ target: s.target, language: s.language, code: s.code, valid: s.valid, errors: s.errors })),
  };
  if (r.skipped.length) out.skipped = r.skipped;
  return out;
}

/** `tlsnip: invalid php snippet of photos.getUserPhotos at 3:5: unexpected "x"` and its frame. */
export function describeErrors(results: readonly MethodResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    for (const s of r.snippets) {
      for (const e of s.errors) {
        lines.push(`invalid ${s.target} snippet of ${r.method} at ${e.in ? `${e.in} ` : ''}${e.line}:${e.column}: ${e.message}`);
        lines.push(e.frame);
      }
    }
  }
  return lines;
}
