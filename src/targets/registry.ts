/**
 * The targets, as data plus a lazy loader: listing targets or validating a PHP snippet never loads
 * the Lua printer or grammar.
 */
import type { Target } from './types.js';
import type { GrammarId } from '../validate/grammars.js';

export type { GrammarId };

export interface TargetInfo {
  readonly id: string;
  readonly label: string;
  /** What it calls, in a sentence, for `tlsnip list targets`. */
  readonly description: string;
  readonly grammar: GrammarId;
  /** Markdown fence tag and `--json` "language". */
  readonly language: string;
  readonly extension: string;
  load(): Promise<Target>;
}

export const TARGETS: readonly TargetInfo[] = Object.freeze(([
  {
    id: 'php',
    label: 'PHP (MadelineProto)',
    description: 'MadelineProto v8: $MadelineProto->ns->method(name: value, …); --php-style array for the legacy form',
    grammar: 'php',
    language: 'php',
    extension: '.php',
    load: async () => (await import('./php/target.js')).target,
  },
  {
    id: 'http-bot',
    label: 'PWRTelegram HTTP API (bot)',
    description: 'curl to …/bot<token>/madeline with method and JSON params; only for methods bots can use',
    grammar: 'bash',
    language: 'sh',
    extension: '.sh',
    load: async () => (await import('./http-bot/target.js')).target,
  },
  {
    id: 'http-user',
    label: 'PWRTelegram HTTP API (user)',
    description: 'curl to …/user<token>/<method> with one form field per parameter',
    grammar: 'bash',
    language: 'sh',
    extension: '.sh',
    load: async () => (await import('./http-user/target.js')).target,
  },
  {
    id: 'lua',
    label: 'Lua (MadelineProto Lua bridge)',
    description: "MadelineProto's Lua bridge: ns.method({name=value, …})",
    grammar: 'lua',
    language: 'lua',
    extension: '.lua',
    load: async () => (await import('./lua/target.js')).target,
  },
  {
    id: 'ts',
    label: 'TypeScript (GramJS)',
    description: 'GramJS (telegram, or teleproto with --ts-package): await client.invoke(new Api.ns.Method({ … }))',
    grammar: 'typescript',
    language: 'ts',
    extension: '.ts',
    load: async () => (await import('./ts/target.js')).target,
  },
] satisfies TargetInfo[]).map((t) => Object.freeze(t)));

export function targetInfo(id: string): TargetInfo | undefined {
  return TARGETS.find((t) => t.id === id);
}

const loaded = new Map<string, Promise<Target>>();
export function loadTarget(info: TargetInfo): Promise<Target> {
  let t = loaded.get(info.id);
  if (!t) loaded.set(info.id, (t = info.load()));
  return t;
}
