/** The PHP (MadelineProto) target, as data; its printer is loaded by `load()`. */
import type { TargetInfo, TargetOption } from '../types.js';
import { phpEditor } from './editor.js';

export const PHP_STYLE: TargetOption<'named' | 'array'> = {
  name: 'php-style',
  choices: ['named', 'array'],
  default: 'named',
  describe: 'php: named arguments (MadelineProto v8) or the legacy array',
};

export const info: TargetInfo = {
  id: 'php',
  label: 'PHP (MadelineProto)',
  description: 'MadelineProto v8: $MadelineProto->ns->method(name: value, …); --php-style array for the legacy form',
  // php_only: the plain `php` grammar treats code without `<?php` as HTML text and finds no errors.
  grammar: { id: 'php', pkg: 'tree-sitter-php', file: 'tree-sitter-php_only.wasm', extensions: ['.php'], fenceTags: ['php'] },
  language: 'php',
  accepts: {
    peer: "`'@username'`, `'me'`, a bot API ID (user `44700`, channel `-100…`) or a `t.me` link, in nested fields too",
    file: 'a file path or URL, uploaded by MadelineProto',
  },
  sampleLang: 'PHP',
  extension: '.php',
  options: [PHP_STYLE],
  editor: phpEditor,
  load: async () => (await import('./target.js')).target,
};
