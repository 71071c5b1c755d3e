/**
 * Which measure of one list is which of another, the one matcher of the add-in: a comparison of two
 * years (compare.ts) and a set-up carrying what people typed over to the new plan table
 * (workflows/carryOver.ts) both use it. In four passes:
 *   1. the same id with the same wording;
 *   2. the same wording under another id, in order (the same measure under an id of another framework);
 *   3. the same id with a wording still alike, from REWORDED (a measure reworded since; an id a deleted
 *      measure left to the next one is no match: its wording differs);
 *   4. (a comparison only) the most alike of what is left, best first, from SIMILAR: the id is evidence,
 *      wording alone must say more.
 * Similarity is the Dice coefficient of the two wordings' character bigrams (text/bigrams.ts), 0–1.
 * Thresholds, measured on the seeds: two measures of one plan that are not the same measure repeated
 * under two focus points score at most 0.47 (seed 000's two telephone-courtesy measures); seed 000's 1-2-4
 * with a word changed or a clause added scores 0.87–0.88, cut to half its words 0.57.
 *
 * Pass 4 stays near-linear on large plans: a bigram held by very many measures (辦理, 服務) points at no
 * candidate, and each measure scores only its MAX_CANDIDATES likeliest (most rare bigrams shared).
 */
import type { Measure } from "../plan";
import { bigrams, dice } from "../text/bigrams";
import { matchKey } from "../text/normalize";
import { measureCellText } from "../workbook/planTable";

/** Under its own id a measure pairs from this similarity. */
export const REWORDED = 0.5;
/** Under another id only from this one. */
export const SIMILAR = 0.6;

/** A bigram held by more measures than this (and than COMMON_SHARE of them) names no candidate in pass 4. */
const COMMON_AT_LEAST = 64;
const COMMON_SHARE = 0.02;
/** Pass 4 scores at most this many candidates per measure. */
const MAX_CANDIDATES = 24;

/** An item to match: its id and its wording's matchKey (null when its wording is not known: the id decides). */
export interface Worded {
  id: string;
  key: string | null;
}

/** After index → before index and how alike (1 for the same wording). */
export type WordedPairs = Map<number, { i: number; similarity: number }>;

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The matcher on ids and wordings; `similar`: pass 4 too. */
export function matchWorded(before: readonly Worded[], after: readonly Worded[], options: { similar: boolean }): WordedPairs {
  const grams = new Map<string, Set<number>>();
  const gramsOf = (key: string) => grams.get(key) ?? grams.set(key, bigrams(key)).get(key)!;
  const score = (a: string, b: string) => (a === b ? 1 : dice(gramsOf(a), gramsOf(b)));

  const pairOf: WordedPairs = new Map();
  const taken = new Set<number>();
  const pair = (i: number, j: number, similarity: number) => {
    pairOf.set(j, { i, similarity });
    taken.add(i);
  };
  const byId = new Map<string, number>();
  before.forEach((b, i) => !byId.has(b.id) && b.id !== "" && byId.set(b.id, i));

  // 1. The same id with the same wording (or a wording not known).
  after.forEach((a, j) => {
    const i = byId.get(a.id);
    if (i === undefined || taken.has(i)) return;
    const [x, y] = [before[i].key, a.key];
    if (x === null || y === null || x === y) pair(i, j, 1);
  });
  // 2. The same wording under another id, in order.
  const byKey = new Map<string, number[]>();
  before.forEach((b, i) => !taken.has(i) && b.key !== null && b.key !== "" && push(byKey, b.key, i));
  after.forEach((a, j) => {
    if (pairOf.has(j) || a.key === null || a.key === "") return;
    const i = byKey.get(a.key)?.find((x) => !taken.has(x));
    if (i !== undefined) pair(i, j, 1);
  });
  // 3. The same id, the wording still alike.
  after.forEach((a, j) => {
    const i = byId.get(a.id);
    if (pairOf.has(j) || i === undefined || taken.has(i)) return;
    const s = score(before[i].key!, a.key!);
    if (s >= REWORDED) pair(i, j, s);
  });
  if (!options.similar) return pairOf;

  // 4. The most alike of what is left, best first, among each measure's likeliest candidates.
  const left = before.map((_, i) => i).filter((i) => !taken.has(i) && before[i].key);
  const holding = new Map<number, number[]>();
  for (const i of left) for (const g of gramsOf(before[i].key!)) push(holding, g, i);
  const common = Math.max(COMMON_AT_LEAST, Math.ceil(left.length * COMMON_SHARE));
  const shared = new Int32Array(before.length);
  const candidates: { i: number; j: number; s: number }[] = [];
  after.forEach((a, j) => {
    if (pairOf.has(j) || !a.key) return;
    const touched: number[] = [];
    for (const g of gramsOf(a.key)) {
      const list = holding.get(g);
      if (!list || list.length > common) continue;
      for (const i of list) if (shared[i]++ === 0) touched.push(i);
    }
    const likeliest =
      touched.length > MAX_CANDIDATES ? touched.sort((x, y) => shared[y] - shared[x] || x - y).slice(0, MAX_CANDIDATES) : touched;
    for (const i of likeliest) {
      const s = score(before[i].key!, a.key);
      if (s >= SIMILAR) candidates.push({ i, j, s });
    }
    for (const i of touched) shared[i] = 0;
  });
  candidates.sort((x, y) => y.s - x.s || x.j - y.j || x.i - y.i);
  for (const c of candidates) if (!taken.has(c.i) && !pairOf.has(c.j)) pair(c.i, c.j, c.s);
  return pairOf;
}

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

/** A measure's wording as the matcher reads it. */
export const measureKey = (m: Measure) => matchKey(measureCellText(m));

/** Dice similarity of two measures' wording. */
export function measureSimilarity(a: Measure, b: Measure): number {
  const [x, y] = [measureKey(a), measureKey(b)];
  return x === y ? 1 : dice(bigrams(x), bigrams(y));
}

/** Two years' measures matched, all four passes. */
export function matchMeasures(before: readonly Measure[], after: readonly Measure[]): MeasureMatch {
  const worded = (ms: readonly Measure[]) => ms.map((m) => ({ id: m.id, key: measureKey(m) }));
  const pairOf = matchWorded(worded(before), worded(after), { similar: true });
  const taken = new Set([...pairOf.values()].map((p) => p.i));
  const pairs: MeasurePair[] = [];
  const added: Measure[] = [];
  after.forEach((m, j) => {
    const p = pairOf.get(j);
    if (p) pairs.push({ before: before[p.i], after: m, similarity: p.similarity });
    else added.push(m);
  });
  return { pairs, added, dropped: before.filter((_, i) => !taken.has(i)) };
}
