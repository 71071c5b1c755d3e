/**
 * SheetSpecs → a new .xlsx, generated fresh (reading a file and writing it back with ExcelJS can
 * duplicate data validations, and the input must never be modified anyway).
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../core/grid";
import type { SheetSpec } from "../core/sheetSpec";

const FONT = "微軟正黑體";

export async function writeWorkbook(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "提升服務計畫助手";
  for (const spec of specs) addSheet(wb, spec);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec) {
  const ws = wb.addWorksheet(spec.name, {
    views: spec.frozenRows ? [{ state: "frozen", ySplit: spec.frozenRows }] : undefined,
  });
  spec.rows.forEach((row, r) => {
    const excelRow = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v !== null && v !== "") excelRow.getCell(c + 1).value = v;
    });
  });
  if (spec.columns) {
    spec.columns.forEach((col, c) => {
      const column = ws.getColumn(c + 1);
      column.width = col.width;
      column.hidden = !!col.hidden;
      if (col.wrap) column.alignment = { wrapText: true, vertical: "top" };
      column.font = { name: FONT, size: 12 };
    });
    const header = ws.getRow(1);
    header.font = { name: FONT, size: 12, bold: true };
    header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.border = { bottom: { style: "thin" } };
    });
  }
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;
  for (const m of spec.merges ?? []) {
    ws.mergeCells(`${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`);
  }
}
