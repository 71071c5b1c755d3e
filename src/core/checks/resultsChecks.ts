/**
 * The results checks (step 4): who has not reported, and stated targets the reported figures fall
 * short of. They give nothing unless the context carries the results sheet's rows and a period.
 */
import type { Plan } from "../plan";
import { checkTargets } from "../results/compile";
import { isReported, resultCell, type ResultRow } from "../results/resultsSheet";
import type { CheckContext } from "./context";
import { finding, pillarParam, type Finding } from "./finding";

/** Per unit, the period's rows with neither a status nor a result; pointing at the first one's 辦理情形 cell. */
export function resultsMissing(_plan: Plan, context: CheckContext): Finding[] {
  const results = context.results;
  if (!results) return [];
  const byUnit = new Map<string, ResultRow[]>();
  for (const r of results.rows) if (r.period === results.period && !isReported(r)) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  return [...byUnit].map(([unit, rows]) =>
    finding("results/missing", results.sheet, resultCell(rows[0], "status"), {
      unit,
      period: results.period,
      ids: rows.map((r) => r.id),
    }),
  );
}

/** A measure whose text states a target (「每季1次」) that the figures its units reported do not reach. */
export function resultsTargetUnmet(plan: Plan, context: CheckContext): Finding[] {
  const results = context.results;
  if (!results) return [];
  const pillarOf = new Map(plan.measures.map((m) => [m.id, m.pillar]));
  return checkTargets(plan, results.rows, results.period)
    .filter((t) => t.met === false)
    .map((t) => {
      const first = results.rows.find((r) => r.id === t.id && r.period === results.period);
      return finding("results/target-unmet", results.sheet, first && resultCell(first, "figure"), {
        id: t.id,
        target: t.target.text,
        asked: t.asked,
        unit: t.target.unit,
        achieved: t.achieved ?? 0,
        period: results.period,
        ...pillarParam(pillarOf.get(t.id)),
      });
    });
}
