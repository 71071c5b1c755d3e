/**
 * What a sheet holds that its values do not show, for the pre-publication check (step 5): the cells
 * with formulas and the hidden rows and columns of its used range (Range.getSpecialCellsOrNullObject,
 * ExcelApi 1.9, "Formulas" and "Visible"), and its comments (Worksheet.comments, ExcelApi 1.10; each
 * comment's cell needs its own getLocation, so one more sync when there are comments). Queued before
 * the caller's sync, so the formulas and hidden cells ride along with what it reads anyway.
 */
import { a1, parseAreaA1, type Area } from "../core/grid";
import type { IsSetSupported } from "./requirements";

export interface SheetFacts {
  /** Sheet addresses (A1) of the cells with formulas. */
  formulaCells: string[];
  /** Hidden rows and columns within the used range, 0-based sheet indexes. */
  hiddenRows: number[];
  hiddenColumns: number[];
  comments: { cell: string; text: string }[];
}

/** The areas of a RangeAreas address ("計畫表!A1:C4,計畫表!E7"), a sheet name in quotes may hold commas. */
export function areasOfAddress(address: string): Area[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => parseAreaA1(p.trim())).filter((a): a is Area => a !== null);
}

/** Indexes from..to that no span covers. */
function uncovered(from: number, to: number, spans: [number, number][]): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) if (!spans.some(([a, b]) => i >= a && i <= b)) out.push(i);
  return out;
}

export interface QueuedSheetFacts {
  used: Excel.Range;
  formulas: Excel.RangeAreas;
  visible: Excel.RangeAreas;
  comments: Excel.CommentCollection | null;
}

/** Queues the reads (before the caller's sync). */
export function queueSheetFacts(sheet: Excel.Worksheet, isSetSupported: IsSetSupported): QueuedSheetFacts {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return {
    used,
    formulas: used.getSpecialCellsOrNullObject("Formulas").load("address"),
    visible: used.getSpecialCellsOrNullObject("Visible").load("address"),
    comments: isSetSupported("ExcelApi", "1.10") ? sheet.comments.load("items/content") : null,
  };
}

/** The facts, after the caller's sync; `sync` once more for the comments' cells when there are comments. */
export async function sheetFactsOf(queued: QueuedSheetFacts, sync: () => Promise<void>): Promise<SheetFacts> {
  const { used, formulas, visible, comments } = queued;
  if (used.isNullObject) return { formulaCells: [], hiddenRows: [], hiddenColumns: [], comments: [] };
  const formulaCells = formulas.isNullObject
    ? []
    : areasOfAddress(formulas.address).flatMap((a) => {
        const cells: string[] = [];
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cells.push(a1(r, c));
        return cells;
      });
  const shown = visible.isNullObject ? [] : areasOfAddress(visible.address);
  const bottom = used.rowIndex + used.rowCount - 1;
  const right = used.columnIndex + used.columnCount - 1;
  // A row no visible area reaches is hidden (or every column is: then all rows are, and so said).
  const hiddenRows = uncovered(
    used.rowIndex,
    bottom,
    shown.map((a) => [a.top, a.bottom]),
  );
  const hiddenColumns = uncovered(
    used.columnIndex,
    right,
    shown.map((a) => [a.left, a.right]),
  );
  const items = comments?.items ?? [];
  const places = items.map((c) => c.getLocation().load("address"));
  if (places.length > 0) await sync();
  return {
    formulaCells,
    hiddenRows,
    hiddenColumns,
    comments: items.map((c, i) => {
      const at = parseAreaA1(places[i].address);
      return { cell: at ? a1(at.top, at.left) : places[i].address, text: c.content };
    }),
  };
}
