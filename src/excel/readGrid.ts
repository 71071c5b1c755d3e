/**
 * A sheet's used range read into a Grid in two syncs whatever its size: values and number formats
 * first, then its merged areas. getMergedAreasOrNullObject (ExcelApi 1.13) fails above 512 areas,
 * so it is asked for in bands of rows; below 1.13 Excel has no way to read merges, and the Grid says
 * so (`mergesInferred`): impose then carries blank pillar / focus cells down from the value above.
 *
 * The two phases are queued separately so that a caller can put other loads into the same syncs.
 */
import type { CellValue, Grid } from "../core/grid";
import { parseAreaA1 } from "../core/grid";
import type { IsSetSupported } from "./requirements";

/** Rows per merged-area request: 100 rows of a plan hold far fewer than 512 merged areas. */
export const MERGE_BAND_ROWS = 100;

export interface QueuedGridValues {
  sheet: Excel.Worksheet;
  used: Excel.Range;
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
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load("name");
  used.load("values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, used };
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
  if (used.isNullObject) return { sheet: sheet.name, top: 0, left: 0, rowCount: 0, colCount: 0, values: [], merges: [] };
  return {
    sheet: sheet.name,
    top: used.rowIndex,
    left: used.columnIndex,
    rowCount: used.rowCount,
    colCount: used.columnCount,
    values: used.values as CellValue[][],
    numberFormats: used.numberFormat as string[][],
    merges: [],
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
