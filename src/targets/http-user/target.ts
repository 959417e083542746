/**
 * PWRTelegram HTTP API as a user: `…/user<token>/<method>` with one form field per parameter.
 * PWRTelegram json_decodes every field and keeps only arrays and objects, so scalars go raw:
 * strings as they are, booleans as 1/0, numbers as digits; vectors, constructors and bytes as JSON.
 * Values that this transport would change are refused instead of sent wrong.
 */
import type { Field, Value } from '../../values/types.js';
import { UnrepresentableError, assertWellFormed, defineHelpers, warnings } from '../helpers.js';
import { jsonNumber, jsonValue } from '../json-value.js';
import { withoutAuto } from '../common.js';
import { curlCommand, formField, shellComment } from '../shell.js';
import type { SnippetContext, Target } from '../types.js';
import type { MethodModel } from '../../model/types.js';
import { isJsonString } from '../../values/meaning.js';

/** The raw form value of one parameter. */
export function fieldValue(f: Field): string {
  const v: Value = f.value;
  switch (v.kind) {
    case 'string':
    case 'file': {
      const s = v.kind === 'string' ? v.value : v.path;
      assertWellFormed(s, 'http-user');
      if (decodesToArray(s)) {
        throw new UnrepresentableError(
          `http-user cannot send ${f.name}=${JSON.stringify(s)}: PWRTelegram decodes a field that is a JSON array or object, so this string would arrive as an array`,
        );
      }
      return s;
    }
    case 'peer':
      return typeof v.ref === 'bigint' ? v.ref.toString() : (assertWellFormed(v.ref, 'http-user'), v.ref);
    case 'int':
      return jsonNumber(v.value, false);
    case 'double':
      return jsonNumber(v.value, true);
    case 'long': {
      const s = v.value.toString();
      if (s.length === 8) {
        throw new UnrepresentableError(
          `http-user cannot send the long ${f.name}=${s} as a form field: MadelineProto reads an 8-character string as 8 raw bytes`,
        );
      }
      return s;
    }
    case 'bool':
      return v.value ? '1' : '0';
    case 'placeholder':
      return v.tlType;
    default:
      return jsonValue(v, 'http-user');
  }
}

function decodesToArray(s: string): boolean {
  // Only a JSON array or object decodes to a PHP array; anything else is not worth a parse attempt.
  if (!/^[\t\n\r ]*[[{]/.test(s)) return false;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object';
  } catch {
    return false;
  }
}

function command(ctx: SnippetContext): string {
  const url = `"https://api.pwrtelegram.xyz/user\${USER_TOKEN}/${ctx.method.name}"`;
  const fields = withoutAuto(ctx.call.args).map((f) => formField(f.name, fieldValue(f)));
  const comments = warnings(ctx, 'MadelineProto').flatMap(shellComment);
  return [...comments, curlCommand(url, fields.length ? fields : ['--data ""'])].join('\n');
}

/**
 * Bots-only methods, and methods whose required string parameter holds JSON text (the passport
 * `scope`): PWRTelegram would decode it into an array, and a form field cannot carry it as a string.
 */
function unavailable(method: MethodModel): string | null {
  if (method.usability === 'bot') return `users cannot use ${method.name}`;
  const json = method.params.find((p) => !p.flag && p.type === 'string' && isJsonString(p.name, method.name));
  return json ? `PWRTelegram decodes JSON form fields, so ${method.name}'s ${json.name} (JSON text) cannot be sent as a string` : null;
}

export const target: Target = {
  id: 'http-user',
  helpers: defineHelpers({
    command,
    comment: (_ctx, text) => shellComment(String(text)).join('\n'),
  }),
  unavailable,
  embedded: (ctx) =>
    withoutAuto(ctx.call.args)
      .filter((f) => ['vector', 'object', 'bytes'].includes(f.value.kind))
      .map((f) => ({ label: f.name, grammar: 'json' as const, code: fieldValue(f) })),
};
