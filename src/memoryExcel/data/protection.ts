/** Worksheet protection: protect/unprotect, and which edits a protected sheet refuses. */
import { type Area } from "./area";
import { fail } from "../errors";
import { formatAt, isWholeColumns, isWholeRows } from "./cells";
import type { SheetData } from "./model";

/** What an edit touches: cell contents, cell formats, column widths/hiding, row heights/hiding, or structure. */
export type EditKind = "contents" | "formatCells" | "formatColumns" | "formatRows" | "structure";

const ALLOWED_BY: Partial<Record<EditKind, keyof Excel.WorksheetProtectionOptions>> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
};

function anyLocked(sheet: SheetData, area: Area): boolean {
  if (isWholeColumns(area) || isWholeRows(area)) {
    // Whole columns or rows: locked unless every column (or row) format unlocks it.
    const byColumn = isWholeColumns(area);
    for (let i = byColumn ? area.left : area.top; i <= (byColumn ? area.right : area.bottom); i++) {
      const f = byColumn ? sheet.columnFormats[i] : sheet.rowFormats[i];
      if (f?.locked !== false) return true;
    }
    return false;
  }
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) if (formatAt(sheet, r, c).locked !== false) return true;
  }
  return false;
}

/** Throws AccessDenied when a protected sheet refuses this edit of the area. */
export function assertEditable(sheet: SheetData, area: Area, kind: EditKind): void {
  const protection = sheet.protection;
  if (!protection) return;
  const allowedBy = ALLOWED_BY[kind];
  if (allowedBy && protection.options[allowedBy]) return;
  if (kind === "contents" && !anyLocked(sheet, area)) return;
  fail("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`);
}

export function protect(sheet: SheetData, options: Excel.WorksheetProtectionOptions | undefined, password: string | undefined): void {
  if (sheet.protection) fail("InvalidOperation", `The sheet "${sheet.name}" is already protected.`);
  sheet.protection = { options: { ...options }, ...(password ? { password } : {}) };
}

export function unprotect(sheet: SheetData, password: string | undefined): void {
  if (!sheet.protection) return;
  if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
    fail("InvalidArgument", `The password you supplied to unprotect "${sheet.name}" is not correct.`);
  }
  sheet.protection = null;
}
