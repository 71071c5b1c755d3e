/**
 * A sheet we generate from the plan (an annex, the 比較 sheet): the one the record names, rewritten in
 * place, else a new sheet under its base name (「base（產製）」 when the user has a sheet of that name),
 * remembered as ours in the batch that makes it. Its values go in payload-sized chunks, a sync each, the
 * formats with the last, the sheet activated; the caller runs it inside withEventsOff.
 */
import type { SheetSpec } from "../core/sheetSpec";
import { uniqueSheetName } from "../core/sheetNames";
import type { SheetRole } from "../core/workbook/ourSheets";
import { queueRemember, type QueuedRecord, type RecordReading } from "./setUpRecord";
import { queueClearSheet, queueFormats, queueValues, valueChunksBySync } from "./writeSheetSpec";

export interface GeneratedSheet {
  sheet: Excel.Worksheet;
  name: string;
  /** It was there already (and is rewritten in place). */
  existing: boolean;
}

/** Our sheet of `role`, found or added (queued; the record and sheet names were loaded). */
export function queueGeneratedSheet(
  context: Excel.RequestContext,
  queued: QueuedRecord,
  reading: RecordReading,
  role: SheetRole,
  base: string,
): GeneratedSheet {
  const existing = reading.sheets[role];
  const taken = queued.sheets.items.map((s) => s.name);
  const clash = taken.some((n) => n.toLowerCase() === base.toLowerCase());
  const name = existing?.name ?? uniqueSheetName(clash ? `${base}（產製）` : base, taken);
  const sheet = existing ? queued.sheets.getItem(existing.id) : queued.sheets.add(name);
  if (!existing) queueRemember(context, reading, role, sheet, name);
  return { sheet, name, existing: !!existing };
}

/**
 * Writes `spec` onto the sheet (cleared first when it was there). `sync(total)` is called once per
 * chunk; `syncsBefore` counts the caller's syncs in the total it reports; `queueLast` adds loads to the
 * last sync and its result is returned.
 */
export async function writeGeneratedSheet<T>(
  context: Excel.RequestContext,
  target: GeneratedSheet,
  spec: SheetSpec,
  sync: (total: number) => Promise<void>,
  syncsBefore: number,
  queueLast: () => T,
): Promise<T> {
  if (target.existing) queueClearSheet(target.sheet);
  const chunks = valueChunksBySync([{ sheet: target.sheet, spec }]);
  const total = syncsBefore + Math.max(1, chunks.length);
  for (const chunk of chunks.slice(0, -1)) {
    queueValues(chunk);
    await sync(total);
  }
  queueValues(chunks[chunks.length - 1] ?? []);
  queueFormats(target.sheet, spec);
  target.sheet.activate();
  const last = queueLast();
  context.runtime.enableEvents = true;
  await sync(total);
  return last;
}
