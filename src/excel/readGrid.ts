/**
 * A sheet's used range read into a Grid in two syncs whatever its size: values and number formats
 * first, then its merged areas. Only a window from A1 is read (READ_WINDOW): one stray value far
 * away would otherwise make the used range the whole sheet. getMergedAreasOrNullObject (ExcelApi 1.13) fails above 512 areas,
 * so it is asked for in bands of rows; below 1.13 Excel has no way to read merges, and the Grid says
 * so (`mergesInferred`): impose then carries blank pillar / focus cells down from the value above.
 *
 * The two phases are queued separately so that a caller can put other loads into the same syncs.
 */
import type { CellValue, Grid } from "../core/grid";
import { parseAreaA1, rangeA1 } from "../core/grid";
import type { IsSetSupported } from "./requirements";

/** Rows per merged-area request: 100 rows of a plan hold far fewer than 512 merged areas. */
export const MERGE_BAND_ROWS = 100;

/**
 * The part of a sheet that is read: its used range within the first 10,000 rows and 30 columns.
 * A value left at XFD1048576 makes the used range the whole sheet, whose values Excel does not even
 * return ("Read or write to an unbounded range": null), and a used range of A1:XFD5000 would ask for
 * 82 million cells. 300,000 empty cells ("" and "General", 13 bytes each) fit one sync's payload
 * (payload.ts); a plan is a few columns by a few thousand rows (our own plan table of 5,000
 * measures: 5,001 rows by 7 columns and the agency's extra ones).
 */
export const READ_WINDOW = { rows: 10_000, columns: 30 } as const;

export interface QueuedGridValues {
  sheet: Excel.Worksheet;
  /** The used range within READ_WINDOW: what is read. */
  used: Excel.Range;
  /** The sheet's whole used range: only its extent is loaded, to say what was left unread. */
  whole: Excel.Range;
}

/**
 * Phase 1: queue the loads of a sheet's used range. `sheet`: a name or id, null for the active sheet.
 * `orNullObject`: a missing sheet gives no Grid (gridOfValues → null) instead of failing the sync.
 */
export function queueGridValues(
  context: Excel.RequestContext,
  sheet: string | null,
  options: { orNullObject?: boolean } = {},
): QueuedGridValues {
  const sheets = context.workbook.worksheets;
  return queueSheetValues(
    sheet === null ? sheets.getActiveWorksheet() : options.orNullObject ? sheets.getItemOrNullObject(sheet) : sheets.getItem(sheet),
  );
}

function queueSheetValues(sheet: Excel.Worksheet): QueuedGridValues {
  // Both computed by Excel in the same sync: no round trip to learn the used range first.
  const whole = sheet.getUsedRangeOrNullObject(true);
  const used = sheet.getRangeByIndexes(0, 0, READ_WINDOW.rows, READ_WINDOW.columns).getUsedRangeOrNullObject(true);
  sheet.load("name");
  whole.load("rowIndex,columnIndex,rowCount,columnCount");
  used.load("values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, used, whole };
}

/** A loaded range's extent in A1 (its address would say "A:D" for whole columns). */
const extentA1 = (r: Excel.Range) =>
  rangeA1({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 });

/** Where the sheet has values beyond the window that was read. */
function unreadPart({ used, whole }: QueuedGridValues): Grid["unread"] {
  if (whole.isNullObject) return undefined;
  const beyond = whole.rowIndex + whole.rowCount > READ_WINDOW.rows || whole.columnIndex + whole.columnCount > READ_WINDOW.columns;
  if (!beyond) return undefined;
  const windowA1 = rangeA1({ top: 0, left: 0, bottom: READ_WINDOW.rows - 1, right: READ_WINDOW.columns - 1 });
  return { read: used.isNullObject ? windowA1 : extentA1(used), used: extentA1(whole) };
}

/**
 * Phase 2, after the sync that loaded phase 1: queues the merged-area reads and returns the function
 * that gives the Grid once they are loaded (at once when there is nothing more to load).
 */
export function queueGridMerges(queued: QueuedGridValues, isSetSupported: IsSetSupported): { needsSync: boolean; grid: () => Grid } {
  const grid = gridOfValues(queued)!;
  if (grid.rowCount === 0) return { needsSync: false, grid: () => grid };
  const { used } = queued;
  if (!isSetSupported("ExcelApi", "1.13")) return { needsSync: false, grid: () => ({ ...grid, mergesInferred: true }) };

  const bands: Excel.RangeAreas[] = [];
  for (let top = 0; top < grid.rowCount; top += MERGE_BAND_ROWS) {
    const rows = Math.min(MERGE_BAND_ROWS, grid.rowCount - top);
    const band = used
      .getRow(top)
      .getResizedRange(rows - 1, 0)
      .getMergedAreasOrNullObject();
    band.load("address");
    bands.push(band);
  }
  return { needsSync: true, grid: () => withMerges(grid, bands) };
}

/**
 * After phase 1's sync, the Grid without merged areas: for sheets that hold none (ours: an Excel
 * table cannot). Null when the sheet was asked for orNullObject and is missing.
 */
export function gridOfValues(queued: QueuedGridValues | null): Grid | null {
  if (!queued || queued.sheet.isNullObject) return null;
  const { sheet, used } = queued;
  const unread = unreadPart(queued);
  if (used.isNullObject)
    return { sheet: sheet.name, top: 0, left: 0, rowCount: 0, colCount: 0, values: [], merges: [], ...(unread ? { unread } : {}) };
  return {
    sheet: sheet.name,
    top: used.rowIndex,
    left: used.columnIndex,
    rowCount: used.rowCount,
    colCount: used.columnCount,
    values: used.values as CellValue[][],
    numberFormats: used.numberFormat as string[][],
    merges: [],
    ...(unread ? { unread } : {}),
  };
}

function withMerges(grid: Grid, bands: Excel.RangeAreas[]): Grid {
  const seen = new Set<string>();
  for (const band of bands) {
    if (band.isNullObject) continue;
    for (const address of band.address.split(",")) {
      const a = parseAreaA1(address);
      // A merge crossing a band's edge comes back from both bands: keep it once.
      if (!a || seen.has(address)) continue;
      seen.add(address);
      grid.merges.push({ top: a.top - grid.top, left: a.left - grid.left, bottom: a.bottom - grid.top, right: a.right - grid.left });
    }
  }
  return grid;
}

/** Reads the named sheet (or the active one) into a Grid: two syncs, one below ExcelApi 1.13. */
export async function readSheetGrid(
  context: Excel.RequestContext,
  sheetName: string | null,
  isSetSupported: IsSetSupported,
): Promise<Grid> {
  const queued = queueGridValues(context, sheetName);
  await context.sync();
  const merges = queueGridMerges(queued, isSetSupported);
  if (merges.needsSync) await context.sync();
  return merges.grid();
}
