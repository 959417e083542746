/**
 * The child process of the real-client rung: runs compiled snippets (whole programs, their
 * "@mtcute/node" import pointed at fake-node) one after the other in this one process, each
 * against fresh state, and writes what each sent to the output file.
 *   node runner.js cases.json results.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CaseState, Neutral } from './fake-node.js';

export interface RunnerCase {
  readonly id: number;
  /** The compiled program. */
  readonly file: string;
  readonly method: string;
  readonly neutral: Neutral;
  readonly channels: readonly string[];
}

export interface RunnerResult {
  readonly id: number;
  readonly error?: string;
  readonly requests: CaseState['requests'];
  readonly unexpected: CaseState['unexpected'];
  readonly uploads: CaseState['uploads'];
  readonly peers: CaseState['peers'];
  readonly options: CaseState['options'];
  /** One entry per tg.handleClientUpdate call: whether it was given the call's result. */
  readonly handled: readonly boolean[];
  /** Whether console.log printed the call's result. */
  readonly logged: boolean;
}

const TIMEOUT_MS = 30_000;

const [input, output] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(input!, 'utf8')) as RunnerCase[];
const results: RunnerResult[] = [];
const log = console.log;
let stray: unknown[] = [];
process.on('unhandledRejection', (e) => stray.push(e));

for (const c of cases) {
  const s: CaseState = {
    method: c.method,
    neutral: c.neutral,
    channels: new Set(c.channels),
    requests: [],
    calls: new WeakSet(),
    unexpected: [],
    uploads: {},
    peers: {},
    options: [],
    clients: [],
    answer: undefined,
    handled: [],
    nextId: 9_000_000_000,
  };
  (globalThis as unknown as { __tlsnipMtcute: CaseState }).__tlsnipMtcute = s;
  stray = [];
  const logged: unknown[][] = [];
  console.log = (...args: unknown[]) => void logged.push(args);
  let error: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      import(pathToFileURL(c.file).href),
      new Promise((_r, reject) => (timer = setTimeout(() => reject(new Error(`the program did not finish in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))),
    ]);
  } catch (e) {
    error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  } finally {
    clearTimeout(timer);
    console.log = log;
  }
  for (const tg of s.clients) await tg.destroy().catch(() => {});
  if (!error && stray.length) error = `unhandled rejection: ${String((stray[0] as Error)?.stack ?? stray[0])}`;
  results.push({
    id: c.id,
    ...(error ? { error } : {}),
    requests: s.requests,
    unexpected: s.unexpected,
    uploads: s.uploads,
    peers: s.peers,
    options: s.options,
    handled: s.handled,
    logged: logged.some((args) => args.length === 1 && args[0] === s.answer),
  });
}

writeFileSync(output!, JSON.stringify(results));
process.exit(0);
