/** `service-plan impose`: the plan schema imposed on a sheet, its changes listed, and with --out a new workbook set up. */
import * as path from "path";
import { setUpSheets } from "../core/workbook/setUpSheets";
import { suggestUnits } from "../core/workbook/unitsSheet";
import { MAPPINGS_SHEET, mappingsSheetSpec } from "../core/workbook/mappingsSheet";
import { gridCopySpec } from "../files/gridSheet";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError, stringValues } from "./args";
import { chosenColumns, loadPlan } from "./loadPlan";
import type { Io } from "./main";
import { checkOutputPath, writeOutput } from "./outputFile";
import { planToJson } from "./planJson";
import { imposeReport } from "./report";

export async function imposeCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan impose 計畫.xlsx");
  const str = stringValues(options);
  const lang = languageOption(options);
  const out = str("out");
  if (out !== undefined) checkOutputPath("--out", out, file);
  const { grid, framework, plan, mappings } = await loadPlan(file, str("sheet"), str("framework"), chosenColumns(str("measure-column")));
  if (out !== undefined) {
    const sheets = setUpSheets(plan, framework, suggestUnits(plan));
    // The mappings the workbook remembered go with it: the file out maps next year's paste the same way.
    const remembered = mappings ? [mappingsSheetSpec(mappings, MAPPINGS_SHEET)] : [];
    const bytes = await writeWorkbook([
      sheets.plan,
      sheets.units,
      sheets.framework,
      gridCopySpec(grid, `原始_${grid.sheet}`),
      ...remembered,
    ]);
    writeOutput(out, bytes);
  }
  if (options.json) io.out(JSON.stringify(planToJson(plan, grid.left, lang), null, 2));
  else {
    io.out(imposeReport(plan, framework, path.basename(file), lang));
    if (out !== undefined)
      io.out(
        lang === "en"
          ? `Wrote ${out} (the plan table, ${plan.measures.length} rows; units; framework; a copy of the original sheet).`
          : `已寫出 ${out}（計畫表 ${plan.measures.length} 列、單位、服務架構＋原始工作表副本）。`,
      );
  }
  return 0;
}
