/**
 * Picks methods and targets from the command line: exact names, globs (`'messages.*'`, `'*'`), and
 * for a name that does not exist the nearest existing names.
 */
import picomatch from 'picomatch';
import { nearest } from './nearest.js';
import type { MethodModel, SchemaModel } from '../model/types.js';
import { lookup } from '../model/lookup.js';
import { TARGETS, targetInfo, type TargetInfo } from '../targets/registry.js';
import { InputError } from '../errors.js';

export { nearest };

const GLOB_CHARS = /[*?[\]{}!]/;

export const isGlob = (pattern: string) => GLOB_CHARS.test(pattern);

export function selectMethods(schema: SchemaModel, pattern: string): MethodModel[] {
  if (isGlob(pattern)) {
    const match = picomatch(pattern, { dot: true });
    const found = schema.methods.filter((m) => match(m.name));
    if (found.length === 0) throw new InputError(`no method of ${schema.source} matches "${pattern}"`);
    return found;
  }
  const method = lookup(schema).method(pattern);
  if (method) return [method];
  const near = nearest(pattern, schema.methods.map((m) => m.name));
  throw new InputError(
    `unknown method "${pattern}" in ${schema.source}${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ''}`,
  );
}


/** `all`, one id, or a comma-separated list (the option may also be repeated). */
export function selectTargets(values: readonly string[]): TargetInfo[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (ids.length === 0 || ids.includes('all')) return [...TARGETS];
  const out: TargetInfo[] = [];
  for (const id of ids) {
    const info = targetInfo(id);
    if (!info) {
      throw new InputError(`unknown target "${id}"; the targets are: ${TARGETS.map((t) => t.id).join(', ')} (or all)`);
    }
    if (!out.includes(info)) out.push(info);
  }
  return out;
}
