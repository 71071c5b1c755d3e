/**
 * WorkbookData → .xlsx bytes through ExcelJS (works in Node and in the browser): values, merges,
 * formats, widths, heights, hidden rows/columns, frozen panes, validations, tables, custom
 * conditional formats, protection, range names, page setup. Settings are not written (Office keeps them in a
 * web-extension part ExcelJS cannot write).
 */
import ExcelJS from "exceljs";
import { areaA1, parseAddress } from "../data/address";
import { columnCount, rowCount } from "../data/area";
import { cellKey, formatAt, isFormulaCell, parseCellKey, readValues } from "../data/cells";
import type { CellValue, SheetData, WorkbookData } from "../data/model";
import { bodyArea } from "../data/tables";
import { internals } from "./exceljsInternals";
import { writePageSetup } from "./pageSetup";
import { pointsToWidth, toExcelJsStyle } from "./styles";
import { toExcelJsValidation } from "./validationRules";

const STATE: Record<SheetData["visibility"], ExcelJS.WorksheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };
const NAME_CELL_LIMIT = 100_000;

/** A formula cell (text starting with "=" outside a Text cell) is saved as a formula. */
function excelValue(v: CellValue, formula: boolean): ExcelJS.CellValue {
  return formula ? { formula: String(v).slice(1), date1904: false } : v;
}

function writeCells(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  for (const [c, f] of Object.entries(sheet.columnFormats)) Object.assign(ws.getColumn(Number(c) + 1), toExcelJsStyle(f));
  for (const [r, f] of Object.entries(sheet.rowFormats)) Object.assign(ws.getRow(Number(r) + 1), toExcelJsStyle(f));
  const styled = new Set<string>();
  sheet.values.forEach((row, r) =>
    row?.forEach((v, c) => {
      if (v === undefined || v === "") return;
      ws.getCell(r + 1, c + 1).value = excelValue(v, isFormulaCell(sheet, r, c));
      styled.add(cellKey(r, c));
    }),
  );
  for (const key of Object.keys(sheet.formats)) styled.add(key);
  for (const key of styled) {
    const { row, col } = parseCellKey(key);
    const style = toExcelJsStyle(formatAt(sheet, row, col));
    if (Object.keys(style).length) Object.assign(ws.getCell(row + 1, col + 1), style);
  }
}

function writeSizes(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  for (const [c, points] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(c) + 1).width = pointsToWidth(points);
  for (const c of sheet.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  for (const [r, points] of Object.entries(sheet.rowHeights)) ws.getRow(Number(r) + 1).height = points;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
}

function writeTables(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  for (const table of sheet.tables) {
    const a = table.area;
    const headers = readValues(sheet, { ...a, bottom: a.top })[0].map(String);
    const body = bodyArea(table);
    const rows =
      rowCount(a) > 1
        ? readValues(sheet, body).map((row, r) =>
            row.map((v, c) => (v === "" ? null : excelValue(v, isFormulaCell(sheet, body.top + r, body.left + c)))),
          )
        : [];
    ws.addTable({
      name: table.name,
      ref: areaA1({ ...a, bottom: a.top, right: a.left }),
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: rows.length ? rows : [new Array(columnCount(a)).fill(null)],
    });
  }
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  sheet.conditionalFormats.forEach((f, i) => {
    if (f.type !== "Custom" || !f.formula) return;
    const style: Partial<ExcelJS.Style> = {};
    if (f.format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: `FF${f.format.fill.slice(1)}` } };
    if (f.format.fontColor || f.format.bold)
      style.font = {
        ...(f.format.fontColor ? { color: { argb: `FF${f.format.fontColor.slice(1)}` } } : {}),
        ...(f.format.bold ? { bold: true } : {}),
      };
    ws.addConditionalFormatting({
      ref: areaA1(f.area),
      rules: [{ type: "expression", priority: i + 1, formulae: [f.formula.replace(/^=/, "")], style }],
    });
  });
}

async function writeSheet(wb: ExcelJS.Workbook, sheet: SheetData): Promise<void> {
  const frozen = sheet.frozenRows || sheet.frozenColumns;
  const ws = wb.addWorksheet(sheet.name, {
    state: STATE[sheet.visibility],
    views: frozen ? [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
  });
  writeCells(ws, sheet);
  writeSizes(ws, sheet);
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of sheet.validations) {
    const validation = toExcelJsValidation(v.rule, v.ignoreBlanks, v.errorAlert);
    if (validation) internals(ws).dataValidations.add(areaA1(v.area), validation);
  }
  writeTables(ws, sheet);
  writeConditionalFormats(ws, sheet);
  writePageSetup(ws, sheet);
  if (sheet.protection) {
    const o = sheet.protection.options;
    await ws.protect(sheet.protection.password ?? "", {
      formatCells: !!o.allowFormatCells,
      formatColumns: !!o.allowFormatColumns,
      formatRows: !!o.allowFormatRows,
      insertRows: !!o.allowInsertRows,
      insertColumns: !!o.allowInsertColumns,
      deleteRows: !!o.allowDeleteRows,
      deleteColumns: !!o.allowDeleteColumns,
      autoFilter: !!o.allowAutoFilter,
      sort: !!o.allowSort,
      spinCount: 1000,
    });
  }
}

/** A range name (ExcelJS keeps names cell by cell, so huge ranges and constants are left out). */
function writeName(wb: ExcelJS.Workbook, data: WorkbookData, name: string, formula: string): void {
  try {
    const { sheet, area } = parseAddress(formula.slice(1));
    if (sheet === undefined || !data.sheets.some((s) => s.name === sheet)) return;
    if (rowCount(area) * columnCount(area) > NAME_CELL_LIMIT) return;
    wb.definedNames.add(formula.slice(1), name);
  } catch {
    // not a range: a constant or a formula
  }
}

export async function writeXlsx(data: WorkbookData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of data.sheets) await writeSheet(wb, sheet);
  for (const n of data.names) writeName(wb, data, n.name, n.formula);
  const active = data.sheets.findIndex((s) => s.id === data.activeSheetId);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
