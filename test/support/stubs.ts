/**
 * Recording stubs: run a generated call (rendered with --no-boilerplate) in the real language and
 * record what it would send. Strings come back hex-encoded so bytes survive exactly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseLossless } from 'lossless-json';

export const hasCommand = (cmd: string, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
export const HAS_PHP = hasCommand('php', ['-v']);
export const HAS_LUA = hasCommand('lua5.4', ['-v']);

const dir = mkdtempSync(join(tmpdir(), 'tlsnip-stubs-'));

/** PHP: `$MadelineProto->ns->method(...)` records the method and its (named or array) arguments. */
const PHP_PRELUDE = String.raw`
function tlsnip_hex($v) {
  if (is_string($v)) return ['__hex' => bin2hex($v)];
  if (is_array($v)) { $o = []; foreach ($v as $k => $x) $o[$k] = tlsnip_hex($x); return $o; }
  return $v;
}
final class TlsnipNs {
  public function __construct(private string $ns) {}
  public function __get($n) { return new TlsnipNs($this->ns === '' ? $n : "$this->ns.$n"); }
  public function __call($name, $args) {
    $method = $this->ns === '' ? $name : "$this->ns.$name";
    $params = array_key_exists(0, $args) ? $args[0] : $args;
    $GLOBALS['tlsnip_calls'][] = ['method' => $method, 'args' => tlsnip_hex($params)];
    return [];
  }
}
$MadelineProto = new TlsnipNs('');
`;

export interface Recorded {
  method: string;
  args: unknown;
}

function run(cmd: string, args: string[], input?: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

/** Runs several PHP call snippets (no `<?php`, no boilerplate) in one process. */
export function runPhp(snippets: readonly string[]): Recorded[][] {
  const file = join(dir, `batch-${process.pid}-${Date.now()}.php`);
  const body = snippets.map((s) => `$tlsnip_calls = [];\n${s}\n$tlsnip_all[] = $tlsnip_calls;\n`).join('');
  writeFileSync(file, `<?php\n${PHP_PRELUDE}\n$tlsnip_all = [];\n${body}\necho json_encode($tlsnip_all, JSON_THROW_ON_ERROR);\n`);
  // Lossless: PHP's 64-bit integers must arrive exactly.
  return parseLossless(run('php', ['-d', 'display_errors=stderr', file])) as Recorded[][];
}

/** Lua: namespace tables whose functions record their one table argument; madelineFunction too. */
const LUA_PRELUDE = String.raw`
local calls
local function hex(s) return (s:gsub('.', function(c) return string.format('%02x', c:byte()) end)) end
local function enc(v)
  local t = type(v)
  if t == 'string' then return '{"__hex":"' .. hex(v) .. '"}' end
  if t == 'number' then
    if math.type(v) == 'integer' then return tostring(v) end
    return string.format('%.17g', v)
  end
  if t == 'boolean' then return tostring(v) end
  if t == 'table' then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    local n = #v
    if n > 0 and #keys == n then
      local out = {}
      for i = 1, n do out[i] = enc(v[i]) end
      return '[' .. table.concat(out, ',') .. ']'
    end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local out = {}
    for _, k in ipairs(keys) do out[#out + 1] = '"' .. tostring(k) .. '":' .. enc(v[k]) end
    return '{' .. table.concat(out, ',') .. '}'
  end
  return 'null'
end
local function ns(name)
  return setmetatable({}, { __index = function(_, m)
    return function(args) calls[#calls + 1] = '{"method":"' .. name .. '.' .. m .. '","args":' .. enc(args) .. '}'; return {} end
  end })
end
setmetatable(_G, { __index = function(_, k) return ns(k) end })
function madelineFunction(args)
  local m = args._
  local rest = {}
  for k, v in pairs(args) do if k ~= '_' then rest[k] = v end end
  calls[#calls + 1] = '{"method":"' .. m .. '","args":' .. enc(rest) .. '}'
  return {}
end
local all = {}
`;

export function runLua(snippets: readonly string[]): Recorded[][] {
  const file = join(dir, `batch-${process.pid}-${Date.now()}.lua`);
  const body = snippets.map((s) => `calls = {}\ndo\n${s}\nend\nall[#all + 1] = '[' .. table.concat(calls, ',') .. ']'\n`).join('');
  writeFileSync(file, `${LUA_PRELUDE.replace('local calls', 'calls = nil')}\n${body}\nio.write('[' .. table.concat(all, ',') .. ']')\n`);
  return parseLossless(run('lua5.4', [file])) as Recorded[][];
}

/** The argv each `curl` invocation of a shell snippet receives, run by bash itself. */
export function runCurl(snippet: string): string[] {
  const out = run('bash', ['-c', `curl() { printf '%s\\0' "$@"; printf '\\1'; }\nBOT_TOKEN=TOKEN USER_TOKEN=TOKEN\n${snippet}`]);
  const first = out.split('\u0001')[0]!;
  return first.split('\0').slice(0, -1);
}

/** The fields a form POST of `--data-urlencode`/`--data` arguments delivers, decoded as PHP would. */
export function formFields(argv: readonly string[]): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  for (let i = 1; i < argv.length; i += 2) {
    const flag = argv[i];
    const arg = argv[i + 1]!;
    const eq = arg.indexOf('=');
    const name = arg.slice(0, eq);
    const value = arg.slice(eq + 1);
    if (flag === '--data-urlencode') fields.set(name, Buffer.from(value, 'utf8'));
    else if (flag === '--data') fields.set(name, Buffer.from(decodeURIComponentBytes(value)));
    else throw new Error(`unexpected curl argument ${flag}`);
  }
  return fields;
}

function decodeURIComponentBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%') {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Uint8Array.from(out);
}

/**
 * TypeScript (GramJS) call snippets are plain JavaScript once rendered: run them with a stub
 * `client` and an `Api` whose classes keep their constructor arguments.
 */
export async function runTs(snippet: string): Promise<Recorded> {
  let recorded: Recorded | undefined;
  const makeApi = (path: string[]): unknown =>
    new Proxy(function () {}, {
      get: (_t, k) => makeApi([...path, String(k)]),
      construct: (_t, args) => ({ __class: path.join('.'), args: args[0] ?? {} }),
    });
  const client = {
    invoke: async (req: { __class: string; args: unknown }) => {
      recorded = { method: req.__class, args: req.args };
      return {};
    },
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...a: string[]) => (...x: unknown[]) => Promise<void>;
  const bigInt = (v: unknown) => ({ __bigInt: String(v) });
  await new AsyncFunction('client', 'Api', 'bigInt', 'Buffer', `${snippet}\n`)(client, makeApi([]), bigInt, Buffer);
  if (!recorded) throw new Error('the snippet made no call');
  return recorded;
}

export const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');

/**
 * Runs a GramJS call snippet (rendered without boilerplate: plain JavaScript) with the real `Api`
 * classes and `big-integer` of the telegram package, and a stub client that records the request.
 * Nested peers and uploads come back as markers naming what was asked for.
 */
export async function runTsWithGramjs(snippet: string): Promise<Record<string, unknown>> {
  const { Api } = (await import('telegram')) as unknown as { Api: unknown };
  const bigInt = (await import('big-integer')).default;
  let recorded: Record<string, unknown> | undefined;
  const client = {
    invoke: async (req: Record<string, unknown>) => {
      recorded = req;
      return {};
    },
    getInputEntity: async (peer: unknown) => ({ __peer: peer }),
    uploadFile: async (o: { file: { __path: string } }) => ({ __file: o.file.__path }),
  };
  const utils = { getInputUser: (x: unknown) => x, getInputChannel: (x: unknown) => x };
  class CustomFile {
    constructor(
      _name: string,
      _size: number,
      readonly __path: string,
    ) {}
  }
  const fs = { statSync: () => ({ size: 1 }) };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...a: string[]) => (...x: unknown[]) => Promise<void>;
  await new AsyncFunction('client', 'Api', 'bigInt', 'Buffer', 'utils', 'CustomFile', 'fs', snippet)(client, Api, bigInt, Buffer, utils, CustomFile, fs);
  if (!recorded) throw new Error('the snippet made no call');
  return recorded;
}
