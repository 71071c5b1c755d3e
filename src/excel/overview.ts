/** What the set-up step needs to show before anything is read: the sheets, the active one, an earlier set-up. One sync. */
import type { ExcelHost } from "./host";
import { OUR_ROLES } from "../core/workbook/ourSheets";
import { queueRecordLoad, readRecord, type SetUpRecord } from "./setUpRecord";
import type { SheetSummary } from "./setUp";

export interface WorkbookOverview {
  sheets: SheetSummary[];
  activeSheet: string;
  record: SetUpRecord | null;
  /** Sheets a user can pick as the plan's source: visible, and not one of ours. */
  sourceCandidates: string[];
}

export function readWorkbookOverview(host: ExcelHost): Promise<WorkbookOverview> {
  return host.run(async (context) => {
    const queued = queueRecordLoad(context, ["visibility"]);
    const sheets = queued.sheets;
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    const reading = readRecord(queued);
    const record = reading.record;
    // The source is the user's own sheet; the others our names point at are ours.
    const ours = new Set(OUR_ROLES.flatMap((role) => reading.sheets[role]?.id ?? []));
    const summaries: SheetSummary[] = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility }));
    return {
      sheets: summaries,
      activeSheet: active.name,
      record,
      sourceCandidates: summaries.filter((s) => s.visibility === "Visible" && !ours.has(s.id)).map((s) => s.name),
    };
  });
}
