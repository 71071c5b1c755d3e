/**
 * The Office.js writer of a SheetSpec (the xlsx writer is src/files/xlsxWrite.ts). Values go first,
 * as 2-D arrays split into chunks that keep each sync under Excel on the web's 5 MB payload cap;
 * formats, merges, dropdowns, the table and the frozen header follow in one more batch.
 * Nothing here syncs: the caller decides where the syncs fall.
 */
import { columnLetter, rangeA1, type CellValue } from "../core/grid";
import type { SheetSpec } from "../core/sheetSpec";
import { jsonBytes, PAYLOAD_BUDGET_BYTES } from "./payload";
import { queuePrintedSheet } from "./writePrintedSheet";

/** Excel's column width unit is points; a SheetSpec's is characters (about 6 points each for 12-pt CJK). */
const POINTS_PER_CHARACTER = 6;

export interface ValueChunk {
  sheet: Excel.Worksheet;
  /** 0-based sheet row of rows[0]. */
  top: number;
  rows: CellValue[][];
}

/** Columns the spec writes: its column definitions or its longest row. */
const specWidth = (spec: SheetSpec) => Math.max(spec.columns?.length ?? 0, ...spec.rows.map((r) => r.length));

/** A spec's rows padded to one width (Excel refuses ragged 2-D arrays); empty cells as "". */
function rectangular(spec: SheetSpec): CellValue[][] {
  const width = specWidth(spec);
  return spec.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

/**
 * The number formats that keep each value as written: Text ("@") for a string, so Excel parses none
 * of them (Range.values reference: a string starting with "=", "+" or "-" is read as a formula;
 * office-js#229: "2018-12-31" becomes a date), General for numbers and booleans. Per cell, as a
 * bounded 2-D array: cell-level properties cannot be set on an unbounded range ("Read or write to an
 * unbounded range", Office docs), and a number in a Text cell could turn into text (unconfirmed).
 */
function textFormats(row: CellValue[]): string[] {
  return row.map((v) => (typeof v === "string" ? "@" : "General"));
}

/**
 * The values of several sheets as chunks grouped by sync: each group's rows, with their formats,
 * come to at most `budget` bytes (a single row bigger than the budget still goes, alone).
 */
export function valueChunksBySync(sheets: { sheet: Excel.Worksheet; spec: SheetSpec }[], budget = PAYLOAD_BUDGET_BYTES): ValueChunk[][] {
  const groups: ValueChunk[][] = [[]];
  let used = 0;
  for (const { sheet, spec } of sheets) {
    const rows = rectangular(spec);
    let chunk: ValueChunk | null = null;
    rows.forEach((row, r) => {
      const bytes = jsonBytes(row) + jsonBytes(textFormats(row)) + 2;
      if (used > 0 && used + bytes > budget) {
        groups.push([]);
        used = 0;
        chunk = null;
      }
      if (!chunk) groups[groups.length - 1].push((chunk = { sheet, top: r, rows: [] }));
      chunk.rows.push(row);
      used += bytes;
    });
  }
  return groups.filter((g) => g.length > 0);
}

/** Each chunk's number formats, then its values (the format must be in place before Excel parses). */
export function queueValues(chunks: ValueChunk[]): void {
  for (const { sheet, top, rows } of chunks) {
    if (rows.length === 0) continue;
    const range = sheet.getRangeByIndexes(top, 0, rows.length, rows[0].length);
    range.numberFormat = rows.map(textFormats);
    range.values = rows;
  }
}

/** Empties one of our sheets for rewriting: values, formats, highlights, merges, dropdowns, frozen panes. */
export function queueClearSheet(sheet: Excel.Worksheet): void {
  const all = sheet.getRange();
  all.unmerge();
  all.dataValidation.clear();
  all.conditionalFormats.clearAll();
  all.clear("All");
  sheet.freezePanes.unfreeze();
}

/** Widths, wrap, hidden columns, merges, dropdowns, the table and the frozen header; a printed sheet's look and page setup (writePrintedSheet.ts). */
export function queueFormats(sheet: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.print) {
    queuePrintedSheet(sheet, spec);
    for (const m of spec.merges ?? []) sheet.getRange(rangeA1(m)).merge(false);
    return;
  }
  const columns = spec.columns ?? [];
  columns.forEach((col, c) => {
    const column = sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`);
    column.format.columnWidth = col.width * POINTS_PER_CHARACTER;
    if (col.wrap) {
      column.format.wrapText = true;
      column.format.verticalAlignment = "Top";
    }
    column.columnHidden = !!col.hidden;
  });
  if (columns.length > 0) sheet.getRangeByIndexes(0, 0, 1, columns.length).format.font.bold = true;
  for (const m of spec.merges ?? []) sheet.getRange(rangeA1(m)).merge(false);
  for (const v of spec.validations ?? []) {
    const range = sheet.getRange(rangeA1(v.area));
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: `=${v.source}` } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: v.alert === "warning" ? "Warning" : "Stop",
      title: "不在清單中",
      message: "這個值不在下拉清單裡。可以保留，或改選清單中的項目。",
    };
  }
  if (spec.table && spec.rows.length > 0) {
    const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, spec.rows.length, Math.max(1, columns.length)), true);
    table.name = spec.table.name;
  }
  if (spec.frozenRows) sheet.freezePanes.freezeRows(spec.frozenRows);
  if (columns.some((c) => c.wrap) && spec.rows.length > 1)
    sheet.getRangeByIndexes(1, 0, spec.rows.length - 1, columns.length).format.autofitRows();
}
