/**
 * Which TL fields mtcute types as `number` although TL says `long`: those its schema marks `int53`
 * (212 in @mtcute/tl 223, e.g. `inputPeerUser.user_id`). Our model does not keep the mark (the
 * loader reads `int53` as `long`, and .tl files and bundles never had it), so the table is read at
 * run time from the installed `@mtcute/tl`'s own api-schema.json, whose generated typings and
 * writer the snippets are compiled and run against. It is read once, when a snippet first needs
 * it. The 1.8 MB file is scanned rather than parsed (about 5 times faster, which matters to the
 * CLI's cold start); the scan checks itself and falls back to a full parse if the file's shape
 * ever changes. test/targets/mtcute/target.test.ts compares the table with a full parse.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** An entry's header (`"kind":"class","name":"…"`) or an int53 argument (`"name":"…","type":"int53"`). */
const SCAN = /"kind":"(?:class|method)","name":"([^"]+)"|"name":"([^"]+)","type":"int53"/g;

let table: ReadonlySet<string> | undefined;

export function scan(text: string): Set<string> | undefined {
  const out = new Set<string>();
  let owner: string | undefined;
  for (const m of text.matchAll(SCAN)) {
    if (m[1] !== undefined) owner = m[1];
    else if (owner === undefined) return undefined;
    else out.add(`${owner}.${m[2]}`);
  }
  // Every int53 mark must have been attributed to a field of an entry.
  return out.size === text.split('"int53"').length - 1 ? out : undefined;
}

export function parse(text: string): Set<string> {
  const api = JSON.parse(text) as { e: { name: string; arguments?: { name: string; type: string }[] }[] };
  const out = new Set<string>();
  for (const e of api.e) for (const a of e.arguments ?? []) if (a.type === 'int53') out.add(`${e.name}.${a.name}`);
  return out;
}

/** `owner.field` (owner: a constructor or method name, as in TL) of every `int53` field. */
export function int53Fields(): ReadonlySet<string> {
  if (!table) {
    // Names are ASCII: latin1 decodes the file without UTF-8's cost and keeps them intact.
    const text = readFileSync(createRequire(import.meta.url).resolve('@mtcute/tl/api-schema.json'), 'latin1');
    table = scan(text) ?? parse(text);
  }
  return table;
}

export const isInt53 = (owner: string, field: string): boolean => int53Fields().has(`${owner}.${field}`);
