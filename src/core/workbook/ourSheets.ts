/**
 * The record of which sheets are ours, as the workbook keeps it: hidden workbook names, one per
 * sheet ("ServicePlan.plan" → ='計畫表'!$A$1), and the set-up's facts in the comment of
 * "ServicePlan.record". Why names and not worksheet ids or settings: src/excel/setUpRecord.ts.
 * Pure: the names and sheets as loaded in, the record out.
 */

/** The sheets the add-in made: restore removes them. */
export const MADE_ROLES = ["plan", "units", "framework", "coverage", "annexPlan", "annexMeasures", "annexResults", "compare"] as const;

/**
 * Every role a sheet of ours can have: the source the user gave, its hidden backup, the ones made, and
 * the results sheet (成效填報), which is ours but holds what the section chiefs typed: restore keeps it;
 * so does it keep the mappings sheet (對照表), what the user confirmed once.
 */
export const SHEET_ROLES = ["source", "backup", ...MADE_ROLES, "results", "mappings"] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

export const NAME_PREFIX = "ServicePlan.";
export const FACTS_NAME = `${NAME_PREFIX}record`;
/** The record's layout; the number is the facts name's formula. */
export const RECORD_VERSION = 2;

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
  /** The annex sheets (計畫表（列印）, 附件一, 附件二), once step 3 has built them. */
  annexPlan?: SheetRef;
  annexMeasures?: SheetRef;
  annexResults?: SheetRef;
  /** The results sheet (成效填報), once step 4 has made it. */
  results?: SheetRef;
  /** The mappings the user confirmed (對照表), once one was remembered. */
  mappings?: SheetRef;
  /** The comparison of two years (比較), once step 6 has written one. */
  compare?: SheetRef;
}

/** Every sheet of ours, the hidden backup included: none of them can be a plan's source. */
export const OUR_ROLES = [...MADE_ROLES, "backup", "results", "mappings"] as const satisfies readonly SheetRole[];

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

/** A workbook name as loaded (formula as Excel gives it, "='計畫表'!$A$1" or "=#REF!$A$1"). */
export interface NameEntry {
  name: string;
  formula: unknown;
  comment: string;
}

/** Sheets of ours made after the set-up, by later steps: a record is complete without them. */
const OPTIONAL_ROLES = [
  "coverage",
  "annexPlan",
  "annexMeasures",
  "annexResults",
  "results",
  "compare",
  "mappings",
] as const satisfies readonly SheetRole[];

/** What our names say, given the workbook's names and its sheets (this session's ids). */
export function recordFromNames(names: readonly NameEntry[], sheetList: readonly { id: string; name: string }[]): RecordReading {
  const byName = new Map(sheetList.map((s) => [s.name.toLowerCase(), s]));
  const items = new Map(names.filter((n) => n.name.startsWith(NAME_PREFIX)).map((n) => [n.name.toLowerCase(), n]));
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
  const { source, backup, plan, units, framework } = refs;
  const optional = Object.fromEntries(OPTIONAL_ROLES.flatMap((role) => (refs[role] ? [[role, refs[role]]] : [])));
  const record =
    facts && source && backup && plan && units && framework ? { ...facts, source, backup, plan, units, framework, ...optional } : null;
  return { sheets, names: new Set(items.keys()), record };
}
