/**
 * The validation ladder's third rung: every snippet runs, and what it would send is compared with
 * the model's example values, for every method of the bundled layer and of the three bundles in
 * ../shared, with flags omitted and all set.
 *  - php: php-cli runs the call with a stub $MadelineProto that records method and arguments;
 *  - lua: lua5.4 runs it with stub namespace tables (and madelineFunction) recording their table;
 *  - ts: node runs it with the real Api classes and big-integer of the telegram package and a stub
 *    client recording the request (methods its older layer lacks are listed by name);
 *  - http-bot / http-user: bash and curl run the command for real against a loopback echo server.
 * A long must arrive as the same integer, bytes as the same bytes, a string as the same string, a
 * vector as the same list, a constructor with the same `_` and fields. Zero mismatches.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { lookup, type SchemaLookup } from '../../src/model/lookup.js';
import type { MethodModel, SchemaModel } from '../../src/model/types.js';
import { TARGETS } from '../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';
import type { CallValues, FlagsPolicy } from '../../src/values/types.js';
import { HAS_LUA, HAS_PHP, runLua, runPhp, runTsWithGramjs, type Recorded } from '../support/stubs.js';
import { canonicalFields } from '../support/canonical.js';
import { figures, LAYERS, pwrRequestProblems, type RenderedCase } from '../support/toolchain-cases.js';
import { decodeArgs } from '../support/decode.js';
import { runCurlsAgainstEcho } from '../support/echo.js';
import { missingInGramjs } from '../support/gramjs.js';
import { isAutoParam } from '../../src/values/examples.js';

const figs = figures();

async function render(path: string | undefined, flags: FlagsPolicy): Promise<{ schema: SchemaModel; cases: RenderedCase[] }> {
  const schema = await loadSchema(path);
  const values = { mode: 'realistic' as const, flags, set: {} };
  // The call statements alone (the stubs stand in for the client set-up)…
  const bare = { ...DEFAULT_SNIPPET_OPTIONS, values, render: { ...DEFAULT_SNIPPET_OPTIONS.render, boilerplate: false } };
  const code = await prepareTargets(TARGETS.filter((t) => ['php', 'lua', 'ts'].includes(t.id)), bare);
  // …and the curl commands as printed.
  const full = { ...DEFAULT_SNIPPET_OPTIONS, values };
  const http = await prepareTargets(TARGETS.filter((t) => t.id.startsWith('http')), full);
  const cases: RenderedCase[] = [];
  for (const m of schema.methods) {
    const call = methodCall(schema, m, values);
    for (const s of [...renderMethod(code, schema, m, call, bare).snippets, ...renderMethod(http, schema, m, call, full).snippets]) {
      cases.push({ method: m.name, target: s.target, code: s.code, call, def: m });
    }
  }
  return { schema, cases };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Compares one recorded call with the model; returns the problem, or null. */
function compareCall(schema: SchemaLookup, c: RenderedCase, calls: readonly Recorded[], style: 'php' | 'lua'): string | null {
  if (calls.length !== 1) return `${c.method}: ${calls.length} calls recorded`;
  const [rec] = calls;
  const method = typeof rec!.method === 'string' ? rec!.method : String(rec!.method);
  if (method !== c.method) return `${c.method}: called ${method}`;
  try {
    const sent = decodeArgs(rec!.args as Record<string, unknown>, c.method, schema, style);
    const meant = canonicalFields(c.call.args, true);
    return same(sent, meant) ? null : `${c.method}: sent ${JSON.stringify(sent).slice(0, 400)}\n   meant ${JSON.stringify(meant).slice(0, 400)}`;
  } catch (e) {
    return `${c.method}: ${(e as Error).message}`;
  }
}

const CHUNK = 1500;
function chunked<T, R>(items: readonly T[], fn: (part: readonly T[]) => R[]): R[] {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...fn(items.slice(i, i + CHUNK)));
  return out;
}

for (const [layer, path] of LAYERS) {
  for (const flags of ['none', 'all'] as const) {
    describe(`${layer}, flags ${flags}`, () => {
      let schema: SchemaLookup;
      let cases: RenderedCase[];
      const of = (target: string) => cases.filter((c) => c.target === target);

      it('renders every method', async () => {
        const r = await render(path, flags);
        schema = lookup(r.schema);
        cases = r.cases;
        expect(of('php').length).toBeGreaterThan(200);
      });

      it.skipIf(!HAS_PHP)(`php: the stub records exactly the model's values${HAS_PHP ? '' : ' (skipped: php-cli absent)'}`, () => {
        const list = of('php');
        const t = performance.now();
        const recorded = chunked(list, (part) => runPhp(part.map((c) => c.code)));
        const problems = list.map((c, i) => compareCall(schema, c, recorded[i]!, 'php')).filter(Boolean);
        figs.tally('php-cli stub', list.length, (performance.now() - t) / 1000);
        expect(problems.slice(0, 5)).toEqual([]);
      });

      it.skipIf(!HAS_LUA)(`lua: the stub records exactly the model's values${HAS_LUA ? '' : ' (skipped: lua5.4 absent)'}`, () => {
        const list = of('lua');
        const t = performance.now();
        const recorded = chunked(list, (part) => runLua(part.map((c) => c.code)));
        const problems = list.map((c, i) => compareCall(schema, c, recorded[i]!, 'lua')).filter(Boolean);
        figs.tally('lua5.4 stub', list.length, (performance.now() - t) / 1000);
        expect(problems.slice(0, 5)).toEqual([]);
      });

      it("ts: the real GramJS Api classes receive exactly the model's values", async () => {
        const t = performance.now();
        const problems: string[] = [];
        let ran = 0;
        let skipped = 0;
        for (const c of of('ts')) {
          if (missingInGramjs(c.call, c.def)) {
            skipped++;
            continue;
          }
          try {
            const req = await runTsWithGramjs(c.code);
            const method = String(req.className).replace(/(^|\.)([A-Z])/, (_m, dot: string, ch: string) => dot + ch.toLowerCase());
            if (method !== c.method) problems.push(`${c.method}: invoked ${String(req.className)}`);
            const sent = decodeArgs(req, c.method, schema, 'ts');
            // The snippet leaves the top-level random_id out and GramJS's class generates it (so it
            // must be there, and is not ours to compare); nested ones are given by the snippet.
            const meant = canonicalFields(c.call.args, false);
            for (const p of schema.method(c.method)!.params) {
              if (!isAutoParam(p.name, p.type)) continue;
              if (!p.flag && sent[p.name] === undefined) problems.push(`${c.method}: GramJS did not fill in ${p.name}`);
              delete sent[p.name];
              delete meant[p.name];
            }
            if (!same(sent, meant)) problems.push(`${c.method}: sent ${JSON.stringify(sent).slice(0, 400)}\n   meant ${JSON.stringify(meant).slice(0, 400)}`);
            ran++;
          } catch (e) {
            problems.push(`${c.method}: ${(e as Error).message}`);
          }
        }
        figs.tally('node + GramJS Api', ran, (performance.now() - t) / 1000, skipped);
        expect(problems.slice(0, 5)).toEqual([]);
        // Most of every layer runs (layer 75: 147 of 244; the rest are listed as unexpressible).
        expect(ran).toBeGreaterThan(of('ts').length / 2);
      });

      it('http: curl sends the echo server exactly the model’s values', async () => {
        const list = [...of('http-bot'), ...of('http-user')];
        const t = performance.now();
        const arrived = await runCurlsAgainstEcho(list.map((c) => c.code));
        const problems = list.flatMap((c, i) => {
          const a = arrived[i];
          return a ? pwrRequestProblems(c, a.path, '', a.fields) : [`${c.target} ${c.method}: nothing arrived`];
        });
        figs.tally('curl → echo server', list.length, (performance.now() - t) / 1000);
        expect(problems.slice(0, 5)).toEqual([]);
      });
    });
  }
}

afterAll(() => {
  console.log(`[tlsnip stubs] ${LAYERS.map(([l]) => l).join(', ')} × flags none/all, zero mismatches required:\n${figs.lines(": methods the telegram package's layer lacks, listed by the tsc ladder")}`);
});
