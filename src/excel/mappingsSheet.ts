/**
 * The mappings sheet (對照表) in Excel: what the user confirmed once, read by every set-up and
 * written when the user confirms a mapping (the check step's 「記住」, a measures column picked in
 * set-up). Found through our name for it (a rename is kept), else a sheet named 對照表 (one copied in
 * from another workbook); made, and named as ours in the same batch, the first time something is
 * remembered. Visible: it is the user's data, to read and correct. Restore keeps it.
 */
import { withMapping, type MappingEntry, type Mappings } from "../core/impose/mappings";
import { uniqueSheetName } from "../core/sheetNames";
import { MAPPINGS_SHEET, mappingsSheetSpec, readMappings } from "../core/workbook/mappingsSheet";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { gridOfValues, queueGridValues, type QueuedGridValues } from "./readGrid";
import type { RecordReading } from "./setUpRecord";
import { queueRecordLoad, queueRemember, readRecord } from "./setUpRecord";
import { queueClearSheet, queueFormats, queueValues, valueChunksBySync } from "./writeSheetSpec";

/** The sheet the mappings are kept on: ours by name, else one called 對照表 (not the one excluded); its id. */
export function mappingsSheetOf(ours: RecordReading, sheets: readonly { id: string; name: string }[], except?: string): string | undefined {
  if (ours.sheets.mappings) return ours.sheets.mappings.id;
  return sheets.find((s) => s.name.toLowerCase() === MAPPINGS_SHEET.toLowerCase() && s.name !== except)?.id;
}

/** Queues the mappings sheet's values (no sync); read them with `mappingsOf` after it. */
export function queueMappingsRead(context: Excel.RequestContext, sheetId: string | undefined): QueuedGridValues | null {
  return sheetId ? queueGridValues(context, sheetId, { orNullObject: true }) : null;
}

/** The mappings read, or undefined when the workbook keeps none. */
export function mappingsOf(queued: QueuedGridValues | null): Mappings | undefined {
  const grid = gridOfValues(queued);
  return grid ? readMappings(grid) : undefined;
}

export interface Remembered {
  /** The sheet they are kept on. */
  sheet: string;
  mappings: Mappings;
  /** How many of the entries changed what was kept (0: all were remembered already). */
  added: number;
}

/** Remembers what the user confirmed: two syncs (read the record and the sheet; write the sheet), one when nothing is new. */
export function rememberMappings(host: ExcelHost, entries: readonly MappingEntry[]): Promise<Remembered> {
  return host.run(async (context) => {
    const queued = queueRecordLoad(context);
    await context.sync();
    const ours = readRecord(queued);
    const existingId = mappingsSheetOf(ours, queued.sheets.items);
    const current = queueMappingsRead(context, existingId);
    if (current) await context.sync();
    const before = mappingsOf(current);
    let mappings = before ?? { headers: [], units: [], sheet: MAPPINGS_SHEET };
    let added = 0;
    for (const entry of entries) {
      const next = withMapping(mappings, entry);
      if (next !== mappings) added++;
      mappings = next;
    }
    if (added === 0 && before) return { sheet: before.sheet, mappings, added };

    const sheets = context.workbook.worksheets;
    const name =
      before?.sheet ??
      uniqueSheetName(
        MAPPINGS_SHEET,
        queued.sheets.items.map((s) => s.name),
      );
    const sheet = existingId && before ? sheets.getItem(existingId) : sheets.add(name);
    // A sheet named 對照表 but not yet ours (copied from another workbook) becomes ours too.
    if (!ours.sheets.mappings) queueRemember(context, ours, "mappings", sheet, name);
    const spec = mappingsSheetSpec(mappings, name);
    await withEventsOff(context, async () => {
      if (existingId && before) queueClearSheet(sheet);
      // A few lines: one chunk, far under the payload cap.
      queueValues(valueChunksBySync([{ sheet, spec }]).flat());
      queueFormats(sheet, spec);
      context.runtime.enableEvents = true;
      await context.sync();
    });
    return { sheet: name, mappings: { ...mappings, sheet: name }, added };
  });
}
