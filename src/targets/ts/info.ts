/** The TypeScript (GramJS) target, as data; its printer is loaded by `load()`. */
import type { TargetInfo, TargetOption } from '../types.js';
import { tsEditor } from './editor.js';

export const TS_PACKAGE: TargetOption<'telegram' | 'teleproto'> = {
  name: 'ts-package',
  choices: ['telegram', 'teleproto'],
  default: 'telegram',
  describe: 'ts: the GramJS package to import (teleproto is its maintained fork)',
};

export const info: TargetInfo = {
  id: 'ts',
  label: 'TypeScript (GramJS)',
  description: 'GramJS (telegram, or teleproto with --ts-package): await client.invoke(new Api.ns.Method({ … }))',
  grammar: {
    id: 'typescript',
    pkg: 'tree-sitter-typescript',
    file: 'tree-sitter-typescript.wasm',
    extensions: ['.ts'],
    fenceTags: ['ts', 'typescript'],
  },
  language: 'ts',
  accepts: {
    peer: "`'durov'`, `'me'` or an ID in the request's own fields, resolved by GramJS; nested: `await client.getInputEntity('durov')`",
    file: '`await client.uploadFile({ file: new CustomFile(…), workers: 1 })`',
  },
  sampleLang: 'TypeScript',
  extension: '.ts',
  options: [TS_PACKAGE],
  editor: tsEditor,
  load: async () => (await import('./target.js')).target,
};
