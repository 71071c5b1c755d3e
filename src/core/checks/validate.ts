/**
 * One validation round, the core of `service-plan validate` and of the pane's 檢查計畫 step:
 * the findings, the coverage figures and the counts a summary line needs.
 */
import type { Plan } from "../plan";
import type { CheckContext } from "./context";
import { coverageMatrix, unitPillarMatrix, type CoverageMatrix, type UnitPillarMatrix } from "./coverage";
import { FINDING_CODES, type Finding, type FindingCode, type Severity } from "./finding";
import { runChecks, type CheckRun } from "./runChecks";

export interface ValidationStats {
  measures: number;
  pillars: { required: number; covered: number };
  focusPoints: { required: number; covered: number };
  /** Units on the list the unit checks used (0: no list, those checks skipped). */
  units: number;
  findings: Record<Severity, number>;
  /** Findings per code, every code listed (0 when none). */
  byCode: Record<FindingCode, number>;
  skipped: CheckRun["skipped"];
}

export interface Validation {
  /** No error-level finding. */
  valid: boolean;
  findings: Finding[];
  coverage: { focusPoints: CoverageMatrix; units: UnitPillarMatrix };
  stats: ValidationStats;
}

export function validatePlan(plan: Plan, context: CheckContext): Validation {
  const units = context.units ?? [];
  const { findings, skipped } = runChecks(plan, context);
  const focusPoints = coverageMatrix(plan, context.framework);
  const unitMatrix = unitPillarMatrix(
    plan,
    units,
    context.framework.pillars.map((p) => p.number),
  );
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode = Object.fromEntries(FINDING_CODES.map((c) => [c, 0])) as Record<FindingCode, number>;
  for (const f of findings) {
    severities[f.severity]++;
    byCode[f.code]++;
  }
  const focusCells = focusPoints.pillars.flatMap((p) => p.focusPoints);
  return {
    valid: severities.error === 0,
    findings,
    coverage: { focusPoints, units: unitMatrix },
    stats: {
      measures: plan.measures.length,
      pillars: { required: focusPoints.pillars.length, covered: focusPoints.pillars.filter((p) => p.measures > 0).length },
      focusPoints: { required: focusCells.length, covered: focusCells.filter((f) => f.measures > 0).length },
      units: units.length,
      findings: severities,
      byCode,
      skipped,
    },
  };
}
