/**
 * The tas target's ladder, for every method of the bundled layer and of the three bundles in
 * ../shared, with flags omitted and all set:
 *  1. bash parses every command (`bash -n` over all of them, and each one alone), and its JSON
 *     body is JSON (tree-sitter-json, as every rendered snippet's embedded code, and PHP's
 *     json_decode with JSON_THROW_ON_ERROR below);
 *  2. bash runs every command as printed, real curl sends it to a loopback server, and
 *     test/support/tas/harness.php handles the request as TelegramApiServer does (route,
 *     Content-Type, json_decode, data merge, file objects) and calls a recording MadelineProto stub
 *     with named arguments: the route, the session and every argument must be exactly the model's.
 * Methods TelegramApiServer cannot call as written are listed by name, with the count and why.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { lookup, type SchemaLookup } from '../../src/model/lookup.js';
import type { SchemaModel } from '../../src/model/types.js';
import { TARGETS } from '../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall, type SnippetOptions } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';
import type { CallValues, FlagsPolicy } from '../../src/values/types.js';
import { HAS_PHP, hasCommand } from '../support/stubs.js';
import { figures, LAYERS, timed, type RenderedCase } from '../support/toolchain-cases.js';
import { bashSyntax, handle, runCurls, tasTypes, type Arrival } from '../support/tas/server.js';
import { outcomeProblems } from '../support/tas/check.js';
import { loadFixtures } from '../../src/fixtures/golden.js';

const HAS_CURL = hasCommand('curl');
const READY = HAS_PHP && HAS_CURL;
if (!READY) console.warn(`[tlsnip tas] ${HAS_PHP ? 'curl' : 'php-cli'} is absent: the TelegramApiServer rung is skipped.`);

const figs = figures();
const unavailable = new Map<string, Set<string>>();
const skippedPerLayer = new Map<string, number>();

async function render(path: string | undefined, flags: FlagsPolicy, session = '', boilerplate = true) {
  const schema = await loadSchema(path);
  const values = { mode: 'realistic' as const, flags, set: {} };
  const opts: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, values, render: { boilerplate, targetOptions: { 'tas-session': session } } };
  const prepared = await prepareTargets(TARGETS.filter((t) => t.id === 'tas'), opts);
  const cases: RenderedCase[] = [];
  const skipped: { method: string; reason: string }[] = [];
  for (const m of schema.methods) {
    const call = methodCall(schema, m, values);
    const r = renderMethod(prepared, schema, m, call, opts);
    for (const s of r.snippets) {
      expect(s.errors, `${m.name}: tree-sitter`).toEqual([]);
      cases.push({ method: m.name, target: s.target, code: s.code, call, def: m });
    }
    for (const s of r.skipped) skipped.push({ method: m.name, reason: s.reason });
  }
  return { schema, cases, skipped };
}

/** Runs the cases through bash, curl and the harness; the problems, or [] when all arrived exactly. */
async function prove(schema: SchemaModel, cases: readonly RenderedCase[], session: string | null): Promise<string[]> {
  const [arrivals, curlSeconds] = await timedAsync(() => runCurls(cases.map((c) => c.code)));
  figs.tally('bash + curl → loopback', cases.length, curlSeconds);
  const missing = cases.filter((_c, i) => !arrivals[i]).map((c) => `${c.method}: nothing arrived`);
  const [outcomes, phpSeconds] = timed(() => handle(arrivals.filter((a): a is Arrival => !!a), tasTypes(schema)));
  figs.tally('php TAS harness + stub', outcomes.length, phpSeconds);
  const s = lookup(schema);
  let k = 0;
  const problems = cases.flatMap((c, i) => (arrivals[i] ? outcomeProblems(s, c.method, c.call, session, outcomes[k++]) : []));
  return [...missing, ...problems];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, (performance.now() - t) / 1000];
}

for (const [layer, path] of LAYERS) {
  for (const flags of ['none', 'all'] as const) {
    describe(`${layer}, flags ${flags}`, () => {
      let r: Awaited<ReturnType<typeof render>>;
      let bare: Awaited<ReturnType<typeof render>>;

      it('renders every method TelegramApiServer can call, with and without boilerplate, with zero tree-sitter errors', async () => {
        r = await render(path, flags);
        bare = await render(path, flags, '', false);
        expect(bare.cases.length).toBe(r.cases.length);
        expect(r.cases.length).toBeGreaterThan(200);
        expect(r.cases.length + r.skipped.length).toBe(r.schema.methods.length);
        skippedPerLayer.set(`${layer} flags ${flags}`, r.skipped.length);
        for (const s of r.skipped) unavailable.set(`${s.method}: ${s.reason}`, (unavailable.get(`${s.method}: ${s.reason}`) ?? new Set()).add(layer));
        // No namespace (MadelineProto v8 has no such PHP method) or a DataJSON `data`, nothing else.
        for (const s of r.skipped) expect(s.method.includes('.') ? s.method : 'no namespace').toMatch(/^(no namespace|bots\.answerWebhookJSONQuery)$/);
      });

      it('bash parses every command, with and without boilerplate (bash -n, all at once and each alone)', () => {
        const all = [...r.cases, ...bare.cases];
        const [result, s] = timed(() => bashSyntax(all.map((c) => c.code)));
        figs.tally('bash -n', all.length, s);
        expect(result.joined).toBeNull();
        expect(all.flatMap((c, i) => (result.each[i] ? [`${c.method}: ${result.each[i]}`] : []))).toEqual([]);
      });

      it.skipIf(!READY)(`curl → TelegramApiServer's request handling → MadelineProto stub: exactly the model's values${READY ? '' : ' (skipped: php-cli or curl absent)'}`, async () => {
        const problems = await prove(r.schema, r.cases, null);
        expect(problems.slice(0, 5)).toEqual([]);
      });
    });
  }
}

describe('a named session', () => {
  it.skipIf(!READY)(`--tas-session users/xtrime: the golden fixture methods reach that session${READY ? '' : ' (skipped)'}`, async () => {
    const r = await render(undefined, 'all', 'users/xtrime');
    const fixtures = new Set(loadFixtures().map((f) => f.method));
    const cases = r.cases.filter((c) => fixtures.has(c.method));
    expect(cases.length).toBeGreaterThan(15);
    for (const c of cases) expect(c.code).toMatch(new RegExp(` http://127\\.0\\.0\\.1:9503/api/users/xtrime/${c.method.replace('.', '\\.')}\n?$`));
    expect(await prove(r.schema, cases, 'users/xtrime')).toEqual([]);
  });
});

describe.skipIf(!READY)(`the rung can fail${READY ? '' : ' (skipped: php-cli or curl absent)'}`, () => {
  let schema: SchemaModel;
  let s: SchemaLookup;
  const call = (method: string, flags: FlagsPolicy = 'none', set: Record<string, string> = {}): CallValues =>
    methodCall(schema, s.method(method)!, { mode: 'realistic', flags, set });
  const run = async (method: string, code: string, c: CallValues, session: string | null = null) => {
    const [arrival] = await runCurls([code], 1);
    const [outcome] = arrival ? handle([arrival], tasTypes(schema)) : [undefined];
    return { arrival, outcome, problems: outcomeProblems(s, method, c, session, outcome) };
  };
  const URL = 'http://127.0.0.1:9503/api';

  it('loads the bundled layer', async () => {
    schema = await loadSchema(undefined);
    s = lookup(schema);
  });

  it('passes a correct request', async () => {
    const c = call('upload.saveFilePart');
    const code = `curl --json '{"file_id":5368324170671202286,"file_part":0,"bytes":{"_":"bytes","bytes":"YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="}}' ${URL}/upload.saveFilePart`;
    expect((await run('upload.saveFilePart', code, c)).problems).toEqual([]);
  });

  it('a long sent as a JSON string is refused (MadelineProto reads an 8-character one as raw bytes)', async () => {
    const c = call('upload.saveFilePart');
    const code = `curl --json '{"file_id":"5368324170671202286","file_part":0,"bytes":{"_":"bytes","bytes":"YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="}}' ${URL}/upload.saveFilePart`;
    expect((await run('upload.saveFilePart', code, c)).problems.join('\n')).toMatch(/expected an integer/);
  });

  it("a ' left unescaped in the single-quoted JSON is a bash syntax error; '\\'' is not", async () => {
    const c = call('messages.sendMessage', 'none', { message: "it's" });
    const broken = `curl --json '{"peer":"@durov","message":"it's"}' ${URL}/messages.sendMessage`;
    expect(bashSyntax([broken]).each[0]).toMatch(/unexpected EOF|syntax error/);
    const escaped = `curl --json '{"peer":"@durov","message":"it'\\''s"}' ${URL}/messages.sendMessage`;
    expect(bashSyntax([escaped]).each[0]).toBeNull();
    expect((await run('messages.sendMessage', escaped, c)).problems).toEqual([]);
  });

  it('a body with Content-Type application/json; charset=utf-8 is not json_decoded (parse_str garbles it)', async () => {
    const c = call('messages.sendMessage');
    const code = `curl -H 'Content-Type: application/json; charset=utf-8' --data-binary '{"peer":"@durov","message":"Hello there!"}' ${URL}/messages.sendMessage`;
    const { outcome, problems } = await run('messages.sendMessage', code, c);
    expect(outcome!.calls[0]!.args).not.toHaveProperty('peer');
    expect(problems.join('\n')).toMatch(/sent \{\}/);
  });

  it('a DataJSON sent as the dataJSON constructor arrives json_encoded twice', async () => {
    const c = call('bots.sendCustomRequest');
    const good = `curl --json '{"custom_method":"getStorageValues","params":{"key":"value"}}' ${URL}/bots.sendCustomRequest`;
    const constructor = `curl --json '{"custom_method":"getStorageValues","params":{"_":"dataJSON","data":"{\\"key\\":\\"value\\"}"}}' ${URL}/bots.sendCustomRequest`;
    expect((await run('bots.sendCustomRequest', good, c)).problems).toEqual([]);
    const { outcome, problems } = await run('bots.sendCustomRequest', constructor, c);
    const data = (outcome!.calls[0]!.args.params as { data: { __hex: string } }).data.__hex;
    expect(Buffer.from(data, 'hex').toString()).toBe('{"_":"dataJSON","data":"{\\"key\\":\\"value\\"}"}');
    expect(problems).toHaveLength(1);
  });

  it('an int128 sent as {"_":"bytes"} is an error in the serializer', async () => {
    const c = call('phone.joinGroupCall', 'all');
    const { problems } = await run('phone.joinGroupCall', `curl --json '{"call":{"_":"inputGroupCall","id":1,"access_hash":2},"join_as":"@durov","public_key":{"_":"bytes","bytes":"AAECAwQFBgcICQoLDA0ODw=="},"params":{"key":"value"}}' ${URL}/phone.joinGroupCall`, c);
    expect(problems.join('\n')).toMatch(/TypeError: strlen/);
  });

  it('a top-level data object is merged away, a request for another session or method is seen', async () => {
    const c = call('messages.getBotCallbackAnswer', 'all');
    const asObject = `curl --json '{"game":true,"peer":"@durov","msg_id":142,"data":{"_":"bytes","bytes":"YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="},"password":{"_":"inputCheckPasswordEmpty"}}' ${URL}/messages.getBotCallbackAnswer`;
    expect((await run('messages.getBotCallbackAnswer', asObject, c)).problems.join('\n')).toMatch(/sent .*"_":\{"s":"bytes"\}|meant/);
    const m = call('messages.sendMessage');
    expect((await run('messages.sendMessage', `curl --json '{"peer":"@durov","message":"Hello there!"}' ${URL}/bot/messages.sendMessage`, m)).problems.join('\n')).toMatch(/routed to the session bot/);
    expect((await run('messages.sendMessage', `curl --json '{"peer":"@durov","message":"Hello there!"}' ${URL}/messages.sendMessages`, m)).problems.join('\n')).toMatch(/routed to the method messages.sendMessages/);
  });
});

afterAll(() => {
  const list = [...unavailable].map(([what, layers]) => `    ${what} [${[...layers].join(', ')}]`);
  console.log(
    `[tlsnip tas] ${LAYERS.map(([l]) => l).join(', ')} × flags none/all, zero mismatches required:\n${figs.lines()}\n` +
      `  methods TelegramApiServer cannot call as written, not rendered (${[...skippedPerLayer].map(([l, n]) => `${l}: ${n}`).join(', ')}; ${unavailable.size} distinct):\n${list.join('\n')}`,
  );
});
