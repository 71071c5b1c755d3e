/**
 * Restore: the workbook as it was before the first set-up. The backup copy takes the source sheet's
 * place (name and position); the sheets set-up made are removed; our record is forgotten.
 * Two syncs. The pane asks the user first: edits made since set-up go with the removed sheets.
 */
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { queueRecordDelete, queueRecordLoad, recordOf, sheetsMade } from "./setUpRecord";

export interface RestoreResult {
  /** The sheet restored from the backup, and the sheets removed. */
  restored: string;
  removed: string[];
}

export function restoreBackup(host: ExcelHost): Promise<RestoreResult> {
  return host.run(async (context) => {
    const setting = queueRecordLoad(context);
    const sheets = context.workbook.worksheets.load("items/id,items/name,items/position");
    await context.sync();
    const record = recordOf(setting);
    if (!record) throw new ExcelActionError("no-set-up");
    const byId = new Map(sheets.items.map((s) => [s.id, s]));
    const backup = byId.get(record.backup.id);
    if (!backup) throw new ExcelActionError("backup-missing", record.backup.name);

    return withEventsOff(context, async () => {
      const source = byId.get(record.source.id);
      backup.visibility = "Visible";
      const removed: string[] = [];
      for (const ref of sheetsMade(record)) {
        const sheet = byId.get(ref.id);
        if (sheet && sheet !== source) {
          removed.push(sheet.name);
          sheet.delete();
        }
      }
      if (source) {
        const position = source.position;
        source.delete();
        backup.position = position;
      }
      // The source keeps the name it has now, in case the user renamed it since.
      const name = source?.name ?? record.source.name;
      backup.name = name;
      backup.activate();
      queueRecordDelete(context);
      context.runtime.enableEvents = true;
      await context.sync();
      return { restored: name, removed };
    });
  });
}
