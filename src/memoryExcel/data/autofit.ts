/**
 * Approximate autofit: Excel measures rendered text; here a full-width (CJK) character is as wide
 * as the font size and any other character a little over half of it, lines are 15/11 of the font
 * size tall, and merged cells are skipped (as Excel skips them).
 */
import { formatAt, getValue } from "./cells";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT, type SheetData } from "./model";
import { displayText } from "./text";

const CELL_PADDING = 5;

function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch)
      ? size
      : size * 0.55;
  return width;
}

function inMerge(sheet: SheetData, row: number, col: number): boolean {
  return sheet.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

export function fittedRowHeight(sheet: SheetData, row: number): number {
  let height = DEFAULT_ROW_HEIGHT;
  sheet.values[row]?.forEach((value, col) => {
    if (value === undefined || inMerge(sheet, row, col)) return;
    const f = formatAt(sheet, row, col);
    const size = f.fontSize ?? DEFAULT_FONT.size;
    const text = displayText(value, f.numberFormat);
    const available = Math.max(1, (sheet.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH) - CELL_PADDING);
    const lines = f.wrapText ? text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, size) / available)), 0) : 1;
    height = Math.max(height, Math.ceil(((lines * size * 15) / 11) * 4) / 4);
  });
  return Math.min(height, 409);
}

export function fittedColumnWidth(sheet: SheetData, col: number, fromRow: number, toRow: number): number | undefined {
  let width: number | undefined;
  const last = Math.min(toRow, sheet.values.length - 1);
  for (let row = fromRow; row <= last; row++) {
    const value = getValue(sheet, row, col);
    if (value === "" || inMerge(sheet, row, col)) continue;
    const f = formatAt(sheet, row, col);
    const size = f.fontSize ?? DEFAULT_FONT.size;
    const longest = Math.max(
      ...displayText(value, f.numberFormat)
        .split("\n")
        .map((line) => textWidth(line, size)),
    );
    width = Math.max(width ?? 0, Math.ceil(longest + CELL_PADDING));
  }
  return width === undefined ? undefined : Math.min(width, 1789);
}
