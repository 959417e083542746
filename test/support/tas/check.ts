/**
 * The check of one tas snippet's request against the model: the route TelegramApiServer took (the
 * session and the method), no error, exactly one MadelineProto call of that method, and its
 * arguments, read by TL type as the PHP rung reads them, equal to the model's values.
 */
import type { SchemaLookup } from '../../../src/model/lookup.js';
import type { CallValues } from '../../../src/values/types.js';
import { canonicalFields } from '../canonical.js';
import { decodeArgs } from '../decode.js';
import type { Outcome } from './server.js';

export function outcomeProblems(schema: SchemaLookup, method: string, call: CallValues, session: string | null, o: Outcome | undefined): string[] {
  if (!o) return [`${method}: no request arrived`];
  const problems: string[] = [];
  if (!o.route) return [`${method}: no route (${o.error})`];
  if (o.route.method !== method) problems.push(`${method}: routed to the method ${o.route.method}`);
  if (o.route.session !== session) problems.push(`${method}: routed to the session ${o.route.session}, not ${session}`);
  if (o.error) problems.push(`${method}: ${o.error}`);
  if (o.calls.length !== 1) return [...problems, `${method}: ${o.calls.length} calls recorded`];
  const [c] = o.calls;
  if (c!.method !== method) problems.push(`${method}: called ${c!.method}`);
  try {
    const sent = decodeArgs(c!.args, method, schema, 'php');
    const meant = canonicalFields(call.args, true);
    if (JSON.stringify(sent) !== JSON.stringify(meant)) problems.push(`${method}: sent ${JSON.stringify(sent).slice(0, 400)}\n   meant ${JSON.stringify(meant).slice(0, 400)}`);
  } catch (e) {
    problems.push(`${method}: ${(e as Error).message}`);
  }
  return problems;
}
