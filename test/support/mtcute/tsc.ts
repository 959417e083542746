/**
 * mtcute snippets type-checked with tsc --strict against the installed @mtcute/node, all of a run
 * in one program, as a user's Node project would: `"type": "module"`, NodeNext resolution, ES2023
 * library and Node's own types (no DOM). Snippets using what mtcute's layer lacks are listed by
 * name with the reason (never skipped silently).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CallValues } from '../../../src/values/types.js';
import type { MethodModel } from '../../../src/model/types.js';
import { REPO } from '../../shared.js';
import { missingInMtcute, mtcuteSchema, mtcuteVersion } from './schema.js';
import { workdir } from './workdir.js';

const TSC = join(REPO, 'node_modules', '.bin', 'tsc');

export interface MtCase {
  /** Unique file name stem. */
  readonly name: string;
  readonly code: string;
  readonly call: CallValues;
  /** The method's TL definition (compared with mtcute's). */
  readonly method: Pick<MethodModel, 'params' | 'returns'>;
}

export interface MtTscResult {
  readonly written: number;
  readonly skipped: readonly string[];
  /** tsc's output; '' when clean. */
  readonly output: string;
  /** Skipped snippets that type-check all the same (with `proveSkipped`): the list must be exact. */
  readonly needless: readonly string[];
  readonly seconds: number;
}

export const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    skipLibCheck: true,
    types: ['node'],
  },
  include: ['*.ts'],
};

/** Splits cases into those mtcute's layer can express and those it cannot (with the reason). */
export function partition<C extends Pick<MtCase, 'name' | 'call' | 'method'>>(cases: readonly C[]): { run: C[]; skipped: string[] } {
  const run: C[] = [];
  const skipped: string[] = [];
  for (const c of cases) {
    const why = missingInMtcute(c.call, c.method);
    if (why) skipped.push(`${c.name} (${why})`);
    else run.push(c);
  }
  return { run, skipped };
}

function tsc(dir: string): string {
  const r = spawnSync(TSC, ['-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return `${r.stdout}${r.stderr}`.trim();
}

/**
 * Type-checks the cases mtcute's layer can express in one program. With `proveSkipped`, the
 * skipped ones are type-checked too, in a second program, and each must fail: a skip list that
 * held a snippet tsc accepts would hide a check.
 */
export function typecheckMtcute(label: string, cases: readonly MtCase[], { proveSkipped = false, quiet = false } = {}): MtTscResult {
  const started = performance.now();
  const { run, skipped } = partition(cases);
  const program = (what: readonly MtCase[], sub: string) => {
    const wd = workdir(`tsc-${label}-${sub}`);
    try {
      for (const c of what) wd.file(`${c.name}.ts`, c.code);
      wd.file('tsconfig.json', JSON.stringify(TSCONFIG));
      return tsc(wd.dir);
    } finally {
      wd.remove();
    }
  };
  const output = program(run, 'run');
  let needless: string[] = [];
  if (proveSkipped && skipped.length) {
    const rejected = program(cases.filter((c) => !run.includes(c)), 'skipped');
    const failing = new Set([...rejected.matchAll(/^(.+?)\.ts\(\d+,\d+\): error/gm)].map((m) => m[1]));
    needless = cases.filter((c) => !run.includes(c) && !failing.has(c.name)).map((c) => c.name);
  }
  const seconds = Math.round(performance.now() - started) / 1000;
  if (!quiet) {
    console.log(
      `[tsc ${label}] @mtcute/node ${mtcuteVersion()} (layer ${mtcuteSchema().layer}): type-checked ${run.length} in ${seconds} s, ${listSkipped(skipped)}${
        proveSkipped && skipped.length ? `\n  (each skipped one type-checked apart: ${skipped.length - needless.length} of ${skipped.length} rejected by tsc)` : ''
      }`,
    );
  }
  return { written: run.length, skipped, output, needless, seconds };
}

/** `skipped N that use what mtcute's layer lacks: …` (every name, counted). */
export function listSkipped(skipped: readonly string[]): string {
  return `skipped ${skipped.length} that use what mtcute's layer ${mtcuteSchema().layer} lacks or types differently${skipped.length ? `:\n  ${skipped.join('\n  ')}` : ''}`;
}
