/** The Lua (MadelineProto's old Lua bridge) target, as data; its printer is loaded by `load()`. */
import type { TargetInfo } from '../types.js';
import { luaEditor } from './editor.js';

export const info: TargetInfo = {
  id: 'lua',
  label: 'Lua (MadelineProto Lua bridge)',
  description: "MadelineProto's Lua bridge: ns.method({name=value, …})",
  grammar: { id: 'lua', pkg: '@tree-sitter-grammars/tree-sitter-lua', file: 'tree-sitter-lua.wasm', extensions: ['.lua'], fenceTags: ['lua'] },
  language: 'lua',
  accepts: {
    peer: "`'@username'`, `'me'`, a bot API ID (user `44700`, channel `-100…`) or a `t.me` link, in nested fields too",
    file: 'a file path or URL, uploaded by MadelineProto',
  },
  historical: true,
  sampleLang: 'Lua',
  extension: '.lua',
  editor: luaEditor,
  load: async () => (await import('./target.js')).target,
};
