/**
 * The units sheet (單位), one of the sheets we own: the agency's units (執行單位), suggested from the
 * plan, kept on a sheet the secretariat edits, the source of the plan table's unit dropdown, and
 * read back (with each unit's cell) as the unit list the checks use.
 */
import { cellText, gridA1, type Grid } from "../grid";
import type { Plan } from "../plan";
import { sheetRangeRef, type SheetSpec } from "../sheetSpec";
import { isBlanketUnit } from "../text/units";

export const UNITS_SHEET = "單位";
export const UNITS_HEADER = "執行單位";

/** Every unit the plan names, in order of first appearance; blanket words (各課室) are not units. */
export function suggestUnits(plan: Plan): string[] {
  const units: string[] = [];
  // Each name decided once: 5,000 measures name a dozen units. Indexed loops: a for-of allocates per
  // step in code not yet optimised, and this runs once per CLI call.
  const seen = new Set<string>();
  for (let i = 0; i < plan.measures.length; i++) {
    const names = plan.measures[i].units;
    for (let k = 0; k < names.length; k++) {
      if (seen.has(names[k])) continue;
      seen.add(names[k]);
      if (!isBlanketUnit(names[k])) units.push(names[k]);
    }
  }
  return units;
}

/** Units typed by the user: one per line or separated by 、，, ; blanks and repeats dropped. */
export function parseUnitList(text: string): string[] {
  const units: string[] = [];
  for (const u of text.split(/[\n、，,;；]+/).map((s) => s.trim())) if (u !== "" && !units.includes(u)) units.push(u);
  return units;
}

/** Headers an agency's own unit list may have over its column A. */
const UNIT_LIST_HEADERS = new Set([UNITS_HEADER, "單位", "單位名稱", "單位別", "科室", "課室", "承辦單位", "Units", "Unit"]);

/**
 * Where a unit list is on a sheet: under a header word (單位名稱…) in its first rows, in that column
 * (an agency's list may be 序號 | 單位名稱 | 電話); else column A from the top.
 */
function unitColumn(grid: Grid): { col: number; from: number } {
  for (let r = 0; r < Math.min(3, grid.rowCount); r++)
    for (let c = 0; c < grid.colCount; c++) if (UNIT_LIST_HEADERS.has(cellText(grid, r, c).trim())) return { col: c, from: r + 1 };
  return { col: 0, from: 0 };
}

/** The units listed on a units sheet (ours or the agency's own); numbers (a 序號 column) are not units. */
export function unitsOnSheet(grid: Grid): string[] {
  const { col, from } = unitColumn(grid);
  const units: string[] = [];
  for (let r = from; r < grid.rowCount; r++) {
    const u = cellText(grid, r, col).trim();
    if (u !== "" && !/^\d+$/.test(u) && !UNIT_LIST_HEADERS.has(u) && !units.includes(u)) units.push(u);
  }
  return units;
}

export interface UnitsSheet {
  spec: SheetSpec;
  /** Source of the plan table's unit dropdown. */
  list: string;
}

export function unitsSheet(units: readonly string[], name = UNITS_SHEET): UnitsSheet {
  return {
    spec: { name, columns: [{ header: UNITS_HEADER, width: 20 }], rows: [[UNITS_HEADER], ...units.map((u) => [u])], frozenRows: 1 },
    list: sheetRangeRef(name, { top: 1, left: 0, bottom: Math.max(1, units.length), right: 0 }),
  };
}

/** Where the unit list was read from, so a finding about a unit can point at its cell. */
export interface UnitsSheetRef {
  sheet: string;
  /** The A1 cell of each unit, in the order of `units`. */
  cells: readonly string[];
}

/** The unit list read from a units sheet, with each unit's cell for findings to point at. */
export function unitListFromSheet(grid: Grid): { units: string[]; unitsSheet: UnitsSheetRef } {
  const units = unitsOnSheet(grid);
  const { col } = unitColumn(grid);
  const rowOf = new Map<string, number>();
  for (let r = grid.rowCount - 1; r >= 0; r--) rowOf.set(cellText(grid, r, col).trim(), r);
  return { units, unitsSheet: { sheet: grid.sheet, cells: units.map((u) => gridA1(grid, rowOf.get(u) ?? 0, col)) } };
}
