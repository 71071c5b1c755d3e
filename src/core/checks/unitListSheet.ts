/** The unit list read from a units sheet (單位), with each unit's cell for findings to point at. */
import { cellText, gridA1, type Grid } from "../grid";
import { unitsOnSheet } from "../setUp/unitsSheet";
import type { UnitsSheetRef } from "./context";

export function unitListFromSheet(grid: Grid): { units: string[]; unitsSheet: UnitsSheetRef } {
  const units = unitsOnSheet(grid);
  const rowOf = new Map<string, number>();
  for (let r = grid.rowCount - 1; r >= 0; r--) rowOf.set(cellText(grid, r, 0).trim(), r);
  return { units, unitsSheet: { sheet: grid.sheet, cells: units.map((u) => gridA1(grid, rowOf.get(u) ?? 0, 0)) } };
}
