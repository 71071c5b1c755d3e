/**
 * Laying a printed table on A4 pages: the height each row needs for its wrapped text (a file with
 * wrapped text and no row heights prints clipped: Excel and LibreOffice do not grow rows they did
 * not lay out themselves), and where pages break, so that a group's first row (a pillar's merged
 * cell) is never left alone at the foot of a page. Row heights are written into the file, so the
 * page a row falls on is ours to compute, not a renderer's guess.
 */
import type { CellValue } from "../grid";
import { PRINT_PAGE } from "../sheetSpec";

/** Points across a column of width w (Excel's unit: the default font's digit, 7 px at 96 dpi, plus 5 px of padding). */
export const columnPoints = (width: number) => ((width * 7 + 5) * 72) / 96;

/** Excel's tallest row. */
const MAX_ROW_HEIGHT = 409;

/** A full-width (CJK) character takes an em; Latin letters and digits about half. */
function textWidthEm(line: string): number {
  let em = 0;
  for (const ch of line) em += ch.charCodeAt(0) >= 0x2e80 ? 1 : 0.55;
  return em;
}

/**
 * Lines a cell's text takes in a column: each line of the text at least one, a long line as many as
 * it fills. A tenth of the width is held back for words wrapped whole and the cell's own padding.
 */
export function printedLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, (columnPoints(width) * 0.9 - 4) / fontSize);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidthEm(line) / perLine)), 0);
}

/** The height of a row: its tallest cell's lines at 1.4 times the font size (AR PL UKai and DFKai-SB alike), plus padding. */
export function printedRowHeight(cells: readonly CellValue[], widths: readonly (number | undefined)[], fontSize: number): number {
  let lines = 1;
  cells.forEach((v, c) => {
    const width = widths[c];
    if (v === null || v === "" || width === undefined) return; // a merged column is measured over its rows
    lines = Math.max(lines, printedLines(String(v), width, fontSize));
  });
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * fontSize * 1.4 + 6));
}

/** The scale Excel's fit-to-one-page-wide applies (1 when the columns fit). */
export function fitToWidthScale(widths: readonly number[], orientation: "portrait" | "landscape"): number {
  const paper = orientation === "portrait" ? PRINT_PAGE.width : PRINT_PAGE.height;
  const printable = paper - (PRINT_PAGE.margins.left + PRINT_PAGE.margins.right) * 72;
  const total = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.min(1, printable / total);
}

export interface PageLayoutInput {
  /** Height of every row in points (titles, header, body), in order. */
  heights: readonly number[];
  /** Index of the header row, repeated at the top of every page. */
  headerRow: number;
  /** First row of each group whose first row must not be a page's last (a pillar's merged cell). */
  groupStarts: ReadonlySet<number>;
  orientation: "portrait" | "landscape";
  scale: number;
}

/**
 * Rows that start a new page. The page holds what fits between the top and bottom margins (the
 * footer prints inside the bottom margin), scaled as fit-to-width scales it; a twentieth is held
 * back. A group's first row moves to the next page when the row after it would not come along.
 */
export function pageBreaks({ heights, headerRow, groupStarts, orientation, scale }: PageLayoutInput): number[] {
  const paper = orientation === "portrait" ? PRINT_PAGE.height : PRINT_PAGE.width;
  const capacity = ((paper - (PRINT_PAGE.margins.top + PRINT_PAGE.margins.bottom) * 72) / scale) * 0.95;
  const breaks: number[] = [];
  let used = heights.slice(0, headerRow + 1).reduce((a, b) => a + b, 0);
  for (let r = headerRow + 1; r < heights.length; r++) {
    const h = heights[r];
    const next = r + 1 < heights.length && !groupStarts.has(r + 1) ? heights[r + 1] : 0;
    const alone = groupStarts.has(r) && next > 0 && used + h + next > capacity;
    if ((used + h > capacity || alone) && used > heights[headerRow]) {
      breaks.push(r);
      used = heights[headerRow];
    }
    used += h;
  }
  return breaks;
}
