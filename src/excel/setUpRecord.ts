/**
 * What the workbook remembers of a set-up: which sheets are ours (so setting up again updates them
 * in place and restore knows what to remove) and the set-up's facts (framework, measures, time).
 *
 * It lives in workbook-scoped, hidden names, one per sheet ("ServicePlan.plan" → ='計畫表'!$A$1),
 * and the facts in the comment of "ServicePlan.record". Not in worksheet ids, not in settings:
 * - a worksheet id "remains constant within a single session but will change between sessions"
 *   (office-js-docs#297; office-js#1390), and on Mac a deleted sheet's id "may be reassigned to a new
 *   worksheet" ("Work with worksheets"): an id kept in the file can point at nothing, or at a user's sheet;
 * - settings are "limited to per file and add-in combination" (SettingCollection reference;
 *   office-js#840): the store copy of the add-in would not see what a sideloaded copy wrote;
 * - a name is part of the workbook, saved with it and seen by every add-in, and Excel rewrites its
 *   reference when the sheet is renamed or moved and turns it into #REF! when the sheet is deleted
 *   (Excel's own behaviour; not stated in the Office.js docs: the contract suite checks it in Excel).
 * The ids in a SetUpRecord are this session's, found through the names every time they are read.
 */
import {
  FACTS_NAME,
  nameOfRole,
  RECORD_VERSION,
  recordFromNames,
  type RecordReading,
  type SetUpFacts,
  type SheetRole,
} from "../core/workbook/ourSheets";

export type { RecordReading, SetUpFacts, SetUpRecord, SheetRef, SheetRole } from "../core/workbook/ourSheets";

export interface QueuedRecord {
  names: Excel.NamedItemCollection;
  sheets: Excel.WorksheetCollection;
}

/**
 * Queues what the record is read from: the workbook's names and its sheets, with any more sheet
 * properties the caller needs (no sync). Callers take the sheets from here rather than loading the
 * collection a second time: what a second load of one collection leaves in its items is unconfirmed.
 */
export function queueRecordLoad(context: Excel.RequestContext, sheetProperties: ("visibility" | "position")[] = []): QueuedRecord {
  return {
    names: context.workbook.names.load("items/name,items/formula,items/comment"),
    sheets: context.workbook.worksheets.load(["id", "name", ...sheetProperties].map((p) => `items/${p}`).join(",")),
  };
}

export function readRecord(queued: QueuedRecord): RecordReading {
  return recordFromNames(queued.names.items, queued.sheets.items);
}

/**
 * Points a role's name at a sheet; queue it right after the sheet is made, so that a sync failing
 * later still leaves the sheet known as ours. The comment keeps the sheet's name for messages once
 * the sheet is gone.
 */
export function queueRemember(
  context: Excel.RequestContext,
  reading: RecordReading,
  role: SheetRole,
  sheet: Excel.Worksheet,
  sheetName: string,
): void {
  const key = nameOfRole(role);
  if (reading.names.has(key.toLowerCase())) context.workbook.names.getItem(key).delete();
  const item = context.workbook.names.add(key, sheet.getRange("A1"), sheetName);
  item.visible = false;
  reading.names.add(key.toLowerCase());
}

/** The set-up's facts, written last: a set-up that stopped part-way has sheets named but no facts. */
export function queueFactsSave(context: Excel.RequestContext, reading: RecordReading, facts: SetUpFacts): void {
  const comment = JSON.stringify(facts);
  if (reading.names.has(FACTS_NAME.toLowerCase())) {
    context.workbook.names.getItem(FACTS_NAME).comment = comment;
    return;
  }
  context.workbook.names.add(FACTS_NAME, `=${RECORD_VERSION}`, comment).visible = false;
  reading.names.add(FACTS_NAME.toLowerCase());
}

/** Forgets the set-up: every name of ours goes, but those of `kept` roles (the results sheet outlives a restore). */
export function queueRecordDelete(context: Excel.RequestContext, reading: RecordReading, kept: readonly SheetRole[] = []): void {
  const keep = new Set(kept.map((role) => nameOfRole(role).toLowerCase()));
  for (const key of [...reading.names].filter((k) => !keep.has(k))) {
    context.workbook.names.getItem(key).delete();
    reading.names.delete(key);
  }
}
