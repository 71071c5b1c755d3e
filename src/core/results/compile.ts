/**
 * Compiling the results sheet into the plan for one period (issue 13): each measure's 執行成效 from its
 * units' rows (labelled 「民政課：…」 where several units report on one measure), the rows nobody has
 * filled in, and the figures per unit and per pillar. Results already in the plan (typed beside it in
 * the source sheet) stay where no row reports anything: taken in, not lost.
 */
import type { Plan } from "../plan";
import { toHalfWidth } from "../text/normalize";
import { measureCellText } from "../workbook/planTable";
import { isReported, type Period, type ResultRow } from "./resultsSheet";
import { targetsIn, type Target } from "./targets";

export interface ResultFigures {
  rows: number;
  /** Rows with a status or a result. */
  reported: number;
  done: number;
  inProgress: number;
  notStarted: number;
}

export interface CompiledResults {
  /** The plan with each measure's results for the period. */
  plan: Plan;
  /** The period's rows with neither a status nor a result. */
  missing: ResultRow[];
  byUnit: (ResultFigures & { unit: string })[];
  byPillar: (ResultFigures & { pillar: number | null })[];
}

/** What 附件二 shows for a row nobody has filled in: the gap is seen in print, not hidden. */
export const NOT_REPORTED = "（尚未填報）";

function count(rows: readonly ResultRow[]): ResultFigures {
  return {
    rows: rows.length,
    reported: rows.filter(isReported).length,
    done: rows.filter((r) => r.status === "已完成").length,
    inProgress: rows.filter((r) => r.status === "辦理中" || r.status === "持續辦理").length,
    notStarted: rows.filter((r) => r.status === "未辦理").length,
  };
}

export function compileResults(plan: Plan, rows: readonly ResultRow[], period: Period): CompiledResults {
  const ofPeriod = rows.filter((r) => r.period === period);
  const byMeasure = new Map<string, ResultRow[]>();
  for (const r of ofPeriod) byMeasure.set(r.id, [...(byMeasure.get(r.id) ?? []), r]);
  const measures = plan.measures.map((m) => {
    const own = byMeasure.get(m.id) ?? [];
    if (own.length === 0) return m;
    // Nothing reported and a result typed beside the plan: that stays (taken in, not lost).
    if (!own.some(isReported) && (m.results ?? "").trim() !== "") return m;
    const said = (r: ResultRow) => r.result.trim() || r.status.trim() || NOT_REPORTED;
    const text = own.length > 1 ? own.map((r) => `${r.unit}：${said(r)}`).join("\n") : said(own[0]);
    return { ...m, results: text };
  });
  const units = [...new Set(ofPeriod.map((r) => r.unit))];
  const pillarOf = new Map(plan.measures.map((m) => [m.id, m.pillar]));
  const pillars = [...new Set(plan.measures.map((m) => m.pillar))];
  return {
    plan: { ...plan, measures },
    missing: ofPeriod.filter((r) => !isReported(r)),
    byUnit: units.map((unit) => ({ unit, ...count(ofPeriod.filter((r) => r.unit === unit)) })),
    byPillar: pillars.map((pillar) => ({ pillar, ...count(ofPeriod.filter((r) => pillarOf.get(r.id) === pillar)) })),
  };
}

/** A measure's stated target held to what its units reported (達成數值, summed over its rows). */
export interface TargetCheck {
  id: string;
  target: Target;
  /** The figures reported, summed; null when none is a number. */
  achieved: number | null;
  /** What the period asks for: the year's number at 年終, half of it at 期中. */
  asked: number;
  /** null when it cannot be told (nothing reported, or a measure stating several targets: which figure is which?). */
  met: boolean | null;
}

/** Every measure's stated targets, each with what was achieved and whether that meets it (the words read are kept in `target.text`). */
export function checkTargets(plan: Plan, rows: readonly ResultRow[], period: Period): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const m of plan.measures) {
    const targets = targetsIn(measureCellText(m));
    if (targets.length === 0) continue;
    const figures = rows
      .filter((r) => r.id === m.id && r.period === period)
      .map((r) => Number(toHalfWidth(r.figure).replace(/[^\d.]/g, "")))
      .filter((n) => Number.isFinite(n) && n > 0);
    const achieved = figures.length ? figures.reduce((a, b) => a + b, 0) : null;
    for (const target of targets) {
      const asked = target.unit === "%" || period === "年終" ? target.perYear : Math.ceil(target.perYear / 2);
      const met = achieved === null || targets.length > 1 ? null : achieved >= asked;
      out.push({ id: m.id, target, achieved, asked, met });
    }
  }
  return out;
}
