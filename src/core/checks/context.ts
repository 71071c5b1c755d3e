/** What a check needs besides the plan: the framework, and the agency's unit list when there is one. */
import type { Framework } from "../framework/types";
import type { Plan } from "../plan";
import type { MissingResults, PublishedSheet } from "../publish/publishedSheet";
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
  /** The sheet about to be exported (step 5). Absent: the publish checks give nothing. */
  published?: PublishedSheet;
  /**
   * With `published`: the sheet the plan was read from (sourceSheetOf), whose formulas, hidden rows and
   * columns and comments are checked too; its text is not (what is published of it is in `published`).
   */
  publishedFrom?: PublishedSheet;
  /** With `published`: the plan's error-level findings still open, counted by prePublicationCheck (a check never runs the checks). */
  openErrors?: number;
  /** With `published`: per unit, the period's measures with no result (from results/missing). */
  missingResults?: readonly MissingResults[];
}

export type Check = (plan: Plan, context: CheckContext) => Finding[];
