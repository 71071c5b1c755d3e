/** What the set-up step needs to show before anything is read: the sheets, the active one, an earlier set-up. One sync. */
import type { ExcelHost } from "./host";
import { ourSheets, queueRecordLoad, recordOf, type SetUpRecord } from "./setUpRecord";
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
    const sheets = context.workbook.worksheets.load("items/id,items/name,items/visibility");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    const setting = queueRecordLoad(context);
    await context.sync();
    const record = recordOf(setting);
    const ours = new Set(record ? ourSheets(record).map((r) => r.id) : []);
    const summaries: SheetSummary[] = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility }));
    return {
      sheets: summaries,
      activeSheet: active.name,
      record,
      sourceCandidates: summaries.filter((s) => s.visibility === "Visible" && !ours.has(s.id)).map((s) => s.name),
    };
  });
}
