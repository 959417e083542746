/** Hover text for a method: description, parameters, return type, who can call it, errors. */
import type { MethodModel } from '../../model/types.js';

const cell = (s: string) => s.replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|');

export function hoverMarkdown(m: MethodModel): string {
  const out = [`**${m.name}** → \`${m.returns}\``, ''];
  if (m.description) out.push(m.description, '');
  if (m.disallowed) out.push(`> MadelineProto refuses to call it directly: ${cell(m.disallowed)}`, '');
  const params = m.params.filter((p) => p.type !== '#');
  if (params.length) {
    out.push('| Parameter | Type | Required | Description |', '|---|---|---|---|');
    for (const p of params) out.push(`| \`${p.name}\` | \`${p.type}\` | ${p.flag ? `No (${p.flag.field}.${p.flag.bit})` : 'Yes'} | ${cell(p.description)} |`);
    out.push('');
  } else out.push('No parameters.', '');
  const who = { both: 'users and bots', user: 'users only', bot: 'bots only', unknown: 'unknown' }[m.usability];
  out.push(`Returns \`${m.returns}\`. Can be called by: ${who}.`);
  if (m.errors.length) {
    out.push('', '| Code | Error | Description |', '|---|---|---|');
    for (const e of m.errors) out.push(`| ${e.code} | \`${e.name}\` | ${cell(e.description)} |`);
  }
  return out.join('\n');
}
