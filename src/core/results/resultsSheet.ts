/**
 * The results sheet (成效填報, issue 13): one row per measure × unit × period, grouped by unit, where
 * each section chief types what the unit did. Made from the plan, and made again as the plan changes
 * without losing anything typed: a row keeps its results by (measure id, unit, period); a row whose
 * measure or unit left the plan is parked at the end of the sheet, as it was, never dropped.
 */
import { columnLetter, type CellValue, type Grid } from "../grid";
import type { Measure, Plan } from "../plan";
import type { ColumnSpec, SheetSpec } from "../sheetSpec";
import { sheetRangeRef } from "../sheetSpec";
import { measureCellText } from "../workbook/planTable";

export const RESULTS_SHEET = "成效填報";
export const PERIODS = ["期中", "年終"] as const;
export type Period = (typeof PERIODS)[number];
export const STATUSES = ["已完成", "辦理中", "未辦理", "持續辦理"] as const;

export interface ResultRow {
  id: string;
  pillar: string;
  measure: string;
  unit: string;
  period: string;
  status: string;
  result: string;
  figure: string;
  /** ROC date, as typed or as the pane writes it. */
  updated: string;
  by: string;
  /** 0-based sheet row, for a row read from the sheet (findings point at its cells). */
  row?: number;
}

export type ResultField = Exclude<keyof ResultRow, "row">;

export const RESULT_COLUMNS: readonly (ColumnSpec & { key: ResultField })[] = [
  { key: "id", header: "編號", width: 8 },
  { key: "pillar", header: "執行要項", width: 14, wrap: true },
  { key: "measure", header: "具體作法", width: 40, wrap: true },
  { key: "unit", header: "執行單位", width: 10 },
  { key: "period", header: "期別", width: 6 },
  { key: "status", header: "辦理情形", width: 10 },
  { key: "result", header: "執行成效", width: 40, wrap: true },
  { key: "figure", header: "達成數值", width: 10 },
  { key: "updated", header: "更新日期", width: 11 },
  { key: "by", header: "填報人", width: 10 },
];
/** The dropdowns' lists, in a hidden column after the table (a list source must be a range). */
const LISTS_HEADER = "選項";
/** The words that mark where the parked rows start. */
export const PARKED_MARK = "（以下為已不在計畫中的填報，保留備查）";

/** The 0-based column of a field on the results sheet (ours: its columns start at A in this order). */
export const resultColumn = (field: ResultField) => RESULT_COLUMNS.findIndex((c) => c.key === field);

/** A row someone reported on: a status or a result. */
export const isReported = (r: ResultRow) => r.status.trim() !== "" || r.result.trim() !== "";

const rowKey = (r: Pick<ResultRow, "id" | "unit" | "period">) => `${r.id}\u0000${r.unit}\u0000${r.period}`;
const typed = (r: ResultRow) => [r.status, r.result, r.figure, r.updated, r.by].some((v) => v.trim() !== "");

const cellText = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The index of the results sheet's header row (every column the add-in writes), or -1: not a results sheet. */
export function resultsHeaderRow(grid: Grid): number {
  return grid.values.findIndex((row) => RESULT_COLUMNS.every((c) => row.some((v) => cellText(v).trim() === c.header)));
}

/** The rows of a results sheet we wrote (found by its header row), the parked ones included. */
export function resultRowsOf(grid: Grid): ResultRow[] {
  const text = cellText;
  const headerRow = resultsHeaderRow(grid);
  if (headerRow < 0) return [];
  const at = RESULT_COLUMNS.map((c) => grid.values[headerRow].findIndex((v) => text(v).trim() === c.header));
  const rows: ResultRow[] = [];
  grid.values.forEach((values, r) => {
    if (r <= headerRow) return;
    const row = Object.fromEntries(RESULT_COLUMNS.map((c, i) => [c.key, text(values[at[i]]).trim()])) as unknown as ResultRow;
    if (row.id === "" || row.unit === "") return; // the parked mark, blank rows
    rows.push({ ...row, row: grid.top + r });
  });
  return rows;
}

/** The units a measure is the work of: its own, or every listed unit for a blanket one (各課室). */
function unitsOf(m: Measure, units: readonly string[]): string[] {
  const own = m.units.filter((u) => units.includes(u));
  if (m.allUnits) return [...new Set([...own, ...units])];
  return m.units.length ? m.units : [];
}

/**
 * What a result typed beside the plan (its 執行成效 cell) says for one unit: the part labelled
 * 「民政課：…」 where the cell labels units, the whole text for a measure's only (or first) unit.
 */
export function typedResultFor(m: Measure, unit: string, unitsOfMeasure: readonly string[]): string {
  const text = (m.results ?? "").trim();
  if (text === "") return "";
  const labels = unitsOfMeasure.filter((u) => text.includes(`${u}：`) || text.includes(`${u}:`));
  if (labels.length === 0) return unit === unitsOfMeasure[0] ? text : "";
  const at = (u: string) => Math.max(text.indexOf(`${u}：`), text.indexOf(`${u}:`));
  const starts = labels.map((u) => [u, at(u)] as const).sort((a, b) => a[1] - b[1]);
  const i = starts.findIndex(([u]) => u === unit);
  if (i < 0) return "";
  const from = starts[i][1] + unit.length + 1;
  return text.slice(from, i + 1 < starts.length ? starts[i + 1][1] : undefined).trim();
}

export interface ResultsSheet {
  spec: SheetSpec;
  /** Rows kept from before whose measure or unit is no longer in the plan (with anything typed in them). */
  parked: ResultRow[];
  /** Rows for the period that nobody has filled in yet. */
  toFill: number;
}

/**
 * The sheet for `period` (rows for the other period, kept from `previous`, stay): units in the
 * list's order, then any others the plan names; within a unit, the plan's order.
 */
export function resultsSheetSpec(plan: Plan, units: readonly string[], period: Period, previous: readonly ResultRow[] = []): ResultsSheet {
  const before = new Map(previous.map((r) => [rowKey(r), r]));
  const allUnits = [...units, ...new Set(plan.measures.flatMap((m) => m.units).filter((u) => !units.includes(u)))];
  const periods = PERIODS.filter((p) => p === period || previous.some((r) => r.period === p));
  const used = new Set<string>();
  const rows: ResultRow[] = [];
  for (const unit of allUnits)
    for (const m of plan.measures) {
      const its = unitsOf(m, units);
      if (!its.includes(unit)) continue;
      for (const p of periods) {
        const key = rowKey({ id: m.id, unit, period: p });
        const kept = before.get(key);
        if (p !== period && !kept) continue; // the other period's rows only as far as they were made
        used.add(key);
        const fresh = { id: m.id, pillar: m.pillarText, measure: measureCellText(m), unit, period: p };
        // A result typed beside the plan starts the period's row (taken in, not lost); a kept row wins.
        const typedBeside = kept ? "" : typedResultFor(m, unit, its);
        const { row: _at, ...keptValues } = kept ?? ({} as Partial<ResultRow>);
        rows.push({ status: "", result: typedBeside, figure: "", updated: "", by: "", ...keptValues, ...fresh });
      }
    }
  const parked = previous.filter((r) => !used.has(rowKey(r)));
  const body = rows.map((r) => RESULT_COLUMNS.map((c) => r[c.key]));
  const parkedRows = parked.length ? [[PARKED_MARK], ...parked.map((r) => RESULT_COLUMNS.map((c) => r[c.key]))] : [];
  const lists = [...STATUSES, ...PERIODS];
  const listColumn = RESULT_COLUMNS.length;
  const allRows: CellValue[][] = [[...RESULT_COLUMNS.map((c) => c.header), LISTS_HEADER], ...body, ...parkedRows];
  lists.forEach((item, i) => {
    const row = (allRows[i + 1] ??= []);
    while (row.length < listColumn) row.push(null);
    row[listColumn] = item;
  });
  const listRef = (from: number, count: number) =>
    sheetRangeRef(RESULTS_SHEET, { top: from + 1, left: listColumn, bottom: from + count, right: listColumn });
  const bodyArea = (key: ResultField) => ({ top: 1, left: resultColumn(key), bottom: Math.max(1, body.length), right: resultColumn(key) });
  return {
    spec: {
      name: RESULTS_SHEET,
      columns: [
        ...RESULT_COLUMNS.map(({ header, width, wrap }) => ({ header, width, wrap })),
        { header: LISTS_HEADER, width: 8, hidden: true },
      ],
      rows: allRows,
      frozenRows: 1,
      validations: [
        { area: bodyArea("status"), source: listRef(0, STATUSES.length), alert: "stop" },
        { area: bodyArea("period"), source: listRef(STATUSES.length, PERIODS.length), alert: "stop" },
      ],
    },
    parked,
    toFill: rows.filter((r) => r.period === period && !typed(r)).length,
  };
}

/** The A1 address of a field's cell in a row read from the sheet (the sheet is ours: its columns start at A in this order). */
export function resultCell(row: ResultRow, field: ResultField): string | undefined {
  if (row.row === undefined) return undefined;
  return `${columnLetter(resultColumn(field))}${row.row + 1}`;
}
