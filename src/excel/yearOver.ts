/**
 * The year's turn in Excel (issue 15, parts 3 and 4), on the core's roll-over and comparison
 * (src/core/yearOver/): nothing of the user's is written.
 *
 * - Roll-over: next year's plan started from the plan table we set up, written to a NEW sheet
 *   (「115年度計畫」): the title rows the core moved to the new year on top (from column B: column A is
 *   the hidden id column), then the plan table as the core made it, its dropdowns drawing on this
 *   workbook's units and framework sheets. Not an Excel table (the title sits above it; table names are
 *   workbook-wide) and not remembered as ours: it is the clerk's plan for next year, read as any plan.
 *   Syncs: one to read (two with a results sheet, read in bands), then the values in payload-sized
 *   chunks, the last with the look.
 * - Compare: two sheets the user picks (our plan table, a sheet of last year's plan, a rolled-over
 *   one), read with their merged areas against the workbook's framework, compared by the core; the
 *   比較 sheet is written (ours: `ServicePlan.compare`, rewritten in place the next time; a user's
 *   sheet called 比較 is left alone). Syncs: one to read values, one for merged areas (and the results
 *   sheet's rows), then the write.
 */
import type { Change } from "../core/changes";
import type { CellValue, Grid, Area } from "../core/grid";
import { impose } from "../core/impose/impose";
import type { Plan } from "../core/plan";
import { RESULT_COLUMNS, type ResultRow } from "../core/results/resultsSheet";
import type { SheetSpec } from "../core/sheetSpec";
import { uniqueSheetName } from "../core/sheetNames";
import { suggestUnits, unitListFromSheet } from "../core/workbook/unitsSheet";
import { setUpSheets } from "../core/workbook/setUpSheets";
import { recordedFramework } from "../core/workflows/frameworkChoice";
import { compareYears, measuresWithResults, type Comparison, type Difference } from "../core/yearOver/compare";
import { COMPARE_SHEET, compareSheetSpec } from "../core/yearOver/compareSheet";
import { NOTES_SHEET, planYear, TITLE_SHEET } from "../core/yearOver/planTitle";
import { rollOver } from "../core/yearOver/rollOver";
import type { Locale } from "../core/locale";
import type { Framework } from "../core/framework/types";
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { gridOfValues, queueGridMerges, queueGridValues, type QueuedGridValues } from "./readGrid";
import { KEY_FIELDS, queueExtent, readResultRows, rowsIn } from "./resultRows";
import { queueGeneratedSheet, writeGeneratedSheet } from "./generatedSheet";
import { queueRecordLoad, readRecord, type SetUpRecord } from "./setUpRecord";
import { queueFormats, queueValues, valueChunksBySync } from "./writeSheetSpec";

/** Why the year's turn cannot go on, for the pane's sentence. */
export type YearOverProblem =
  /** The plan's title names no year and none was given. */
  | { kind: "no-year" }
  /** The year given is not after the plan's. */
  | { kind: "not-later"; from: number; to: number }
  /** The two sheets to compare are one. */
  | { kind: "same-sheet"; sheet: string };

export class YearOverError extends Error {
  override name = "YearOverError";
  constructor(readonly problem: YearOverProblem) {
    super(problem.kind);
  }
}

/** Progress in syncs: `done` of `total`, after each. */
export type YearOverProgress = (p: { done: number; total: number }) => void;

/** A counter of syncs that reports progress; `total` grows as the work learns how much is left. */
function syncCounter(context: Excel.RequestContext, onProgress?: YearOverProgress) {
  let done = 0;
  return async (total: number) => {
    await context.sync();
    onProgress?.({ done: ++done, total: Math.max(total, done) });
  };
}

/** The results sheet's rows as a Grid of its columns (what the core reads a results sheet from). */
function resultsGrid(sheet: string, rows: readonly ResultRow[]): Grid {
  const values: CellValue[][] = [
    RESULT_COLUMNS.map((c) => c.header),
    ...rows.map((r) => RESULT_COLUMNS.map((c) => String(r[c.key] ?? ""))),
  ];
  return { sheet, top: 0, left: 0, rowCount: values.length, colCount: RESULT_COLUMNS.length, values, merges: [] };
}

/**
 * Next year's sheet: the title rows (each a single text merged across the table, else its cells as
 * written), from column B since column A holds the hidden ids; then the plan table, its header bold,
 * frozen below it, its dropdowns moved down with it; then, after a blank row, the plan's notes (text
 * that stood outside its table), in column B, where impose keeps them as notes again.
 */
export function nextYearSheetSpec(
  name: string,
  title: SheetSpec | null,
  planTable: SheetSpec,
  notes: SheetSpec | null = null,
): { spec: SheetSpec; headerRow: number } {
  const width = planTable.columns?.length ?? planTable.rows[0]?.length ?? 1;
  const blank = (v: CellValue) => v === null || String(v).trim() === "";
  const titleRows: CellValue[][] = [];
  const merges: Area[] = [];
  (title?.rows ?? []).forEach((row, r) => {
    const filled = row.filter((v) => !blank(v));
    if (filled.length === 1) {
      titleRows.push(["", filled[0]]);
      if (width > 2) merges.push({ top: r, left: 1, bottom: r, right: width - 1 });
    } else titleRows.push(["", ...row]);
  });
  const n = titleRows.length;
  const shift = (a: Area): Area => ({ ...a, top: a.top + n, bottom: a.bottom + n });
  const { table: _table, ...rest } = planTable;
  void _table;
  return {
    spec: {
      ...rest,
      name,
      rows: [...titleRows, ...planTable.rows, ...(notes?.rows.length ? [[], ...notes.rows.map((r) => ["", ...r])] : [])],
      merges: [...merges, ...(planTable.merges ?? []).map(shift)],
      frozenRows: n + (planTable.frozenRows ?? 1),
      rowHeights: Object.fromEntries(Object.entries(planTable.rowHeights ?? {}).map(([r, h]) => [Number(r) + n, h])),
      validations: (planTable.validations ?? []).map((v) => ({ ...v, area: shift(v.area) })),
    },
    headerRow: n,
  };
}

export interface RolledOver {
  /** The new sheet. */
  sheet: string;
  from: number | null;
  to: number;
  measures: number;
  /** What was changed, as the core lists it (year, title, results, deadlines, wording, what to check). */
  changes: Change[];
}

/** The new year's sheet name: 「115年度計畫」, or 「115年度計畫 (2)」 when taken. */
export const nextYearSheetName = (to: number, taken: Iterable<string>) => uniqueSheetName(`${to}年度計畫`, taken);

/** What both the roll-over and the comparison read of our sheets: the framework and the title's sheet. */
function queueOurs(context: Excel.RequestContext, record: SetUpRecord) {
  const at = (id: string | null) => (id ? queueGridValues(context, id, { orNullObject: true }) : null);
  return {
    framework: at(record.framework.id),
    // The title is on the user's sheet; its hidden backup has it when the sheet is gone.
    source: at(record.source.id ?? record.backup.id),
    results: record.results?.id ? context.workbook.worksheets.getItemOrNullObject(record.results.id).load("name") : null,
  };
}

function frameworkOf(record: SetUpRecord, queued: QueuedGridValues | null): Framework {
  const framework = recordedFramework(record.frameworkId, gridOfValues(queued));
  if (!framework) throw new ExcelActionError("sheet-missing", record.framework.name);
  return framework;
}

/** The results sheet's rows (the columns saying a measure was reported), in bands; [] when there is none. */
async function readReported(results: Excel.Worksheet | null, extent: Excel.Range | null, sync: () => Promise<void>) {
  if (!results || results.isNullObject || !extent) return null;
  const rows = await readResultRows(results, [...KEY_FIELDS, "status", "result"], { from: 0, to: rowsIn(extent) }, sync);
  return { sheet: results.name, rows };
}

/**
 * Starts next year's plan from the plan table: `to` is the new year (ROC), by default the year after
 * the one the plan's title names. The plan table and every other sheet are left as they are.
 */
export function rollOverPlan(
  host: ExcelHost,
  record: SetUpRecord,
  request: { to?: number } = {},
  onProgress?: YearOverProgress,
): Promise<RolledOver> {
  return host.run(async (context) => {
    const sync = syncCounter(context, onProgress);
    const queued = queueRecordLoad(context);
    const planQueued = record.plan.id ? queueGridValues(context, record.plan.id, { orNullObject: true }) : null;
    const units = record.units.id ? queueGridValues(context, record.units.id, { orNullObject: true }) : null;
    const ours = queueOurs(context, record);
    const extent = ours.results ? queueExtent(ours.results) : null;
    await sync(2);
    const grid = gridOfValues(planQueued);
    if (!grid) throw new ExcelActionError("sheet-missing", record.plan.name);
    const framework = frameworkOf(record, ours.framework);
    const plan = impose(grid, { framework });
    const source = gridOfValues(ours.source);
    const sheets = source ? [grid, source] : [grid];
    const from = planYear(sheets, grid, plan);
    const to = request.to ?? (from === null ? null : from + 1);
    if (to === null) throw new YearOverError({ kind: "no-year" });
    if (from !== null && to <= from) throw new YearOverError({ kind: "not-later", from, to });
    const reported = await readReported(ours.results, extent, () => sync(3));
    const unitsGrid = gridOfValues(units);
    const listed = unitsGrid ? unitListFromSheet(unitsGrid).units : [];
    const unitList = listed.length > 0 ? listed : suggestUnits(plan);

    const rolled = rollOver({
      sheets,
      grid,
      plan,
      framework,
      units: unitList,
      resultsSheet: reported ? resultsGrid(reported.sheet, reported.rows) : null,
      from,
      to,
    });
    const name = nextYearSheetName(
      to,
      queued.sheets.items.map((s) => s.name),
    );
    // The plan table again, its dropdowns drawing on this workbook's units and framework sheets.
    const made = setUpSheets(rolled.plan, framework, unitList, { plan: name, units: record.units.name, framework: record.framework.name });
    const sheetOf = (sheetName: string) => rolled.sheets.find((s) => s.name === sheetName) ?? null;
    const { spec, headerRow } = nextYearSheetSpec(name, sheetOf(TITLE_SHEET), made.plan, sheetOf(NOTES_SHEET));
    // The notes are below the table on the new sheet, not on a sheet of their own as the CLI's workbook has them.
    const changes = rolled.changes.map((c) => (c.kind === "notes-carried" ? { ...c, params: { ...c.params, sheet: name } } : c));

    const sheet = queued.sheets.add(name);
    return withEventsOff(context, async () => {
      const chunks = valueChunksBySync([{ sheet, spec }]);
      const total = (reported ? 2 : 1) + Math.max(1, chunks.length);
      for (const chunk of chunks.slice(0, -1)) {
        queueValues(chunk);
        await sync(total);
      }
      queueValues(chunks[chunks.length - 1] ?? []);
      queueFormats(sheet, spec);
      if (headerRow > 0) sheet.getRangeByIndexes(headerRow, 0, 1, spec.columns?.length ?? 1).format.font.bold = true;
      sheet.activate();
      context.runtime.enableEvents = true;
      await sync(total);
      return { sheet: name, from, to, measures: rolled.plan.measures.length, changes };
    });
  });
}

/** One year as read for the comparison. */
export interface ComparedSide {
  sheet: string;
  year: number | null;
  measures: number;
}

export interface Compared {
  /** Our 比較 sheet, written. */
  sheet: string;
  comparison: Comparison;
  before: ComparedSide;
  after: ComparedSide;
}

/** The sheet a difference's cell is on: a dropped measure's in the earlier year, the rest in the later; none for year-wide ones. */
export function differenceSheet(d: Difference, compared: Pick<Compared, "before" | "after">): string | null {
  if (d.cell === "") return null;
  return d.kind === "measure-dropped" ? compared.before.sheet : compared.after.sheet;
}

/**
 * Compares the plan on sheet `before` (the earlier year) with the one on `after`, both read against
 * the workbook's framework; writes the 比較 sheet in `locale` and activates it.
 */
export function compareSheets(
  host: ExcelHost,
  record: SetUpRecord,
  request: { before: string; after: string },
  locale: Locale,
  onProgress?: YearOverProgress,
): Promise<Compared> {
  if (request.before.toLowerCase() === request.after.toLowerCase())
    return Promise.reject(new YearOverError({ kind: "same-sheet", sheet: request.before }));
  return host.run(async (context) => {
    const sync = syncCounter(context, onProgress);
    const queued = queueRecordLoad(context);
    const sides = [request.before, request.after].map((name) => queueGridValues(context, name, { orNullObject: true }));
    const ours = queueOurs(context, record);
    const isPlanTable = [request.before, request.after].map((n) => n.toLowerCase() === record.plan.name.toLowerCase());
    const extent = ours.results && isPlanTable.some(Boolean) ? queueExtent(ours.results) : null;
    await sync(3);
    sides.forEach((q, i) => {
      if (q.sheet.isNullObject) throw new ExcelActionError("sheet-missing", i === 0 ? request.before : request.after);
    });
    const framework = frameworkOf(record, ours.framework);
    const source = gridOfValues(ours.source);

    // Merged areas (a pasted plan merges its pillar cells), in the sync that reads the results sheet's first band.
    const merges = sides.map((q) => queueGridMerges(q, host.isSetSupported));
    const reported = await readReported(extent ? ours.results : null, extent, () => sync(3));
    if (!reported && merges.some((m) => m.needsSync)) await sync(3);

    const years = sides.map((q, i) => {
      const grid = merges[i].grid();
      const plan: Plan = impose(grid, { framework });
      const titles = isPlanTable[i] && source ? [grid, source] : [grid];
      const rows = isPlanTable[i] && reported ? reported.rows : [];
      return { grid, plan, framework, year: planYear(titles, grid, plan), results: measuresWithResults(plan, rows) };
    });
    const comparison = compareYears(years[0], years[1]);
    const spec = compareSheetSpec(comparison, locale);

    const reading = readRecord(queued);
    const target = queueGeneratedSheet(context, queued, reading, "compare", COMPARE_SHEET);
    return withEventsOff(context, async () => {
      await writeGeneratedSheet(context, target, spec, sync, 2, () => undefined);
      const side = (i: number): ComparedSide => ({
        sheet: years[i].grid.sheet,
        year: years[i].year,
        measures: years[i].plan.measures.length,
      });
      return { sheet: target.name, comparison, before: side(0), after: side(1) };
    });
  });
}

/** The sheets a comparison can read: visible ones, our plan table among them, none of our other sheets. */
export function yearSheetChoices(host: ExcelHost): Promise<{ sheets: string[]; planTable: string | null }> {
  return host.run(async (context) => {
    const queued = queueRecordLoad(context, ["visibility"]);
    await context.sync();
    const reading = readRecord(queued);
    const planId = reading.sheets.plan?.id;
    const ours = new Set(
      Object.entries(reading.sheets)
        .filter(([role]) => role !== "plan" && role !== "source")
        .map(([, ref]) => ref!.id),
    );
    const sheets = queued.sheets.items.filter((s) => s.visibility === "Visible" && !ours.has(s.id)).map((s) => s.name);
    return { sheets, planTable: planId ? (queued.sheets.items.find((s) => s.id === planId)?.name ?? null) : null };
  });
}
