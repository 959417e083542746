/** The PWRTelegram HTTP API (user) target, as data; its printer is loaded by `load()`. */
import type { GrammarSpec, TargetInfo } from '../types.js';

/** Form fields holding vectors and constructors are JSON, checked with their own grammar. */
const json: GrammarSpec = { id: 'json', pkg: 'tree-sitter-json', file: 'tree-sitter-json.wasm', extensions: ['.json'], fenceTags: ['json'] };

export const info: TargetInfo = {
  id: 'http-user',
  label: 'PWRTelegram HTTP API (user)',
  description: 'curl to …/user<token>/<method> with one form field per parameter',
  grammar: { id: 'bash', pkg: 'tree-sitter-bash', file: 'tree-sitter-bash.wasm', extensions: ['.sh'], fenceTags: ['sh', 'bash', 'shell', 'curl'] },
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
