/**
 * Step 4 as pure functions: the results sheet made (or made again) from the plan table, and a
 * period compiled: the plan with its results, who has not reported, the figures, the stated targets
 * held to what was reported, and the findings. src/excel and the CLI read the grids and write the sheets.
 */
import { runChecks } from "../checks/runChecks";
import type { Finding } from "../checks/finding";
import type { Framework } from "../framework/types";
import { makeGrid, type Grid } from "../grid";
import { impose } from "../impose/impose";
import type { Plan } from "../plan";
import { checkTargets, compileResults, type CompiledResults, type TargetCheck } from "../results/compile";
import { RESULTS_SHEET, resultRowsOf, resultsSheetSpec, type Period, type ResultRow, type ResultsSheet } from "../results/resultsSheet";
import { unitListFromSheet } from "../workbook/unitsSheet";

/** The agency's units: the units sheet's list, else the units the plan names, in its order. */
function unitsFor(plan: Plan, unitsSheet: Grid | null): string[] {
  return unitsOr(plan, unitsSheet ? unitListFromSheet(unitsSheet).units : []);
}

const unitsOr = (plan: Plan, listed: readonly string[]) =>
  listed.length > 0 ? [...listed] : [...new Set(plan.measures.flatMap((m) => m.units))];

/**
 * With no results sheet, the period's rows that the results typed beside the plan stand for (as making
 * the sheet would start them: one per measure and unit, a labelled cell split per unit), so that who
 * has not reported is known for 附件二 all the same.
 */
export function resultRowsBeside(plan: Plan, units: readonly string[], period: Period): ResultRow[] {
  return resultRowsOf(makeGrid(RESULTS_SHEET, resultsSheetSpec(plan, unitsOr(plan, units), period).spec.rows));
}

export function resultsSheetFor(
  planTable: Grid,
  unitsSheet: Grid | null,
  framework: Framework,
  period: Period,
  previous: readonly ResultRow[],
): ResultsSheet {
  const plan = impose(planTable, { framework });
  return resultsSheetSpec(plan, unitsFor(plan, unitsSheet), period, previous);
}

export interface PeriodCompiled extends CompiledResults {
  /** results/missing and results/target-unmet, in the checks' order. */
  findings: Finding[];
  /** Every stated target read, with what was reported: the parse shown to the clerk. */
  targets: TargetCheck[];
}

/** A period compiled from the rows of a results sheet (none: the results typed beside the plan stand alone). */
export function compilePeriod(
  plan: Plan,
  framework: Framework,
  rows: readonly ResultRow[],
  period: Period,
  sheet = RESULTS_SHEET,
): PeriodCompiled {
  const results = { sheet, rows, period };
  const findings = runChecks(plan, { framework, results }).findings.filter((f) => f.code.startsWith("results/"));
  return { ...compileResults(plan, rows, period), findings, targets: checkTargets(plan, rows, period) };
}
