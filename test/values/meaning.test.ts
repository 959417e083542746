/** String values by meaning: every string of every example comes from a rule with a source, never a filler. */
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { STRING_RULES, fallbackString, meaningString, stringRule } from '../../src/values/meaning.js';
import { valuesReport, valueSites } from '../../src/values/report.js';
import { buildCall } from '../../src/values/generate.js';
import { BUNDLE_176, BUNDLE_2018, BUNDLE_MODERN, describeShared } from '../shared.js';

/** Values that say nothing about what is expected. */
const FILLERS = /^(some string here|string|text|value|foo|bar|test|lorem ipsum.*)$/i;

async function expectNoFiller(source: string | undefined): Promise<void> {
  const schema = await loadSchema(source);
  for (const flags of ['none', 'all'] as const) {
    const report = valuesReport(schema, flags);
    expect(report.fallbacks, `${source ?? 'bundled'} --flags ${flags}: strings no rule fits`).toEqual([]);
    for (const m of schema.methods) {
      const call = buildCall(schema, m, { mode: 'realistic', flags, set: {} });
      for (const s of valueSites(m.name, call.args)) {
        if (s.value.kind === 'string') expect(s.value.value, s.path).not.toMatch(FILLERS);
      }
    }
  }
}

describe('string values by meaning', () => {
  it('every rule names its source', () => {
    for (const r of STRING_RULES) expect(r.source.trim().length, String(r.name)).toBeGreaterThan(3);
  });
  it('the owner decides before the name', () => {
    expect(meaningString('command', 'botCommand')).toBe('start');
    expect(meaningString('name', 'bots.setBotInfo')).toBe('Cat Finder');
    expect(meaningString('name', 'inputFile')).toBe('photo.jpg');
    expect(meaningString('type', 'videoSize')).toBe('u');
    expect(meaningString('api_hash', 'auth.sendCode')).toMatch(/^[0-9a-f]{32}$/);
  });
  it('where no rule fits, the value is the name in words', () => {
    expect(stringRule('zoom_token', 'statsGraph')).toBeUndefined();
    expect(meaningString('zoom_token', 'statsGraph')).toBe('Zoom token');
    expect(fallbackString('')).toBe('Text');
  });
  it('the bundled layer: no filler and no fallback, with or without flags', async () => {
    await expectNoFiller(undefined);
  });
});

describeShared('string values by meaning over the bundles in ../shared', () => {
  it.each([BUNDLE_MODERN, BUNDLE_176, BUNDLE_2018])('%s: no filler and no fallback', async (bundle) => {
    await expectNoFiller(bundle);
  });
});
