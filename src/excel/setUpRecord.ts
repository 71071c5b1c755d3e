/**
 * What the workbook remembers of a set-up (in the add-in's document settings): which sheets are
 * ours, so that setting up again updates them in place and restore knows what to remove. Sheets
 * are remembered by id, which survives the user renaming them.
 */
export const SET_UP_SETTING = "servicePlan.setUp";

export interface SheetRef {
  id: string;
  name: string;
}

export interface SetUpRecord {
  version: 1;
  source: SheetRef;
  /** The hidden copy of the source sheet taken before the first set-up. */
  backup: SheetRef;
  plan: SheetRef;
  units: SheetRef;
  framework: SheetRef;
  /** The coverage sheet (涵蓋情形), once the check step has written one. */
  coverage?: SheetRef;
  frameworkId: string;
  measures: number;
  /** ISO time of the last set-up. */
  at: string;
}

/** The sheets the add-in made (restore removes them). */
export function sheetsMade(record: SetUpRecord): SheetRef[] {
  return [record.plan, record.units, record.framework, ...(record.coverage ? [record.coverage] : [])];
}

/** Every sheet of ours, the hidden backup included: none of them can be a plan's source. */
export function ourSheets(record: SetUpRecord): SheetRef[] {
  return [...sheetsMade(record), record.backup];
}

export function queueRecordLoad(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(SET_UP_SETTING).load("value");
}

/** The record, or null when there is none or it is not one of ours. */
export function recordOf(setting: Excel.Setting): SetUpRecord | null {
  if (setting.isNullObject) return null;
  const v = setting.value as Partial<SetUpRecord> | null;
  return v && v.version === 1 && v.source && v.backup && v.plan ? (v as SetUpRecord) : null;
}

export function queueRecordSave(context: Excel.RequestContext, record: SetUpRecord): void {
  context.workbook.settings.add(SET_UP_SETTING, record);
}

/** Only when a record exists: deleting a missing setting fails with ItemNotFound. */
export function queueRecordDelete(context: Excel.RequestContext): void {
  context.workbook.settings.getItem(SET_UP_SETTING).delete();
}
