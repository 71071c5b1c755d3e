/** The parts of ExcelJS's worksheet that its typings leave out. */
import type ExcelJS from "exceljs";

interface WorksheetInternals {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
  sheetProtection: Record<string, unknown> | null;
  tables: Record<string, { model: { name: string; tableRef?: string; ref?: string; style?: { theme?: string } } }>;
}

export function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}
