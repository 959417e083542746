/**
 * The second rung of the validation ladder: the real toolchains, batched — one php process, one
 * lua5.4 process and one bash process check thousands of snippets.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tlsnip-toolchains-'));
let n = 0;
const file = (ext: string, content: string) => {
  const path = join(dir, `batch-${process.pid}-${n++}.${ext}`);
  writeFileSync(path, content);
  return path;
};

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

/** What `php -l` says of each snippet: null, or `line N: message`. Uses token_get_all(TOKEN_PARSE). */
export function phpParseBatch(codes: readonly string[]): (string | null)[] {
  const input = file('json', JSON.stringify(codes));
  const script = file(
    'php',
    `<?php
$codes = json_decode(file_get_contents(${JSON.stringify(input)}), true, 512, JSON_THROW_ON_ERROR);
$out = [];
foreach ($codes as $code) {
  // Snippets without boilerplate have no open tag: parse them as PHP code all the same.
  $src = str_starts_with(ltrim($code), '<?php') ? $code : "<?php\\n" . $code;
  try { token_get_all($src, TOKEN_PARSE); $out[] = null; }
  catch (ParseError $e) { $out[] = 'line ' . $e->getLine() . ': ' . $e->getMessage(); }
}
echo json_encode($out);
`,
  );
  return JSON.parse(run('php', ['-d', 'display_errors=stderr', script])) as (string | null)[];
}

/** What Lua 5.4's load() says of each snippet: null, or the error message. */
export function luaLoadBatch(codes: readonly string[]): (string | null)[] {
  // Length-prefixed records, so any byte can be inside a snippet.
  const input = file('bin', codes.map((c) => `${Buffer.byteLength(c)}\n${c}`).join(''));
  const script = file(
    'lua',
    `local f = assert(io.open(${JSON.stringify(input)}, 'rb'))
local data = f:read('a')
f:close()
local pos, out = 1, {}
while pos <= #data do
  local nl = data:find('\\n', pos, true)
  local len = tonumber(data:sub(pos, nl - 1))
  local code = data:sub(nl + 1, nl + len)
  pos = nl + len + 1
  local fn, err = load(code, '=snippet', 't')
  out[#out + 1] = fn and '-' or ('!' .. err:gsub('\\n', ' '))
end
io.write(table.concat(out, '\\n'))
`,
  );
  const lines = run('lua5.4', [script]).split('\n');
  return codes.map((_c, i) => (lines[i] === '-' ? null : (lines[i] ?? '!no result').slice(1)));
}

/** The argv of the `curl` call in each shell snippet, as bash itself expands it. */
export function curlArgvBatch(snippets: readonly string[]): string[][] {
  const script = snippets
    .map((s, i) => `printf '\\036%d\\n' ${i}\n${s}\n`)
    .join('');
  const out = run('bash', [file('sh', `curl() { printf '%s\\0' "$@"; }\nBOT_TOKEN=TOKEN USER_TOKEN=TOKEN\n${script}`)]);
  const result: string[][] = snippets.map(() => []);
  for (const chunk of out.split('\u001e').slice(1)) {
    const nl = chunk.indexOf('\n');
    result[Number(chunk.slice(0, nl))] = chunk.slice(nl + 1).split('\0').slice(0, -1);
  }
  return result;
}
