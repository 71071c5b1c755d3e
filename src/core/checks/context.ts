/** What a check needs besides the plan: the framework, and the agency's unit list when there is one. */
import type { Framework } from "../framework/types";
import type { Plan } from "../plan";
import type { Period, ResultRow } from "../results/resultsSheet";
import type { UnitsSheetRef } from "../workbook/unitsSheet";
import type { Finding } from "./finding";

export type { UnitsSheetRef };

export interface CheckContext {
  framework: Framework;
  /** The agency's units (執行單位). Absent or empty: the unit checks are not run. */
  units?: readonly string[];
  unitsSheet?: UnitsSheetRef;
  /** The results sheet's rows and the period to check (step 4). Absent: the results checks give nothing. */
  results?: { sheet: string; rows: readonly ResultRow[]; period: Period };
}

export type Check = (plan: Plan, context: CheckContext) => Finding[];
