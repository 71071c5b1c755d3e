/**
 * Restore: the workbook as it was before the first set-up. The backup copy takes the source sheet's
 * place (name and position); the sheets set-up made are removed; our record is forgotten.
 * Two syncs. The pane asks the user first: edits made since set-up go with the removed sheets.
 */
import { ExcelActionError } from "./errors";
import { withEventsOff } from "./events";
import type { ExcelHost } from "./host";
import { MADE_ROLES } from "../core/workbook/ourSheets";
import { queueRecordDelete, queueRecordLoad, readRecord } from "./setUpRecord";

export interface RestoreResult {
  /** The sheet restored from the backup, and the sheets removed. */
  restored: string;
  removed: string[];
}

export function restoreBackup(host: ExcelHost): Promise<RestoreResult> {
  return host.run(async (context) => {
    const queued = queueRecordLoad(context, ["position"]);
    const sheets = queued.sheets;
    await context.sync();
    const ours = readRecord(queued);
    // Works from what the names say, complete record or not: a set-up that stopped part-way is undone too.
    if (ours.names.size === 0) throw new ExcelActionError("no-set-up");
    const byId = new Map(sheets.items.map((s) => [s.id, s]));
    const backup = ours.sheets.backup && byId.get(ours.sheets.backup.id);
    if (!backup) throw new ExcelActionError("backup-missing", ours.record?.backup.name ?? "");

    return withEventsOff(context, async () => {
      const source = ours.sheets.source && byId.get(ours.sheets.source.id);
      backup.visibility = "Visible";
      const removed: string[] = [];
      for (const role of MADE_ROLES) {
        const sheet = ours.sheets[role] && byId.get(ours.sheets[role].id);
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
      const name = source?.name ?? ours.record?.source.name ?? backup.name.replace(/^備份_/, "");
      backup.name = name;
      backup.activate();
      // The results sheet holds what the chiefs typed, the mappings sheet what the user confirmed:
      // they stay, and stay known as ours.
      queueRecordDelete(context, ours, ["results", "mappings"]);
      context.runtime.enableEvents = true;
      await context.sync();
      return { restored: name, removed };
    });
  });
}
