/**
 * Benchmark of `checkCode`: parses per second per grammar over ~2,000 realistic, valid snippets
 * each (MadelineProto PHP, Lua table calls, gram.js TypeScript, PWR JSON params, curl commands).
 * Not a test. Run: `npx tsx src/validate/bench-check.ts [snippetsPerGrammar] [rounds]`.
 */
import { performance } from 'node:perf_hooks';
import { checkCode } from './check.js';
import { type GrammarId, GRAMMAR_IDS, loadGrammars, parserFor } from './grammars.js';

const METHODS = [
  ['messages', 'sendMessage'],
  ['messages', 'getHistory'],
  ['photos', 'getUserPhotos'],
  ['channels', 'editBanned'],
  ['users', 'getFullUser'],
  ['contacts', 'resolveUsername'],
  ['messages', 'forwardMessages'],
  ['account', 'updateProfile'],
  ['upload', 'getFile'],
  ['messages', 'editChatDefaultBannedRights'],
] as const;

const TEXTS = ['hi', "it's \"quoted\"", 'ünïcødé ✓ 😀', '@durov says hi!', 'back\\slash', '$HOME ${x} {$y}', 'line1\nline2'];

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length]!;
}

const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const phpStr = (s: string) => `'${s.replace(/[\\']/g, (c) => '\\' + c)}'`;
const luaStr = (s: string) => `[==[${s}]==]`;
const jsStr = (s: string) => JSON.stringify(s);
const shQuote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

function params(i: number): [string, string | number | boolean][] {
  const list: [string, string | number | boolean][] = [
    ['peer', pick(['@durov', 'me', '@telegram'], i)],
    ['message', pick(TEXTS, i)],
    ['random_id', 1000 + i],
    ['no_webpage', i % 2 === 0],
  ];
  return list.slice(0, 2 + (i % 3));
}

const value = (v: string | number | boolean, str: (s: string) => string) => (typeof v === 'string' ? str(v) : String(v));

const GENERATORS: Record<GrammarId, (i: number) => string> = {
  php(i) {
    const [ns, m] = pick(METHODS, i);
    const args = params(i).map(([k, v]) => `    ${k}: ${value(v, phpStr)},`).join('\n');
    const call = `$Result_${i} = $MadelineProto->${ns}->${m}(\n${args}\n    reply_markup: ['inline_keyboard' => [[['text' => 'A', 'callback_data' => "\\x00${i}"]]]],\n);\n`;
    return i % 2
      ? call
      : `<?php declare(strict_types=1);\n\nif (!file_exists('madeline.php')) {\n    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');\n}\ninclude 'madeline.php';\n\n$MadelineProto = new \\danog\\MadelineProto\\API('session.madeline');\n$MadelineProto->start();\n\n${call}`;
  },
  lua(i) {
    const [ns, m] = pick(METHODS, i);
    const fields = params(i).map(([k, v]) => `  ${k} = ${value(v, i % 2 ? luaStr : jsStr)},`).join('\n');
    return `local result = ${ns}.${m}({\n${fields}\n  ["until"] = ${i},\n  data = '\\0001',\n  entities = {},\n})\nprint(result)\n`;
  },
  typescript(i) {
    const [ns, m] = pick(METHODS, i);
    const fields = params(i)
      .map(([k, v]) => `    ${camel(k)}: ${k === 'random_id' ? `bigInt(${jsStr(String(v))})` : value(v, jsStr)},`)
      .join('\n');
    const call = `const result = await client.invoke(\n  new Api.${ns}.${pascal(m)}({\n${fields}\n    maxId: bigInt(${i}),\n  }),\n);\nconsole.log(result, Buffer.from("x"));\n`;
    return i % 2
      ? call
      : `import { Api, TelegramClient } from "telegram";\nimport { StringSession } from "telegram/sessions/index.js";\nimport bigInt from "big-integer";\n\nconst client = new TelegramClient(new StringSession(""), ${i}, "0123456789abcdef", { connectionRetries: 5 });\nawait client.connect();\n${call}`;
  },
  json(i) {
    const obj: Record<string, unknown> = Object.fromEntries(params(i));
    obj['reply_markup'] = { inline_keyboard: [[{ text: 'A', callback_data: `d${i}` }]] };
    return JSON.stringify(obj, null, i % 2 ? 2 : undefined) + '\n';
  },
  bash(i) {
    const [ns, m] = pick(METHODS, i);
    const json = JSON.stringify(Object.fromEntries(params(i)));
    return i % 2
      ? `curl -sS -X POST 'https://api.pwrtelegram.xyz/botTOKEN/madeline' \\\n  --data-urlencode 'method=${ns}.${m}' \\\n  --data-urlencode ${shQuote(`params=${json}`)}\n`
      : `curl -sS "https://api.pwrtelegram.xyz/user\${TOKEN}/${ns}.${m}" \\\n${params(i)
          .map(([k, v]) => `  --data-urlencode ${shQuote(`${k}=${JSON.stringify(v)}`)}`)
          .join(' \\\n')}\n`;
  },
};

async function main(): Promise<void> {
  const perGrammar = Number(process.argv[2] ?? 2000);
  const rounds = Number(process.argv[3] ?? 5);
  const t0 = performance.now();
  await loadGrammars(GRAMMAR_IDS);
  console.log(`Parser.init + loading ${GRAMMAR_IDS.length} grammars: ${(performance.now() - t0).toFixed(0)} ms`);
  console.log(`${perGrammar} snippets per grammar, best of ${rounds} rounds (after a warm-up round)\n`);
  console.log('grammar     avg chars  checkCode/s   µs/check  bare parse/s');
  let totalSnippets = 0;
  let totalMs = 0;
  for (const grammar of GRAMMAR_IDS) {
    const snippets = Array.from({ length: perGrammar }, (_, i) => GENERATORS[grammar](i));
    const invalid = snippets.filter((s) => checkCode(grammar, s).length > 0); // warm-up and sanity check
    if (invalid.length) {
      console.error(`${grammar}: ${invalid.length} generated snippets are invalid, e.g.:\n${invalid[0]}`);
      process.exitCode = 1;
    }
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      for (const s of snippets) checkCode(grammar, s);
      best = Math.min(best, performance.now() - start);
    }
    // the floor: parse + hasError + delete, without checkCode's extra gates
    const parser = parserFor(grammar)!;
    let bare = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      for (const s of snippets) {
        const tree = parser.parse(s)!;
        if (tree.rootNode.hasError) throw new Error('unexpected error');
        tree.delete();
      }
      bare = Math.min(bare, performance.now() - start);
    }
    totalSnippets += snippets.length;
    totalMs += best;
    const chars = snippets.reduce((n, s) => n + s.length, 0) / snippets.length;
    console.log(
      `${grammar.padEnd(10)} ${chars.toFixed(0).padStart(10)} ${((snippets.length / best) * 1000).toFixed(0).padStart(12)} ${((best * 1000) / snippets.length).toFixed(1).padStart(10)} ${((snippets.length / bare) * 1000).toFixed(0).padStart(13)}`,
    );
  }
  console.log(`${'all'.padEnd(10)} ${''.padStart(10)} ${((totalSnippets / totalMs) * 1000).toFixed(0).padStart(12)}`);
}

await main();
