/** `tlsnip list targets|methods`: the library's listTargets and listMethods, printed. */
import { listMethods, listTargets, loadSchema } from '../api/index.js';

export async function runList(what: 'targets' | 'methods', schemaPath: string | undefined, json: boolean): Promise<number> {
  if (what === 'targets') {
    const rows = listTargets().map((t) => ({ id: t.id, label: t.label, language: t.language, description: t.description }));
    if (json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else {
      const width = Math.max(...rows.map((r) => r.id.length));
      process.stdout.write(rows.map((r) => `${r.id.padEnd(width)}  ${r.label}: ${r.description}`).join('\n') + '\n');
    }
    return 0;
  }
  const methods = listMethods(await loadSchema(schemaPath));
  if (json) {
    const rows = methods.map((m) => ({ name: m.name, returns: m.returns, usability: m.usability, params: m.params.filter((p) => p.type !== '#').length }));
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  } else process.stdout.write(methods.map((m) => m.name).join('\n') + '\n');
  return 0;
}
