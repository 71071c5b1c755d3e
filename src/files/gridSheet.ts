/** A Grid as a SheetSpec: the user's original sheet, values and merged cells, kept beside our table. */
import type { Grid } from "../core/grid";
import { safeSheetName } from "../core/sheetNames";
import type { SheetSpec } from "../core/sheetSpec";

export function gridCopySpec(grid: Grid, name: string): SheetSpec {
  // A grid that starts in column A lends its rows as they are (the writer only reads them).
  const rows = Array.from({ length: grid.top + grid.rowCount }, (_, r) =>
    r < grid.top ? [] : grid.left === 0 ? grid.values[r - grid.top] : [...new Array(grid.left).fill(null), ...grid.values[r - grid.top]],
  );
  const merges = grid.merges.map((m) => ({
    top: m.top + grid.top,
    left: m.left + grid.left,
    bottom: m.bottom + grid.top,
    right: m.right + grid.left,
  }));
  return { name: safeSheetName(name), rows, merges };
}
