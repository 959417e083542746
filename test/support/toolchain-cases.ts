/**
 * What the two toolchain rungs (ladder.test.ts, stubs.test.ts) share: the layers they run over,
 * the rendered case they check, the figures they print, and the check of a PWRTelegram request
 * (its address and fields, decoded as PWRTelegram would) against the model's values.
 */
import type { MethodModel } from '../../src/model/types.js';
import type { CallValues } from '../../src/values/types.js';
import { BUNDLE_176, BUNDLE_2018, BUNDLE_MODERN, HAS_SHARED } from '../shared.js';
import { canonicalFields, fromFormField, fromJson, type Canon } from './canonical.js';

/** The bundled layer, and the three bundles of ../shared when it is there. */
export const LAYERS: [string, string | undefined][] = [
  ['bundled', undefined],
  ...(HAS_SHARED ? ([['layer 75', BUNDLE_2018], ['layer 223', BUNDLE_MODERN], ['layer 176', BUNDLE_176]] as [string, string][]) : []),
];

/** One rendered snippet of one method for one target. */
export interface RenderedCase {
  readonly method: string;
  readonly target: string;
  readonly code: string;
  readonly call: CallValues;
  readonly def: MethodModel;
}

/** Snippets and seconds per tool, summed over the layers, for the line each rung prints at the end. */
export function figures() {
  const byTool: Record<string, { snippets: number; seconds: number; skipped: number }> = {};
  return {
    tally(tool: string, snippets: number, seconds: number, skipped = 0): void {
      const f = (byTool[tool] ??= { snippets: 0, seconds: 0, skipped: 0 });
      f.snippets += snippets;
      f.seconds += seconds;
      f.skipped += skipped;
    },
    lines(skippedNote = ''): string {
      return Object.entries(byTool)
        .map(([tool, f]) => `  ${tool.padEnd(22)} ${String(f.snippets).padStart(6)} snippets in ${f.seconds.toFixed(2)} s${f.skipped ? ` (${f.skipped} skipped${skippedNote})` : ''}`)
        .join('\n');
    },
  };
}

/** The result of `fn` and the seconds it took. */
export function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, (performance.now() - t) / 1000];
}

/**
 * The problems of one PWRTelegram request: `address` is the URL or path it went to, `base` what
 * precedes `/botTOKEN` there, `fields` its form fields. Empty when it sent exactly the model's values.
 */
export function pwrRequestProblems(c: RenderedCase, address: string, base: string, fields: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  let sent: Record<string, Canon>;
  if (c.target === 'http-bot') {
    if (address !== `${base}/botTOKEN/madeline`) problems.push(`${c.method}: bot address ${address}`);
    if (fields.get('method') !== c.method) problems.push(`${c.method}: method field ${fields.get('method')}`);
    sent = fromJson(fields.get('params') ?? 'null') as Record<string, Canon>;
  } else {
    if (address !== `${base}/userTOKEN/${c.method}`) problems.push(`${c.method}: user address ${address}`);
    sent = {};
    for (const f of c.call.args) if (fields.has(f.name)) sent[f.name] = fromFormField(fields.get(f.name)!, f.tlType);
  }
  const meant = canonicalFields(c.call.args, true);
  if (JSON.stringify(sent) !== JSON.stringify(meant)) {
    problems.push(`${c.target} ${c.method}: sent ${JSON.stringify(sent).slice(0, 300)}\n   meant ${JSON.stringify(meant).slice(0, 300)}`);
  }
  return problems;
}
