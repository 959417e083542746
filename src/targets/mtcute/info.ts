/** The TypeScript (mtcute) target, as data; its printer is loaded by `load()`. */
import type { TargetInfo } from '../types.js';
// The same language and tree-sitter grammar as the GramJS target: its spec object itself, so the
// two can never disagree (the registry requires targets naming one grammar to agree).
import { info as gramjs } from '../ts/info.js';

export const info: TargetInfo = {
  id: 'mtcute',
  label: 'TypeScript (mtcute)',
  description: 'mtcute (@mtcute/node): await tg.call({ _: "ns.method", … }), peers resolved first, longs as Long',
  grammar: gramjs.grammar,
  language: gramjs.language,
  sampleLang: 'TypeScript',
  extension: '.ts',
  load: async () => (await import('./target.js')).target,
};
