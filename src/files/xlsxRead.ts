/** .xlsx → Grid per sheet, with ExcelJS; the values as Office.js would give them (dates as serials). */
import ExcelJS from "exceljs";
import type { Area, CellValue, Grid } from "../core/grid";
import { parseAreaA1 } from "../core/grid";
import { dateToExcelSerial } from "../core/text/rocDate";
import { WorkbookReadError } from "./errors";
import { sniffWorkbook } from "./sniff";

export interface WorkbookGrids {
  sheets: Grid[];
  /** Sheet names in workbook order, hidden ones included. */
  names: string[];
  hidden: string[];
}

/** An ExcelJS cell value as Office.js `values` shows it. */
function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToExcelSerial(v);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("error" in v && v.error) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      // No computed value in the file (written by a tool that does not calculate): the formula's own
      // text, so nothing is lost; impose notes it (formula-text).
      if (result === undefined || result === null)
        return `=${String((v as ExcelJS.CellFormulaValue).formula ?? (v as { sharedFormula?: string }).sharedFormula ?? "")}`;
      if (result instanceof Date) return dateToExcelSerial(result);
      if (typeof result === "object" && "error" in result) return String(result.error);
      return result as CellValue;
    }
    if ("text" in v) return typeof v.text === "string" ? v.text : plainValue(v.text as ExcelJS.CellValue);
  }
  return String(v);
}

/** Reads every worksheet of an .xlsx into Grids (relative to each sheet's used range). */
export async function readWorkbook(bytes: Uint8Array, fileLabel = "檔案"): Promise<WorkbookGrids> {
  const kind = sniffWorkbook(bytes);
  if (kind === "encrypted")
    throw new WorkbookReadError(`${fileLabel}有密碼保護，請先在 Excel 移除密碼（檔案 > 資訊 > 保護活頁簿）後再試。`);
  if (kind === "xls") throw new WorkbookReadError(`${fileLabel}是舊版 .xls 格式，請在 Excel 另存為 .xlsx 後再試。`);
  if (kind !== "xlsx") throw new WorkbookReadError(`${fileLabel}不是 Excel 活頁簿（.xlsx）。`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(`${fileLabel}無法以 Excel 活頁簿開啟，檔案可能已損毀。`);
  }
  const sheets: Grid[] = [];
  const hidden: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== "visible") hidden.push(ws.name);
    sheets.push(sheetToGrid(ws));
  });
  return { sheets, names: sheets.map((s) => s.sheet), hidden };
}

function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: { r: number; c: number; v: CellValue; fmt: string | null }[] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = plainValue(cell.value);
      if (v === null || v === "") return;
      const fmt = cell.value instanceof Date ? cell.numFmt || "yyyy-mm-dd" : cell.numFmt || null;
      cells.push({ r: rowNumber - 1, c: colNumber - 1, v, fmt });
    });
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseAreaA1).filter((a): a is Area => a !== null);
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const p of [...cells.map((x) => ({ top: x.r, left: x.c, bottom: x.r, right: x.c })), ...merges]) {
    top = Math.min(top, p.top);
    left = Math.min(left, p.left);
    bottom = Math.max(bottom, p.bottom);
    right = Math.max(right, p.right);
  }
  if (bottom < 0) {
    return { sheet: ws.name, top: 0, left: 0, rowCount: 0, colCount: 0, values: [], merges: [] };
  }
  const rowCount = bottom - top + 1;
  const colCount = right - left + 1;
  const values: CellValue[][] = Array.from({ length: rowCount }, () => new Array<CellValue>(colCount).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: rowCount }, () => new Array<string | null>(colCount).fill(null));
  for (const x of cells) {
    values[x.r - top][x.c - left] = x.v;
    numberFormats[x.r - top][x.c - left] = x.fmt;
  }
  return {
    sheet: ws.name,
    top,
    left,
    rowCount,
    colCount,
    values,
    numberFormats,
    merges: merges.map((m) => ({ top: m.top - top, left: m.left - left, bottom: m.bottom - top, right: m.right - left })),
    hiddenRows: hiddenRows.filter((r) => r >= top && r <= bottom).map((r) => r - top),
  };
}
