/**
 * Comparing two years' plans, as a pure function: each difference once, as a change of the one
 * registry (changes.ts). Measures are matched by id, then by wording (measureMatch.ts): a pair with
 * another wording is reworded (never also added and dropped); a pair under another pillar or focus point
 * is moved; a pair whose units differ has its units changed. Coverage is of the framework's focus points
 * (pillars with none count as themselves): covered by a measure in one year and by none in the other.
 * Deadlines are not compared: a roll-over moves every date by design.
 */
import { coverageMatrix } from "../checks/coverage";
import { change, type Change, type ChangeOf } from "../changes";
import type { Framework } from "../framework/types";
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
  before: { year: number | null; measures: number; results: number };
  after: { year: number | null; measures: number; results: number };
  /** Each difference once, grouped by kind in COMPARE_KINDS' order, each group in its plan's order. */
  differences: Difference[];
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

export function compareYears(before: YearPlan, after: YearPlan): Comparison {
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
    if (from !== to) out.push(change("measure-moved", p.after.source.cell, { id: p.after.id, before: from, after: to }));
  }
  for (const p of match.pairs)
    if (!sameUnits(p.before.units, p.after.units))
      out.push(change("units-changed", p.after.source.cell, { id: p.after.id, before: p.before.units, after: p.after.units }));

  const [was, is] = [covered(before.plan, before.framework), covered(after.plan, after.framework)];
  const ids = (points: CoveredPoint[]) => new Set(points.map((c) => c.focus));
  const [wasIds, isIds] = [ids(was), ids(is)];
  for (const c of was) if (!isIds.has(c.focus)) out.push(change("coverage-lost", "", c));
  for (const c of is) if (!wasIds.has(c.focus)) out.push(change("coverage-gained", "", c));

  const side = (y: YearPlan) => ({ year: y.year, measures: y.plan.measures.length, results: y.results });
  return { before: side(before), after: side(after), differences: out as Difference[] };
}
