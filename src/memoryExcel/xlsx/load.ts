/**
 * .xlsx bytes → WorkbookData through ExcelJS. Values are what Office.js `values` would give:
 * formula results (the formula text when the file has no cached result), dates as serial numbers,
 * rich text as plain text, errors as "#REF!".
 */
import ExcelJS from "exceljs";
import { readPageSetup } from "./pageSetup";
import { parseAddress, sheetAddress } from "../data/address";
import type { Area } from "../data/area";
import { setValue } from "../data/cells";
import { type CellValue, newSheetData, newWorkbookData, type SheetData, type WorkbookData } from "../data/model";
import { newSheetId } from "../data/sheets";
import { internals } from "./exceljsInternals";
import { fromExcelJsStyle, widthToPoints } from "./styles";
import { fromExcelJsValidation } from "./validationRules";

const VISIBILITY: Record<string, SheetData["visibility"]> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/** An ExcelJS cell value as Office.js reports it. */
/** Excel's serial date: days since 1899-12-30 (its 1900 date system). */
const dateToExcelSerial = (d: Date) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;

export function officeValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToExcelSerial(value);
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
  if ("error" in v) return String(v.error);
  if ("formula" in v || "sharedFormula" in v) {
    if (v.result !== undefined && v.result !== null) return officeValue(v.result as ExcelJS.CellValue);
    return `=${String(v.formula ?? v.sharedFormula)}`;
  }
  if ("text" in v) return officeValue(v.text as ExcelJS.CellValue);
  return String(value);
}

/** Cells that share one validation object (as ExcelJS reads a sqref) → rectangles. */
function rectangles(cells: { row: number; col: number }[]): Area[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) (byColumn.get(col) ?? byColumn.set(col, []).get(col)!).push(row);
  const runs: Area[] = [];
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    rows.forEach((r, i) => {
      if (i === rows.length - 1 || rows[i + 1] !== r + 1) {
        const run = { top: start, left: col, bottom: r, right: col };
        const prev = runs.find((p) => p.right === col - 1 && p.top === run.top && p.bottom === run.bottom);
        if (prev) prev.right = col;
        else runs.push(run);
        start = rows[i + 1];
      }
    });
  }
  return runs;
}

function readValidations(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const model = internals(ws).dataValidations.model;
  const groups = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, v] of Object.entries(model)) {
    if (!v) continue;
    const { area } = parseAddress(address);
    const list = groups.get(v) ?? groups.set(v, []).get(v)!;
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) list.push({ row: r, col: c });
  }
  for (const [v, cells] of groups) {
    const converted = fromExcelJsValidation(v);
    if (converted) for (const area of rectangles(cells)) sheet.validations.push({ area, ...converted });
  }
}

function readCells(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null) sheet.rowHeights[r - 1] = row.height;
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      setValue(sheet, r - 1, c - 1, officeValue(cell.value));
      const format = fromExcelJsStyle(cell);
      if (Object.keys(format).length) sheet.formats[cell.address] = format;
    });
  });
}

function readSheet(ws: ExcelJS.Worksheet, data: WorkbookData): SheetData {
  const sheet = newSheetData(newSheetId(data), ws.name);
  sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
  readCells(ws, sheet);
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width !== undefined) sheet.columnWidths[i] = widthToPoints(col.width);
    if (col.hidden) sheet.hiddenColumns.add(i);
  });
  sheet.merges = (ws.model.merges ?? []).map((ref) => parseAddress(ref).area);
  const view = ws.views?.[0];
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  readValidations(ws, sheet);
  sheet.pageLayout = readPageSetup(ws);
  for (const t of Object.values(internals(ws).tables ?? {})) {
    const ref = t.model.tableRef ?? t.model.ref;
    if (!ref) continue;
    sheet.tables.push({
      id: String(data.nextId++),
      name: t.model.name,
      area: parseAddress(ref).area,
      hasHeaders: true,
      style: t.model.style?.theme ?? "TableStyleMedium2",
    });
  }
  const protection = internals(ws).sheetProtection;
  if (protection?.sheet) {
    sheet.protection = {
      options: {
        allowFormatCells: !!protection.formatCells,
        allowFormatColumns: !!protection.formatColumns,
        allowFormatRows: !!protection.formatRows,
        allowInsertRows: !!protection.insertRows,
        allowInsertColumns: !!protection.insertColumns,
        allowDeleteRows: !!protection.deleteRows,
        allowDeleteColumns: !!protection.deleteColumns,
        allowAutoFilter: !!protection.autoFilter,
        allowSort: !!protection.sort,
      },
    };
  }
  return sheet;
}

/** ExcelJS quotes every sheet name ("'單位'!$A$2"); Excel quotes only where needed. */
function normalizedReference(reference: string): string {
  try {
    const { sheet, area } = parseAddress(reference);
    return sheet === undefined ? reference : sheetAddress(sheet, area, true);
  } catch {
    return reference;
  }
}

export async function readXlsx(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  const data = newWorkbookData();
  for (const ws of wb.worksheets) data.sheets.push(readSheet(ws, data));
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (n.ranges.length) data.names.push({ name: n.name, formula: `=${normalizedReference(n.ranges[0])}`, comment: "", visible: true });
  }
  const active = data.sheets[wb.views?.[0]?.activeTab ?? 0] ?? data.sheets.find((s) => s.visibility === "Visible");
  data.activeSheetId = active?.id ?? null;
  return data;
}
