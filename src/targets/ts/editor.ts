/** Where GramJS names a TL method: `new Api.photos.GetUserPhotos(…)`, `new Api.Ping(…)`. */
import { editorSite, matchAt } from '../editor.js';
import type { EditorInfo } from '../types.js';

export const tsEditor: EditorInfo = {
  scope: 'typescript',
  // GramJS is used from JavaScript too; its statements parse as JavaScript (tested).
  languageIds: ['typescript', 'typescriptreact', 'javascript'],
  bareMethods: true,
  completionSite(before) {
    let m: RegExpExecArray | null;
    if ((m = /(?:new\s+)?Api\.([a-z]\w*)\.(\w*)$/.exec(before))) return editorSite(before, m, m[1]!, m[2]!);
    if ((m = /(?:new\s+)?Api\.(\w*)$/.exec(before))) return editorSite(before, m, null, m[1]!);
    return null;
  },
  methodAt(line, column) {
    const found = matchAt(line, column, [/Api\.([a-z]\w*)\.([A-Z]\w*)/g, /Api\.([A-Z]\w*)/g]);
    if (!found) return null;
    // The class name is the method's name with a capital: `GetUserPhotos` → `getUserPhotos`.
    const dot = found.name.lastIndexOf('.') + 1;
    return { ...found, name: found.name.slice(0, dot) + found.name[dot]!.toLowerCase() + found.name.slice(dot + 1) };
  },
  label: (short) => short[0]!.toUpperCase() + short.slice(1),
  expressionOf(statement) {
    const body = statement.replace(/^(\s*\/\/.*\n)*/, '');
    return body.slice(body.indexOf('new Api.')).replace(/,?\s*\);\s*$/, '').replace(/\s+$/, '');
  },
};
