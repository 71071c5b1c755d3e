/**
 * Writes the check's coverage figures to a sheet of ours (涵蓋情形), made the first time and
 * rewritten in place afterwards (found through our name for it, so a rename is kept). Two syncs:
 * read the record, then write the sheet (named as ours as it is made).
 */
import { COVERAGE_SHEET, coverageSheetSpec } from "../core/workbook/coverageSheet";
import type { Validation } from "../core/checks/validate";
import type { Locale } from "../core/locale";
import { uniqueSheetName } from "../core/sheetNames";
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { queueRecordLoad, queueRemember, readRecord } from "./setUpRecord";
import { queueClearSheet, queueFormats, queueValues, valueChunksBySync } from "./writeSheetSpec";

/** Returns the sheet's name. */
export function writeCoverageSheet(
  host: ExcelHost,
  coverage: Validation["coverage"],
  options: { checkedAt?: string; locale?: Locale } = {},
): Promise<string> {
  return host.run(async (context) => {
    const queued = queueRecordLoad(context);
    await context.sync();
    const ours = readRecord(queued);
    if (!ours.record) throw new ExcelActionError("no-set-up");
    const sheets = queued.sheets;
    const existing = ours.sheets.coverage && sheets.getItem(ours.sheets.coverage.id);
    const newName = uniqueSheetName(COVERAGE_SHEET, new Set(sheets.items.map((s) => s.name)));
    const sheet = existing || sheets.add(newName);
    if (!existing) queueRemember(context, ours, "coverage", sheet, newName);
    const spec = coverageSheetSpec(coverage, { checkedAt: options.checkedAt, locale: options.locale });

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
    return sheet.name;
  });
}
