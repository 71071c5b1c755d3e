/**
 * Reading the results sheet's rows (成效填報) without reading more than a sync can carry: the header
 * and the columns asked for, in bands of rows; a band Excel refuses as too big for one sync
 * (Excel on the web's 5 MB cap: RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded)
 * is read again as two halves. A sync that fails on its payload delivers nothing, so nothing read
 * is lost by trying (in-memory Excel: "the failing sync ... delivers no loaded values").
 */
import type { CellValue } from "../core/grid";
import { RESULT_COLUMNS, resultColumn, resultRowsOf, type ResultField, type ResultRow } from "../core/results/resultsSheet";
import { excelProblemOf } from "./errors";

/** The keys that place a row (編號, 執行單位, 期別) and what a chief fills in (辦理情形 … 填報人). */
export const KEY_FIELDS: readonly ResultField[] = ["id", "unit", "period"];
export const FILLED_FIELDS = ["status", "result", "figure", "updated", "by"] as const satisfies readonly ResultField[];
export type FilledField = (typeof FILLED_FIELDS)[number];

/** Queues the sheet's extent (rows from the top); read it after the sync with `rowsIn`. */
export function queueExtent(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
}

/** Rows of the sheet (0-based, from the top) the extent says there are. */
export const rowsIn = (extent: Excel.Range) => (extent.isNullObject ? 0 : extent.rowIndex + extent.rowCount);

/**
 * Reads rows [from, to) of `fields` (the header row always), one sync per band, halving a band
 * refused as too big. Fields not asked for read as "". `sync` is the caller's (it counts progress).
 */
export async function readResultRows(
  sheet: Excel.Worksheet,
  fields: readonly ResultField[],
  rows: { from: number; to: number },
  sync: () => Promise<void>,
): Promise<ResultRow[]> {
  const columns = [...new Set(fields.map(resultColumn))].sort((a, b) => a - b);
  const width = RESULT_COLUMNS.length;
  const grid: CellValue[][] = [];
  let onHeader: Excel.Range | null = null;
  const readBand = async (from: number, to: number, withHeader: boolean): Promise<void> => {
    // The header goes with the first band (queued again if that band is refused and halved).
    const header = withHeader ? sheet.getRangeByIndexes(0, 0, 1, width).load("values") : null;
    if (header) onHeader = header;
    if (to <= from) {
      if (withHeader) await sync();
      return;
    }
    const parts = columns.map((c) => sheet.getRangeByIndexes(from, c, to - from, 1).load("values"));
    try {
      await sync();
    } catch (e) {
      if (excelProblemOf(e) !== "too-big" || to - from < 2) throw e;
      const middle = from + Math.floor((to - from) / 2);
      await readBand(from, middle, withHeader);
      await readBand(middle, to, false);
      return;
    }
    for (let r = from; r < to; r++) {
      const row: CellValue[] = Array.from({ length: width }, () => "");
      columns.forEach((c, i) => (row[c] = parts[i].values[r - from][0]));
      grid[r] = row;
    }
  };
  await readBand(Math.max(1, rows.from), rows.to, true);
  grid[0] = (onHeader as Excel.Range | null)?.values[0] ?? [];
  for (let r = 1; r < rows.to; r++) grid[r] ??= Array.from({ length: width }, () => "");
  return resultRowsOf({ sheet: "", top: 0, left: 0, rowCount: grid.length, colCount: width, values: grid, merges: [] }).filter(
    (r) => r.row! >= rows.from,
  );
}

/** A row's key, as the sheet and the form hold it. */
export const keyOf = (r: Pick<ResultRow, "id" | "unit" | "period">) => `${r.id}\u0000${r.unit}\u0000${r.period}`;

export const cellOf = (row: number, field: ResultField) => ({ row, column: resultColumn(field) });
