/**
 * Matching the wording a plan uses to the framework's pillars and focus points: by meaning of the
 * normalised text (character bigrams), tolerant of small rewordings and a missing clause, and
 * never by the "(三)" label alone.
 */
import { bigrams, sharedBigrams } from "../text/bigrams";
import { matchKey } from "../text/normalize";
import { splitEnumLabel, splitParenLabel } from "../text/numerals";
import type { FocusPoint, Framework, Pillar } from "./types";

/** Below this a wording matches nothing. */
export const MATCH_THRESHOLD = 0.5;

/** A framework's wordings are compared with every row of a plan: their bigrams are made once. */
const referenceBigrams = new Map<string, Set<number>>();
const REFERENCE_CACHE_LIMIT = 2000;

function bigramsOfReference(reference: string): Set<number> {
  let b = referenceBigrams.get(reference);
  if (!b) {
    if (referenceBigrams.size >= REFERENCE_CACHE_LIMIT) referenceBigrams.clear();
    b = bigrams(matchKey(reference));
    referenceBigrams.set(reference, b);
  }
  return b;
}

/**
 * Similarity of a written text to a reference wording, 0–1: the mean of Dice overlap and how much
 * of the written text the reference contains (so a shortened or cut wording still scores high).
 */
export function similarity(written: string, reference: string): number {
  return bigramSimilarity(bigrams(matchKey(written)), bigramsOfReference(reference));
}

function bigramSimilarity(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return score(sharedBigrams(a, b), a.size, b.size);
}

/** The similarity of a text of `a` bigrams to a wording of `b`, `common` of them shared (both non-empty). */
function score(common: number, a: number, b: number): number {
  const dice = (2 * common) / (a + b);
  const cover = common / a;
  // A very short text is contained in many wordings; weigh containment by how much it says.
  const weight = Math.min(1, a / Math.max(8, b * 0.3));
  return (dice + cover * weight) / (1 + weight);
}

interface Candidate<T> {
  item: T;
  wordings: string[];
}

/**
 * Candidates' wordings in order, with, for each bigram, the wordings holding it: a text is scored
 * only against the wordings it shares a bigram with (the others score 0), with no pass over them all.
 */
interface WordingIndex<T> {
  wordings: { item: T; size: number }[];
  holding: Map<number, number[]>;
}

function indexWordings<T>(candidates: Candidate<T>[]): WordingIndex<T> {
  const index: WordingIndex<T> = { wordings: [], holding: new Map() };
  for (const c of candidates) {
    for (const w of c.wordings) {
      const k = index.wordings.length;
      const grams = bigrams(matchKey(w));
      index.wordings.push({ item: c.item, size: grams.size });
      for (const g of grams) {
        const list = index.holding.get(g);
        if (list) list.push(k);
        else index.holding.set(g, [k]);
      }
    }
  }
  return index;
}

/**
 * The first wording of the highest similarity, as a pass over every wording in order finds it;
 * null below MATCH_THRESHOLD.
 */
function best<T>(text: string, index: WordingIndex<T>): { item: T; score: number } | null {
  const written = bigrams(matchKey(text));
  const common = new Int32Array(index.wordings.length);
  written.forEach((g) => {
    const list = index.holding.get(g);
    if (list) for (let i = 0; i < list.length; i++) common[list[i]]++;
  });
  let top: { item: T; score: number } | null = null;
  for (let k = 0; k < common.length; k++) {
    if (common[k] === 0) continue; // scores 0: never the best that matters
    const s = score(common[k], written.size, index.wordings[k].size);
    if (!top || s > top.score) top = { item: index.wordings[k].item, score: s };
  }
  return top && top.score >= MATCH_THRESHOLD ? top : null;
}

/** Each framework's wording indexes, made once: a plan asks about thousands of cells. */
const indexes = new WeakMap<Framework, Map<string, WordingIndex<unknown>>>();

function frameworkIndex<T>(framework: Framework, key: string, candidates: () => Candidate<T>[]): WordingIndex<T> {
  let known = indexes.get(framework);
  if (!known) indexes.set(framework, (known = new Map()));
  let index = known.get(key) as WordingIndex<T> | undefined;
  if (!index) known.set(key, (index = indexWordings(candidates())));
  return index;
}

export interface FocusMatch {
  focus: FocusPoint;
  score: number;
  /** The label as written, normalised to "(三)", if the text had one. */
  label: string | null;
}

/** The framework's focus point a written focus text means (one focus point), or null. */
export function matchFocus(framework: Framework, text: string, pillar?: number | null): FocusMatch | null {
  const labelled = splitParenLabel(text);
  const body = labelled ? labelled.rest : text;
  if (matchKey(body).length < 2) return null;
  const all = pillar === undefined || pillar === null;
  const found = best(
    body,
    frameworkIndex(framework, all ? "focus" : `focus ${pillar}`, () =>
      framework.pillars
        .filter((p) => all || p.number === pillar)
        .flatMap((p) => p.focusPoints.map((f) => ({ item: f, wordings: [f.text, ...(f.variants ?? [])] }))),
    ),
  );
  return found ? { focus: found.item, score: found.score, label: labelled?.label ?? null } : null;
}

const LABEL_SPLIT = /(?=[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])/;

/**
 * A focus cell may group several focus points (seed 003): "(一)建立…\n(二)提供…". Splits it at its
 * labels and matches each part; one part gives a one-element list.
 */
export function matchFocusGroup(framework: Framework, text: string, pillar?: number | null): FocusMatch[] {
  return remembered(focusGroups, framework, `${pillar ?? ""}\u0000${text}`, () => focusGroup(framework, text, pillar));
}

/**
 * Matches already made, per framework: column detection, impose and the wording check each ask
 * about the same cells, and a plan repeats a focus wording on every one of its measures' rows.
 * Callers must not change what they get.
 */
const focusGroups = new WeakMap<Framework, Map<string, FocusMatch[]>>();
const pillars = new WeakMap<Framework, Map<string, PillarMatch | null>>();
const REMEMBERED_PER_FRAMEWORK = 20000;

function remembered<T>(memo: WeakMap<Framework, Map<string, T>>, framework: Framework, key: string, make: () => T): T {
  let known = memo.get(framework);
  if (!known) memo.set(framework, (known = new Map()));
  if (known.has(key)) return known.get(key) as T;
  if (known.size >= REMEMBERED_PER_FRAMEWORK) known.clear();
  const value = make();
  known.set(key, value);
  return value;
}

/** The parts of a focus cell: one per label when it groups several ("(一)建立…\n(二)提供…"), else the cell whole. */
export function focusCellParts(text: string): string[] {
  const parts = text
    .split(LABEL_SPLIT)
    .map((p) => p.trim())
    .filter((p) => matchKey(p).length > 0);
  return parts.filter((p) => splitParenLabel(p)).length < 2 ? [text] : parts;
}

function focusGroup(framework: Framework, text: string, pillar?: number | null): FocusMatch[] {
  const parts = focusCellParts(text);
  if (parts.length === 1) {
    const one = matchFocus(framework, text, pillar);
    return one ? [one] : [];
  }
  const matches: FocusMatch[] = [];
  for (const part of parts) {
    const m = matchFocus(framework, part, pillar);
    if (m && !matches.some((x) => x.focus.id === m.focus.id)) matches.push(m);
  }
  return matches;
}

export interface PillarMatch {
  /** 1–6, or 0 for the preamble row. */
  number: number;
  pillar: Pillar | null;
  score: number;
}

/**
 * The pillar a written pillar text means: by wording first; a "二、" numbering alone decides only
 * when the wording is too short to tell (seed 004 writes the numeral in a column of its own).
 */
export function matchPillar(framework: Framework, text: string): PillarMatch | null {
  return remembered(pillars, framework, text, () => pillarOf(framework, text));
}

function pillarOf(framework: Framework, text: string): PillarMatch | null {
  const numbered = splitEnumLabel(text);
  const body = numbered ? numbered.rest : text;
  const found = best(
    body,
    frameworkIndex(framework, "pillar", () => {
      const candidates: Candidate<Pillar | null>[] = framework.pillars.map((p) => ({
        item: p,
        wordings: [p.title, ...(p.variants ?? [])],
      }));
      if (framework.preamble) candidates.push({ item: null, wordings: [framework.preamble.title, ...framework.preamble.variants] });
      return candidates;
    }),
  );
  if (found) return { number: found.item ? found.item.number : 0, pillar: found.item, score: found.score };
  if (framework.preamble && /訂定.{0,4}提升.{0,8}計畫/.test(matchKey(text))) return { number: 0, pillar: null, score: MATCH_THRESHOLD };
  const byNumber = numbered ? framework.pillars.find((p) => p.number === numbered.n) : undefined;
  return byNumber && matchKey(body).length === 0 ? { number: byNumber.number, pillar: byNumber, score: MATCH_THRESHOLD } : null;
}

/** A pillar by its numeral alone ("三"), for a 項次 column. */
export function pillarByNumeral(framework: Framework, n: number): Pillar | null {
  return framework.pillars.find((p) => p.number === n) ?? null;
}
