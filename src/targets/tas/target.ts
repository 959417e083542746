/**
 * TelegramApiServer (xtrime-ru/TelegramApiServer), PWRTelegram's maintained successor: an HTTP
 * server running MadelineProto v8. A call is `curl --json '{…}' http://127.0.0.1:9503/api/<method>`
 * (`/api/<session>/<method>` with --tas-session): curl ≥ 7.82 sends exactly
 * `Content-Type: application/json`, the only type TelegramApiServer json_decodes. The body holds the
 * named parameters as MadelineProto v8 reads them (json.ts); a method without parameters is a
 * plain GET. MadelineProto's refusals show as comments.
 */
import { parseTypeRef, PRIMITIVES } from '../../model/typeref.js';
import type { MethodModel } from '../../model/types.js';
import { PEER_TYPES } from '../../values/examples.js';
import { withoutAuto } from '../common.js';
import { defineHelpers, warnings } from '../helpers.js';
import { shellComment, shellQuote } from '../shell.js';
import { optionValue, type EmbeddedCode, type SnippetContext, type Target } from '../types.js';
import { TAS_SESSION } from './info.js';
import { bodyNode, compact, pretty } from './json.js';
import { sessionPath } from './session.js';

/** Where `docker compose up -d` (its docker-compose.yml) and `php server.php` listen by default. */
export const TAS_ADDRESS = 'http://127.0.0.1:9503';

/** A command that fits in this many columns stays on one line, its JSON compact (a shell one-liner; the URL alone takes 46). */
const WIDTH = 120;

const session = (ctx: SnippetContext) => optionValue(ctx.options, TAS_SESSION);

export function tasUrl(ctx: SnippetContext): string {
  return `${TAS_ADDRESS}/api/${sessionPath(session(ctx))}${ctx.method.name}`;
}

/** The JSON body as printed (compact when the command fits on a line), or null for a method without parameters. */
function body(ctx: SnippetContext, mark: boolean): string | null {
  if (withoutAuto(ctx.call.args).length === 0) return null;
  const plain = compact(bodyNode(ctx.call.args, false));
  const oneLine = `curl --json ${shellQuote(plain)} ${tasUrl(ctx)}`;
  const fits = !oneLine.includes('\n') && [...oneLine].length <= WIDTH;
  const node = bodyNode(ctx.call.args, mark);
  return fits ? compact(node) : pretty(node);
}

function command(ctx: SnippetContext): string {
  const comments = warnings(ctx, 'MadelineProto').flatMap(shellComment);
  const json = body(ctx, ctx.options.markArguments === true);
  const curl = json === null ? `curl ${tasUrl(ctx)}` : `curl --json ${shellQuote(json)} ${tasUrl(ctx)}`;
  return [...comments, curl].join('\n');
}

/** Where the server runs and how it is started, as comments. */
function setup(ctx: SnippetContext): string {
  const name = session(ctx);
  sessionPath(name);
  const lines = name
    ? [
        `TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started with`,
        `php server.php --session=${name} (the session file is sessions/${name}.madeline).`,
      ]
    : [
        'TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started',
        'with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.',
      ];
  return lines.flatMap(shellComment).join('\n');
}

const SCALARS = new Set([...PRIMITIVES].filter((t) => t !== 'bytes'));

/**
 * Methods TelegramApiServer cannot call as written:
 *  - no namespace (invokeWithLayer, initConnection, …): `/api/<name>` is looked up among
 *    MadelineProto's own PHP methods (ApiController::callApiCommon), and MadelineProto v8 has none by
 *    these names: it wraps queries in them itself;
 *  - a parameter named `request`: TelegramApiServer sets it to the HTTP request;
 *  - a `data` parameter whose JSON is an object or array (a DataJSON, a vector, a constructor):
 *    TelegramApiServer merges it into the other parameters and drops it.
 */
export function tasUnavailable(method: MethodModel): string | null {
  if (!method.name.includes('.')) {
    return `TelegramApiServer looks /api/${method.name} up among MadelineProto's own PHP methods, and MadelineProto v8 has none named ${method.name}`;
  }
  if (method.params.some((p) => p.name === 'request')) return `TelegramApiServer replaces the parameter "request" of ${method.name} with the HTTP request`;
  const data = method.params.find((p) => p.name === 'data');
  if (data) {
    const t = parseTypeRef(data.type);
    const scalar = t.kind === 'named' && (t.name === 'bytes' || SCALARS.has(t.name) || PEER_TYPES.has(t.name));
    if (!scalar) return `TelegramApiServer merges a data parameter that is a JSON object or array (${data.type}) into the other parameters, so ${method.name} cannot receive it`;
  }
  return null;
}

export const target: Target = {
  id: 'tas',
  helpers: defineHelpers({
    command,
    setup,
    url: (ctx) => tasUrl(ctx),
    body: (ctx) => body(ctx, false) ?? '',
    comment: (_ctx, text) => shellComment(String(text)).join('\n'),
  }),
  unavailable: tasUnavailable,
  embedded: (ctx): EmbeddedCode[] => {
    const json = body(ctx, false);
    return json === null ? [] : [{ label: 'body', grammar: 'json', code: json }];
  },
};
