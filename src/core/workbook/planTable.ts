/**
 * The normalised plan table: one measure per row, canonical headers, the id column that keeps
 * measures' ids across re-imposition, and the agency's own extra columns kept.
 */
import { CANONICAL_HEADERS } from "../impose/headerNames";
import type { Area } from "../grid";
import type { Measure, Plan } from "../plan";
import { wrappedRowHeight, type ColumnSpec, type SheetSpec } from "../sheetSpec";

export const PLAN_TABLE_SHEET = "計畫表";
/** The Excel table's name (table names are safest in ASCII). */
export const PLAN_TABLE_NAME = "ServicePlanTable";

/** Sources of the dropdowns on the pillar, focus and unit columns (sheet-qualified ranges). */
export interface PlanDropdowns {
  pillar: string;
  focus: string;
  units: string;
}

export interface PlanTableOptions {
  name?: string;
  dropdowns?: PlanDropdowns;
}

/** The measure cell as the table shows it: the title line over its detail. */
export function measureCellText(m: Measure): string {
  return m.titled ? [m.title, m.text].filter((t) => t !== "").join("\n") : m.text;
}

/**
 * One measure per row under the canonical headers. The id column is hidden: it is how a measure
 * keeps its id when the table is set up again, not something the clerk edits.
 */
export function planTableSpec(plan: Plan, options: PlanTableOptions = {}): SheetSpec {
  const name = options.name ?? PLAN_TABLE_SHEET;
  const extraNames = plan.header.columns.extra.map((e) => e.name);
  const columns: ColumnSpec[] = [
    { header: CANONICAL_HEADERS.id, width: 9, hidden: true },
    { header: CANONICAL_HEADERS.pillar, width: 18, wrap: true },
    { header: CANONICAL_HEADERS.focus, width: 24, wrap: true },
    { header: CANONICAL_HEADERS.measure, width: 48, wrap: true },
    { header: CANONICAL_HEADERS.units, width: 14, wrap: true },
    { header: CANONICAL_HEADERS.deadline, width: 12, wrap: true },
    { header: CANONICAL_HEADERS.results, width: 30, wrap: true },
    ...extraNames.map((n) => ({ header: n, width: 14, wrap: true })),
  ];
  const body = plan.measures.map((m) => [
    m.id,
    m.pillarText,
    m.focusText,
    measureCellText(m),
    m.units.join("、"),
    m.deadline ?? "",
    m.results ?? "",
    ...extraNames.map((n) => m.extra[n] ?? ""),
  ]);
  const rowHeights: Record<number, number> = {};
  body.forEach((row, i) => (rowHeights[i + 1] = wrappedRowHeight(row, columns)));
  const column = (col: number): Area => ({ top: 1, left: col, bottom: Math.max(1, body.length), right: col });
  const d = options.dropdowns;
  return {
    name,
    columns,
    rows: [columns.map((c) => c.header), ...body],
    frozenRows: 1,
    rowHeights,
    table: { name: PLAN_TABLE_NAME },
    validations: d
      ? [
          { area: column(1), source: d.pillar, alert: "warning" },
          { area: column(2), source: d.focus, alert: "warning" },
          { area: column(4), source: d.units, alert: "warning" },
        ]
      : [],
  };
}
