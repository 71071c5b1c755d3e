/** `service-plan validate`: impose, check, print findings and coverage; exit 1 when there is an error. */
import * as path from "path";
import type { Language } from "../core/checks/messages";
import { validatePlan } from "../core/checks/validate";
import { UsageError } from "./args";
import { loadPlan } from "./loadPlan";
import { chooseUnitList } from "./unitListOption";
import { validationToJson } from "./validateJson";
import { validateReport } from "./validateReport";
import type { Io } from "./main";

export async function validateCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan validate 計畫.xlsx");
  const str = (k: string) => (typeof options[k] === "string" ? (options[k] as string) : undefined);
  const language = str("lang") ?? "zh-TW";
  if (language !== "zh-TW" && language !== "en") throw new UsageError(`--lang 只能是 zh-TW 或 en，不是「${language}」。`);
  const { wb, framework, plan } = await loadPlan(file, str("sheet"), str("framework"));
  const unitList = chooseUnitList(wb, path.basename(file), str("units"), str("units-sheet"));
  const validation = validatePlan(plan, { framework, units: unitList.units, unitsSheet: unitList.unitsSheet });
  if (options.json) io.out(JSON.stringify(validationToJson(validation, plan, framework, unitList, language as Language), null, 2));
  else io.out(validateReport(validation, plan, framework, path.basename(file), unitList, language as Language));
  return validation.valid ? 0 : 1;
}
