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
import { titleSourceIn } from "../core/annex/annexTitle";
import { FrameworkError } from "../core/framework/types";
import { WorkbookReadError } from "../files/errors";
import { languageOption, UsageError, stringValues } from "./args";
import { chosenColumns, loadPlan } from "./loadPlan";

/** A problem of one file, named: 「a.xlsx」：…, "a.xlsx": … */
export const inFile = (file: string, message: string, language: Locale) =>
  language === "en" ? `"${file}": ${message}` : `「${file}」：${message}`;

/**
 * `--year 116`: a ROC year (full-width digits read as half-width), or undefined: the one reading of
 * --year (rollover, annex, results, export). A bad value is a sentence in the language of --lang.
 */
export function yearOption(options: Record<string, string | true>, example = 116): number | undefined {
  if (options.year === undefined) return undefined;
  const year = typeof options.year === "string" ? options.year.normalize("NFKC").trim() : "";
  if (!/^\d{2,3}$/.test(year)) {
    const given = typeof options.year === "string" ? options.year : "";
    throw new UsageError(
      languageOption(options) === "en"
        ? `--year takes a ROC year, e.g. --year ${example} (got "${given}").`
        : `--year 要民國年，例如 --year ${example}（收到「${given}」）。`,
    );
  }
  return Number(year);
}

/**
 * A year's workbook: the plan (the sheet named, else our plan table, else the first plan-like sheet;
 * never the results sheet) read against the framework named, else, for our plan table, the framework sheet kept
 * beside it; the year and agency its title names; its results sheet. An impose or framework problem names
 * the file, since compare reads two.
 */
export async function loadYear(file: string, options: Record<string, string | true>, language: Locale) {
  const str = stringValues(options);
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
    const title = titleSourceIn(wb.sheets, grid, plan).title;
    return { wb, grid, framework, plan, year: title.year, agency: title.agency, resultsSheet, resultRows };
  } catch (e) {
    if (e instanceof ImposeError || e instanceof FrameworkError)
      throw new UsageError(inFile(path.basename(file), e.messageIn(language), language));
    throw e;
  }
}
