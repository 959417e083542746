/** The TelegramApiServer (HTTP) target, as data; its printer is loaded by `load()`. */
import type { GrammarSpec, TargetInfo, TargetOption } from '../types.js';

// The same specs as http-bot's: targets naming one grammar must agree (registry.targetGrammars).
const bash: GrammarSpec = { id: 'bash', pkg: 'tree-sitter-bash', file: 'tree-sitter-bash.wasm', extensions: ['.sh'], fenceTags: ['sh', 'bash', 'shell', 'curl'] };
const json: GrammarSpec = { id: 'json', pkg: 'tree-sitter-json', file: 'tree-sitter-json.wasm', extensions: ['.json'], fenceTags: ['json'] };

/** Any string: checked when a snippet is rendered (session.ts), which throws a TasSessionError. */
export const TAS_SESSION: TargetOption = {
  name: 'tas-session',
  default: '',
  describe: 'tas: the TelegramApiServer session to call, /api/NAME/<method> (users/xtrime is sessions/users/xtrime.madeline); empty: the server\'s only session, /api/<method>',
};

export const info: TargetInfo = {
  id: 'tas',
  label: 'TelegramApiServer (HTTP)',
  description: "curl --json to TelegramApiServer's /api/<method>: MadelineProto v8's named parameters as a JSON body",
  grammar: bash,
  embeddedGrammars: [json],
  language: 'sh',
  accepts: {
    peer: "`'@username'`, `'me'`, a bot API ID (user `44700`, channel `-100…`) or a `t.me` link, in nested fields too (TelegramApiServer runs MadelineProto)",
    file: '`{"_":"LocalFile","file":"path"}` on the server, or an upload',
  },
  sampleLang: 'Shell',
  extension: '.sh',
  options: [TAS_SESSION],
  load: async () => (await import('./target.js')).target,
};
