/** Where Lua names a TL method: `photos.getUserPhotos(…)`, `madelineFunction({_='ns.method', …})`. */
import { editorSite, matchAt } from '../editor.js';
import type { EditorInfo } from '../types.js';

export const luaEditor: EditorInfo = {
  scope: 'lua',
  languageIds: ['lua'],
  // A bare name followed by `.` is any Lua table: only namespaces are offered at the top level.
  bareMethods: false,
  completionSite(before) {
    const m = /(?<![\w.:])([a-z]\w*)\.(\w*)$/.exec(before);
    return m ? editorSite(before, m, m[1]!, m[2]!) : null;
  },
  methodAt: (line, column) => matchAt(line, column, [/(?<![\w.:])([a-z]\w*)\.(\w+)(?=\s*\()/g, /madelineFunction\(\{\s*_\s*=\s*['"]([\w.]+)['"]/g]),
  label: (short) => short,
  expressionOf: (statement) => statement.replace(/^(\s*--.*\n)*/, '').replace(/^local\s+\w+ = /, ''),
};
