/**
 * The normalised plan table: one measure per row, canonical headers, the id column that keeps
 * measures' ids across re-imposition, and the agency's own extra columns kept.
 */
import { CANONICAL_HEADERS } from "./impose/headerNames";
import type { Measure, Plan } from "./plan";
import { wrappedRowHeight, type ColumnSpec, type SheetSpec } from "./sheetSpec";

export const PLAN_TABLE_SHEET = "計畫表";

/** The measure cell as the table shows it: the title line over its detail. */
export function measureCellText(m: Measure): string {
  return m.titled ? [m.title, m.text].filter((t) => t !== "").join("\n") : m.text;
}

export function planTableSpec(plan: Plan, name = PLAN_TABLE_SHEET): SheetSpec {
  const extraNames = plan.header.columns.extra.map((e) => e.name);
  const columns: ColumnSpec[] = [
    { header: CANONICAL_HEADERS.id, width: 9 },
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
  return {
    name,
    columns,
    rows: [columns.map((c) => c.header), ...body],
    frozenRows: 1,
    rowHeights,
  };
}
