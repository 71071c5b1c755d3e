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

export const SHEET_ROLES = ["source", "backup", "plan", "units", "framework", "coverage"] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

const NAME_PREFIX = "ServicePlan.";
const FACTS_NAME = `${NAME_PREFIX}record`;
/** The record's layout; the number is the facts name's formula. */
const RECORD_VERSION = 2;

export const nameOfRole = (role: SheetRole) => `${NAME_PREFIX}${role}`;

/** A sheet of ours: its id in this session, or null when the sheet is gone (name: the last name we knew). */
export interface SheetRef {
  id: string | null;
  name: string;
}

export interface SetUpFacts {
  frameworkId: string;
  measures: number;
  /** ISO time of the last set-up. */
  at: string;
}

export interface SetUpRecord extends SetUpFacts {
  source: SheetRef;
  /** The hidden copy of the source sheet taken before the first set-up. */
  backup: SheetRef;
  plan: SheetRef;
  units: SheetRef;
  framework: SheetRef;
  /** The coverage sheet (涵蓋情形), once the check step has written one. */
  coverage?: SheetRef;
}

/** The sheets a set-up made (restore removes them). */
export function sheetsMade(record: SetUpRecord): SheetRef[] {
  return [record.plan, record.units, record.framework, ...(record.coverage ? [record.coverage] : [])];
}

/** Every sheet of ours, the hidden backup included: none of them can be a plan's source. */
export function ourSheets(record: SetUpRecord): SheetRef[] {
  return [...sheetsMade(record), record.backup];
}

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

/** What the names say after the sync. */
export interface RecordReading {
  /** Our sheets that exist now, by role. */
  sheets: Partial<Record<SheetRole, SheetRef & { id: string }>>;
  /** Our names in the workbook (lower case), whether their sheet exists or not. */
  names: Set<string>;
  /** A complete record (the facts and the five sheets' names), or null. */
  record: SetUpRecord | null;
}

/** The sheet a name's formula points at ("='計畫表'!$A$1", "=Plan!$A$1"); null for #REF! or anything else. */
export function sheetOfFormula(formula: string): string | null {
  const quoted = /^='((?:[^']|'')+)'!/.exec(formula);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^=([^'!#=][^!]*)!/.exec(formula);
  return plain ? plain[1] : null;
}

function factsOf(comment: string): SetUpFacts | null {
  try {
    const f = JSON.parse(comment) as Partial<SetUpFacts>;
    return typeof f.frameworkId === "string" && typeof f.measures === "number" && typeof f.at === "string"
      ? { frameworkId: f.frameworkId, measures: f.measures, at: f.at }
      : null;
  } catch {
    return null;
  }
}

export function readRecord(queued: QueuedRecord): RecordReading {
  const byName = new Map(queued.sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const items = new Map(queued.names.items.filter((n) => n.name.startsWith(NAME_PREFIX)).map((n) => [n.name.toLowerCase(), n]));
  const sheets: RecordReading["sheets"] = {};
  const refs: Partial<Record<SheetRole, SheetRef>> = {};
  for (const role of SHEET_ROLES) {
    const item = items.get(nameOfRole(role).toLowerCase());
    if (!item) continue;
    const target = sheetOfFormula(String(item.formula));
    const sheet = target === null ? undefined : byName.get(target.toLowerCase());
    refs[role] = sheet ? { id: sheet.id, name: sheet.name } : { id: null, name: item.comment };
    if (sheet) sheets[role] = { id: sheet.id, name: sheet.name };
  }
  const factsItem = items.get(FACTS_NAME.toLowerCase());
  const facts = factsItem ? factsOf(factsItem.comment) : null;
  const { source, backup, plan, units, framework, coverage } = refs;
  const record =
    facts && source && backup && plan && units && framework
      ? { ...facts, source, backup, plan, units, framework, ...(coverage ? { coverage } : {}) }
      : null;
  return { sheets, names: new Set(items.keys()), record };
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

/** Forgets the set-up: every name of ours goes. */
export function queueRecordDelete(context: Excel.RequestContext, reading: RecordReading): void {
  for (const key of reading.names) context.workbook.names.getItem(key).delete();
  reading.names.clear();
}
