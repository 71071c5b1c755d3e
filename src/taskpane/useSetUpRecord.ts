/**
 * What the steps after set-up first need: the record of our sheets, read when the step is shown (and
 * again on `reload`, after a step made a sheet). undefined while unknown, null before any set-up.
 */
import { useCallback, useEffect, useState } from "react";
import type { ExcelHost } from "../excel/host";
import { readWorkbookOverview } from "../excel/overview";
import type { SetUpRecord } from "../excel/setUpRecord";
import type { ExcelWork } from "./useExcelWork";

export function useSetUpRecord<K extends string>(excel: ExcelHost, active: boolean, work: ExcelWork<K | "load">) {
  const [record, setRecord] = useState<SetUpRecord | null | undefined>(undefined);
  const { run } = work;
  const reload = useCallback(
    () =>
      run("load", async () => {
        const found = (await readWorkbookOverview(excel)).record;
        setRecord(found);
        return found;
      }),
    [excel, run],
  );
  useEffect(() => {
    if (active) void reload();
  }, [active, reload]);
  return { record, reload };
}
