/** TLSNIP_TRACE=1: phase timings and loaded grammars on stderr, for the bench and for debugging. */
const enabled = Boolean(process.env.TLSNIP_TRACE);
const marks: [string, number][] = [];

export function mark(label: string): void {
  if (enabled) marks.push([label, performance.now()]);
}

export function traceLines(): string[] {
  if (!enabled) return [];
  return [`tlsnip trace: phases: ${marks.map(([l, t]) => `${l} ${t.toFixed(0)}ms`).join(', ')}`];
}
