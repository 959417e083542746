/**
 * The validation ladder for the mtcute target, for every method of the bundled layer and of the
 * three bundles in ../shared, with flags omitted and with every flag set, each snippet being the
 * whole program tlsnip prints:
 *  1. tsc --strict type-checks every snippet against @mtcute/node (NodeNext, "type": "module"),
 *     one program per layer and flags. What mtcute's own layer (223) lacks or types differently is
 *     computed from its api-schema.json and listed by name with the count; for the bundled layer
 *     that list is empty. Each listed snippet is type-checked apart and must fail, so the list
 *     hides nothing tsc would accept.
 *  2. Every snippet that type-checks runs against the real TelegramClient of @mtcute/node (only the
 *     data-centre connection faked), compiled by esbuild, one node process per chunk; the bytes its
 *     call made mtcute's writer produce are decoded by mtcute's schema and compared with the model.
 * Figures (snippets per tool, seconds) are printed at the end.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { lookup } from '../../src/model/lookup.js';
import { targetInfo } from '../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';
import type { FlagsPolicy } from '../../src/values/types.js';
import { HAS_SHARED } from '../shared.js';
import { figures, LAYERS } from '../support/toolchain-cases.js';
import { describeMtcute } from '../support/mtcute/available.js';
import { runAgainstMtcute, type ClientCase } from '../support/mtcute/client.js';
import { partition, typecheckMtcute } from '../support/mtcute/tsc.js';

if (!HAS_SHARED) console.warn('[tlsnip mtcute] ../shared is absent: only the bundled layer is checked.');

const figs = figures();

async function renderLayer(path: string | undefined, flags: FlagsPolicy): Promise<{ cases: ClientCase[]; notShown: string[] }> {
  const schema = await loadSchema(path);
  const opts = { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic' as const, flags, set: {} } };
  const [prepared] = await prepareTargets([targetInfo('mtcute')!], opts);
  const cases: ClientCase[] = [];
  const notShown: string[] = [];
  for (const m of schema.methods) {
    const call = methodCall(schema, m, opts.values);
    const r = renderMethod([prepared!], schema, m, call, opts);
    for (const s of r.snippets) cases.push({ name: m.name, code: s.code, call, method: m, schema: lookup(schema) });
    for (const s of r.skipped) notShown.push(`${m.name} (${s.reason})`);
  }
  return { cases, notShown };
}

describeMtcute('mtcute ladder', () => {
  for (const [layer, path] of LAYERS) {
    for (const flags of ['none', 'all'] as const) {
      describe(`${layer}, flags ${flags}`, () => {
        let cases: ClientCase[];

        it('renders every method (the target shows all but the methods whose example ID its int53 cannot hold)', async () => {
          const r = await renderLayer(path, flags);
          cases = r.cases;
          expect(cases.length).toBeGreaterThan(140);
          if (r.notShown.length) console.log(`[mtcute ${layer} flags ${flags}] not shown by the target (${r.notShown.length}):\n  ${r.notShown.join('\n  ')}`);
          expect(r.notShown.length).toBeLessThanOrEqual(2);
        });

        it('tsc --strict type-checks every snippet mtcute’s layer can express; each one it cannot fails tsc', () => {
          const r = typecheckMtcute(`${layer} flags ${flags}`, cases, { proveSkipped: true });
          figs.tally('tsc (mtcute)', r.written, r.seconds, r.skipped.length);
          expect(r.output).toBe('');
          expect(r.needless).toEqual([]);
          if (layer === 'bundled') expect(r.skipped).toEqual([]);
          expect(r.written).toBeGreaterThan(140);
        });

        it('every snippet that type-checks, run against the real TelegramClient, sends exactly the model’s values', async () => {
          const { run } = partition(cases);
          const r = await runAgainstMtcute(run);
          figs.tally('real client (mtcute)', run.length, r.seconds);
          console.log(`[mtcute client ${layer} flags ${flags}] ran ${run.length} programs in ${r.processes} node processes, ${r.seconds} s`);
          expect(r.outcomes.flatMap((o) => o.problems).slice(0, 10)).toEqual([]);
          expect(r.outcomes).toHaveLength(run.length);
        });
      });
    }
  }
});

afterAll(() => {
  console.log(`[tlsnip toolchains: mtcute] ${LAYERS.map(([l]) => l).join(', ')} × flags none/all:\n${figs.lines(': what mtcute’s layer lacks, listed above')}`);
});
