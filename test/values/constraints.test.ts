/** Constraints Telegram enforces: every example of the bundled layer holds every row of the table. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import type { SchemaModel } from '../../src/model/types.js';
import { CONSTRAINTS, constraintsFor } from '../../src/values/constraints.js';
import { FUTURE_DATE, SCHEDULE_DATE, TABLE_DATE } from '../../src/values/examples.js';
import { buildCall } from '../../src/values/generate.js';
import { valuesReport, valueSites } from '../../src/values/report.js';
import { int53Fields } from '../../src/targets/mtcute/int53.js';
import { BUNDLE_176, BUNDLE_2018, BUNDLE_MODERN, describeShared } from '../shared.js';

let schema: SchemaModel;
beforeAll(async () => {
  schema = await loadSchema(undefined);
});

describe('the constraints table', () => {
  it('names a source and a rule for every row', () => {
    for (const c of CONSTRAINTS) {
      expect(c.source.trim().length, String(c.name)).toBeGreaterThan(3);
      expect(c.rule.trim().length, String(c.name)).toBeGreaterThan(3);
    }
  });
  it('rejects what Telegram rejects', () => {
    const limit = (n: number) => constraintsFor('limit', 'upload.getFile', { kind: 'int', value: n }).every((c) => c.check.test({ kind: 'int', value: n }));
    expect([10, 4096 * 3, 2 * 1024 * 1024].map(limit)).toEqual([false, false, false]);
    expect([4096, 512 * 1024, 1024 * 1024].map(limit)).toEqual([true, true, true]);
    const past = { kind: 'int', value: 1735689600 } as const;
    expect(constraintsFor('until_date', 'chatBannedRights', past).some((c) => !c.check.test(past))).toBe(true);
    const command = { kind: 'string', value: 'Some Command' } as const;
    expect(constraintsFor('command', 'botCommand', command).some((c) => !c.check.test(command))).toBe(true);
  });
  it('fixed dates: the future ones after the table date, a scheduled one within a year of it', () => {
    expect(FUTURE_DATE).toBeGreaterThan(TABLE_DATE);
    expect(SCHEDULE_DATE).toBeGreaterThan(TABLE_DATE);
    expect(SCHEDULE_DATE - TABLE_DATE).toBeLessThanOrEqual(365 * 86400);
  });
});

describe('every example of the bundled layer', () => {
  it.each(['none', 'all'] as const)('--flags %s: holds every constraint', (flags) => {
    const r = valuesReport(schema, flags);
    expect(r.violations).toEqual([]);
    expect(r.constraintsChecked).toBeGreaterThan(200);
  });
  it('keeps IDs of fields typed int53 (a JS number in @mtcute/tl) within 2^53 - 1', () => {
    const int53 = int53Fields();
    const bad: string[] = [];
    let checked = 0;
    for (const flags of ['none', 'all'] as const) {
      for (const m of schema.methods) {
        for (const s of valueSites(m.name, buildCall(schema, m, { mode: 'realistic', flags, set: {} }).args)) {
          if (s.value.kind !== 'long' || !int53.has(`${s.owner}.${s.name}`)) continue;
          checked++;
          const v = s.value.value;
          if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) bad.push(`${s.path} = ${v}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });
});

describeShared('constraints over the bundles in ../shared', () => {
  it.each([BUNDLE_MODERN, BUNDLE_176, BUNDLE_2018])('%s: every example holds every constraint', async (bundle) => {
    const s = await loadSchema(bundle);
    for (const flags of ['none', 'all'] as const) expect(valuesReport(s, flags).violations).toEqual([]);
  });
});
