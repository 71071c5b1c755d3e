/**
 * The character pairs of a text, the one measure of likeness of two wordings: framework/match.ts
 * scores a written pillar or focus point against the framework's wording with them, and the measure
 * matcher (yearOver/measureMatch.ts: a comparison of two years, a set-up carrying edits over) takes
 * their Dice coefficient. Keys are matchKey's (no spaces, no punctuation, half-width).
 */

/** A key's character bigrams, each as one number (no string per pair: a plan has thousands of cells to compare). */
export function bigrams(key: string): Set<number> {
  const out = new Set<number>();
  if (key.length === 1) out.add(key.charCodeAt(0));
  for (let i = 0; i + 1 < key.length; i++) out.add(key.charCodeAt(i) * 0x10000 + key.charCodeAt(i + 1) + 0x10000);
  return out;
}

/** How many bigrams two sets share. */
export function sharedBigrams(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  return common;
}

/** The Dice coefficient of two bigram sets, 0–1 (0 when either is empty). */
export function dice(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * sharedBigrams(a, b)) / (a.size + b.size);
}
