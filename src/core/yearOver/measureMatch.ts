/**
 * Which measure of one year is which of the other: by id first (a roll-over keeps ids), then by the
 * same wording under another id, then by similar wording. Similarity is the Dice coefficient of the
 * two texts' character bigrams (after matchKey: no spaces, no punctuation, half-width), 0–1.
 * Thresholds, measured on the seeds: two measures of one plan that are not the same measure repeated
 * under two focus points score at most 0.47 (seed 000's two telephone-courtesy measures); seed 000's 1-2-4
 * with a word changed or a clause added scores 0.87–0.88, cut to half its words 0.57. Under its own id a
 * measure pairs from REWORDED_DICE (0.5); under another id only from SIMILAR_DICE (0.6): the id is
 * evidence, wording alone must say more.
 */
import type { Measure } from "../plan";
import { matchKey } from "../text/normalize";
import { measureCellText } from "../workbook/planTable";

export const REWORDED_DICE = 0.5;
export const SIMILAR_DICE = 0.6;

export interface MeasurePair {
  before: Measure;
  after: Measure;
  /** 1 for the same wording. */
  similarity: number;
}

export interface MeasureMatch {
  pairs: MeasurePair[];
  /** Measures of the earlier year with no match, in its order. */
  dropped: Measure[];
  /** Measures of the later year with no match, in its order. */
  added: Measure[];
}

/** A key's character bigrams, each as one number. */
function bigrams(key: string): Set<number> {
  const out = new Set<number>();
  if (key.length === 1) out.add(key.charCodeAt(0));
  for (let i = 0; i + 1 < key.length; i++) out.add(key.charCodeAt(i) * 0x10000 + key.charCodeAt(i + 1) + 0x10000);
  return out;
}

function dice(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Dice similarity of two measures' wording. */
export function measureSimilarity(a: Measure, b: Measure): number {
  const [x, y] = [matchKey(measureCellText(a)), matchKey(measureCellText(b))];
  return x === y ? 1 : dice(bigrams(x), bigrams(y));
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function matchMeasures(before: readonly Measure[], after: readonly Measure[]): MeasureMatch {
  const keys = (ms: readonly Measure[]) => ms.map((m) => matchKey(measureCellText(m)));
  const [beforeKeys, afterKeys] = [keys(before), keys(after)];
  const grams = new Map<string, Set<number>>();
  const gramsOf = (key: string) => grams.get(key) ?? grams.set(key, bigrams(key)).get(key)!;
  const score = (i: number, j: number) => (beforeKeys[i] === afterKeys[j] ? 1 : dice(gramsOf(beforeKeys[i]), gramsOf(afterKeys[j])));

  const pairOf = new Map<number, { i: number; similarity: number }>(); // after index → before index
  const taken = new Set<number>();
  const pair = (i: number, j: number, similarity: number) => {
    pairOf.set(j, { i, similarity });
    taken.add(i);
  };

  // 1. The same id, with a wording still alike (an id a deleted measure left to another is no match).
  const byId = new Map(before.map((m, i) => [m.id, i]));
  after.forEach((m, j) => {
    const i = byId.get(m.id);
    if (i === undefined) return;
    const s = score(i, j);
    if (s >= REWORDED_DICE) pair(i, j, s);
  });
  // 2. The same wording under another id, in order.
  const byKey = new Map<string, number[]>();
  before.forEach((_, i) => !taken.has(i) && push(byKey, beforeKeys[i], i));
  after.forEach((_, j) => {
    if (pairOf.has(j)) return;
    const i = byKey.get(afterKeys[j])?.find((x) => !taken.has(x));
    if (i !== undefined) pair(i, j, 1);
  });
  // 3. The most alike of what is left, best first; only pairs sharing a bigram are scored.
  const holding = new Map<number, number[]>();
  before.forEach((_, i) => {
    if (taken.has(i)) return;
    for (const g of gramsOf(beforeKeys[i])) push(holding, g, i);
  });
  const candidates: { i: number; j: number; s: number }[] = [];
  after.forEach((_, j) => {
    if (pairOf.has(j)) return;
    const sharing = new Set<number>();
    for (const g of gramsOf(afterKeys[j])) for (const i of holding.get(g) ?? []) sharing.add(i);
    for (const i of sharing) {
      const s = score(i, j);
      if (s >= SIMILAR_DICE) candidates.push({ i, j, s });
    }
  });
  candidates.sort((a, b) => b.s - a.s || a.j - b.j || a.i - b.i);
  for (const c of candidates) if (!taken.has(c.i) && !pairOf.has(c.j)) pair(c.i, c.j, c.s);

  const pairs: MeasurePair[] = [];
  const added: Measure[] = [];
  after.forEach((m, j) => {
    const p = pairOf.get(j);
    if (p) pairs.push({ before: before[p.i], after: m, similarity: p.similarity });
    else added.push(m);
  });
  return { pairs, added, dropped: before.filter((_, i) => !taken.has(i)) };
}
