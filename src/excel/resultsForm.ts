/**
 * Step 4 in Excel, for a section chief: the unit's rows of the results sheet as a form, and saving
 * it the way Microsoft's co-authoring guidance asks: only this unit's cells, each written alone with
 * Range.values (never table.rows.add, never a dialog from an event), and never over a co-author.
 *
 * Saving takes two syncs. The first reads the unit's rows as they are now; a cell that is no longer
 * what the form loaded was changed by someone else, and is not written: the chief sees both texts and
 * chooses. The second writes, and in the same batch, before each write, reads the cell once more (a
 * batch's operations run in the order they were queued): a co-author who typed in the moment between
 * the two syncs is found there, and the chief is asked about that cell too, their text in hand.
 */
import type { Period, ResultRow } from "../core/results/resultsSheet";
import { isoToRoc } from "../core/text/rocDate";
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { cellOf, FILLED_FIELDS, KEY_FIELDS, keyOf, queueExtent, readResultRows, rowsIn, type FilledField } from "./resultRows";

/** The fields a chief types in the form (更新日期 and 填報人 are written by saving, with each row saved). */
export const FORM_FIELDS = ["status", "result", "figure"] as const satisfies readonly FilledField[];
export type FormField = (typeof FORM_FIELDS)[number];

export interface FormRow {
  key: string;
  id: string;
  unit: string;
  period: string;
  pillar: string;
  measure: string;
  /** 0-based sheet row where it was loaded. */
  row: number;
  /** The cells as loaded: what saving compares the sheet with. */
  loaded: Record<FilledField, string>;
}

export interface UnitForm {
  sheetId: string;
  unit: string;
  period: Period;
  rows: FormRow[];
  /** Every unit with rows on the sheet, in its order (for picking one). */
  units: string[];
}

const pick = (r: ResultRow) => Object.fromEntries(FILLED_FIELDS.map((f) => [f, r[f]])) as Record<FilledField, string>;

/** The units on the results sheet, in its order: one sync (only the 執行單位 column is read). */
export function unitsOnResultsSheet(host: ExcelHost, sheetId: string): Promise<string[]> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const extent = queueExtent(sheet);
    await context.sync();
    const rows = await readResultRows(sheet, KEY_FIELDS, { from: 0, to: rowsIn(extent) }, () => context.sync());
    return [...new Set(rows.map((r) => r.unit))];
  });
}

/**
 * The unit's rows for the period: the keys of every row (small), then the unit's own rows whole.
 * Three syncs: the extent, the keys, the unit's rows.
 */
export function loadUnitForm(host: ExcelHost, sheetId: string, unit: string, period: Period): Promise<UnitForm> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const extent = queueExtent(sheet);
    await context.sync();
    const keys = await readResultRows(sheet, KEY_FIELDS, { from: 0, to: rowsIn(extent) }, () => context.sync());
    const units = [...new Set(keys.map((r) => r.unit))];
    const own = keys.filter((r) => r.unit === unit && r.period === period);
    if (own.length === 0) return { sheetId, unit, period, rows: [], units };
    const block = { from: Math.min(...own.map((r) => r.row!)), to: Math.max(...own.map((r) => r.row!)) + 1 };
    const wanted = new Set(own.map(keyOf));
    const whole = await readResultRows(sheet, [...KEY_FIELDS, "pillar", "measure", ...FILLED_FIELDS], block, () => context.sync());
    const rows = whole
      .filter((r) => wanted.has(keyOf(r)))
      .map((r) => ({
        key: keyOf(r),
        id: r.id,
        unit: r.unit,
        period: r.period,
        pillar: r.pillar,
        measure: r.measure,
        row: r.row!,
        loaded: pick(r),
      }));
    return { sheetId, unit, period, rows, units };
  });
}

/** The chief's edits: for a row's key, the fields typed (only those that differ from `loaded` are written). */
export type FormEdits = ReadonlyMap<string, Partial<Record<FormField, string>>>;

/** A cell someone else changed since the form loaded it: both texts, for the chief to choose. */
export interface Conflict {
  key: string;
  id: string;
  field: FormField;
  /** What the form typed. */
  mine: string;
  /** What the sheet holds from the co-author. */
  theirs: string;
  /**
   * What the sheet holds now: `theirs` when we held back, `mine` when their change came in the moment
   * between our read and our write (our text went in; theirs is here, to put back if the chief chooses).
   */
  sheetNow: string;
}

export interface Saved {
  /** Cells written. */
  written: number;
  conflicts: Conflict[];
  /** The form's rows with `loaded` as the sheet now holds them (saved cells, and co-authors' changes taken in). */
  rows: FormRow[];
}

/** Raised when the sheet was made again (rows moved) since the form loaded: load the form again; nothing was written. */
export class FormOutOfDate extends ExcelActionError {
  constructor(sheet: string) {
    super("sheet-missing", sheet, "The results sheet was rebuilt since the form was loaded.");
  }
}

/** The day written the ROC way (更新日期). */
const today = (now: Date) => isoToRoc(`${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`);

/**
 * Saves the chief's edits: two syncs (read, then write with the cells read once more in the same
 * batch). Each row saved also gets 更新日期 (today, ROC) and 填報人 (`by`, when given).
 */
export function saveUnitForm(host: ExcelHost, form: UnitForm, edits: FormEdits, by = "", now = new Date()): Promise<Saved> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(form.sheetId).load("name");
    const touched = form.rows.filter((r) => FORM_FIELDS.some((f) => (edits.get(r.key)?.[f] ?? r.loaded[f]) !== r.loaded[f]));
    if (touched.length === 0) return { written: 0, conflicts: [], rows: form.rows };
    const block = { from: Math.min(...touched.map((r) => r.row)), to: Math.max(...touched.map((r) => r.row)) + 1 };
    const current = await readResultRows(sheet, [...KEY_FIELDS, ...FILLED_FIELDS], block, () => context.sync());
    const atRow = new Map(current.map((r) => [r.row!, r]));
    if (touched.some((r) => atRow.get(r.row) === undefined || keyOf(atRow.get(r.row)!) !== r.key)) throw new FormOutOfDate(sheet.name);

    const conflicts: Conflict[] = [];
    const writes: { form: FormRow; field: FilledField; value: string; before: string; range?: Excel.Range }[] = [];
    for (const r of touched) {
      const onSheet = atRow.get(r.row)!;
      const typed = edits.get(r.key) ?? {};
      let wrote = false;
      for (const field of FORM_FIELDS) {
        const mine = typed[field] ?? r.loaded[field];
        if (mine === r.loaded[field] || mine === onSheet[field]) continue;
        if (onSheet[field] !== r.loaded[field])
          conflicts.push({ key: r.key, id: r.id, field, mine, theirs: onSheet[field], sheetNow: onSheet[field] });
        else {
          writes.push({ form: r, field, value: mine, before: onSheet[field] });
          wrote = true;
        }
      }
      if (!wrote) continue;
      writes.push({ form: r, field: "updated", value: today(now), before: onSheet.updated });
      if (by.trim() !== "" && by.trim() !== onSheet.by) writes.push({ form: r, field: "by", value: by.trim(), before: onSheet.by });
    }
    if (writes.length === 0) return { written: 0, conflicts, rows: refreshed(form.rows, atRow) };

    return withEventsOff(context, async () => {
      for (const w of writes) {
        const { row, column } = cellOf(w.form.row, w.field);
        w.range = sheet.getCell(row, column).load("values"); // the cell as it is just before our write, in the same batch
        sheet.getCell(row, column).values = [[w.value]];
      }
      context.runtime.enableEvents = true;
      await context.sync();
      const after = new Map(current.map((r) => [r.row!, { ...r }]));
      for (const w of writes) {
        const justBefore = String(w.range!.values[0][0] ?? "").trim();
        const row = after.get(w.form.row)!;
        row[w.field] = w.value;
        if (justBefore !== w.before && (FORM_FIELDS as readonly string[]).includes(w.field))
          conflicts.push({
            key: w.form.key,
            id: w.form.id,
            field: w.field as FormField,
            mine: w.value,
            theirs: justBefore,
            sheetNow: w.value,
          });
      }
      return { written: writes.length, conflicts, rows: refreshed(form.rows, after) };
    });
  });
}

/** The form's rows with `loaded` taken from a fresh reading of their rows. */
function refreshed(rows: readonly FormRow[], atRow: ReadonlyMap<number, ResultRow>): FormRow[] {
  return rows.map((r) => {
    const now = atRow.get(r.row);
    return now && keyOf(now) === r.key ? { ...r, loaded: pick(now) } : r;
  });
}
