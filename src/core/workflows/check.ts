/**
 * Checking a plan table we set up, as a pure function: the plan table, the units sheet and the
 * framework in; the validation (findings, coverage, figures) out. src/excel reads the grids and
 * draws the highlights.
 */
import { validatePlan, type Validation } from "../checks/validate";
import type { Framework } from "../framework/types";
import type { Grid } from "../grid";
import { impose } from "../impose/impose";
import { unitListFromSheet } from "../workbook/unitsSheet";

export function checkPlanTable(planTable: Grid, unitsSheet: Grid | null, framework: Framework): Validation {
  const unitList = unitsSheet ? unitListFromSheet(unitsSheet) : null;
  return validatePlan(impose(planTable, { framework }), { framework, units: unitList?.units, unitsSheet: unitList?.unitsSheet });
}
