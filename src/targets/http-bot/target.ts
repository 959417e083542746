/**
 * PWRTelegram HTTP API as a bot: `…/bot<token>/madeline` with `method` and `params`, a JSON-encoded
 * string of the named parameters, as a curl command. Absent when bots cannot use the method.
 * PWRTelegram ran MadelineProto, so MadelineProto's refusals show as comments.
 */
import { defineHelpers, warnings } from '../helpers.js';
import { jsonArgs } from '../json-value.js';
import { curlCommand, formField, shellComment } from '../shell.js';
import type { SnippetContext, Target } from '../types.js';

const URL = '"https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline"';

const params = (ctx: SnippetContext) => jsonArgs(ctx.call.args, 'http-bot');

function command(ctx: SnippetContext): string {
  const comments = warnings(ctx, 'MadelineProto').flatMap(shellComment);
  const curl = curlCommand(URL, [formField('method', ctx.method.name), formField('params', params(ctx))]);
  return [...comments, curl].join('\n');
}

export const target: Target = {
  id: 'http-bot',
  helpers: defineHelpers({
    command,
    params,
    comment: (_ctx, text) => shellComment(String(text)).join('\n'),
  }),
  unavailable: (method) => (method.usability === 'user' ? `bots cannot use ${method.name}` : null),
  embedded: (ctx) => [{ label: 'params', grammar: 'json', code: params(ctx) }],
};
