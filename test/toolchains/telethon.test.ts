/**
 * The telethon target's ladder, for every method of the bundled layer and of the three bundles in
 * ../shared, with flags omitted and with every flag set, each snippet a whole program:
 *  1. CPython compiles every program (compile() in one /usr/bin/python3 process), after tree-sitter-
 *     python has accepted it (renderMethod checks every snippet);
 *  2. every program whose method and constructors Telethon's layer has runs against the real
 *     TelegramClient(MemorySession(), 1, "x") with only its sender replaced (one process per layer
 *     and flags), and the request it sent, read back with Telethon's BinaryReader, equals the
 *     model's values; what Telethon's layer lacks, computed from its own classes, is listed by
 *     name with the count;
 *  3. our class paths and keyword names equal Telethon's own for every method and constructor of
 *     the layer that Telethon has;
 *  4. black (when installed) leaves every program unchanged.
 * Figures (snippets per tool, seconds) are printed at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { lookup } from '../../src/model/lookup.js';
import type { SchemaModel } from '../../src/model/types.js';
import { targetInfo } from '../../src/targets/registry.js';
import { DEFAULT_SNIPPET_OPTIONS, methodCall } from '../../src/render/snippet.js';
import { prepareTargets, renderMethod } from '../../src/render/checked.js';
import type { FlagsPolicy } from '../../src/values/types.js';
import { figures, LAYERS, timed } from '../support/toolchain-cases.js';
import {
  HAS_TELETHON, namingProblems, outsideTelethon, pyCompileBatch, runTelethon, skipNote, telethonLayer, type TelethonCase,
} from '../support/telethon/telethon.js';

const figs = figures();
const note = skipNote();
const ID = 'telethon';

/** Every method as a whole program, and as its call statement alone (--no-boilerplate). */
async function render(path: string | undefined, flags: FlagsPolicy): Promise<{ schema: SchemaModel; cases: TelethonCase[]; statements: TelethonCase[] }> {
  const schema = await loadSchema(path);
  const values = { mode: 'realistic' as const, flags, set: {} };
  const program = { ...DEFAULT_SNIPPET_OPTIONS, values };
  const bare = { ...program, render: { ...program.render, boilerplate: false } };
  const prepared = await prepareTargets([targetInfo(ID)!], program);
  const cases: TelethonCase[] = [];
  const statements: TelethonCase[] = [];
  const invalid: string[] = [];
  for (const m of schema.methods) {
    const call = methodCall(schema, m, values);
    for (const [opts, list] of [[program, cases], [bare, statements]] as const) {
      for (const s of renderMethod(prepared, schema, m, call, opts).snippets) {
        if (!s.valid) invalid.push(`${m.name}: ${s.errors[0]!.line}:${s.errors[0]!.column} ${s.errors[0]!.message}`);
        list.push({ name: m.name, code: s.code, call, method: m });
      }
    }
  }
  expect(invalid).toEqual([]);
  return { schema, cases, statements };
}

const named = (cases: readonly TelethonCase[], results: readonly (string | null)[]) =>
  results.flatMap((r, i) => (r === null ? [] : [`${cases[i]!.name}: ${r}`]));

/** black's version, when it is installed. */
function blackVersion(): number[] | null {
  const r = spawnSync('black', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return /(\d+)\.(\d+)\.(\d+)/.exec(r.stdout)?.slice(1).map(Number) ?? null;
}
const BLACK = blackVersion();
/**
 * black measures lines by display width since 24.1 (str_width: East Asian wide characters count
 * two), as this printer does; black 23 counts code points. With black 23, programs holding a wide
 * character are left out of its check (their count is printed).
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

const blackDir = mkdtempSync(join(tmpdir(), 'tlsnip-black-'));
/** The programs black would change (one black process over a folder of them). */
function blackChanges(label: string, cases: readonly TelethonCase[]): { checked: number; left: number; changed: string[] } {
  const d = join(blackDir, label.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(d, { recursive: true });
  let left = 0;
  const files: string[] = [];
  for (const c of cases) {
    if (BLACK![0]! < 24 && WIDE.test(c.code)) {
      left++;
      continue;
    }
    writeFileSync(join(d, `${c.name}.py`), c.code);
    files.push(c.name);
  }
  const r = spawnSync('black', ['--check', '--quiet', '--line-length', '88', d], { encoding: 'utf8' });
  const changed = r.status === 0 ? [] : `${r.stderr}`.split('\n').filter((l) => l.startsWith('would reformat')).map((l) => l.replace(/^would reformat .*\//, ''));
  if (r.status !== 0 && changed.length === 0) throw new Error(`black failed: ${r.stderr}`);
  return { checked: files.length, left, changed };
}

/** How many methods of each layer use what Telethon's layer lacks (listed by name as each runs). */
const outside: string[] = [];

for (const [layer, path] of LAYERS) {
  describe(`${layer}`, () => {
    let schema: SchemaModel;
    for (const flags of ['none', 'all'] as const) {
      describe(`flags ${flags}`, () => {
        let cases: TelethonCase[];
        let statements: TelethonCase[];

        it('renders every method, as a program and as a statement, every one accepted by tree-sitter-python', async () => {
          ({ schema, cases, statements } = await render(path, flags));
          expect(cases.length).toBe(schema.methods.length);
          expect(statements.length).toBe(schema.methods.length);
        });

        it.skipIf(!HAS_TELETHON)(`CPython compiles every program, and every statement (top-level await allowed)${note}`, () => {
          const [results, s] = timed(() => [...pyCompileBatch(cases.map((c) => c.code)), ...pyCompileBatch(statements.map((c) => c.code), true)]);
          figs.tally('python3 compile()', cases.length + statements.length, s);
          expect(named([...cases, ...statements], results)).toEqual([]);
        });

        it.skipIf(!HAS_TELETHON)(`Telethon's real client sends exactly the model's values${note}`, () => {
          const t = telethonLayer();
          const runnable: TelethonCase[] = [];
          const lacking: string[] = [];
          for (const c of cases) {
            const why = outsideTelethon(schema, c.call);
            if (why) lacking.push(`${c.name} (${why})`);
            else runnable.push(c);
          }
          outside.push(`${layer} flags ${flags}: ${lacking.length}`);
          const [problems, s] = timed(() => runTelethon(schema, runnable));
          figs.tally('Telethon client', runnable.length, s, lacking.length);
          console.log(
            `[telethon ${layer} flags ${flags}] Telethon ${t.version} (layer ${t.layer}): ran ${runnable.length} programs in ${s.toFixed(2)} s; ` +
              `${lacking.length} use what layer ${t.layer} lacks${lacking.length ? `:\n  ${lacking.join('\n  ')}` : ''}`,
          );
          expect(problems.slice(0, 8)).toEqual([]);
          // Most of every layer runs (bundled 717 of 766; layer 75, older than Telethon's by 141
          // layers, 105 of 244): the rest is listed above, by name.
          expect(runnable.length).toBeGreaterThan(cases.length / 3);
        });

        it.skipIf(!BLACK)(`black leaves every program and every statement unchanged${BLACK ? '' : ' (skipped: black is not installed)'}`, () => {
          const [[p, st], s] = timed(() => [blackChanges(`${layer}-${flags}`, cases), blackChanges(`${layer}-${flags}-statements`, statements)]);
          figs.tally(`black ${BLACK?.join('.') ?? ''}`, p.checked + st.checked, s);
          if (p.left + st.left) {
            console.log(`[telethon ${layer} flags ${flags}] black ${BLACK!.join('.')} counts code points, not display width: ${p.left + st.left} snippets with wide characters left out`);
          }
          expect([...p.changed, ...st.changed.map((f) => `${f} (statement)`)]).toEqual([]);
        });
      });
    }

    it.skipIf(!HAS_TELETHON)(`our class paths and keyword names are Telethon's own${note}`, () => {
      const { checked, problems } = namingProblems(schema);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(200);
    });
  });
}

describe.skipIf(!HAS_TELETHON)(`the Telethon rungs can fail${note}`, () => {
  let schema: SchemaModel;
  /** The target's own program for a method, with --set values. */
  const program = async (method: string, set: Record<string, string> = {}): Promise<TelethonCase> => {
    schema ??= await loadSchema(undefined);
    const m = lookup(schema).method(method)!;
    const opts = { ...DEFAULT_SNIPPET_OPTIONS, values: { mode: 'realistic' as const, flags: 'none' as const, set } };
    const call = methodCall(schema, m, opts.values);
    const [s] = renderMethod(await prepareTargets([targetInfo(ID)!], opts), schema, m, call, opts).snippets;
    expect(s!.valid).toBe(true);
    expect(outsideTelethon(schema, call)).toBeNull();
    return { name: method, code: s!.code, call, method: m };
  };
  /** The case with `from` replaced by `to` in its program (which must contain it). */
  const broken = (c: TelethonCase, from: string, to: string): TelethonCase => {
    expect(c.code).toContain(from);
    return { ...c, code: c.code.replace(from, to) };
  };

  it('compile() rejects a broken escape and a missing comma, with the line', () => {
    expect(pyCompileBatch(['x = 1\n', 'x = "\\x4"\n', 'x = f(a=1 b=2)\n'])).toEqual([null, expect.stringMatching(/^line 1: .*escape/), expect.stringMatching(/^line 1: /)]);
  });

  it('a camelCase name, a string long, a long out of range, a missing argument, a changed value or peer: each fails', async () => {
    const good = await program('photos.getUserPhotos');
    const bad = [
      broken(good, 'user_id=', 'userId='),
      broken(good, 'max_id=0', 'max_id="0"'),
      broken(good, 'max_id=0', 'max_id=2**63'),
      broken(good, ', limit=10', ''),
      broken(good, 'max_id=0', 'max_id=1'),
      broken(good, '"durov"', '"gif"'),
      broken(good, 'GetUserPhotosRequest', 'GetUserProfilePhotosRequest'),
    ];
    expect(runTelethon(schema, [good])).toEqual([]);
    const problems = runTelethon(schema, bad);
    expect(problems).toHaveLength(bad.length);
    expect(problems[0]).toMatch(/userId/);
    expect(problems[4]).toMatch(/sent .*"max_id":\{"i":"1"\}/);
    expect(problems[5]).toMatch(/@gif/);
  });

  it('a nested string peer fails, and so does an InputPeer where InputUser belongs', async () => {
    const privacy = await program('account.setPrivacy', { rules: '[{"_":"inputPrivacyValueAllowUsers","users":["@durov"]}]' });
    const resolved = 'utils.get_input_user(await client.get_input_entity("durov"))';
    expect(runTelethon(schema, [privacy])).toEqual([]);
    expect(runTelethon(schema, [broken(privacy, resolved, '"durov"')])).toEqual([expect.stringMatching(/_bytes/)]);
    expect(runTelethon(schema, [broken(privacy, resolved, 'await client.get_input_entity("durov")')])).toEqual([expect.stringMatching(/sent where InputUser belongs/)]);
  });

  it('a string that arrives changed is reported (an escaped backslash where \\t belongs)', async () => {
    const c = await program('account.updateProfile', { about: 'costs\t$5' });
    expect(runTelethon(schema, [c])).toEqual([]);
    expect(runTelethon(schema, [broken(c, '\\t', '\\\\t')])).toEqual([expect.stringMatching(/sent .*costs\\\\t/)]);
  });

  it('what Telethon’s layer lacks is named, with the reason', async () => {
    schema ??= await loadSchema(undefined);
    const l = lookup(schema);
    const call = (method: string, set: Record<string, string> = {}) => methodCall(schema, l.method(method)!, { mode: 'realistic', flags: 'none', set });
    expect(outsideTelethon(schema, call('auth.initPasskeyLogin'))).toMatch(/^auth\.initPasskeyLogin is not in layer \d+$/);
    expect(outsideTelethon(schema, call('messages.sendMessage'))).toMatch(/^messages\.sendMessage#545cd15a is defined otherwise in layer \d+ \(#[0-9a-f]{8}\)$/);
    // A `true` flag is not part of a constructor ID: the same ID can lack one.
    expect(outsideTelethon(schema, call('account.setGlobalPrivacySettings', { settings: '{"_":"globalPrivacySettings","disallowed_gifts":{"_":"disallowedGiftsSettings","disallow_stargifts_from_channels":true}}' }))).toMatch(
      /^disallowedGiftsSettings\.disallow_stargifts_from_channels is not in layer \d+$/,
    );
  });
});

afterAll(() => {
  console.log(
    `[tlsnip telethon] ${LAYERS.map(([l]) => l).join(', ')} × flags none/all:\n${figs.lines(": use what Telethon's layer lacks, listed by name")}` +
      (outside.length ? `\n  methods outside Telethon's layer: ${outside.join(', ')}` : ''),
  );
});
