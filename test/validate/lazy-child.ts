/**
 * Run in a fresh Node process by lazy.test.ts (grammars are module state, so vitest's per-file
 * isolation is not enough to observe what a first check loads). Prints one JSON line.
 */
import { checkCode, checkCodeAsync } from '../../src/validate/check.js';
import { loadedGrammars } from '../../src/validate/grammars.js';
import { checkMarkdownAsync } from '../../src/validate/markdown.js';

const out: Record<string, unknown> = { atStart: loadedGrammars() };
try {
  checkCode('lua', 'x = 1');
  out.syncBeforeLoad = 'no error';
} catch (err) {
  out.syncBeforeLoad = (err as Error).message;
}
out.php = (await checkCodeAsync('php', '$x = $!X;')).map((d) => `${d.line}:${d.column} ${d.message}`);
out.afterPhp = loadedGrammars();
out.markdown = (await checkMarkdownAsync('```json\n{"a": 1}\n```\n\n```ruby\nx(\n```\n')).diagnostics.length;
out.afterMarkdown = loadedGrammars();
process.stdout.write(JSON.stringify(out) + '\n');
