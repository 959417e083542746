/**
 * The `madeline-2018` theme against MadelineProto's own 2018 pages (MadelineProtoDocs 4462f6f0,
 * layer 75): every golden method, type and constructor page is reproduced byte for byte, except the
 * one junk error row of messages_sendMessage.md that is in no data source.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDocs, type DocsSummary } from '../../src/docs/build.js';
import { loadSchema } from '../../src/loaders/index.js';
import { checkCode } from '../../src/validate/check.js';
import { GRAMMAR_IDS, loadGrammars, type GrammarId } from '../../src/validate/grammars.js';
import { BUNDLE_2018, describeShared, sharedPath } from '../shared.js';

const REFERENCE = sharedPath('reference', 'madeline-2018');
const FOLDERS = ['methods', 'types', 'constructors'] as const;
const SEND_MESSAGE = 'methods/messages_sendMessage.md';
const JUNK_ROW = '|tanti SALUTI da peppe lg .|Ciao da un pony|\n';

function listPages(root: string): string[] {
  return FOLDERS.flatMap((dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`) : []));
}

/**
 * The code blocks a reader sees on a 2018 page, with the grammar each is written in: fences are
 * told apart by the line before them (the builder's headings); the PWRTelegram bot `params` are an
 * inline JSON blob. The two fences of the parse_mode section (HTML tags, markdown links) are prose.
 */
function codeBlocks(rel: string, page: string): { grammar: GrammarId; code: string }[] {
  const blocks: { grammar: GrammarId; code: string }[] = [];
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const params = /^\* params - `(.*)`$/.exec(lines[i]!);
    if (params) blocks.push({ grammar: 'json', code: params[1]! });
    if (lines[i] !== '```') continue;
    let end = i + 1;
    while (lines[end] !== '```' && lines[end] !== '```  ') end++;
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const heading = (lines[before] ?? '').trim();
    const code = lines.slice(i + 1, end).join('\n') + '\n';
    i = end;
    if (heading === 'The following tags are currently supported:' || heading.endsWith('the `mention:` syntax like in html:')) continue;
    const grammar: GrammarId = heading === "Or, if you're into Lua:" ? 'lua' : heading.endsWith('json-encoded version:') ? 'json' : 'php';
    if (rel.startsWith('types/') && grammar !== 'php') throw new Error(`${rel}: unexpected fence after "${heading}"`);
    blocks.push({ grammar, code });
  }
  return blocks;
}

describeShared('madeline-2018 theme: the 2018 pages, byte for byte', () => {
  let tmp: string;
  let out: string;
  let summary: DocsSummary;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tlsnip-2018-'));
    out = join(tmp, 'docs');
    summary = await buildDocs({ theme: 'madeline-2018', schema: BUNDLE_2018, out });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reproduces every reference page byte for byte but the junk row of messages.sendMessage', () => {
    const reference = listPages(REFERENCE);
    expect(reference.length).toBe(195 + 32 + 17);
    const counts: Record<string, [number, number]> = { methods: [0, 0], types: [0, 0], constructors: [0, 0] };
    const differing: string[] = [];
    for (const rel of reference) {
      const dir = rel.split('/')[0]!;
      counts[dir]![1]++;
      const mine = join(out, rel);
      if (existsSync(mine) && readFileSync(mine, 'utf8') === readFileSync(join(REFERENCE, rel), 'utf8')) counts[dir]![0]++;
      else differing.push(rel);
    }
    console.log(
      `madeline-2018: byte-identical pages: ${FOLDERS.map((d) => `${d} ${counts[d]![0]}/${counts[d]![1]}`).join(', ')}` +
        ` (differing: ${differing.join(', ') || 'none'})`,
    );
    expect(differing).toEqual([SEND_MESSAGE]);
  });

  it('differs from messages_sendMessage.md only by the junk error row that no data source has', () => {
    const golden = readFileSync(join(REFERENCE, SEND_MESSAGE), 'utf8');
    const mine = readFileSync(join(out, SEND_MESSAGE), 'utf8');
    expect(golden.split(JUNK_ROW)).toHaveLength(2);
    expect(mine).not.toContain('tanti SALUTI');
    expect(golden.replace(JUNK_ROW, '')).toBe(mine);
  });

  it('writes all 244 method pages, and the type and constructor pages the builder wrote', async () => {
    const schema = await loadSchema(BUNDLE_2018);
    const written = readdirSync(join(out, 'methods')).filter((f) => f !== 'index.md');
    expect(written.length).toBe(244);
    expect(written.sort()).toEqual(schema.methods.map((m) => `${m.name.replace(/\./g, '_')}.md`).sort());
    for (const rel of ['types/!X.md', 'types/int256.md', 'constructors/decryptedMessage_8.md', 'constructors/boolFalse.md']) {
      expect(existsSync(join(out, rel)), rel).toBe(true);
    }
    // TL_secret.tl repeats telegram constructors (same ID): they get no page of their own
    expect(existsSync(join(out, 'constructors', 'photoSize_23.md'))).toBe(false);
    for (const index of ['methods/index.md', 'types/index.md', 'constructors/index.md']) expect(existsSync(join(out, index)), index).toBe(true);
    expect(summary.pages).toBe(listPages(out).length);
  });

  it('registers every code block it shows, and reports the ones that do not parse as placeholders', async () => {
    await loadGrammars(GRAMMAR_IDS);
    let blocks = 0;
    let failing = 0;
    let pwrParams = 0;
    let pwrParamsFailing = 0;
    for (const rel of listPages(out)) {
      for (const b of codeBlocks(rel, readFileSync(join(out, rel), 'utf8'))) {
        blocks++;
        const bad = checkCode(b.grammar, b.code).length > 0;
        if (bad) failing++;
        if (b.grammar === 'json' && rel.startsWith('methods/')) {
          pwrParams++;
          if (bad) pwrParamsFailing++;
        }
      }
    }
    expect(summary.snippets).toBe(blocks);
    expect(summary.invalid).toBe(0);
    expect(summary.errors).toEqual([]);
    // the PWRTelegram params blobs use type names as values (`{"offset": int, }`): not JSON
    expect(pwrParams).toBeGreaterThan(60);
    expect(pwrParamsFailing).toBeGreaterThan(60);
    expect(summary.placeholders).toBe(failing);
    expect(summary.placeholders).toBeGreaterThan(pwrParamsFailing);
  });
});
