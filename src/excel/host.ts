/**
 * How src/excel reaches a workbook: a batch runner (Excel.run in Office, MemoryWorkbook.run in tests
 * and the playground) and the requirement-set check. The pane receives one of these and hands it to
 * src/excel; its components never call Office.js themselves.
 */
import type { IsSetSupported } from "./requirements";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  /**
   * Runs a batch in the context of an earlier one (Excel.run(context, batch)): an event handler is
   * removed only through the context that added it (office-js-docs-reference#730; otherwise the
   * removal "fails silently").
   */
  runIn<T>(context: Excel.RequestContext, batch: ExcelBatch<T>): Promise<T>;
  isSetSupported: IsSetSupported;
  /**
   * Opens an .xlsx (base64) as a new workbook (Excel.createWorkbook, ExcelApi 1.8): how a pane hands
   * a file to the user where it cannot download (Excel on Mac, office-js#2700). Absent: not offered.
   */
  openAsNewWorkbook?: (base64: string) => Promise<void>;
}

/**
 * Excel itself. Batches wait while the user is typing in a cell (delayForCellEdit) instead of
 * failing with InvalidOperationInCellEditMode.
 */
export function officeExcelHost(): ExcelHost {
  return {
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    openAsNewWorkbook: async (base64) => {
      await Excel.createWorkbook(base64);
    },
  };
}
