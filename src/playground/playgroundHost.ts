/**
 * The ExcelHost the playground hands to the real task pane: batches run against the in-memory
 * workbook (waiting, like Excel, while a cell is being edited), and the workbook view is told to
 * draw again after each batch, including one that failed part-way (a failed sync keeps what it
 * applied before the failure).
 */
import type { ExcelHost } from "../excel/host";
import type { MemoryWorkbook } from "../memoryExcel";

export function playgroundExcelHost(workbook: MemoryWorkbook, changed: () => void): ExcelHost {
  return {
    run: async (batch) => {
      try {
        return await workbook.run(batch, { delayForCellEdit: true });
      } finally {
        changed();
      }
    },
    runIn: (context, batch) => workbook.run(context, batch),
    isSetSupported: (set, version) => workbook.isSetSupported(set, version),
  };
}
