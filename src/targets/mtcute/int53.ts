/**
 * Which TL fields mtcute types as `number` although TL says `long`: those its schema marks `int53`
 * (212 in @mtcute/tl 223, e.g. `inputPeerUser.user_id`). Our model does not keep the mark (the
 * loader reads `int53` as `long`, and .tl files and bundles never had it), so the table is read at
 * run time from the installed `@mtcute/tl`'s own api-schema.json, whose generated typings and
 * writer the snippets are compiled and run against. It is read once, and only when a snippet
 * prints a long (about 30 ms).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let table: ReadonlySet<string> | undefined;

/** `owner.field` (owner: a constructor or method name, as in TL) of every `int53` field. */
export function int53Fields(): ReadonlySet<string> {
  if (!table) {
    const path = createRequire(import.meta.url).resolve('@mtcute/tl/api-schema.json');
    const api = JSON.parse(readFileSync(path, 'utf8')) as { e: { name: string; arguments?: { name: string; type: string }[] }[] };
    const out = new Set<string>();
    for (const e of api.e) for (const a of e.arguments ?? []) if (a.type === 'int53') out.add(`${e.name}.${a.name}`);
    table = out;
  }
  return table;
}

export const isInt53 = (owner: string, field: string): boolean => int53Fields().has(`${owner}.${field}`);
