/**
 * Step 4 in Excel, for the secretariat: make the results sheet (成效填報) for a period, or make it
 * again as the plan changes, keeping every row typed; and protect it so only the cells chiefs fill
 * in can be edited.
 *
 * Making it again rewrites a sheet co-authors may be typing into. The write batch therefore first
 * reads the sheet as it is at that moment (a batch's operations run in order: "the commands are
 * queued ... and run in the order in which they were queued", Office docs, "Excel JavaScript object
 * model": sync), then rewrites it; a row a chief changed between our read and our write is taken
 * from that snapshot and the sheet is written again, so nothing typed meanwhile is lost.
 */
import type { Period, ResultRow } from "../core/results/resultsSheet";
import { makeGrid } from "../core/grid";
import { RESULTS_SHEET, resultColumn, resultRowsOf } from "../core/results/resultsSheet";
import { uniqueSheetName } from "../core/sheetNames";
import { resultsSheetFor } from "../core/workflows/results";
import { recordedFramework } from "../core/workflows/frameworkChoice";
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { jsonBytes, PAYLOAD_BUDGET_BYTES } from "./payload";
import { gridOfValues, queueGridValues } from "./readGrid";
import { FILLED_FIELDS, KEY_FIELDS, keyOf, queueExtent, readResultRows, rowsIn } from "./resultRows";
import { queueRecordLoad, queueRemember, readRecord, type SetUpRecord } from "./setUpRecord";
import { queueClearSheet, queueFormats, queueValues, valueChunksBySync } from "./writeSheetSpec";

export interface ResultsSheetMade {
  sheet: string;
  /** Rows for the period. */
  rows: number;
  /** Rows of the period nobody has filled in. */
  toFill: number;
  /** Rows kept whose measure or unit left the plan (at the end of the sheet). */
  parked: number;
  /** Times the sheet was written again because a chief typed while it was being made. */
  retried: number;
}

export type ResultsProgress = (p: { done: number; total: number }) => void;

/** Rows of `now` whose typed cells differ from the same row in `before` (a row new to `before` counts as blank there). */
function changedRows(before: readonly ResultRow[], now: readonly ResultRow[]): ResultRow[] {
  const filled = (r: ResultRow | undefined) => FILLED_FIELDS.map((f) => r?.[f] ?? "").join("\u0000");
  const known = new Map(before.map((r) => [keyOf(r), r]));
  return now.filter((r) => filled(r) !== filled(known.get(keyOf(r))));
}

/** A row with the typed cells of a newer reading of it. */
const withTyped = (r: ResultRow, newer: ResultRow | undefined): ResultRow =>
  newer ? { ...r, ...Object.fromEntries(FILLED_FIELDS.map((f) => [f, newer[f]])) } : r;

/** At most this many rewrites when chiefs keep typing while the sheet is made. */
const MAX_REWRITES = 3;

export function makeResultsSheet(
  host: ExcelHost,
  record: SetUpRecord,
  period: Period,
  onProgress?: ResultsProgress,
): Promise<ResultsSheetMade> {
  return host.run(async (context) => {
    let done = 0;
    const sync = async () => {
      await context.sync();
      onProgress?.({ done: ++done, total: Math.max(done + 1, 3) });
    };
    const queued = queueRecordLoad(context);
    const [plan, units, frameworkSheet] = [record.plan, record.units, record.framework].map((ref) =>
      ref.id ? queueGridValues(context, ref.id, { orNullObject: true }) : null,
    );
    await sync();
    const planGrid = gridOfValues(plan);
    if (!planGrid) throw new ExcelActionError("sheet-missing", record.plan.name);
    const framework = recordedFramework(record.frameworkId, gridOfValues(frameworkSheet));
    if (!framework) throw new ExcelActionError("sheet-missing", record.framework.name);
    const ours = readRecord(queued);
    const existing = ours.sheets.results;
    const taken = new Set(queued.sheets.items.map((s) => s.name));
    const name = existing?.name ?? uniqueSheetName(RESULTS_SHEET, taken);
    const sheet = existing ? queued.sheets.getItem(existing.id) : queued.sheets.add(name);
    if (!existing) queueRemember(context, ours, "results", sheet, name);

    // What is typed now: every field of every row (the rows are written back as they are).
    let previous: ResultRow[] = [];
    let protectedNow = false;
    if (existing) {
      const extent = queueExtent(sheet);
      const protection = sheet.protection.load("protected");
      await sync();
      protectedNow = protection.protected;
      previous = await readResultRows(sheet, [...KEY_FIELDS, "pillar", "measure", ...FILLED_FIELDS], { from: 0, to: rowsIn(extent) }, sync);
    }

    return withEventsOff(context, async () => {
      let made = resultsSheetFor(planGrid, gridOfValues(units), framework, period, previous);
      // What we believe the sheet holds: as read, then as we wrote it.
      let onSheet = previous;
      let retried = 0;
      for (;;) {
        if (protectedNow) sheet.protection.unprotect();
        // The sheet as it is in this batch, before it is cleared; only when it fits one sync with the writes.
        const guard =
          onSheet.length > 0 && jsonBytes(onSheet.map((r) => FILLED_FIELDS.map((f) => r[f]))) < PAYLOAD_BUDGET_BYTES / 4
            ? [...KEY_FIELDS, ...FILLED_FIELDS].map((field) => ({
                field,
                range: sheet.getRangeByIndexes(1, resultColumn(field), rowsBefore(onSheet), 1).load("values"),
              }))
            : null;
        if (existing || retried > 0) queueClearSheet(sheet);
        const chunks = valueChunksBySync([{ sheet, spec: made.spec }]);
        for (const [i, chunk] of chunks.entries()) {
          queueValues(chunk);
          if (i < chunks.length - 1) await sync();
        }
        queueFormats(sheet, made.spec);
        queueUnlockFilled(sheet, made.spec.rows.length);
        if (protectedNow) sheet.protection.protect(PROTECTION);
        sheet.activate();
        context.runtime.enableEvents = true;
        await sync();
        if (!guard) break;
        const typedMeanwhile = changedRows(onSheet, rowsFromColumns(guard));
        if (typedMeanwhile.length === 0 || retried >= MAX_REWRITES) break;
        // A chief typed between our read and our write: make the sheet again with what they typed.
        context.runtime.enableEvents = false;
        const latest = new Map(typedMeanwhile.map((r) => [keyOf(r), r]));
        const written = resultRowsOf(makeGrid(name, made.spec.rows));
        onSheet = written;
        made = resultsSheetFor(
          planGrid,
          gridOfValues(units),
          framework,
          period,
          written.map((r) => withTyped(r, latest.get(keyOf(r)))),
        );
        retried++;
      }
      const ofPeriod = made.spec.rows.filter((r) => r[resultColumn("period")] === period).length;
      return { sheet: name, rows: ofPeriod, toFill: made.toFill, parked: made.parked.length, retried };
    });
  });
}

/** Rows below the header the previous reading spanned. */
const rowsBefore = (rows: readonly ResultRow[]) => rows.reduce((n, r) => Math.max(n, r.row ?? 0), 0);

function rowsFromColumns(columns: { field: string; range: Excel.Range }[]): ResultRow[] {
  const count = columns[0].range.values.length;
  const rows: ResultRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = Object.fromEntries(columns.map((c) => [c.field, String(c.range.values[i][0] ?? "").trim()])) as unknown as ResultRow;
    if (row.id !== "" && row.unit !== "") rows.push({ ...row, row: i + 1 });
  }
  return rows;
}

/** What a protected results sheet still lets everyone do: fill the results, and sort and filter to find their rows. */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** The cells chiefs fill in (辦理情形 … 填報人 of the body) are unlocked: protection leaves them editable. */
function queueUnlockFilled(sheet: Excel.Worksheet, rowCount: number): void {
  if (rowCount < 2) return;
  sheet.getRangeByIndexes(1, resultColumn("status"), rowCount - 1, FILLED_FIELDS.length).format.protection.locked = false;
}

/**
 * Protects the results sheet (ExcelApi 1.2, every host) so that only the cells chiefs fill in can be
 * edited, or lifts the protection. No password: Excel can lock cells, not people (any co-author can
 * unprotect the sheet from the Review tab), and the pane says so. One sync.
 */
export function protectResultsSheet(host: ExcelHost, sheetId: string, on: boolean): Promise<void> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const protection = sheet.protection.load("protected");
    await context.sync();
    if (protection.protected === on) return;
    if (on) sheet.protection.protect(PROTECTION);
    else sheet.protection.unprotect();
    await context.sync();
  });
}

/** Whether the sheet is protected now: one sync. */
export function isSheetProtected(host: ExcelHost, sheetId: string): Promise<boolean> {
  return host.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheetId).protection.load("protected");
    await context.sync();
    return protection.protected;
  });
}
