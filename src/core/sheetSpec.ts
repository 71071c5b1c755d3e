/**
 * SheetSpec: a sheet described as data (values, merges, widths, wrap, frozen header, print setup),
 * written by two writers: src/excel (Office.js) and src/files (xlsx). The same output is thus
 * testable as a file read back by a reader we did not write.
 */
import { columnLetter, type Area, type CellValue } from "./grid";

export interface ColumnSpec {
  header: string;
  /** Width in characters (Excel's column width unit). */
  width: number;
  wrap?: boolean;
  hidden?: boolean;
}

/**
 * A dropdown (list data validation) sourced from a range, never an inline list: Excel caps those at
 * 255 characters. "warning" lets the user keep a value not in the list after a prompt (a cell may
 * name two units; a plan may word a focus point its own way).
 */
export interface ListValidationSpec {
  /** Cells on this sheet that get the dropdown (0-based, sheet coordinates). */
  area: Area;
  /** The list's source range, sheet-qualified: "'單位'!$A$2:$A$12". */
  source: string;
  alert: "stop" | "warning";
}

export interface SheetSpec {
  name: string;
  /** Optional column definitions; `rows[0]` is then the header row written in bold. */
  columns?: ColumnSpec[];
  rows: CellValue[][];
  merges?: Area[];
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  /** Row heights in points, by row index, where wrapped text needs them. */
  rowHeights?: Record<number, number>;
  validations?: ListValidationSpec[];
  /** Make rows[0..] an Excel table with this name (header row + body; no merges allowed). */
  table?: { name: string };
  /** A sheet meant to be printed (the annexes): its look and its page setup. */
  print?: PrintSpec;
}

/**
 * How a printed sheet looks and pages: rows[0..titleRows-1] are titles (merged across, centred,
 * unruled), rows[titleRows] the header (repeated on every page), the rest the body; every cell of
 * header and body ruled. A4, one page wide, centred, margins as PRINT_PAGE says.
 */
export interface PrintSpec {
  /** Body font, 標楷體 by default (the government's print convention), and its size in points. */
  font: string;
  fontSize: number;
  titleRows: number;
  /** Columns whose body cells are centred (項次, 完成期限). */
  centred: number[];
  orientation: "portrait" | "landscape";
  /** Footer, with Excel's codes: &P the page, &N the number of pages. */
  footer: string;
  /** Rows (0-based) that start a new page. */
  pageBreaks: number[];
}

/** The A4 page every printed sheet is laid on: size in points, margins in inches (as Excel stores them). */
export const PRINT_PAGE = {
  paperSize: 9, // A4 in Excel's PaperSize numbering (ECMA-376 §18.18.59 lists 9 = A4)
  width: 595,
  height: 842,
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
} as const;

/** "'單位'!$A$2:$A$12": a sheet-qualified absolute range, the sheet name quoted (safe for any name). */
export function sheetRangeRef(sheet: string, area: Area): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${cell(area.top, area.left)}:${cell(area.bottom, area.right)}`;
}

/** Points per wrapped line of 12-pt CJK text, and the characters a column of width w holds per line. */
const LINE_HEIGHT = 16;
const charsPerLine = (width: number) => Math.max(1, Math.floor(width / 2));

/** The height a row of wrapped CJK text needs (Excel and ExcelJS do not compute it). */
export function wrappedRowHeight(cells: CellValue[], columns: ColumnSpec[]): number {
  let lines = 1;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (!columns[c]?.wrap || v === null || v === "") continue;
    const perLine = charsPerLine(columns[c].width);
    const text = String(v);
    let n = 0;
    // Each line of the cell takes at least one printed line; a line is searched, not split, as this runs per row of a large plan.
    for (let start = 0; start <= text.length;) {
      const end = text.indexOf("\n", start);
      const stop = end === -1 ? text.length : end;
      n += Math.max(1, Math.ceil((stop - start) / perLine));
      start = stop + 1;
    }
    lines = Math.max(lines, n);
  }
  return Math.min(409, lines * LINE_HEIGHT);
}
