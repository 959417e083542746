/**
 * TypeScript snippets type-checked with tsc --strict against the installed `telegram` package, all
 * of a run in one program, under Node's ESM resolution and bundler resolution. Snippets using what
 * the package's layer lacks are listed by name with the reason (never skipped silently).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallValues } from '../../src/values/types.js';
import type { MethodModel } from '../../src/model/types.js';
import { GRAMJS_LAYER, GRAMJS_VERSION, missingInGramjs } from './gramjs.js';
import { REPO } from '../shared.js';

const TSC = join(REPO, 'node_modules', '.bin', 'tsc');
const CONFIGS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
};

export interface TsCase {
  /** Unique file name stem. */
  readonly name: string;
  readonly code: string;
  readonly call: CallValues;
  /** The method's TL definition (compared with GramJS's). */
  readonly method: Pick<MethodModel, 'params'>;
}

export interface TscResult {
  readonly written: number;
  readonly skipped: readonly string[];
  /** tsc's output per configuration; '' when clean. */
  readonly results: Readonly<Record<keyof typeof CONFIGS, string>>;
  readonly seconds: number;
}

export function typecheck(label: string, cases: readonly TsCase[]): TscResult {
  const started = performance.now();
  // Inside the repo, so `telegram` and `big-integer` resolve from its node_modules.
  const dir = join(REPO, 'node_modules', '.cache', `tlsnip-tsc-${label.replace(/[^a-z0-9-]/gi, '_')}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const skipped: string[] = [];
  let written = 0;
  for (const c of cases) {
    const why = missingInGramjs(c.call, c.method);
    if (why) {
      skipped.push(`${c.name} (${why})`);
      continue;
    }
    writeFileSync(join(dir, `${c.name}.ts`), c.code);
    written++;
  }
  const results = {} as Record<keyof typeof CONFIGS, string>;
  for (const [name, cfg] of Object.entries(CONFIGS) as [keyof typeof CONFIGS, (typeof CONFIGS)['bundler']][]) {
    const tsconfig = join(dir, `tsconfig.${name}.json`);
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', ...cfg, esModuleInterop: true, skipLibCheck: true, types: ['node'] },
        include: ['*.ts'],
      }),
    );
    const r = spawnSync(TSC, ['-p', tsconfig], { encoding: 'utf8', maxBuffer: 64 << 20 });
    results[name] = `${r.stdout}${r.stderr}`.trim();
  }
  rmSync(dir, { recursive: true, force: true });
  const seconds = Math.round(performance.now() - started) / 1000;
  console.log(
    `[tsc ${label}] telegram ${GRAMJS_VERSION} (layer ${GRAMJS_LAYER}): type-checked ${written} in ${seconds} s, skipped ${skipped.length} that use what layer ${GRAMJS_LAYER} lacks${
      skipped.length ? `:\n  ${skipped.slice(0, 30).join('\n  ')}${skipped.length > 30 ? `\n  … and ${skipped.length - 30} more` : ''}` : ''
    }`,
  );
  return { written, skipped, results, seconds };
}
