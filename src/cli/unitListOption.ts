/**
 * The unit list `validate` checks against: `--units a,b,c`, `--units-sheet NAME`, or else the
 * workbook's own units sheet (單位, as `impose --out` and the add-in write it); none: the unit
 * checks are skipped.
 */
import type { UnitsSheetRef } from "../core/checks/context";
import { unitListFromSheet } from "../core/workbook/unitsSheet";
import { parseUnitList, UNITS_SHEET } from "../core/workbook/unitsSheet";
import type { WorkbookGrids } from "../files/xlsxRead";
import { UsageError } from "./args";

export interface UnitListChoice {
  units: string[];
  unitsSheet?: UnitsSheetRef;
  /** Where the list came from, for the report and `stats.unitList`. */
  from: "--units" | "--units-sheet" | "workbook" | "none";
}

export function chooseUnitList(wb: WorkbookGrids, file: string, unitsOption?: string, sheetOption?: string): UnitListChoice {
  if (unitsOption !== undefined && sheetOption !== undefined) throw new UsageError("--units 與 --units-sheet 只能擇一。");
  if (unitsOption !== undefined) {
    const units = parseUnitList(unitsOption);
    if (units.length === 0) throw new UsageError("--units 需要至少一個單位，例如 --units 秘書室,民政課。");
    return { units, from: "--units" };
  }
  if (sheetOption !== undefined) {
    const grid = wb.sheets.find((s) => s.sheet === sheetOption);
    if (!grid) throw new UsageError(`「${file}」沒有名為「${sheetOption}」的工作表（有：${wb.names.join("、")}）。`);
    const list = unitListFromSheet(grid);
    if (list.units.length === 0) throw new UsageError(`工作表「${sheetOption}」的 A 欄沒有任何單位。`);
    return { ...list, from: "--units-sheet" };
  }
  const own = wb.sheets.find((s) => s.sheet === UNITS_SHEET);
  if (own) {
    const list = unitListFromSheet(own);
    if (list.units.length > 0) return { ...list, from: "workbook" };
  }
  return { units: [], from: "none" };
}
