/** The workbook's sheets: finding, naming, adding, copying ("Name (2)"), moving, hiding, deleting. */
import { fail } from "../errors";
import { newSheetData, type SheetData, type WorkbookData } from "./model";
import { breakReferences } from "./rename";
import { uniqueTableName } from "./tables";

export type PositionType = "None" | "Before" | "After" | "Beginning" | "End";

export function freshId(wb: WorkbookData): number {
  return wb.nextId++;
}

/**
 * A fresh worksheet id, shaped like Excel's "{GUID}". In Excel for Mac a deleted sheet's id may be
 * given to the next new sheet ("Work with worksheets", Office docs): with `reuseDeletedSheetIds` it is.
 */
export function newSheetId(wb: WorkbookData): string {
  const reused = wb.reuseDeletedSheetIds ? wb.deletedSheetIds.pop() : undefined;
  if (reused) return reused;
  return `{${freshId(wb).toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-00000000E1C5}`;
}

/** A sheet by name (case-insensitive, as Excel) or by id. */
export function findSheet(wb: WorkbookData, key: string): SheetData | undefined {
  const lower = key.toLowerCase();
  return wb.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
}

export function getSheet(wb: WorkbookData, key: string): SheetData {
  return findSheet(wb, key) ?? fail("ItemNotFound", `The requested resource doesn't exist: worksheet "${key}".`);
}

export function isAlive(wb: WorkbookData, sheet: SheetData): boolean {
  return wb.sheets.includes(sheet);
}

/** Excel's rules for a sheet name; `self` is the sheet being renamed. */
export function checkSheetName(wb: WorkbookData, name: unknown, self?: SheetData): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history"
  ) {
    return fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format: sheet name "${String(name)}".`);
  }
  const other = findSheet(wb, name);
  if (other && other !== self && other.name.toLowerCase() === name.toLowerCase()) {
    fail("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
  return name;
}

export function addSheet(wb: WorkbookData, name?: string): SheetData {
  let chosen = name;
  if (chosen === undefined) {
    let n = wb.sheets.length + 1;
    while (findSheet(wb, `Sheet${n}`)) n++;
    chosen = `Sheet${n}`;
  }
  const sheet = newSheetData(newSheetId(wb), checkSheetName(wb, chosen));
  wb.sheets.push(sheet);
  if (!wb.activeSheetId) wb.activeSheetId = sheet.id;
  return sheet;
}

/** "Plan (2)", "Plan (3)", …, shortening the base so the name stays within 31 characters. */
export function copyName(wb: WorkbookData, name: string): string {
  const base = name.replace(/ \(\d+\)$/, "");
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!findSheet(wb, candidate)) return candidate;
  }
}

function insertAt(wb: WorkbookData, sheet: SheetData, positionType: PositionType, relativeTo?: SheetData): void {
  let index: number;
  switch (positionType) {
    case "None":
    case "Beginning":
      index = 0;
      break;
    case "End":
      index = wb.sheets.length;
      break;
    case "Before":
    case "After": {
      if (!relativeTo || !isAlive(wb, relativeTo)) return fail("InvalidArgument", `positionType "${positionType}" needs relativeTo.`);
      index = wb.sheets.indexOf(relativeTo) + (positionType === "After" ? 1 : 0);
      break;
    }
    default:
      return fail("InvalidArgument", `Unknown positionType "${String(positionType)}".`);
  }
  wb.sheets.splice(index, 0, sheet);
}

/** Worksheet.copy: everything on the sheet, tables renamed to stay unique. */
export function copySheet(wb: WorkbookData, source: SheetData, positionType: PositionType = "None", relativeTo?: SheetData): SheetData {
  const copy: SheetData = structuredClone(source);
  copy.id = newSheetId(wb);
  copy.name = copyName(wb, source.name);
  copy.tables = copy.tables.map((t) => ({ ...t, id: String(freshId(wb)), name: uniqueTableName(wb, t.name) }));
  insertAt(wb, copy, positionType, relativeTo);
  return copy;
}

function visibleSheets(wb: WorkbookData): SheetData[] {
  return wb.sheets.filter((s) => s.visibility === "Visible");
}

function moveActiveAwayFrom(wb: WorkbookData, sheet: SheetData): void {
  if (wb.activeSheetId !== sheet.id) return;
  const i = wb.sheets.indexOf(sheet);
  const next = wb.sheets
    .slice(i + 1)
    .concat(wb.sheets.slice(0, i).reverse())
    .find((s) => s !== sheet && s.visibility === "Visible");
  wb.activeSheetId = next?.id ?? null;
  if (wb.selection?.sheetId === sheet.id) wb.selection = null;
}

export function deleteSheet(wb: WorkbookData, sheet: SheetData): void {
  if (sheet.visibility === "VeryHidden")
    fail("InvalidOperation", "A very hidden sheet cannot be deleted; make it visible or hidden first.");
  if (sheet.visibility === "Visible" && visibleSheets(wb).length === 1)
    fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  moveActiveAwayFrom(wb, sheet);
  wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
  wb.deletedSheetIds.push(sheet.id);
  breakReferences(wb, sheet.name);
}

export function setVisibility(wb: WorkbookData, sheet: SheetData, visibility: unknown): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    return fail("InvalidArgument", `Unknown visibility "${String(visibility)}".`);
  }
  if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(wb).length === 1) {
    fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = visibility;
  if (visibility !== "Visible") moveActiveAwayFrom(wb, sheet);
}

export function setPosition(wb: WorkbookData, sheet: SheetData, position: unknown): void {
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= wb.sheets.length) {
    return fail("InvalidArgument", `Position ${String(position)} is outside the workbook's ${wb.sheets.length} sheets.`);
  }
  wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
  wb.sheets.splice(position, 0, sheet);
}

export function activate(wb: WorkbookData, sheet: SheetData): void {
  if (sheet.visibility !== "Visible") fail("InvalidOperation", `The hidden sheet "${sheet.name}" cannot be activated.`);
  wb.activeSheetId = sheet.id;
}
