/**
 * What setting up a plan writes, as data: the plan table and the two sheets its dropdowns draw
 * from (units, framework). The Excel side and the CLI's --out write these same specs.
 */
import type { Framework } from "../framework/types";
import type { Plan } from "../plan";
import { PLAN_TABLE_SHEET, planTableSpec } from "./planTable";
import type { SheetSpec } from "../sheetSpec";
import { FRAMEWORK_SHEET, frameworkSheet } from "./frameworkSheet";
import { UNITS_SHEET, unitsSheet } from "./unitsSheet";

export interface SetUpSheetNames {
  plan: string;
  units: string;
  framework: string;
}

export const DEFAULT_SHEET_NAMES: SetUpSheetNames = { plan: PLAN_TABLE_SHEET, units: UNITS_SHEET, framework: FRAMEWORK_SHEET };

export interface SetUpSheets {
  plan: SheetSpec;
  units: SheetSpec;
  framework: SheetSpec;
}

export function setUpSheets(
  plan: Plan,
  framework: Framework,
  units: readonly string[],
  names: SetUpSheetNames = DEFAULT_SHEET_NAMES,
): SetUpSheets {
  const unitSheet = unitsSheet(units, names.units);
  const frameworkSpec = frameworkSheet(framework, names.framework);
  return {
    plan: planTableSpec(plan, {
      name: names.plan,
      dropdowns: { pillar: frameworkSpec.pillarList, focus: frameworkSpec.focusList, units: unitSheet.list },
    }),
    units: unitSheet.spec,
    framework: frameworkSpec.spec,
  };
}
