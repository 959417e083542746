/** The PWRTelegram HTTP API (bot) target, as data; its printer is loaded by `load()`. */
import type { GrammarSpec, TargetInfo } from '../types.js';

const bash: GrammarSpec = { id: 'bash', pkg: 'tree-sitter-bash', file: 'tree-sitter-bash.wasm', extensions: ['.sh'], fenceTags: ['sh', 'bash', 'shell', 'curl'] };
const json: GrammarSpec = { id: 'json', pkg: 'tree-sitter-json', file: 'tree-sitter-json.wasm', extensions: ['.json'], fenceTags: ['json'] };

export const info: TargetInfo = {
  id: 'http-bot',
  label: 'PWRTelegram HTTP API (bot)',
  description: 'curl to …/bot<token>/madeline with method and JSON params; only for methods bots can use',
  grammar: bash,
  embeddedGrammars: [json],
  language: 'sh',
  accepts: {
    peer: "`'@username'`, `'me'`, a bot API ID (user `44700`, channel `-100…`) or a `t.me` link, in nested fields too",
    file: 'a file path or URL, uploaded by the service',
  },
  historical: true,
  sampleLang: 'Shell',
  extension: '.sh',
  load: async () => (await import('./target.js')).target,
};
