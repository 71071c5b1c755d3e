/** Excel tables: adding one (never over merged cells or another table), naming, header fixing. */
import { type Area, columnCount, intersects } from "./area";
import { getValue, setValue } from "./cells";
import { fail } from "../errors";
import type { SheetData, TableData, WorkbookData } from "./model";
import { assertEditable } from "./protection";

export function allTables(wb: WorkbookData): { sheet: SheetData; table: TableData }[] {
  return wb.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

export function findTable(wb: WorkbookData, key: string): { sheet: SheetData; table: TableData } | undefined {
  const lower = key.toLowerCase();
  return allTables(wb).find(({ table }) => table.id === key || table.name.toLowerCase() === lower);
}

function nameTaken(wb: WorkbookData, name: string): boolean {
  const lower = name.toLowerCase();
  return !!findTable(wb, name) || wb.names.some((n) => n.name.toLowerCase() === lower);
}

/** "Table1", "Table2", … or, for a copy of "Plan", "Plan2", "Plan3", … */
export function uniqueTableName(wb: WorkbookData, base = "Table"): string {
  const stem = base.replace(/\d+$/, "") || "Table";
  for (let n = base === "Table" ? 1 : 2; ; n++) if (!nameTaken(wb, `${stem}${n}`)) return `${stem}${n}`;
}

export function checkTableName(wb: WorkbookData, name: unknown, self?: TableData): string {
  if (
    typeof name !== "string" ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    return fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format: table name "${String(name)}".`);
  }
  const existing = findTable(wb, name);
  if ((existing && existing.table !== self) || wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
    fail("ItemAlreadyExists", `The name "${name}" is already used by a table or a named range.`);
  }
  return name;
}

function assertNoConflict(sheet: SheetData, area: Area): void {
  if (sheet.merges.some((m) => intersects(m, area)) || sheet.tables.some((t) => intersects(t.area, area))) {
    fail(
      "MergedRangeConflict",
      "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
    );
  }
}

/** Headers as Excel makes them: text, blanks become "ColumnN", repeats get a number. */
function fixHeaders(sheet: SheetData, row: number, area: Area): void {
  const seen = new Set<string>();
  for (let c = area.left; c <= area.right; c++) {
    const v = getValue(sheet, row, c);
    let name = v === "" ? `Column${c - area.left + 1}` : String(v);
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${v === "" ? "Column" : String(v)}${n}`;
    seen.add(name.toLowerCase());
    setValue(sheet, row, c, name);
  }
}

/** Inserts one row of cells at `row` in the area's columns, shifting the cells below down. */
function shiftDown(sheet: SheetData, row: number, area: Area): void {
  for (let r = sheet.values.length; r > row; r--) {
    for (let c = area.left; c <= area.right; c++) setValue(sheet, r, c, getValue(sheet, r - 1, c));
  }
  for (let c = area.left; c <= area.right; c++) setValue(sheet, row, c, "");
}

/** TableCollection.add: without headers Excel adds a header row and shifts the data down. */
export function addTable(wb: WorkbookData, sheet: SheetData, address: Area, hasHeaders: boolean): TableData {
  assertEditable(sheet, address, "structure");
  const area = { ...address };
  if (!hasHeaders || area.top === area.bottom) area.bottom += 1;
  assertNoConflict(sheet, area);
  if (!hasHeaders) shiftDown(sheet, area.top, area);
  fixHeaders(sheet, area.top, area);
  const table: TableData = { id: String(wb.nextId++), name: uniqueTableName(wb), area, hasHeaders: true, style: "TableStyleMedium2" };
  sheet.tables.push(table);
  return table;
}

export function headerArea(table: TableData): Area {
  return { ...table.area, bottom: table.area.top };
}

export function bodyArea(table: TableData): Area {
  return { ...table.area, top: table.area.top + 1 };
}

export function tableColumnCount(table: TableData): number {
  return columnCount(table.area);
}

export function removeTable(sheet: SheetData, table: TableData): void {
  sheet.tables = sheet.tables.filter((t) => t !== table);
}
