/** The PWRTelegram HTTP API (user) target, as data; its printer is loaded by `load()`. */
import type { TargetInfo } from '../types.js';

export const info: TargetInfo = {
  id: 'http-user',
  label: 'PWRTelegram HTTP API (user)',
  description: 'curl to …/user<token>/<method> with one form field per parameter',
  grammar: { id: 'bash', pkg: 'tree-sitter-bash', file: 'tree-sitter-bash.wasm', extensions: ['.sh'], fenceTags: ['sh', 'bash', 'shell', 'curl'] },
  language: 'sh',
  sampleLang: 'Shell',
  extension: '.sh',
  load: async () => (await import('./target.js')).target,
};
