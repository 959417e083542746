/** The TypeScript (mtcute) target, as data; its printer is loaded by `load()`. */
import type { TargetInfo } from '../types.js';

export const info: TargetInfo = {
  id: 'mtcute',
  label: 'TypeScript (mtcute)',
  description: 'mtcute (@mtcute/node): await tg.call({ _: "ns.method", … }), peers resolved first, longs as Long',
  // The same grammar as the GramJS target declares (the registry checks that the two agree).
  grammar: {
    id: 'typescript',
    pkg: 'tree-sitter-typescript',
    file: 'tree-sitter-typescript.wasm',
    extensions: ['.ts'],
    fenceTags: ['ts', 'typescript'],
  },
  language: 'ts',
  accepts: {
    peer: "no strings: `await tg.resolvePeer('durov')` (`resolveUser`, `resolveChannel`) or `{ _: 'inputPeerSelf' }`",
    file: "`(await tg.uploadFile({ file: 'photo.jpg' })).inputFile`",
  },
  sampleLang: 'TypeScript',
  extension: '.ts',
  load: async () => (await import('./target.js')).target,
};
