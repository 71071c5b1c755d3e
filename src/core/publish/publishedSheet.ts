/**
 * A sheet about to be published (step 5): what the pre-publication check reads. Whoever exports
 * (the pane from Excel, the CLI from a file or a built annex) describes the sheet as it will be written.
 */
import { parseA1, type CellValue, type Grid } from "../grid";
import type { Plan } from "../plan";
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

/**
 * The sheet a plan was read from, as far as an export of the plan publishes it: its formulas (their
 * values are published, not the formulas), its hidden rows that hold a measure and its hidden columns
 * that hold a column an annex publishes (published though hidden on screen), and its comments (never
 * published). Whatever its reader knew of these (the .xlsx reader knows all three; the rows come from
 * the plan's measures either way).
 */
export function sourceSheetOf(grid: Grid, plan: Plan): PublishedSheet {
  const rows: CellValue[][] = Array.from({ length: grid.top }, () => []);
  for (const row of grid.values) rows.push([...new Array<CellValue>(grid.left).fill(null), ...row]);
  const formulas: (string | null)[][] = [];
  for (const cell of grid.formulaCells ?? []) {
    const at = parseA1(cell);
    if (!at) continue;
    (formulas[at.row] ??= [])[at.col] = "=";
  }
  for (let r = 0; r < formulas.length; r++) formulas[r] ??= [];
  const measureRows = new Set(plan.measures.map((m) => parseA1(m.source.cell)?.row));
  const c = plan.header.columns;
  // The columns an annex publishes (not the id column, which our plan table keeps hidden, nor extra columns).
  const planColumns = new Set([c.pillar, c.focus, c.measure, c.units, c.deadline, c.results].filter((x): x is number => x !== undefined));
  return {
    name: grid.sheet,
    rows,
    formulas,
    hiddenRows: (grid.hiddenRows ?? []).map((r) => r + grid.top).filter((r) => measureRows.has(r)),
    hiddenColumns: (grid.hiddenColumns ?? []).filter((col) => planColumns.has(col)).map((col) => col + grid.left),
    comments: grid.comments ?? [],
    bodyRow: grid.top + plan.header.row + 1,
  };
}
