/**
 * Writes the check's coverage figures to a sheet of ours (涵蓋情形), made the first time and
 * rewritten in place afterwards (found by id, so a rename is kept). Three syncs: read the record,
 * write the sheet, remember it in the record.
 */
import { COVERAGE_SHEET, coverageSheetSpec } from "../core/checks/coverageSheet";
import type { Validation } from "../core/checks/validate";
import { uniqueSheetName } from "../core/sheetNames";
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { queueRecordLoad, queueRecordSave, recordOf } from "./setUpRecord";
import { queueClearSheet, queueFormats, queueValues, valueChunksBySync } from "./writeSheetSpec";

/** Returns the sheet's name. */
export function writeCoverageSheet(host: ExcelHost, coverage: Validation["coverage"], options: { checkedAt?: string } = {}): Promise<string> {
  return host.run(async (context) => {
    const setting = queueRecordLoad(context);
    const sheets = context.workbook.worksheets.load("items/id,items/name");
    await context.sync();
    const record = recordOf(setting);
    if (!record) throw new ExcelActionError("no-set-up");
    const existing = record.coverage && sheets.items.find((s) => s.id === record.coverage!.id);
    const sheet = existing || sheets.add(uniqueSheetName(COVERAGE_SHEET, new Set(sheets.items.map((s) => s.name))));
    const spec = coverageSheetSpec(coverage, { checkedAt: options.checkedAt });

    await withEventsOff(context, async () => {
      if (existing) queueClearSheet(sheet);
      // A few dozen rows: one chunk, far under the payload cap.
      queueValues(valueChunksBySync([{ sheet, spec }]).flat());
      queueFormats(sheet, spec);
      sheet.activate();
      sheet.load("id,name");
      context.runtime.enableEvents = true;
      await context.sync();
    });
    queueRecordSave(context, { ...record, coverage: { id: sheet.id, name: sheet.name } });
    await context.sync();
    return sheet.name;
  });
}
