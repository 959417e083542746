/** Calls that do something: setters show the parameter that makes them change something. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/loaders/index.js';
import { lookup } from '../../src/model/lookup.js';
import type { SchemaModel } from '../../src/model/types.js';
import { buildCall } from '../../src/values/generate.js';
import { CONSTRUCTOR_OVERRIDES, METHOD_OVERRIDES } from '../../src/values/meaningful.js';
import { valuesReport } from '../../src/values/report.js';
import type { CallValues, Value, ValueOptions } from '../../src/values/types.js';
import { BUNDLE_176, BUNDLE_2018, BUNDLE_MODERN, describeShared } from '../shared.js';

let schema: SchemaModel;
beforeAll(async () => {
  schema = await loadSchema(undefined);
});
const call = (name: string, o: Partial<ValueOptions> = {}): CallValues =>
  buildCall(schema, lookup(schema).method(name)!, { mode: 'realistic', flags: 'none', set: {}, ...o });
const names = (c: CallValues) => c.args.map((a) => a.name);
const fieldNames = (v: Value | undefined) => (v?.kind === 'object' ? v.fields.map((f) => f.name) : []);

describe('calls that do something', () => {
  it('a setter with only optional parameters shows the one that makes the change', () => {
    expect(names(call('account.updateProfile'))).toEqual(['first_name']);
    expect(names(call('photos.uploadProfilePhoto'))).toEqual(['file']);
    expect(names(call('account.updateBusinessLocation'))).toEqual(['geo_point', 'address']);
    expect(names(call('account.setContentSettings'))).toEqual(['sensitive_enabled']);
    expect(names(call('account.updateColor'))).toEqual(['color']);
    expect(names(call('account.updateBirthday'))).toEqual(['birthday']);
  });
  it('an edit whose required parameters only select what is edited shows the new content', () => {
    expect(names(call('messages.editMessage'))).toEqual(['peer', 'id', 'message']);
  });
  it('a constructor made of flags sets the one that gives it a meaning', () => {
    const rights = call('channels.editBanned').args.find((a) => a.name === 'banned_rights')!.value;
    expect(fieldNames(rights)).toEqual(['send_messages', 'until_date']);
  });
  it('--flags none still leaves out what a getter does not need; placeholder mode is unchanged', () => {
    expect(names(call('photos.getUserPhotos'))).toEqual(['user_id', 'offset', 'max_id', 'limit']);
    expect(names(call('messages.sendMessage'))).toEqual(['peer', 'message']);
    expect(names(call('account.updateProfile', { mode: 'placeholder' }))).toEqual([]);
    expect(names(call('account.updateProfile', { flags: 'all' }))).toEqual(['first_name', 'last_name', 'about']);
  });
  it('every override names parameters its method or constructor has', () => {
    const s = lookup(schema);
    for (const [m, o] of Object.entries(METHOD_OVERRIDES)) {
      const params = s.method(m)?.params.map((p) => p.name);
      expect(params, m).toBeDefined();
      for (const p of o.show) expect(params, `${m}.${p}`).toContain(p);
      expect(o.why.length, m).toBeGreaterThan(3);
    }
    for (const [c, o] of Object.entries(CONSTRUCTOR_OVERRIDES)) {
      const params = s.constructorByName(c)?.params.map((p) => p.name);
      expect(params, c).toBeDefined();
      for (const p of o.show) expect(params, `${c}.${p}`).toContain(p);
    }
  });
  it('the bundled layer: no empty call among the methods that change something', () => {
    expect(valuesReport(schema).emptyCalls).toEqual([]);
  });
});

describeShared('calls that do something, bundles in ../shared', () => {
  it.each([BUNDLE_MODERN, BUNDLE_176, BUNDLE_2018])('%s: no empty call', async (bundle) => {
    expect(valuesReport(await loadSchema(bundle)).emptyCalls).toEqual([]);
  });
});
