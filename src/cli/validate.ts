/** `tlsnip validate FILE_OR_DIR…`: the tree-sitter check, for files written by anyone. */
import { validateFiles } from '../api/index.js';
import { formatReport, invalidCount } from '../validate/files.js';

export async function runValidate(paths: string[], json: boolean): Promise<number> {
  const reports = await validateFiles(paths);
  const invalid = invalidCount(reports);
  if (json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  else process.stdout.write(formatReport(reports) + '\n');
  return invalid > 0 ? 1 : 0;
}
