/**
 * Setting up the plan table inside Excel (issue 3): read the user's sheet, impose the plan schema,
 * and write our sheets beside it, never into it.
 *
 *   sync 1  the source sheet's values, the workbook's sheets, our record of an earlier set-up
 *   sync 2  the source's merged areas; on a re-run, the plan table as it is now (to keep results);
 *           the mappings the user confirmed once (對照表, mappingsSheet.ts), applied by impose
 *   sync 3  events off; a hidden backup copy of the source (first set-up only); our sheets created
 *           or cleared, each named as ours as soon as it is made (setUpRecord.ts); text formats and
 *           values (more syncs only when values pass the 5 MB budget)
 *   sync 4  widths, wrap, dropdowns, the table, frozen header, the set-up's facts; events back on
 * A sync that fails part-way leaves every sheet it made named as ours: the next set-up finds and
 * reuses them instead of making copies.
 *
 * Preview runs syncs 1–2 only and changes nothing.
 */
import { uniqueSheetName } from "../core/sheetNames";
import type { SheetSpec } from "../core/sheetSpec";
import { OUR_ROLES } from "../core/workbook/ourSheets";
import type { ChosenColumns } from "../core/impose/columns";
import { DEFAULT_SHEET_NAMES, setUpSheets, type SetUpSheetNames } from "../core/workbook/setUpSheets";
import { planSetUp, type SetUpOutcome } from "../core/workflows/setUp";
import { ExcelActionError } from "./errors";
import type { ExcelHost } from "./host";
import { gridOfValues, queueGridMerges, queueGridValues } from "./readGrid";
import { withEventsOff } from "./events";
import { mappingsOf, mappingsSheetOf, queueMappingsRead } from "./mappingsSheet";
import {
  queueFactsSave,
  queueRecordLoad,
  queueRemember,
  readRecord,
  type RecordReading,
  type SetUpRecord,
  type SheetRef,
} from "./setUpRecord";
import { queueClearSheet, queueFormats, queueValues, valueChunksBySync } from "./writeSheetSpec";

export type FrameworkChoice = { kind: "detect" } | { kind: "builtin"; id: string } | { kind: "sheet"; sheet: string };

export interface SetUpRequest {
  /** The sheet to read; null: the active one. */
  sourceSheet: string | null;
  framework: FrameworkChoice;
  /** The agency's units; null: those the plan names (or the units sheet of an earlier set-up). */
  units: string[] | null;
  /** Columns the user said hold a role ({ measure: "C" }), when detection could not tell. */
  columns?: ChosenColumns;
}

export interface SetUpProgress {
  /** Syncs done and the syncs the whole set-up takes. */
  done: number;
  total: number;
}

export interface ApplyOptions {
  onProgress?: (p: SetUpProgress) => void;
  /** Bytes of values per sync (tests lower it with the simulated payload cap). */
  payloadBudgetBytes?: number;
}

export interface SheetSummary {
  id: string;
  name: string;
  visibility: Excel.SheetVisibility | `${Excel.SheetVisibility}`;
}

/** What a set-up would do, from syncs 1–2: the core's outcome (plan, framework, units the dropdown offers, what is kept or goes). */
export interface SetUpPreview extends SetUpOutcome {
  sourceSheet: string;
  /** The sheet the unit list was read from (ours, or the agency's own 單位), if any. */
  unitsSheet?: string;
  /** An earlier set-up, whose sheets will be updated in place. */
  record: SetUpRecord | null;
  sheets: SheetSummary[];
}

export interface SetUpResult extends SetUpPreview {
  record: SetUpRecord;
  syncs: number;
}

interface Reading {
  preview: SetUpPreview;
  source: Excel.Worksheet;
  /** Our names and the sheets they point at now. */
  ours: RecordReading;
  /** Empty sheets under our names that no name claims (left by a set-up that stopped part-way). */
  orphans: Partial<Record<"plan" | "units" | "framework", SheetSummary>>;
  /** Tables now on our plan sheet (removed before it is rewritten). */
  planTables: string[];
}

/** Syncs 1–2. */
async function read(context: Excel.RequestContext, host: ExcelHost, request: SetUpRequest): Promise<Reading> {
  const queuedRecord = queueRecordLoad(context, ["visibility"]);
  const sheets = queuedRecord.sheets;
  const source = queueGridValues(context, request.sourceSheet);
  const frameworkSheet = request.framework.kind === "sheet" ? queueGridValues(context, request.framework.sheet) : null;
  await context.sync();

  const ours = readRecord(queuedRecord);
  const record = ours.record;
  const summaries: SheetSummary[] = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility }));
  const { plan: planRef, units: unitsRef } = ours.sheets;
  const made = OUR_ROLES.map((role) => ours.sheets[role]);
  if (made.some((r) => r?.name === source.sheet.name)) throw new ExcelActionError("source-is-ours", source.sheet.name);

  const merges = queueGridMerges(source, host.isSetSupported);
  // On a re-run: the plan table as it is now (results typed since are kept) and the unit list.
  const planSheet = planRef ? queueGridValues(context, planRef.id) : null;
  const planTables = planSheet?.sheet.tables.load("items/name") ?? null;
  const unitsSheet = unitsRef ? queueGridValues(context, unitsRef.id) : null;
  // An empty sheet under our name that no name of ours claims was made by a set-up that stopped
  // before it could name it (or by the user, who loses nothing): it is taken over, not doubled as "計畫表 (2)".
  const unclaimed = (["plan", "units", "framework"] as const)
    .filter((role) => !ours.sheets[role])
    .flatMap((role) =>
      summaries.filter((s) => s.name === DEFAULT_SHEET_NAMES[role] && s.name !== source.sheet.name).map((s) => ({ role, sheet: s })),
    )
    .map((c) => ({ ...c, used: context.workbook.worksheets.getItem(c.sheet.id).getUsedRangeOrNullObject().load("address") }));
  // The agency's own 單位 sheet (not ours): its list, not the plan's wording, is the unit list.
  const agencySheet = ours.sheets.units ? undefined : unclaimed.find((c) => c.role === "units")?.sheet;
  const agencyUnits = agencySheet ? queueGridValues(context, agencySheet.id) : null;
  // What the user confirmed once (對照表): next year's paste maps by itself.
  const mappingsSheet = queueMappingsRead(context, mappingsSheetOf(ours, summaries, source.sheet.name));
  if (merges.needsSync || planSheet || unitsSheet || mappingsSheet || unclaimed.length > 0) await context.sync();
  const orphans = Object.fromEntries(unclaimed.filter((c) => c.used.isNullObject).map((c) => [c.role, c.sheet])) as Reading["orphans"];

  const grid = merges.grid();
  const choice = request.framework;
  const outcome = planSetUp({
    source: grid,
    framework: choice.kind === "sheet" ? { kind: "custom", grid: gridOfValues(frameworkSheet)! } : choice,
    planTable: gridOfValues(planSheet),
    unitsSheet: gridOfValues(unitsSheet),
    agencyUnits: orphans.units ? null : gridOfValues(agencyUnits),
    units: request.units,
    columns: request.columns,
    mappings: mappingsOf(mappingsSheet),
  });
  return {
    source: source.sheet,
    ours,
    orphans,
    planTables: planTables?.items.map((t) => t.name) ?? [],
    preview: {
      ...outcome,
      sourceSheet: grid.sheet,
      record,
      sheets: summaries,
      unitsSheet: outcome.unitsFrom === "agency" ? agencySheet?.name : outcome.unitsFrom === "ours" ? unitsRef?.name : undefined,
    },
  };
}

/** What the set-up would do; reads only (2 syncs). */
export function previewSetUp(host: ExcelHost, request: SetUpRequest): Promise<SetUpPreview> {
  return host.run(async (context) => (await read(context, host, request)).preview);
}

/** Sets up (or updates) the plan table, its units and framework sheets; keeps a backup first. */
export function applySetUp(host: ExcelHost, request: SetUpRequest, options: ApplyOptions = {}): Promise<SetUpResult> {
  return host.run(async (context) => {
    let syncs = 0;
    const sync = async (total: number) => {
      await context.sync();
      syncs++;
      options.onProgress?.({ done: syncs, total });
    };
    const reading = await read(context, host, request);
    syncs = 2;
    const { preview, ours } = reading;
    const taken = new Set(preview.sheets.map((s) => s.name));
    const sheetsBook = context.workbook.worksheets;

    // Our sheets: the ones our names point at (under whatever name they have now), else new ones,
    // each named as ours in the same breath.
    const target = (role: "plan" | "units" | "framework", base: string) => {
      const existing = ours.sheets[role];
      if (existing) return { sheet: sheetsBook.getItem(existing.id), name: existing.name, isNew: false };
      const orphan = reading.orphans[role];
      if (orphan) {
        const sheet = sheetsBook.getItem(orphan.id);
        queueRemember(context, ours, role, sheet, orphan.name);
        return { sheet, name: orphan.name, isNew: true };
      }
      // A sheet of the user's already bears our name (a source named 計畫表, the agency's own 單位):
      // "計畫表 (2)" would read as a copy of it, so ours says what it is. Theirs is left as it is.
      const clash = [...taken].some((n) => n.toLowerCase() === base.toLowerCase());
      const name = uniqueSheetName(clash ? `${base}（標準格式）` : base, taken);
      taken.add(name);
      const sheet = sheetsBook.add(name);
      queueRemember(context, ours, role, sheet, name);
      return { sheet, name, isNew: true };
    };

    return withEventsOff(context, async () => {
      // The backup is taken once, with the source it is a copy of: restore puts that pair back.
      let backup: Excel.Worksheet | null = null;
      const backupNow = ours.sheets.backup && preview.sheets.find((x) => x.id === ours.sheets.backup!.id);
      if (backupNow && (backupNow.visibility === "Visible" || !backupNow.name.startsWith("備份_"))) {
        // A set-up that stopped between the copy and its renaming: finish the job.
        const finish = sheetsBook.getItem(backupNow.id);
        if (!backupNow.name.startsWith("備份_")) finish.name = uniqueSheetName(`備份_${preview.sourceSheet}`, taken);
        finish.visibility = "Hidden";
      }
      if (!ours.sheets.backup) {
        backup = reading.source.copy("End");
        const name = uniqueSheetName(`備份_${preview.sourceSheet}`, taken);
        queueRemember(context, ours, "backup", backup, name);
        queueRemember(context, ours, "source", reading.source, preview.sourceSheet);
        backup.name = name;
        taken.add(name);
        backup.visibility = "Hidden";
        backup.load("id,name");
      }
      const plan = target("plan", DEFAULT_SHEET_NAMES.plan);
      const units = target("units", DEFAULT_SHEET_NAMES.units);
      // A framework read from a sheet of the user's is copied into ours: the dropdowns need our layout.
      const frameworkSheet = target("framework", DEFAULT_SHEET_NAMES.framework);
      const names: SetUpSheetNames = { plan: plan.name, units: units.name, framework: frameworkSheet.name };
      const specs = setUpSheets(preview.plan, preview.framework, preview.units, names);
      const writes: { sheet: Excel.Worksheet; spec: SheetSpec; isNew: boolean }[] = [
        { ...plan, spec: specs.plan },
        { ...units, spec: specs.units },
        { ...frameworkSheet, spec: specs.framework },
      ];
      for (const t of reading.planTables) plan.sheet.tables.getItem(t).delete();
      for (const w of writes) {
        if (!w.isNew) queueClearSheet(w.sheet);
        w.sheet.load("id,name");
      }
      const groups = valueChunksBySync(writes, options.payloadBudgetBytes);
      const total = 2 + groups.length + 1;
      for (const group of groups) {
        queueValues(group);
        await sync(total);
      }

      for (const w of writes) queueFormats(w.sheet, w.spec);
      const facts = { frameworkId: preview.framework.id, measures: preview.plan.measures.length, at: new Date().toISOString() };
      queueFactsSave(context, ours, facts);
      plan.sheet.activate();
      context.runtime.enableEvents = true;
      await sync(total);

      const ref = (s: Excel.Worksheet): SheetRef => ({ id: s.id, name: s.name });
      const source = ours.sheets.source ?? preview.sheets.find((x) => x.name === preview.sourceSheet)!;
      const saved: SetUpRecord = {
        ...facts,
        source: { id: source.id, name: source.name },
        backup: backup ? ref(backup) : ours.sheets.backup!,
        plan: ref(plan.sheet),
        units: ref(units.sheet),
        framework: ref(frameworkSheet.sheet),
        ...(ours.sheets.coverage ? { coverage: ours.sheets.coverage } : {}),
      };
      return { ...preview, record: saved, syncs };
    });
  });
}
