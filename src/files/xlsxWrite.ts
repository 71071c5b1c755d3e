/**
 * SheetSpecs → a new .xlsx, generated fresh (reading a file and writing it back with ExcelJS can
 * duplicate data validations, and the input must never be modified anyway).
 */
import ExcelJS from "exceljs";
import { rangeA1 } from "../core/grid";
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
  for (const m of spec.merges ?? []) ws.mergeCells(rangeA1(m));
  for (const v of spec.validations ?? []) {
    // ExcelJS keeps validations per cell unless given a range through its internal model.
    (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(rangeA1(v.area), {
      type: "list",
      allowBlank: true,
      formulae: [v.source],
      showErrorMessage: true,
      errorStyle: v.alert,
    });
  }
  if (spec.table) addTable(ws, spec, spec.table.name);
}

/** rows[0] as the header and the rest as the body of an Excel table (ExcelJS writes the cells again). */
function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec, name: string) {
  const [header, ...body] = spec.rows;
  ws.addTable({
    name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: header.map((h) => ({ name: String(h ?? ""), filterButton: true })),
    rows: body.length ? body.map((r) => header.map((_, c) => (r[c] === "" ? null : r[c]))) : [header.map(() => null)],
  });
}
