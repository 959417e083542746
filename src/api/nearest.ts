/**
 * The nearest names to a mistyped one (methods, options): its own module, so that the command line
 * can suggest an option without loading the method selection (picomatch).
 */
import { distance } from 'fastest-levenshtein';

/** Up to five names, closest first: edit distance, with a bonus for sharing the namespace or a substring. */
export function nearest(name: string, names: readonly string[], max = 5): string[] {
  const lower = name.toLowerCase();
  const scored = names.map((n) => {
    const l = n.toLowerCase();
    let score = distance(lower, l);
    if (l.includes(lower) || lower.includes(l.split('.').pop()!)) score -= 3;
    return { n, score };
  });
  const limit = Math.max(3, Math.floor(name.length / 2));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.n.localeCompare(b.n))
    .slice(0, max)
    .map((s) => s.n);
}
