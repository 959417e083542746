/** Validates a loader's output against the zod schemas and freezes it. Used by every loader. */
import { SchemaModelSchema } from './schema.js';
import type { SchemaModel } from './types.js';
import { deepFreeze } from './freeze.js';
import { InputError } from '../errors.js';

export function validateSchemaModel(data: unknown, source: string): SchemaModel {
  const result = SchemaModelSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = describePath(data, issue.path);
    throw new InputError(`${source}: invalid model at ${where}: ${issue.message}`);
  }
  return deepFreeze(result.data);
}

/** `methods[12] (messages.sendMessage).params[3].name`: a path a person can find in the input. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = data;
  let out = '';
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const name = node && typeof node === 'object' ? (node as { name?: unknown }).name : undefined;
      out += `[${key}]${typeof name === 'string' ? ` (${name})` : ''}`;
    } else out += (out ? '.' : '') + String(key);
  }
  return out || '(root)';
}
