/** The Python (Telethon) target, as data; its printer is loaded by `load()`. */
import type { TargetInfo } from '../types.js';

export const info: TargetInfo = {
  id: 'telethon',
  label: 'Python (Telethon)',
  description: 'Telethon (asyncio): result = await client(functions.ns.MethodRequest(name=value, …))',
  grammar: { id: 'python', pkg: 'tree-sitter-python', file: 'tree-sitter-python.wasm', extensions: ['.py'], fenceTags: ['python', 'py'] },
  language: 'python',
  accepts: {
    peer: "`'durov'`, `'me'` or an ID in the request's own fields; nested: `await client.get_input_entity('durov')`",
    file: "`await client.upload_file('photo.jpg')`",
  },
  sampleLang: 'Python',
  extension: '.py',
  load: async () => (await import('./target.js')).target,
};
