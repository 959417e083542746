/** `tlsnip values --report`: the quality of a schema's example values, as numbers (see values/report.ts). */
import { loadSchema, valuesReport } from '../api/index.js';
import type { FlagsPolicy } from '../values/types.js';
import { InputError } from '../errors.js';

export async function runValuesReport(schemaPath: string | undefined, flags: FlagsPolicy, json: boolean, report: boolean): Promise<number> {
  if (!report) throw new InputError('values: give --report (the only thing it does so far)');
  const r = await valuesReport(await loadSchema(schemaPath), flags);
  if (json) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return 0;
  }
  const lines = [
    `${r.schema}: ${r.methods} methods, --flags ${r.flags}`,
    `fallback values: ${r.fallbackValues} of ${r.strings} strings`,
    `empty calls: ${r.emptyCalls.length} (methods that change something and take parameters, sending none)`,
    `constraints checked: ${r.constraintsChecked}, violated: ${r.violations.length}`,
    ...r.fallbacks.map((f) => `  fallback: ${f}`),
    ...r.emptyCalls.map((m) => `  empty call: ${m}`),
    ...r.violations.map((v) => `  violation: ${v}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
