/** What a check needs besides the plan: the framework, and the agency's unit list when there is one. */
import type { Framework } from "../framework/types";
import type { Plan } from "../plan";
import type { Finding } from "./finding";

/** Where the unit list was read from, so a finding about a unit can point at its cell. */
export interface UnitsSheetRef {
  sheet: string;
  /** The A1 cell of each unit, in the order of `units`. */
  cells: readonly string[];
}

export interface CheckContext {
  framework: Framework;
  /** The agency's units (執行單位). Absent or empty: the unit checks are not run. */
  units?: readonly string[];
  unitsSheet?: UnitsSheetRef;
}

export type Check = (plan: Plan, context: CheckContext) => Finding[];
