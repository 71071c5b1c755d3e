/**
 * What the playground's workbook view draws for one sheet of an in-memory workbook: the visible
 * rows and columns (hidden ones left out, at most `maxRows` rows), and one entry per drawn cell with
 * its text, format, span, table part, validation and selection state. Pure: no DOM, no React.
 *
 * Merged areas are cut where the frozen panes end (an HTML table cannot span its sticky head and its
 * body) and where the drawn rows end; the piece holding the merge's top-left cell shows its text.
 */
import { highlightHolds } from "../core/checks/highlights";
import { a1 } from "../core/grid";
import { columnLetters } from "../memoryExcel/data/address";
import { type Area, containsCell, intersects } from "../memoryExcel/data/area";
import { formatAt, getValue, usedArea } from "../memoryExcel/data/cells";
import { type CellFormat, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetData, type SelectionData } from "../memoryExcel/data/model";
import { displayText } from "../memoryExcel/data/text";
import { ruleType } from "../memoryExcel/data/validations";

/** Rows drawn at most; the rest are counted in `totalRows` and left out. */
export const DEFAULT_MAX_ROWS = 500;
/** Columns drawn at most (a stray format far to the right must not draw thousands). */
export const MAX_COLUMNS_DRAWN = 100;
/** An empty sheet still shows a grid this big, as Excel does. */
const MIN_ROWS = 20;
const MIN_COLUMNS = 8;

/** Excel's points → CSS pixels (96 dpi). */
export function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

export interface ColumnView {
  index: number;
  letter: string;
  widthPx: number;
  /** Inside the frozen columns: left offset (px) from the first column's left edge. */
  frozenLeftPx?: number;
}

export interface RowView {
  index: number;
  /** Excel's row height (a minimum here: wrapped text may make the row taller). */
  heightPx: number;
  frozen: boolean;
  cells: CellView[];
}

export interface CellView {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The sheet row and column of the cell's last drawn row and column (itself unless merged). */
  bottom: number;
  right: number;
  text: string;
  format: CellFormat;
  /** The value is a number (Excel aligns numbers right unless told otherwise). */
  numeric: boolean;
  /** A list validation's source ("=單位!$A$2:$A$20" or "A,B,C"): the cell shows a dropdown. */
  listSource?: string;
  /** Any other validation rule's type ("WholeNumber", "Custom", …). */
  validationType?: string;
  /** In an Excel table; `banded`: a body row with the band fill (the 1st, 3rd, … as in TableStyleMedium2). */
  table?: { name: string; part: "header" | "body"; banded: boolean };
  /** Inside the selected range. */
  selected: boolean;
  /** The selection's active cell (its top-left cell). */
  active: boolean;
}

export interface SheetLayout {
  columns: ColumnView[];
  rows: RowView[];
  /** Rows the sheet has (its used range, plus tables), whether drawn or not. */
  totalRows: number;
  /** Rows were left out because of maxRows. */
  truncatedRows: boolean;
  /** Columns were left out because of MAX_COLUMNS_DRAWN. */
  truncatedColumns: boolean;
}

/** The row (or column) indices from..to that are not hidden. */
function visibleIndices(from: number, to: number, hidden: Set<number>): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) if (!hidden.has(i)) out.push(i);
  return out;
}

/** Cuts [from, to] at each boundary b (a piece ends at b − 1 and the next starts at b). */
function cut(from: number, to: number, boundaries: number[]): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  for (const b of boundaries) {
    if (b > start && b <= to) {
      pieces.push([start, b - 1]);
      start = b;
    }
  }
  pieces.push([start, to]);
  return pieces;
}

interface Span {
  rows: number[];
  cols: number[];
  /** The merge's top-left cell (whose value the piece shows), or null for a piece without it. */
  master: { row: number; col: number } | null;
}

export function layoutSheet(sheet: SheetData, selection: SelectionData | null, maxRows: number = DEFAULT_MAX_ROWS): SheetLayout {
  const used = usedArea(sheet, false);
  let lastRow = used?.bottom ?? -1;
  let lastCol = used?.right ?? -1;
  for (const t of sheet.tables) {
    lastRow = Math.max(lastRow, t.area.bottom);
    lastCol = Math.max(lastCol, t.area.right);
  }
  const totalRows = lastRow + 1;
  const wantedRows = Math.max(lastRow + 2, MIN_ROWS);
  const wantedColumns = Math.max(lastCol + 2, MIN_COLUMNS);
  const rowEnd = Math.min(wantedRows, maxRows) - 1;
  const colEnd = Math.min(wantedColumns, MAX_COLUMNS_DRAWN) - 1;

  const rowIndices = visibleIndices(0, rowEnd, sheet.hiddenRows);
  const colIndices = visibleIndices(0, colEnd, sheet.hiddenColumns);

  let frozenLeft = 0;
  const columns: ColumnView[] = colIndices.map((c) => {
    const widthPx = pointsToPixels(sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
    const view: ColumnView = { index: c, letter: columnLetters(c), widthPx };
    if (c < sheet.frozenColumns) {
      view.frozenLeftPx = frozenLeft;
      frozenLeft += widthPx;
    }
    return view;
  });

  // Merged areas → the cell that draws each visible piece, and the cells the pieces cover.
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  const key = (r: number, c: number) => `${r},${c}`;
  const drawn: Area = { top: 0, left: 0, bottom: rowEnd, right: colEnd };
  for (const m of sheet.merges) {
    if (!intersects(m, drawn)) continue;
    for (const [top, bottom] of cut(m.top, Math.min(m.bottom, rowEnd), [sheet.frozenRows])) {
      for (const [left, right] of cut(m.left, Math.min(m.right, colEnd), [sheet.frozenColumns])) {
        const rows = visibleIndices(top, bottom, sheet.hiddenRows);
        const cols = visibleIndices(left, right, sheet.hiddenColumns);
        if (!rows.length || !cols.length) continue;
        for (const r of rows) for (const c of cols) covered.add(key(r, c));
        const holdsMaster = top === m.top && left === m.left;
        spans.set(key(rows[0], cols[0]), {
          rows,
          cols,
          master: holdsMaster ? { row: m.top, col: m.left } : null,
        });
      }
    }
  }

  const sel = selection?.sheetId === sheet.id ? selection.area : null;
  // The active cell is the selection's top-left cell, or the merged area holding it.
  const activeMerge = sel ? sheet.merges.find((m) => containsCell(m, sel.top, sel.left)) : undefined;
  const activeArea: Area | null = sel ? (activeMerge ?? { top: sel.top, left: sel.left, bottom: sel.top, right: sel.left }) : null;

  const rows: RowView[] = rowIndices.map((r) => {
    const cells: CellView[] = [];
    for (const c of colIndices) {
      const k = key(r, c);
      const span = spans.get(k);
      if (!span && covered.has(k)) continue;
      const source = span ? span.master : { row: r, col: c };
      cells.push(cellView(sheet, r, c, span, source, sel, activeArea));
    }
    return {
      index: r,
      heightPx: pointsToPixels(sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT),
      frozen: r < sheet.frozenRows,
      cells,
    };
  });

  return {
    columns,
    rows,
    totalRows,
    truncatedRows: totalRows > maxRows,
    truncatedColumns: wantedColumns > MAX_COLUMNS_DRAWN,
  };
}

function cellView(
  sheet: SheetData,
  r: number,
  c: number,
  span: Span | undefined,
  source: { row: number; col: number } | null,
  sel: Area | null,
  activeArea: Area | null,
): CellView {
  const area: Area = {
    top: r,
    left: c,
    bottom: span ? span.rows[span.rows.length - 1] : r,
    right: span ? span.cols[span.cols.length - 1] : c,
  };
  const format = formatAt(sheet, source?.row ?? r, source?.col ?? c);
  const value = source ? getValue(sheet, source.row, source.col) : "";
  const view: CellView = {
    row: r,
    col: c,
    rowSpan: span?.rows.length ?? 1,
    colSpan: span?.cols.length ?? 1,
    bottom: area.bottom,
    right: area.right,
    text: value === "" ? "" : displayText(value, format.numberFormat),
    format,
    numeric: typeof value === "number",
    selected: sel !== null && intersects(sel, area),
    active: activeArea !== null && containsCell(activeArea, r, c),
  };
  // Conditional formats: with no formula engine here, only our highlight rules are drawn.
  const highlight = sheet.conditionalFormats.find((f) => containsCell(f.area, r, c) && highlightHolds(f.formula, a1(r, c), value));
  if (highlight?.format.fill) view.format = { ...format, fill: highlight.format.fill };
  const validation = sheet.validations.find((v) => containsCell(v.area, r, c));
  if (validation) {
    const type = ruleType(validation.rule);
    if (type === "List") view.listSource = String(validation.rule.list?.source ?? "");
    else if (type !== "None") view.validationType = type;
  }
  const table = sheet.tables.find((t) => containsCell(t.area, r, c));
  if (table) {
    const header = table.hasHeaders && r === table.area.top;
    const firstBody = table.area.top + (table.hasHeaders ? 1 : 0);
    view.table = { name: table.name, part: header ? "header" : "body", banded: !header && (r - firstBody) % 2 === 0 };
  }
  return view;
}
