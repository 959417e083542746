/** Where PHP names a TL method: `$MadelineProto->photos->getUserPhotos`, `$MadelineProto->ping`. */
import { editorSite, matchAt } from '../editor.js';
import type { EditorInfo } from '../types.js';

export const phpEditor: EditorInfo = {
  scope: 'php',
  languageIds: ['php'],
  bareMethods: true,
  completionSite(before) {
    let m: RegExpExecArray | null;
    if ((m = /\$MadelineProto->(\w+)->(\w*)$/.exec(before))) return editorSite(before, m, m[1]!, m[2]!);
    if ((m = /\$MadelineProto->(\w*)$/.exec(before))) return editorSite(before, m, null, m[1]!);
    return null;
  },
  methodAt: (line, column) => matchAt(line, column, [/\$MadelineProto->(\w+)->(\w+)/g, /\$MadelineProto->(\w+)(?=\s*\()/g]),
  label: (short) => short,
  expressionOf: (statement) => statement.replace(/^(\s*\/\/.*\n)*/, '').replace(/^\$\w+ = /, '').replace(/;\s*$/, ''),
};
