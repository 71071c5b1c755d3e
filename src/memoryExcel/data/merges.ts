/** Merged areas: merge (keeping the upper-left-most value), unmerge, and the cells a merge hides. */
import { type Area, contains, intersects, rowCount } from "./area";
import { fail } from "../errors";
import { getValue, setValue } from "./cells";
import type { SheetData } from "./model";

export function mergesIntersecting(sheet: SheetData, area: Area): Area[] {
  return sheet.merges.filter((m) => intersects(m, area));
}

/** Excel refuses to change part of a merged cell: a merge that sticks out of the area. */
export function assertNoPartialMerge(sheet: SheetData, area: Area): void {
  const partial = mergesIntersecting(sheet, area).find((m) => !contains(area, m));
  if (partial) fail("InvalidOperation", "Cannot change part of a merged cell.");
}

/** True for the cells of a merge other than its top-left cell (they always stay empty). */
export function hiddenByMerge(merges: Area[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  return (row, col) =>
    merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

function mergeOne(sheet: SheetData, area: Area): void {
  if (area.top === area.bottom && area.left === area.right) return;
  assertNoPartialMerge(sheet, area);
  sheet.merges = sheet.merges.filter((m) => !contains(area, m));
  let kept: string | number | boolean = "";
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const v = getValue(sheet, r, c);
      if (kept === "" && v !== "") kept = v;
      setValue(sheet, r, c, "");
    }
  }
  setValue(sheet, area.top, area.left, kept);
  sheet.merges.push({ ...area });
}

/** Range.merge(across): one merge, or one per row. */
export function merge(sheet: SheetData, area: Area, across: boolean): void {
  if (!across) return mergeOne(sheet, area);
  for (let r = 0; r < rowCount(area); r++) mergeOne(sheet, { ...area, top: area.top + r, bottom: area.top + r });
}

/** Range.unmerge(): removes every merge touching the area; values stay in the top-left cells. */
export function unmerge(sheet: SheetData, area: Area): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
}
