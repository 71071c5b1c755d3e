/**
 * Comparing two years' plans, as a pure function: each difference once, as a change of the one
 * registry (changes.ts). Measures are matched by id, then by wording (measureMatch.ts): a pair with
 * another wording is reworded (never also added and dropped); a pair under another pillar or focus point
 * is moved; a pair whose units differ has its units changed. Coverage is of the framework's focus points
 * (pillars with none count as themselves): covered by a measure in one year and by none in the other.
 * Deadlines are not compared: a roll-over moves every date by design.
 *
 * Focus points are the same one by id when both years follow the same built-in framework; else (a
 * framework read from the plan itself, whose ids are positions, or two different frameworks) by their
 * wording (framework/match.ts): a focus point inserted in one year shifts no other.
 */
import { coverageMatrix } from "../checks/coverage";
import { change, type Change, type ChangeOf } from "../changes";
import { BUILT_IN_FRAMEWORKS } from "../framework/catalog";
import { matchFocus, matchPillar } from "../framework/match";
import type { Framework } from "../framework/types";
import { matchKey } from "../text/normalize";
import type { Measure, Plan } from "../plan";
import { isReported, type ResultRow } from "../results/resultsSheet";
import { toChineseNumeral } from "../text/numerals";
import { measureCellText } from "../workbook/planTable";
import { matchMeasures } from "./measureMatch";

export const COMPARE_KINDS = [
  "year-changed",
  "results-changed",
  "measure-added",
  "measure-dropped",
  "measure-reworded",
  "measure-moved",
  "units-changed",
  "coverage-lost",
  "coverage-gained",
] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];
export type Difference = { [K in CompareKind]: ChangeOf<K> }[CompareKind];

/** One year as compared: its plan and framework, its year (ROC) and how many measures have results. */
export interface YearPlan {
  plan: Plan;
  framework: Framework;
  year: number | null;
  /** Measures with a result: typed beside the plan, or reported on the results sheet. */
  results: number;
}

export interface Comparison {
  /**
   * How focus points were told the same: "id" when both years follow one built-in framework, else
   * "wording"; `differ` when the two years' frameworks are not the same.
   */
  frameworks: { before: string; after: string; differ: boolean; matchedBy: "id" | "wording" };
  before: { year: number | null; measures: number; results: number };
  after: { year: number | null; measures: number; results: number };
  /** Each difference once, grouped by kind in COMPARE_KINDS' order, each group in its plan's order. */
  differences: Difference[];
}

/** Which year's sheet a difference's cell is on: a dropped measure's the earlier; the rest the later; none for year-wide ones. */
export function differenceSide(d: Difference): "before" | "after" | null {
  if (d.cell === "") return null;
  return d.kind === "measure-dropped" ? "before" : "after";
}

/** Measures with a result typed beside the plan or a reported row on the results sheet. */
export function measuresWithResults(plan: Plan, rows: readonly ResultRow[]): number {
  const reported = new Set(rows.filter(isReported).map((r) => r.id));
  return plan.measures.filter((m) => (m.results ?? "").trim() !== "" || reported.has(m.id)).length;
}

/** Where a measure sits: "二(三)" (pillar 2's focus point (三)), "二、" for a pillar alone, "—" for neither. */
function placeOf(m: Measure, framework: Framework): string {
  if (m.pillar === null || m.pillar === 0) return m.pillar === 0 ? (framework.preamble?.title ?? "—") : "—";
  const pillar = toChineseNumeral(m.pillar);
  const focus = m.focus ? framework.pillars.find((p) => p.number === m.pillar)?.focusPoints.find((f) => f.id === m.focus) : undefined;
  return focus ? `${pillar}${focus.label}` : `${pillar}、`;
}

const sameUnits = (a: readonly string[], b: readonly string[]) => {
  const [x, y] = [new Set(a), new Set(b)];
  return x.size === y.size && [...x].every((u) => y.has(u));
};

interface CoveredPoint {
  focus: string;
  label: string;
  text: string;
}

/** The focus points (and pillars without any) that at least one measure covers, in framework order. */
function covered(plan: Plan, framework: Framework): CoveredPoint[] {
  return coverageMatrix(plan, framework).pillars.flatMap((p) =>
    p.focusPoints.length === 0
      ? p.measures > 0
        ? [{ focus: String(p.pillar), label: `${toChineseNumeral(p.pillar)}、`, text: p.title }]
        : []
      : p.focusPoints
          .filter((f) => f.measures > 0)
          .map((f) => ({ focus: f.id, label: `${toChineseNumeral(p.pillar)}${f.label}`, text: f.text })),
  );
}

const isBuiltIn = (f: Framework) => Object.values(BUILT_IN_FRAMEWORKS).includes(f);

/** A framework's pillars and focus points as words (its name and ids aside). */
const wordsOf = (f: Framework) => JSON.stringify(f.pillars.map((p) => [matchKey(p.title), ...p.focusPoints.map((x) => matchKey(x.text))]));

/**
 * Which of the later year's focus points (and pillars) each of the earlier year's is: by id when both
 * follow one built-in framework, else by wording (the same words first, then framework/match.ts's
 * similarity, under the pillar of that wording first).
 */
interface Twins {
  focus(id: string): string | null;
  pillar(n: number): number | null;
}

function twinsOf(before: Framework, after: Framework, byWording: boolean): Twins {
  if (!byWording) return { focus: (id) => id, pillar: (n) => n };
  const pillars = new Map<number, number | null>();
  for (const p of before.pillars) {
    const same = after.pillars.find((q) => matchKey(q.title) === matchKey(p.title));
    pillars.set(p.number, same?.number ?? matchPillar(after, p.title)?.pillar?.number ?? null);
  }
  const focus = new Map<string, string | null>();
  const afterPoints = after.pillars.flatMap((p) => p.focusPoints);
  for (const p of before.pillars)
    for (const f of p.focusPoints) {
      const twinPillar = pillars.get(p.number) ?? null;
      const same =
        afterPoints.find((g) => g.pillar === twinPillar && matchKey(g.text) === matchKey(f.text)) ??
        afterPoints.find((g) => matchKey(g.text) === matchKey(f.text));
      const like =
        same ?? (twinPillar !== null ? matchFocus(after, f.text, twinPillar)?.focus : undefined) ?? matchFocus(after, f.text)?.focus;
      focus.set(f.id, like?.id ?? null);
    }
  return { focus: (id) => focus.get(id) ?? null, pillar: (n) => (n === 0 ? 0 : (pillars.get(n) ?? null)) };
}

/** Whether a measure sits in the later year where it sat in the earlier: the same focus point (or pillar, for one with none). */
function samePlace(twins: Twins, a: Measure, b: Measure): boolean {
  if (a.focus && b.focus) return twins.focus(a.focus) === b.focus;
  if (a.focus || b.focus) return false;
  if (a.pillar === null || b.pillar === null) return a.pillar === b.pillar;
  return twins.pillar(a.pillar) === b.pillar;
}

export function compareYears(before: YearPlan, after: YearPlan): Comparison {
  const differ = before.framework !== after.framework && wordsOf(before.framework) !== wordsOf(after.framework);
  const byWording = differ || !isBuiltIn(before.framework) || !isBuiltIn(after.framework);
  const twins = twinsOf(before.framework, after.framework, byWording);
  const out: Change[] = [];
  if (before.year !== after.year) out.push(change("year-changed", "", { before: before.year, after: after.year }));
  if (before.results !== after.results) out.push(change("results-changed", "", { before: before.results, after: after.results }));

  const match = matchMeasures(before.plan.measures, after.plan.measures);
  for (const m of match.added) out.push(change("measure-added", m.source.cell, { id: m.id, text: measureCellText(m) }));
  for (const m of match.dropped) out.push(change("measure-dropped", m.source.cell, { id: m.id, text: measureCellText(m) }));
  for (const p of match.pairs)
    if (p.similarity < 1)
      out.push(
        change("measure-reworded", p.after.source.cell, {
          id: p.after.id,
          oldId: p.before.id,
          before: measureCellText(p.before),
          after: measureCellText(p.after),
          similarity: Math.round(p.similarity * 100) / 100,
        }),
      );
  for (const p of match.pairs) {
    const [from, to] = [placeOf(p.before, before.framework), placeOf(p.after, after.framework)];
    if (byWording ? !samePlace(twins, p.before, p.after) : from !== to)
      out.push(change("measure-moved", p.after.source.cell, { id: p.after.id, before: from, after: to }));
  }
  for (const p of match.pairs)
    if (!sameUnits(p.before.units, p.after.units))
      out.push(change("units-changed", p.after.source.cell, { id: p.after.id, before: p.before.units, after: p.after.units }));

  const [was, is] = [covered(before.plan, before.framework), covered(after.plan, after.framework)];
  // An earlier point as the later year's id (a pillar with no focus points by its number), or null.
  const twin = (c: CoveredPoint) => (/^\d+$/.test(c.focus) ? String(twins.pillar(Number(c.focus)) ?? "") : twins.focus(c.focus)) || null;
  const isIds = new Set(is.map((c) => c.focus));
  const wasTwins = new Set(was.map(twin));
  for (const c of was) if (!isIds.has(twin(c) ?? "")) out.push(change("coverage-lost", "", c));
  for (const c of is) if (!wasTwins.has(c.focus)) out.push(change("coverage-gained", "", c));

  const side = (y: YearPlan) => ({ year: y.year, measures: y.plan.measures.length, results: y.results });
  const frameworks = {
    before: before.framework.name,
    after: after.framework.name,
    differ,
    matchedBy: byWording ? "wording" : "id",
  } as const;
  return { frameworks, before: side(before), after: side(after), differences: out as Difference[] };
}
