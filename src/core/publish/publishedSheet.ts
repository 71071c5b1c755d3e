/**
 * A sheet about to be published (step 5): what the pre-publication check reads. Whoever exports
 * (the pane from Excel, the CLI from a file or a built annex) describes the sheet as it will be written.
 */
import type { CellValue } from "../grid";
import type { SheetSpec } from "../sheetSpec";

export interface PublishedSheet {
  /** The sheet's name, as findings name it. */
  name: string;
  /** Its values, from the sheet's first row and column: rows[r][c] is the cell a1(r, c) ("B5" is rows[4][1]). */
  rows: readonly (readonly CellValue[])[];
  /** The formula of each cell that has one ("=SUM(C2:C9)"), null or absent elsewhere; same shape as rows. */
  formulas?: readonly (readonly (string | null)[])[];
  /** Hidden rows and columns, 0-based indexes into rows and into a row. */
  hiddenRows?: readonly number[];
  hiddenColumns?: readonly number[];
  /** Comments and notes on the sheet's cells; none of them is exported. */
  comments?: readonly { cell: string; text: string }[];
  /** The index in rows of the body's first row (below the title and header rows). */
  bodyRow: number;
}

/** A unit's measures with no result for the period (from results/missing). */
export interface MissingResults {
  unit: string;
  count: number;
}

/** A sheet we build (an annex) as it will be published: its rows, the body below its header row. */
export function publishedSheetOf(spec: SheetSpec): PublishedSheet {
  return { name: spec.name, rows: spec.rows, bodyRow: (spec.print?.titleRows ?? 0) + 1 };
}
