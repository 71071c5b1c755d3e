/** What `rollover` and `compare` read from a workbook: its plan (our plan table first), year, units and results sheet. */
import * as path from "path";
import type { Grid } from "../core/grid";
import { ImposeError } from "../core/impose/errors";
import type { Locale } from "../core/locale";
import { RESULTS_SHEET, resultRowsOf } from "../core/results/resultsSheet";
import { impose } from "../core/impose/impose";
import { FRAMEWORK_SHEET } from "../core/workbook/frameworkSheet";
import { frameworkKeptIn } from "../core/workbook/keptFramework";
import { PLAN_TABLE_SHEET } from "../core/workbook/planTable";
import { planYear } from "../core/yearOver/planTitle";
import { WorkbookReadError } from "../files/errors";
import { UsageError } from "./args";
import { chosenColumns, loadPlan } from "./loadPlan";

/** `--year 116`: a ROC year, or undefined. */
export function yearOption(options: Record<string, string | true>): number | undefined {
  const year = typeof options.year === "string" ? options.year : undefined;
  if (year !== undefined && !/^\d{2,3}$/.test(year)) throw new UsageError(`--year 要民國年，例如 --year 116（收到「${year}」）。`);
  return year === undefined ? undefined : Number(year);
}

/**
 * A year's workbook: the plan (the sheet named, else our plan table, else the first plan-like sheet;
 * never the results sheet) read against the framework named, else, for our plan table, the framework sheet kept
 * beside it; the year its title names; its results sheet. An impose problem names the file,
 * since compare reads two.
 */
export async function loadYear(file: string, options: Record<string, string | true>, language: Locale) {
  const str = (k: string) => (typeof options[k] === "string" ? (options[k] as string) : undefined);
  try {
    const loaded = await loadPlan(file, str("sheet"), str("framework"), chosenColumns(str("measure-column")), {
      prefer: [PLAN_TABLE_SHEET],
      skip: [RESULTS_SHEET],
    });
    const { wb, grid } = loaded;
    let { framework, plan } = loaded;
    // Our plan table, no framework named: the framework sheet kept beside it says which (its header cannot).
    const kept = wb.sheets.find((s) => s.sheet === FRAMEWORK_SHEET);
    if (options.framework === undefined && grid.sheet === PLAN_TABLE_SHEET && kept && !wb.refused[FRAMEWORK_SHEET]) {
      const recorded = frameworkKeptIn(kept);
      if (recorded !== framework)
        [framework, plan] = [recorded, impose(grid, { framework: recorded, columns: chosenColumns(str("measure-column")) })];
    }
    const resultsSheet: Grid | null = wb.sheets.find((s) => s.sheet === RESULTS_SHEET) ?? null;
    if (resultsSheet && wb.refused[RESULTS_SHEET]) throw new WorkbookReadError(wb.refused[RESULTS_SHEET]);
    const resultRows = resultsSheet ? resultRowsOf(resultsSheet) : [];
    return { wb, grid, framework, plan, year: planYear(wb.sheets, grid, plan), resultsSheet, resultRows };
  } catch (e) {
    if (e instanceof ImposeError) throw new UsageError(`「${path.basename(file)}」：${e.messageIn(language)}`);
    throw e;
  }
}
