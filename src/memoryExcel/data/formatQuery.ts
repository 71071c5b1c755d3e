/** Reading a format property over an area as Office.js does: the common value, or null when mixed. */
import { type Area, columnCount, containsCell, rowCount } from "./area";
import { formatAt, parseCellKey } from "./cells";
import type { CellFormat, SheetData } from "./model";

const CELL_SCAN_LIMIT = 200_000;

function common<V>(values: Iterable<V>): V | null {
  let first: V | undefined;
  let seen = false;
  for (const v of values) {
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) return null;
  }
  return seen ? (first as V) : null;
}

/** The value of one format property shared by every cell of the area, or null. */
export function uniformFormat<V>(sheet: SheetData, area: Area, pick: (f: CellFormat) => V | undefined, fallback: V): V | null {
  const value = (f: CellFormat) => pick(f) ?? fallback;
  if (rowCount(area) * columnCount(area) <= CELL_SCAN_LIMIT) {
    const all = function* () {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) yield value(formatAt(sheet, r, c));
    };
    return common(all());
  }
  // A huge area (whole columns or rows): the values come from the column, row and cell formats
  // inside it, plus the default for the (certainly present) cells nothing formats.
  const sources = function* () {
    yield value({});
    for (let c = area.left; c <= Math.min(area.right, area.left + 16384); c++)
      if (sheet.columnFormats[c]) yield value(sheet.columnFormats[c]);
    for (const [r, f] of Object.entries(sheet.rowFormats)) if (Number(r) >= area.top && Number(r) <= area.bottom) yield value(f);
    for (const key of Object.keys(sheet.formats)) {
      const { row, col } = parseCellKey(key);
      if (containsCell(area, row, col)) yield value(formatAt(sheet, row, col));
    }
  };
  return common(sources());
}

/** The size shared by every column (or row) of the area, or null. */
export function uniformSize(sizes: Record<number, number>, from: number, to: number, fallback: number): number | null {
  const all = function* () {
    for (let i = from; i <= to; i++) yield sizes[i] ?? fallback;
  };
  return common(all());
}
