/**
 * `service-plan validate`: impose, check, print findings and coverage; exit 1 when there is an error.
 * `--coverage-out` also writes the coverage sheet (涵蓋情形) to a new workbook. Given several workbooks or
 * a folder, each is checked in turn and one summary is written (batch.ts).
 */
import * as path from "path";
import { coverageSheetSpec } from "../core/workbook/coverageSheet";
import type { Language } from "../core/checks/messages";
import { validatePlan } from "../core/checks/validate";
import { suggestAnnexTitleIn } from "../core/annex/annexTitle";
import { parseUnitList } from "../core/workbook/unitsSheet";
import { RESULTS_SHEET } from "../core/results/resultsSheet";
import { dateTimeIn } from "../core/text/rocDate";
import { WorkbookReadError } from "../files/errors";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError, stringValues } from "./args";
import { batchInputs, checkFrameworkOption, finishBatch, isBatch, refuseInBatch, runBatch, summaryTargets } from "./batch";
import type { Processed } from "./batch";
import type { SummaryRow } from "./batchSummary";
import { findingLine } from "./exportCommand";
import { chosenColumns, loadPlan, type PlanSheetChoice } from "./loadPlan";
import { chooseUnitList } from "./unitListOption";
import { checkOutputPath, writeOutput } from "./outputFile";
import { periodOption, periodResults } from "./resultsCommand";
import { validationToJson } from "./validateJson";
import { validateReport } from "./validateReport";
import type { Io } from "./main";

/** The plan is never read from the results sheet (成效填報), whose columns would read as a plan, when no sheet is named. */
const PLAN_SHEETS: PlanSheetChoice = { skip: [RESULTS_SHEET] };

export async function validateCommand(
  positional: string[],
  options: Record<string, string | true>,
  io: Io,
  repeated: Record<string, string[]> = {},
): Promise<number> {
  if (isBatch(positional, options)) return validateBatch(positional, options, io, repeated);
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan validate 計畫.xlsx");
  const str = stringValues(options);
  const language = languageOption(options);
  const coverageOut = str("coverage-out");
  if (coverageOut !== undefined) checkOutputPath("--coverage-out", coverageOut, file);
  const { wb, framework, plan } = await loadPlan(file, str("sheet"), str("framework"), chosenColumns(str("measure-column")), PLAN_SHEETS);
  const unitList = chooseUnitList(wb, path.basename(file), str("units"), str("units-sheet"));
  const validation = validatePlan(plan, { framework, units: unitList.units, unitsSheet: unitList.unitsSheet });
  if (options.json) io.out(JSON.stringify(validationToJson(validation, plan, framework, unitList, language as Language), null, 2));
  else io.out(validateReport(validation, plan, framework, path.basename(file), unitList, language as Language));
  if (coverageOut !== undefined) {
    writeOutput(
      coverageOut,
      await writeWorkbook([
        coverageSheetSpec(validation.coverage, { checkedAt: dateTimeIn(language as Language, new Date()), locale: language as Language }),
      ]),
    );
    if (!options.json)
      io.out(language === "en" ? `Wrote ${coverageOut} (the coverage sheet).` : `已寫出 ${coverageOut}（涵蓋情形工作表）。`);
  }
  return validation.valid ? 0 : 1;
}

/**
 * Several workbooks, or a folder: each checked as `validate` checks it alone (the same options), a row
 * each in the summary with its coverage, findings by severity and the period's results not reported.
 */
async function validateBatch(
  positional: string[],
  options: Record<string, string | true>,
  io: Io,
  repeated: Record<string, string[]>,
): Promise<number> {
  const str = stringValues(options);
  const language = languageOption(options);
  refuseInBatch(options, {
    "coverage-out": "--coverage-out 只能用於一本活頁簿；批次檢查的結果寫在 --summary 彙整表。",
  });
  const period = periodOption(options);
  const columns = chosenColumns(str("measure-column"));
  const inputs = batchInputs(positional);
  const targets = summaryTargets(repeated.summary ?? [], inputs);
  await checkFrameworkOption(str("framework"));
  // The unit options' own mistakes once, before the batch (a sheet missing from one workbook is that workbook's row).
  if (str("units") !== undefined && str("units-sheet") !== undefined) throw new UsageError("--units 與 --units-sheet 只能擇一。");
  if (str("units") !== undefined && parseUnitList(str("units")!).length === 0)
    throw new UsageError("--units 需要至少一個單位，例如 --units 秘書室,民政課。");

  const rows = await runBatch(inputs, io, language, async ({ file, label }): Promise<Processed> => {
    const { wb, grid, framework, plan } = await loadPlan(file, str("sheet"), str("framework"), columns, PLAN_SHEETS);
    const unitList = chooseUnitList(wb, path.basename(file), str("units"), str("units-sheet"));
    const { stats, valid, findings } = validatePlan(plan, { framework, units: unitList.units, unitsSheet: unitList.unitsSheet });
    // A results sheet that cannot be read leaves its columns blank and says why; the plan was checked all the same.
    let results: SummaryRow["results"] = null;
    let resultsNote: string[] = [];
    try {
      const { source, compiled } = periodResults(wb, plan, framework, period);
      if (source.kind === "sheet") results = { rows: compiled.byUnit.reduce((n, u) => n + u.rows, 0), missing: compiled.missing.length };
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      resultsNote = [e.message];
    }
    const title = suggestAnnexTitleIn(
      wb.sheets.filter((g) => g.sheet !== RESULTS_SHEET),
      grid,
      plan,
    );
    const notes = [
      ...resultsNote,
      ...(title.agency ? [] : [language === "en" ? "The agency's name was not found in the plan's title." : "計畫標題中找不到機關名稱。"]),
      ...(unitList.from === "none"
        ? [language === "en" ? "No unit list: the unit-list checks were not run." : "沒有單位清單：未檢查單位是否在清單內。"]
        : []),
    ];
    const row: SummaryRow = {
      file: label,
      status: valid ? "passed" : "errors",
      sheet: grid.sheet,
      agency: title.agency || null,
      year: title.year,
      measures: stats.measures,
      pillars: stats.pillars,
      focusPoints: stats.focusPoints,
      findings: stats.findings,
      results,
      note: notes.join(language === "en" ? " " : ""),
    };
    // What fails it: its error-level findings with their cells (`validate` on it alone lists everything).
    return { row, details: findings.filter((f) => f.severity === "error").map((f) => findingLine(f, language)) };
  });
  return finishBatch(rows, targets, "validate", options, language, period, io);
}
