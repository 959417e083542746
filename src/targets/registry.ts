/**
 * The targets: one line each. Everything else the tool knows per target (grammars, file
 * extensions, fence tags, CLI flags, theme settings, editor support) is derived from these infos;
 * the printers load lazily, so listing targets or validating a PHP snippet never loads the Lua
 * printer or grammar.
 */
import type { GrammarSpec, Target, TargetInfo, TargetOption } from './types.js';

import { info as php } from './php/info.js';
import { info as httpBot } from './http-bot/info.js';
import { info as httpUser } from './http-user/info.js';
import { info as lua } from './lua/info.js';
import { info as ts } from './ts/info.js';
import { info as mtcute } from './mtcute/info.js';
import { info as telethon } from './telethon/info.js';
import { info as tas } from './tas/info.js';

export const TARGETS: readonly TargetInfo[] = Object.freeze([php, httpBot, httpUser, lua, ts, mtcute, telethon, tas]);

export type { TargetInfo };

export function targetInfo(id: string): TargetInfo | undefined {
  return TARGETS.find((t) => t.id === id);
}

const loaded = new Map<string, Promise<Target>>();
export function loadTarget(info: TargetInfo): Promise<Target> {
  let t = loaded.get(info.id);
  if (!t) loaded.set(info.id, (t = info.load()));
  return t;
}

/** Every grammar a target declares, once, in registry order; two targets naming one id must agree. */
export function targetGrammars(): GrammarSpec[] {
  const out = new Map<string, GrammarSpec>();
  for (const t of TARGETS) {
    for (const g of [t.grammar, ...(t.embeddedGrammars ?? [])]) {
      const seen = out.get(g.id);
      if (!seen) out.set(g.id, g);
      else if (seen.pkg !== g.pkg || seen.file !== g.file) {
        throw new Error(`target ${t.id}: grammar "${g.id}" is ${g.pkg}/${g.file}, another target declares ${seen.pkg}/${seen.file}`);
      }
    }
  }
  return [...out.values()];
}

/** Every target option, with the target that declares it; names are unique across targets. */
export function targetOptions(): { target: TargetInfo; option: TargetOption }[] {
  const out: { target: TargetInfo; option: TargetOption }[] = [];
  for (const t of TARGETS) {
    for (const option of t.options ?? []) {
      const clash = out.find((o) => o.option.name === option.name);
      if (clash) throw new Error(`target ${t.id}: option --${option.name} is declared by ${clash.target.id} too`);
      out.push({ target: t, option });
    }
  }
  return out;
}

/** The targets with editor support (snippet files, language server), in registry order. */
export function editorTargets(): TargetInfo[] {
  return TARGETS.filter((t) => t.editor);
}
