/**
 * `service-plan validate`: impose, check, print findings and coverage; exit 1 when there is an error.
 * `--coverage-out` also writes the coverage sheet (涵蓋情形) to a new workbook.
 */
import * as path from "path";
import { coverageSheetSpec } from "../core/workbook/coverageSheet";
import type { Language } from "../core/checks/messages";
import { validatePlan } from "../core/checks/validate";
import { dateTimeIn } from "../core/text/rocDate";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError } from "./args";
import { chosenColumns, loadPlan } from "./loadPlan";
import { chooseUnitList } from "./unitListOption";
import { checkOutputPath, writeOutput } from "./outputFile";
import { validationToJson } from "./validateJson";
import { validateReport } from "./validateReport";
import type { Io } from "./main";

export async function validateCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan validate 計畫.xlsx");
  const str = (k: string) => (typeof options[k] === "string" ? (options[k] as string) : undefined);
  const language = languageOption(options);
  const coverageOut = str("coverage-out");
  if (coverageOut !== undefined) checkOutputPath("--coverage-out", coverageOut, file);
  const { wb, framework, plan } = await loadPlan(file, str("sheet"), str("framework"), chosenColumns(str("measure-column")));
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
