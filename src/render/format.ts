/**
 * `--format`: the target's own formatter (prettier for PHP and TypeScript) over output from user
 * templates whose layout is not already the formatter's. Loaded only when asked for (prettier costs
 * ~150 ms to load). Targets without a formatter return their code unchanged.
 */
import { loadTarget, type TargetInfo } from '../targets/registry.js';

export async function formatCode(info: TargetInfo, code: string): Promise<string> {
  const target = await loadTarget(info);
  return target.format ? target.format(code) : code;
}
