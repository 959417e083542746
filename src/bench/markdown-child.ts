/**
 * Run by the bench in a fresh process: the markdown plugins as a site build uses them. Prints one
 * JSON line: import times of the entry points, the first fence, the mean and median of the fences
 * after it (distinct methods, every target), and how many times the schema was loaded.
 */
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { tlsnipMarkdownIt } = await import('tlsnip/markdown-it');
const importMarkdownIt = performance.now() - t0;
const t1 = performance.now();
const { remarkTlsnip } = await import('tlsnip/remark');
const importRemark = performance.now() - t1;
const { default: MarkdownIt } = await import('markdown-it');
const { loadSchema } = await import('tlsnip');

const t2 = performance.now();
const md = new MarkdownIt().use((await tlsnipMarkdownIt()) as never);
const setup = performance.now() - t2;
const fence = (args: string) => md.render(`\`\`\`tlsnip ${args}\n\`\`\`\n`, { path: 'bench.md' });

const t3 = performance.now();
fence('messages.sendMessage --set message="Hello!"');
const first = performance.now() - t3;

const schema = await loadSchema();
const methods = schema.methods.slice(0, Number(process.env.BENCH_FENCES ?? 300)).map((m) => m.name);
const times: number[] = [];
for (const m of methods) {
  const t = performance.now();
  fence(m);
  times.push(performance.now() - t);
}
const t4 = performance.now();
for (const m of methods) fence(m);
const cached = (performance.now() - t4) / methods.length;

// The remark plugin in the same process: same schema, same targets, nothing loaded again.
const tree = { type: 'root', children: [{ type: 'code', lang: 'tlsnip', meta: 'photos.getUserPhotos', value: '' }] };
const t5 = performance.now();
await remarkTlsnip()(tree as never, { path: 'bench.mdx' });
const remarkFirst = performance.now() - t5;

const { schemaLoads } = await import('../markdown/fence.js');
const sorted = [...times].sort((a, b) => a - b);
console.log(
  JSON.stringify({
    importMarkdownIt,
    importRemark,
    setup,
    first,
    fences: times.length,
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    median: sorted[Math.floor(sorted.length / 2)],
    p90: sorted[Math.floor(sorted.length * 0.9)],
    lastHalfMean: times.slice(times.length / 2).reduce((a, b) => a + b, 0) / (times.length / 2),
    cached,
    remarkFirst,
    schemaLoads,
  }),
);
