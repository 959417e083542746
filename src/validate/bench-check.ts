/**
 * Benchmark of `checkCode`: parses per second per grammar over the real snippets of the bundled
 * layer (every target's, and the code embedded in them), up to `snippetsPerGrammar` each. Every
 * grammar a target declares is measured, so a new target is measured without touching this file.
 * Not a test. Run: `npx tsx src/validate/bench-check.ts [snippetsPerGrammar] [rounds]`.
 */
import { performance } from 'node:perf_hooks';
import { loadSchema } from '../loaders/index.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, renderPrepared } from '../render/snippet.js';
import { prepareTargets } from '../render/checked.js';
import { TARGETS } from '../targets/registry.js';
import { checkCode } from './check.js';
import { type GrammarId, loadGrammars, parserFor } from './grammars.js';

/** The bundled layer's snippets, grouped by the grammar that checks them. */
async function realSnippets(): Promise<Map<GrammarId, string[]>> {
  const schema = await loadSchema(undefined);
  const prepared = await prepareTargets(TARGETS, DEFAULT_SNIPPET_OPTIONS);
  const out = new Map<GrammarId, string[]>();
  const add = (g: GrammarId, code: string) => (out.get(g) ?? out.set(g, []).get(g)!).push(code);
  for (const m of schema.methods) {
    const call = methodCall(schema, m, DEFAULT_SNIPPET_OPTIONS.values);
    for (const p of prepared) {
      const r = renderPrepared(p, schema, m, call, DEFAULT_SNIPPET_OPTIONS.render);
      if ('skipped' in r) continue;
      add(p.info.grammar.id, r.code);
      for (const e of r.embedded) add(e.grammar, e.code);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const perGrammar = Number(process.argv[2] ?? 2000);
  const rounds = Number(process.argv[3] ?? 5);
  const t0 = performance.now();
  const byGrammar = await realSnippets();
  await loadGrammars(byGrammar.keys());
  console.log(`rendering the bundled layer and loading ${byGrammar.size} grammars: ${(performance.now() - t0).toFixed(0)} ms`);
  console.log(`up to ${perGrammar} snippets per grammar, best of ${rounds} rounds (after a warm-up round)\n`);
  console.log('grammar     snippets  avg chars  checkCode/s   µs/check  bare parse/s');
  let totalSnippets = 0;
  let totalMs = 0;
  for (const [grammar, all] of byGrammar) {
    const snippets = all.slice(0, perGrammar);
    const invalid = snippets.filter((s) => checkCode(grammar, s).length > 0); // warm-up and sanity check
    if (invalid.length) {
      console.error(`${grammar}: ${invalid.length} snippets are invalid, e.g.:\n${invalid[0]}`);
      process.exitCode = 1;
    }
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      for (const s of snippets) checkCode(grammar, s);
      best = Math.min(best, performance.now() - start);
    }
    // the floor: parse + hasError + delete, without checkCode's extra gates
    const parser = parserFor(grammar)!;
    let bare = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      for (const s of snippets) parser.parse(s)!.delete();
      bare = Math.min(bare, performance.now() - start);
    }
    totalSnippets += snippets.length;
    totalMs += best;
    const chars = snippets.reduce((n, s) => n + s.length, 0) / snippets.length;
    console.log(
      `${grammar.padEnd(10)} ${String(snippets.length).padStart(9)} ${chars.toFixed(0).padStart(10)} ${((snippets.length / best) * 1000).toFixed(0).padStart(12)} ${((best * 1000) / snippets.length).toFixed(1).padStart(10)} ${((snippets.length / bare) * 1000).toFixed(0).padStart(13)}`,
    );
  }
  console.log(`${'all'.padEnd(10)} ${String(totalSnippets).padStart(9)} ${''.padStart(10)} ${((totalSnippets / totalMs) * 1000).toFixed(0).padStart(12)}`);
}

await main();
