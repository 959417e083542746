/**
 * The validation ladder's second rung, for every method of the bundled layer and of the three
 * bundles in ../shared, with flags omitted and with every flag set:
 *  - php: every snippet parses with PHP itself (token_get_all(TOKEN_PARSE) in one php process);
 *  - lua: every snippet compiles with Lua 5.4's load() in one lua5.4 process;
 *  - ts: every snippet type-checks with tsc --strict against the `telegram` package, one program per
 *    layer (what its layer lacks is listed by name);
 *  - http-bot / http-user: bash expands each curl command; its URL names the method, and its fields
 *    decode (as PWRTelegram/MadelineProto would) back to exactly the model's values.
 * Figures (snippets per tool, seconds) are printed at the end.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { TARGETS } from '../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';
import type { CallValues, FlagsPolicy } from '../../src/values/types.js';
import type { MethodModel } from '../../src/model/types.js';
import { HAS_SHARED } from '../shared.js';
import { HAS_LUA, HAS_PHP } from '../support/stubs.js';
import { curlArgvBatch, luaLoadBatch, phpParseBatch } from '../support/toolchains.js';
import { figures, LAYERS, pwrRequestProblems, timed, type RenderedCase } from '../support/toolchain-cases.js';
import { typecheck, type TsCase } from '../support/tsc.js';

if (!HAS_SHARED) console.warn('[tlsnip toolchains] ../shared is absent: only the bundled layer is checked.');

const figs = figures();

async function renderLayer(path: string | undefined, flags: FlagsPolicy): Promise<RenderedCase[]> {
  const schema = await loadSchema(path);
  const opts = { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic' as const, flags, set: {} } };
  const prepared = await prepareTargets(TARGETS, opts);
  const out: RenderedCase[] = [];
  for (const m of schema.methods) {
    const call = methodCall(schema, m, opts.values);
    for (const s of renderMethod(prepared, schema, m, call, opts).snippets) {
      out.push({ method: m.name, target: s.target, code: s.code, call, def: m });
    }
  }
  return out;
}

const named = (list: readonly RenderedCase[], results: readonly (string | null)[]) =>
  results.flatMap((r, i) => (r === null ? [] : [`${list[i]!.method}: ${r}`]));

/** The fields a curl argv sends: `--data-urlencode name=value` as is, `--data name=%XX…` decoded. */
function formFields(argv: readonly string[]): { url: string; fields: Map<string, string> } {
  const fields = new Map<string, string>();
  for (let i = 1; i < argv.length; i += 2) {
    const arg = argv[i + 1]!;
    const eq = arg.indexOf('=');
    if (eq < 0) continue; // `--data ""` of a method without parameters
    const value = arg.slice(eq + 1);
    fields.set(arg.slice(0, eq), argv[i] === '--data' ? Buffer.from(value.replace(/%([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8') : value);
  }
  return { url: argv[0]!, fields };
}

function checkHttp(list: readonly RenderedCase[]): string[] {
  const argvs = curlArgvBatch(list.map((r) => r.code));
  return list.flatMap((r, i) => {
    const { url, fields } = formFields(argvs[i]!);
    return pwrRequestProblems(r, url, 'https://api.pwrtelegram.xyz', fields);
  });
}

for (const [layer, path] of LAYERS) {
  for (const flags of ['none', 'all'] as const) {
    describe(`${layer}, flags ${flags}`, () => {
      let all: RenderedCase[];
      const of = (target: string) => all.filter((r) => r.target === target);

      it('renders every method for every target', async () => {
        all = await renderLayer(path, flags);
        expect(of('php').length).toBeGreaterThan(200);
      });

      it.skipIf(!HAS_PHP)(`php parses every php snippet${HAS_PHP ? '' : ' (skipped: php-cli absent)'}`, () => {
        const list = of('php');
        const [results, s] = timed(() => phpParseBatch(list.map((r) => r.code)));
        figs.tally('php (token_get_all)', list.length, s);
        expect(named(list, results)).toEqual([]);
      });

      it.skipIf(!HAS_LUA)(`Lua 5.4 loads every lua snippet${HAS_LUA ? '' : ' (skipped: lua5.4 absent)'}`, () => {
        const list = of('lua');
        const [results, s] = timed(() => luaLoadBatch(list.map((r) => r.code)));
        figs.tally('lua5.4 (load)', list.length, s);
        expect(named(list, results)).toEqual([]);
      });

      it('every curl command sends, once decoded, exactly the model’s values', () => {
        const list = [...of('http-bot'), ...of('http-user')];
        const [problems, s] = timed(() => checkHttp(list));
        figs.tally('bash + decode (http)', list.length, s);
        expect(problems.slice(0, 10)).toEqual([]);
      });

      it('tsc --strict type-checks every ts snippet the telegram package’s layer can express', () => {
        const cases: TsCase[] = of('ts').map((r) => ({ name: r.method, code: r.code, call: r.call, method: r.def }));
        const r = typecheck(`${layer} flags ${flags}`, cases);
        figs.tally('tsc', r.written, r.seconds);
        expect(r.written).toBeGreaterThan(100);
        expect(r.results).toEqual({ nodenext: '', bundler: '' });
      });
    });
  }
}

describe('the ladder can fail', () => {
  it.skipIf(!HAS_PHP)('php rejects broken PHP, with the line', () => {
    expect(phpParseBatch(['$a = 1;', '$a = f(x: 1;\n', "<?php\n$a = 'x"])).toEqual([null, expect.stringMatching(/^line 2: syntax error/), expect.stringMatching(/^line 2: /)]);
  });
  it.skipIf(!HAS_LUA)('Lua rejects what tree-sitter-lua accepts (x = $y)', () => {
    expect(luaLoadBatch(['local x = 1', 'x = $y', 'y = {a=1,,}'])).toEqual([null, expect.stringMatching(/unexpected symbol/), expect.stringMatching(/unexpected symbol/)]);
  });
  it('a curl field that arrives changed is reported', () => {
    const call: CallValues = { method: 'help.test', args: [{ name: 'message', tlType: 'string', value: { kind: 'string', value: 'costs $5' } }] };
    // In double quotes bash expands $5 (to nothing): the value would arrive as "costs ".
    const lost = 'curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/help.test" \\\n  --data-urlencode "message=costs $5"';
    const kept = 'curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/help.test" \\\n  --data-urlencode \'message=costs $5\'';
    const def = { params: [] } as unknown as MethodModel;
    expect(checkHttp([{ method: 'help.test', target: 'http-user', code: kept, call, def }])).toEqual([]);
    expect(checkHttp([{ method: 'help.test', target: 'http-user', code: lost, call, def }])).toHaveLength(1);
  });
});

afterAll(() => {
  console.log(`[tlsnip toolchains] ${LAYERS.map(([l]) => l).join(', ')} × flags none/all:\n${figs.lines()}`);
});
