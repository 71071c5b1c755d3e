/**
 * Grid: a sheet's values and merged areas, the one shape every reader produces (Office.js,
 * .xlsx, fixtures). Indices are 0-based and relative to the used range's top-left cell, which sits
 * at (top, left) on the sheet; `a1()` turns them into the addresses Excel shows.
 */
import { excelSerialToIso } from "./text/rocDate";

/** What Office.js `range.values` gives: dates are serial numbers, errors are strings like "#REF!". */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based, inclusive, relative to the grid. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** Sheet row and column (0-based) of values[0][0]. */
  top: number;
  left: number;
  rowCount: number;
  colCount: number;
  values: CellValue[][];
  merges: Area[];
  /** Number formats where known (same shape as values); used to tell dates from numbers. */
  numberFormats?: (string | null)[][];
  /** Hidden rows, relative to the grid. */
  hiddenRows?: number[];
  /** Hidden columns, relative to the grid (read where the reader can: the .xlsx reader). */
  hiddenColumns?: number[];
  /** Sheet addresses (A1) of the cells holding a formula, where the reader knows them (the .xlsx reader). */
  formulaCells?: string[];
  /** Comments and notes on the sheet's cells (sheet addresses), where the reader knows them (the .xlsx reader). */
  comments?: { cell: string; text: string }[];
  /** True when merged areas were inferred from blank cells (Excel before ExcelApi 1.13). */
  mergesInferred?: boolean;
  /**
   * Cells with values far from the rest (a leftover at XFD1048576), left out of the grid so it stays
   * the size of the table: how many, and the A1 addresses of the first few.
   */
  farCells?: { count: number; cells: string[] };
  /**
   * Set when only part of the sheet was read (the add-in reads a window from A1, readGrid.ts): the
   * area read and the sheet's whole used range, whose values beyond the window were not read.
   */
  unread?: { read: string; used: string };
}

/** Makes a Grid from rows of values; pads rows to the same width. */
export function makeGrid(sheet: string, rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values = rows.map((r) => {
    const row = r.slice();
    while (row.length < colCount) row.push(null);
    return row;
  });
  return { sheet, top: 0, left: 0, rowCount: values.length, colCount, values, merges: [], ...extra };
}

/** "A", "Z", "AA" for a 0-based column. */
export function columnLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column of "A", "AA". */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C12" for sheet row 11, column 2 (0-based). */
export function a1(sheetRow: number, sheetCol: number): string {
  return `${columnLetter(sheetCol)}${sheetRow + 1}`;
}

/** The A1 address of a grid cell. */
export function gridA1(grid: Grid, r: number, c: number): string {
  return a1(grid.top + r, grid.left + c);
}

/** "C12:D14" (or "C12" for one cell) of an area in sheet coordinates. */
export function rangeA1(area: Area): string {
  const start = a1(area.top, area.left);
  const end = a1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** "C12:D14" (or "C12" for one cell) of a grid area. */
export function areaA1(grid: Grid, area: Area): string {
  const start = gridA1(grid, area.top, area.left);
  const end = gridA1(grid, area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "C12" or "$C$12" into sheet row/column (0-based); null when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "C12:D14", "C12" or "計畫!$C$12:$D$14" as a 0-based sheet area; null when it is not one. */
export function parseAreaA1(address: string): Area | null {
  const bare = address.slice(address.lastIndexOf("!") + 1);
  const [a, b] = bare.split(":");
  const start = parseA1(a);
  const end = parseA1(b ?? a);
  return start && end ? { top: start.row, left: start.col, bottom: end.row, right: end.col } : null;
}

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BUSY!",
]);

/** An Excel error value as Office.js shows it ("#REF!"). */
export function isErrorValue(v: CellValue): boolean {
  return typeof v === "string" && ERROR_VALUES.has(v);
}

/** True for number formats that show a date (y/m/d codes, not inside quotes or brackets). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yde]/i.test(bare) || /m.*d|d.*m/i.test(bare);
}

/** The text a cell stands for: dates as ISO, errors as "" (callers report them), numbers as written. */
export function cellText(grid: Grid, r: number, c: number): string {
  const v = grid.values[r]?.[c];
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return isErrorValue(v) ? "" : v;
  if (typeof v === "number") {
    const format = grid.numberFormats?.[r]?.[c];
    if (isDateFormat(format)) return excelSerialToIso(v) ?? String(v);
    return String(v);
  }
  return v ? "TRUE" : "FALSE";
}

/**
 * For every cell, the merged area that covers it (or undefined). Built once per grid: a lookup
 * table keeps imposing linear in the size of the sheet.
 */
export function mergeIndex(grid: Grid): (r: number, c: number) => Area | undefined {
  const byCell = new Map<number, Area>();
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) byCell.set(r * grid.colCount + c, m);
  }
  return (r, c) => byCell.get(r * grid.colCount + c);
}
