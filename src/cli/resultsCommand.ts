/**
 * `service-plan results`: a period's results compiled into 附件二 (執行成效一覽表): from our results sheet
 * (成效填報), or, when the workbook has none, from the results typed beside the plan. Prints the figures per
 * unit and per pillar, the targets read and the findings (who has not reported, targets not met);
 * `--out` writes 附件二 as `annex --kind results` does. The input is never changed.
 */
import * as path from "path";
import { RESULTS_SHEET, resultRowsOf, resultsHeaderRow, type Period } from "../core/results/resultsSheet";
import { PLAN_TABLE_SHEET } from "../core/workbook/planTable";
import { compilePeriod } from "../core/workflows/results";
import type { Framework } from "../core/framework/types";
import type { Plan } from "../core/plan";
import { WorkbookReadError } from "../files/errors";
import type { WorkbookGrids } from "../files/xlsxRead";
import { languageOption, UsageError, stringValues } from "./args";
import { annexTitle, titleOptions, writeAnnexFile } from "./annexCommand";
import { chosenColumns, loadPlan } from "./loadPlan";
import { checkOutputPath } from "./outputFile";
import { resultsReport, resultsToJson, type ResultsSource } from "./resultsReport";
import type { Io } from "./main";

const PERIOD_OPTIONS = new Map<string, Period>([
  ["mid", "期中"],
  ["year", "年終"],
]);

/** `--period mid|year` (default year, 年終). */
export function periodOption(options: Record<string, string | true>): Period {
  const value = typeof options.period === "string" ? options.period : "year";
  const period = PERIOD_OPTIONS.get(value);
  if (!period) throw new UsageError(`--period 要 mid（期中）或 year（年終），收到「${value}」。`);
  return period;
}

/** The plan and, for a period, what the workbook holds of its results (our results sheet, or the results typed beside the plan). */
export async function loadPlanAndResults(file: string, options: Record<string, string | true>, period: Period) {
  const str = stringValues(options);
  const sheet = str("sheet");
  if (sheet === RESULTS_SHEET) throw new UsageError(`--sheet 不可指定「${RESULTS_SHEET}」：那是填報成效的工作表，請指定計畫所在的工作表。`);
  // The plan: the sheet named, else our plan table if the workbook has one, else the first plan-like sheet; never the results sheet.
  const { wb, grid, framework, plan } = await loadPlan(file, sheet, str("framework"), chosenColumns(str("measure-column")), {
    prefer: [PLAN_TABLE_SHEET],
    skip: [RESULTS_SHEET],
  });
  return { wb, grid, framework, plan, ...periodResults(wb, plan, framework, period) };
}

/**
 * What a workbook holds of a period's results for its plan: our results sheet's rows (成效填報), else the
 * results typed beside the plan; compiled, with the workbook's other sheets for suggesting a title.
 */
export function periodResults(wb: WorkbookGrids, plan: Plan, framework: Framework, period: Period) {
  const resultsGrid = wb.sheets.find((s) => s.sheet === RESULTS_SHEET);
  if (resultsGrid && wb.refused[RESULTS_SHEET]) throw new WorkbookReadError(wb.refused[RESULTS_SHEET]);
  const source: ResultsSource =
    resultsGrid && resultsHeaderRow(resultsGrid) >= 0
      ? { kind: "sheet", sheet: resultsGrid.sheet, rows: resultRowsOf(resultsGrid) }
      : { kind: "beside", ...(resultsGrid ? { headless: resultsGrid.sheet } : {}) };
  const compiled = compilePeriod(plan, framework, source.kind === "sheet" ? source.rows : [], period, RESULTS_SHEET);
  /** The workbook's sheets but the results sheet, for suggesting the annex's title. */
  const titleSheets = wb.sheets.filter((s) => s !== resultsGrid);
  return { source, compiled, titleSheets };
}

export async function resultsCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan results 計畫.xlsx --period year --out 附件二.xlsx");
  const str = stringValues(options);
  const language = languageOption(options);
  const period = periodOption(options);
  const out = str("out");
  if (out !== undefined) checkOutputPath("--out", out, file);
  const given = titleOptions(options);
  const { grid, framework, plan, source, compiled, titleSheets } = await loadPlanAndResults(file, options, period);
  const read = { file: path.basename(file), plan, framework, period, source, compiled };

  if (options.json) io.out(JSON.stringify(resultsToJson(read, language), null, 2));
  else io.out(resultsReport(read, language));
  if (out !== undefined) {
    const title = annexTitle(given, titleSheets, grid, plan);
    const written = await writeAnnexFile("results", compiled.plan, framework, title, out, file, language);
    if (!options.json) io.out(written.said);
    if (written.warning) io.err(written.warning);
  }
  return compiled.findings.some((f) => f.severity === "error") ? 1 : 0;
}
