/** Cell values and formats of a SheetData: reading, writing (shape-checked), used area. */
import { columnLetters, MAX_COLUMNS, MAX_ROWS } from "./address";
import { type Area, columnCount, containsCell, intersection, rowCount } from "./area";
import { fail } from "../errors";
import { coerceString } from "./coercion";
import type { CellFormat, CellValue, SheetData } from "./model";

export function cellKey(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function parseCellKey(key: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(key);
  if (!m) throw new Error(`bad cell key ${key}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function getValue(sheet: SheetData, row: number, col: number): CellValue {
  const v = sheet.values[row]?.[col];
  return v === undefined ? "" : v;
}

export function setValue(sheet: SheetData, row: number, col: number, value: CellValue): void {
  if (value === "") {
    if (sheet.values[row]) delete sheet.values[row][col];
    return;
  }
  (sheet.values[row] ??= [])[col] = value;
}

/** The values of an area as Office.js returns them: "" for empty cells. */
export function readValues(sheet: SheetData, area: Area): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const src = sheet.values[r];
    const row: CellValue[] = new Array(columnCount(area));
    for (let c = area.left; c <= area.right; c++) row[c - area.left] = src?.[c] ?? "";
    out.push(row);
  }
  return out;
}

/** A value Office.js accepts in `values`; null leaves the cell as it is. */
function checkScalar(v: unknown): CellValue | null {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format: cell value ${String(v)}.`);
}

/**
 * Shape-checks a 2-D array (or a single value, applied to every cell) against an area and returns
 * a function giving the value for each cell; throws InvalidArgument on a wrong shape.
 */
export function shapeFor<T>(area: Area, input: unknown, check: (v: unknown) => T, what: string): (r: number, c: number) => T {
  if (!Array.isArray(input)) {
    const v = check(input);
    return () => v;
  }
  const rows = rowCount(area),
    cols = columnCount(area);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rows}×${cols} expected).`,
    );
  }
  const checked = (input as unknown[][]).map((row) => row.map(check));
  return (r, c) => checked[r][c];
}

/** Writes values (already checked for protection and merges); returns whether anything changed. */
/** A cell formatted as Text ("@"): what is written there stays as written. */
export function isTextCell(sheet: SheetData, row: number, col: number): boolean {
  return formatAt(sheet, row, col).numberFormat === "@";
}

/** A stored string that is a formula (the double keeps formulas as their text, "=…"), not text in a Text cell. */
export function isFormulaCell(sheet: SheetData, row: number, col: number): boolean {
  const v = sheet.values[row]?.[col];
  return typeof v === "string" && v.length > 1 && v.startsWith("=") && !isTextCell(sheet, row, col);
}

/**
 * Writes values (already checked for protection and merges); returns whether anything changed.
 * `parse`: strings go through Excel's parsing as Range.values does (data/coercion.ts) unless the cell is Text.
 */
export function writeValues(sheet: SheetData, area: Area, input: unknown, skip: (r: number, c: number) => boolean, parse = false): boolean {
  const at = shapeFor(area, input, checkScalar, "values");
  let changed = false;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      let v = at(r - area.top, c - area.left);
      if (v === null || skip(r, c)) continue;
      if (parse && typeof v === "string" && v !== "" && !isTextCell(sheet, r, c)) {
        const coerced = coerceString(v);
        v = coerced.value;
        if (coerced.numberFormat) sheet.formats[cellKey(r, c)] = { ...sheet.formats[cellKey(r, c)], numberFormat: coerced.numberFormat };
      }
      if (getValue(sheet, r, c) !== v) changed = true;
      setValue(sheet, r, c, v);
    }
  }
  return changed;
}

export function clearValues(sheet: SheetData, area: Area): boolean {
  let changed = false;
  const bottom = Math.min(area.bottom, sheet.values.length - 1);
  for (let r = area.top; r <= bottom; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = area.left; c <= Math.min(area.right, row.length - 1); c++) {
      if (row[c] !== undefined) {
        delete row[c];
        changed = true;
      }
    }
  }
  return changed;
}

export function isWholeColumns(area: Area): boolean {
  return area.top === 0 && area.bottom === MAX_ROWS - 1;
}

export function isWholeRows(area: Area): boolean {
  return area.left === 0 && area.right === MAX_COLUMNS - 1;
}

/** The effective format of a cell: row, then column, then the cell's own format. */
export function formatAt(sheet: SheetData, row: number, col: number): CellFormat {
  return { ...sheet.rowFormats[row], ...sheet.columnFormats[col], ...sheet.formats[cellKey(row, col)] };
}

function withoutKeys(format: CellFormat, keys: string[]): CellFormat {
  const copy: Record<string, unknown> = { ...format };
  for (const k of keys) delete copy[k];
  return copy as CellFormat;
}

/** Applies a format patch to an area; whole columns/rows are stored once, not per cell. */
export function setFormat(sheet: SheetData, area: Area, patch: CellFormat): void {
  const keys = Object.keys(patch);
  if (isWholeColumns(area) || isWholeRows(area)) {
    const byColumn = isWholeColumns(area);
    const store = byColumn ? sheet.columnFormats : sheet.rowFormats;
    const [from, to] = byColumn ? [area.left, area.right] : [area.top, area.bottom];
    for (let i = from; i <= to; i++) store[i] = { ...store[i], ...patch };
    for (const [key, format] of Object.entries(sheet.formats)) {
      const { row, col } = parseCellKey(key);
      if (containsCell(area, row, col)) sheet.formats[key] = withoutKeys(format, keys);
    }
    return;
  }
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const key = cellKey(r, c);
      sheet.formats[key] = { ...sheet.formats[key], ...patch };
    }
  }
}

export function clearFormats(sheet: SheetData, area: Area): void {
  for (const key of Object.keys(sheet.formats)) {
    const { row, col } = parseCellKey(key);
    if (containsCell(area, row, col)) delete sheet.formats[key];
  }
  if (isWholeColumns(area)) for (let c = area.left; c <= area.right; c++) delete sheet.columnFormats[c];
  if (isWholeRows(area)) for (let r = area.top; r <= area.bottom; r++) delete sheet.rowFormats[r];
}

/** The smallest area holding every value (and, unless valuesOnly, every formatted or merged cell). */
export function usedArea(sheet: SheetData, valuesOnly: boolean, within?: Area): Area | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  const take = (r: number, c: number) => {
    if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) return;
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  };
  sheet.values.forEach((row, r) => row?.forEach((v, c) => v !== undefined && v !== "" && take(r, c)));
  if (!valuesOnly) {
    for (const [key, format] of Object.entries(sheet.formats)) {
      if (Object.keys(format).length === 0) continue;
      const { row, col } = parseCellKey(key);
      take(row, col);
    }
    for (const m of sheet.merges) {
      // Within a range, a merge counts by the part of it inside.
      const part = within ? intersection(m, within) : m;
      if (!part) continue;
      take(part.top, part.left);
      take(part.bottom, part.right);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}
