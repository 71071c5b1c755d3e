/** Range: values, number formats, hidden rows/columns, merges, navigation to other ranges, select. */
import { MAX_COLUMNS, MAX_ROWS, sheetAddress } from "../data/address";
import { type Area, columnCount, intersects, rowCount } from "../data/area";
import {
  cellKey,
  clearFormats,
  clearValues,
  formatAt,
  isFormulaCell,
  isWholeColumns,
  isWholeRows,
  readValues,
  setFormat,
  shapeFor,
  usedArea,
  writeValues,
} from "../data/cells";
import { assertNoPartialMerge, hiddenByMerge, merge, mergesIntersecting, unmerge } from "../data/merges";
import { assertEditable } from "../data/protection";
import { activate } from "../data/sheets";
import { displayText } from "../data/text";
import { fail } from "../errors";
import type { MemoryRequestContext } from "../requestContext";
import { ClientObject, type LoadArgument } from "./clientObject";
import { MemoryConditionalFormatCollection } from "./conditionalFormats";
import { MemoryDataValidation } from "./dataValidation";
import { MemoryRangeAreas, type RangeAreasTarget } from "./rangeAreas";
import { MemoryRangeFormat } from "./rangeFormat";
import { onGrid, type RangeTarget, whileAlive } from "./rangeTarget";
import { MemoryWorksheet } from "./worksheet";

/** Excel refuses getMergedAreasOrNullObject above this many merged areas. */
export const MERGED_AREAS_LIMIT = 512;

/** The runs [from, to] of consecutive indexes in from..to that pass. */
function runs(from: number, to: number, pass: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i <= to; i++) {
    if (!pass(i)) continue;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

function cells<V>(t: RangeTarget, at: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

function hiddenState(hidden: Set<number>, from: number, to: number): boolean | null {
  let some = false,
    all = true;
  for (let i = from; i <= to; i++) {
    if (hidden.has(i)) some = true;
    else all = false;
    if (some && !all) return null;
  }
  return all;
}

/**
 * Range.valueTypes: Empty, String, Double, Boolean; a formula cell is "Unknown" here (the double
 * does not calculate; Excel would give its result's type, never "String" for "=SUM(1)").
 */
function valueTypeAt(sheet: RangeTarget["sheet"], r: number, c: number): Excel.RangeValueType {
  const v = sheet.values[r]?.[c];
  if (v === undefined || v === "") return "Empty" as Excel.RangeValueType;
  if (isFormulaCell(sheet, r, c)) return "Unknown" as Excel.RangeValueType;
  return (typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String") as Excel.RangeValueType;
}

/** Unbounded: whole columns ("A:X", the whole sheet) or whole rows ("1:5"). */
const isUnbounded = (area: Area) => isWholeColumns(area) || isWholeRows(area);

/**
 * "Read or write to an unbounded range" (Office docs): "You cannot set cell-level properties such as
 * values, numberFormat, and formula on an unbounded range … The API returns an error". The error code
 * is unconfirmed (InvalidArgument here); office-js-docs-pr#5400 reports a 1×1 numberFormat array
 * accepted on whole columns, also unconfirmed: the double refuses every form, the stricter side.
 */
function assertBounded(t: RangeTarget, property: string): void {
  if (isUnbounded(t.area))
    fail("InvalidArgument", `${property} cannot be set on the unbounded range ${sheetAddress(t.sheet.name, t.area)}.`);
}

/**
 * Each cell costs a response at least 3 bytes (`"",` for an empty value), so a cell-level read of a
 * range with more cells than the payload cap can carry fails, as Excel on the web would with the
 * response over its cap; the double fails before building the response (of billions of cells).
 */
const MIN_BYTES_PER_CELL = 3;

/** Reading a cell-level property of an unbounded range gives null (same doc page). */
function cellLevelOf<V>(read: (t: RangeTarget) => V, limitBytes: () => number): (t: RangeTarget) => V | null {
  return (t) => {
    if (isUnbounded(t.area)) return null;
    const cells = rowCount(t.area) * columnCount(t.area);
    if (cells * MIN_BYTES_PER_CELL > limitBytes())
      fail("ResponsePayloadSizeLimitExceeded", `${cells} cells of ${sheetAddress(t.sheet.name, t.area)} cannot fit one response.`);
    return read(t);
  };
}

function writeCells(ctx: MemoryRequestContext, t: RangeTarget, values: unknown, property: "values" | "formulas"): void {
  assertBounded(t, property);
  assertEditable(t.sheet, t.area, "contents");
  assertNoPartialMerge(t.sheet, t.area);
  writeValues(t.sheet, t.area, values, hiddenByMerge(mergesIntersecting(t.sheet, t.area)), property === "values");
  ctx.noteChange(t.sheet, t.area);
}

function checkFormatString(v: unknown): string | null {
  return v === null || typeof v === "string" ? v : fail("InvalidArgument", `A number format must be text, got ${String(v)}.`);
}

type RangeMembers =
  | "address"
  | "addressLocal"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "valueTypes"
  | "rowCount"
  | "columnCount"
  | "cellCount"
  | "rowIndex"
  | "columnIndex"
  | "columnHidden"
  | "rowHidden"
  | "isEntireColumn"
  | "isEntireRow"
  | "format"
  | "dataValidation"
  | "conditionalFormats"
  | "worksheet"
  | "getCell"
  | "getResizedRange"
  | "getOffsetRange"
  | "getEntireColumn"
  | "getEntireRow"
  | "getRow"
  | "getColumn"
  | "merge"
  | "unmerge"
  | "getMergedAreasOrNullObject"
  | "getUsedRangeOrNullObject"
  | "select"
  | "clear"
  | "load";

export class MemoryRange extends ClientObject<RangeTarget> implements Pick<Excel.Range, RangeMembers> {
  protected readonly typeName = "Range";
  private children?: {
    format: MemoryRangeFormat;
    dataValidation: MemoryDataValidation;
    conditionalFormats: MemoryConditionalFormatCollection;
    worksheet: MemoryWorksheet;
  };

  private nav() {
    const parent = () => this.tryTarget();
    return (this.children ??= {
      format: new MemoryRangeFormat(this.ctx, parent),
      dataValidation: new MemoryDataValidation(this.ctx, parent),
      conditionalFormats: new MemoryConditionalFormatCollection(this.ctx, parent),
      worksheet: new MemoryWorksheet(this.ctx, () => this.tryTarget()?.sheet ?? null),
    });
  }

  protected scalarProperties() {
    const limit = () => this.ctx.host.payloadLimitBytes;
    const cellLevel = <V>(read: (t: RangeTarget) => V) => cellLevelOf(read, limit);
    return {
      address: (t: RangeTarget) => sheetAddress(t.sheet.name, t.area),
      addressLocal: (t: RangeTarget) => sheetAddress(t.sheet.name, t.area),
      values: cellLevel((t) => readValues(t.sheet, t.area)),
      formulas: cellLevel((t) => readValues(t.sheet, t.area)),
      numberFormat: cellLevel((t) => cells(t, (r, c) => formatAt(t.sheet, r, c).numberFormat ?? "General")),
      valueTypes: cellLevel((t) => cells(t, (r, c) => valueTypeAt(t.sheet, r, c))),
      text: cellLevel((t) => cells(t, (r, c) => displayText(t.sheet.values[r]?.[c] ?? "", formatAt(t.sheet, r, c).numberFormat))),
      rowCount: (t: RangeTarget) => rowCount(t.area),
      columnCount: (t: RangeTarget) => columnCount(t.area),
      cellCount: (t: RangeTarget) => rowCount(t.area) * columnCount(t.area),
      rowIndex: (t: RangeTarget) => t.area.top,
      columnIndex: (t: RangeTarget) => t.area.left,
      columnHidden: (t: RangeTarget) => hiddenState(t.sheet.hiddenColumns, t.area.left, t.area.right),
      rowHidden: (t: RangeTarget) => hiddenState(t.sheet.hiddenRows, t.area.top, t.area.bottom),
      isEntireColumn: (t: RangeTarget) => isWholeColumns(t.area),
      isEntireRow: (t: RangeTarget) => isWholeRows(t.area),
    };
  }

  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return this.nav() as unknown as Record<string, ClientObject<unknown>>;
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get values(): Excel.Range["values"] {
    return this.get("values");
  }
  set values(values: Excel.Range["values"]) {
    this.set("values", values, (t, v) => writeCells(this.ctx, t, v, "values"));
  }
  /** Formulas are stored as the text written ("=SUM(A1:A3)"), not parsed; reading gives the stored values (no calculation). */
  get formulas(): Excel.Range["formulas"] {
    return this.get("formulas");
  }
  set formulas(values: Excel.Range["formulas"]) {
    this.set("formulas", values, (t, v) => writeCells(this.ctx, t, v, "formulas"));
  }
  get numberFormat(): Excel.Range["numberFormat"] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: Excel.Range["numberFormat"]) {
    this.set("numberFormat", formats, (t, v) => {
      assertBounded(t, "numberFormat");
      const at = shapeFor(t.area, v, checkFormatString, "numberFormat");
      assertEditable(t.sheet, t.area, "formatCells");
      if (!Array.isArray(v)) {
        const f = at(0, 0);
        if (f !== null) setFormat(t.sheet, t.area, { numberFormat: f });
        return;
      }
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        for (let c = t.area.left; c <= t.area.right; c++) {
          const f = at(r - t.area.top, c - t.area.left);
          if (f !== null) t.sheet.formats[cellKey(r, c)] = { ...t.sheet.formats[cellKey(r, c)], numberFormat: f };
        }
      }
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this.get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.get("isEntireRow");
  }
  get columnHidden(): boolean {
    return this.get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.set("columnHidden", hidden, (t, v) => {
      if (typeof v !== "boolean") fail("InvalidArgument", "columnHidden must be true or false.");
      assertEditable(t.sheet, t.area, "formatColumns");
      for (let c = t.area.left; c <= t.area.right; c++) {
        if (v) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }
  get rowHidden(): boolean {
    return this.get("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.set("rowHidden", hidden, (t, v) => {
      if (typeof v !== "boolean") fail("InvalidArgument", "rowHidden must be true or false.");
      assertEditable(t.sheet, t.area, "formatRows");
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }

  get format(): Excel.RangeFormat {
    return this.nav().format as unknown as Excel.RangeFormat;
  }
  get dataValidation(): Excel.DataValidation {
    return this.nav().dataValidation as unknown as Excel.DataValidation;
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return this.nav().conditionalFormats as unknown as Excel.ConditionalFormatCollection;
  }
  get worksheet(): Excel.Worksheet {
    return this.nav().worksheet as unknown as Excel.Worksheet;
  }

  /** A range computed from this one when the operation runs (InvalidArgument off the grid). */
  private derived(member: string, args: unknown[], compute: (area: Area) => Area): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      member,
      args,
      (t): RangeTarget => ({ sheet: t.sheet, area: onGrid(compute(t.area)) }),
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
    ) as unknown as Excel.Range;
  }

  getCell(row: number, column: number): Excel.Range {
    return this.derived("getCell", [row, column], (a) => ({
      top: a.top + row,
      left: a.left + column,
      bottom: a.top + row,
      right: a.left + column,
    }));
  }
  getRow(row: number): Excel.Range {
    return this.derived("getRow", [row], (a) => (row < rowCount(a) ? { ...a, top: a.top + row, bottom: a.top + row } : { ...a, top: -1 }));
  }
  getColumn(column: number): Excel.Range {
    return this.derived("getColumn", [column], (a) =>
      column < columnCount(a) ? { ...a, left: a.left + column, right: a.left + column } : { ...a, left: -1 },
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (a) => ({
      ...a,
      bottom: a.bottom + deltaRows,
      right: a.right + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (a) => ({
      top: a.top + rowOffset,
      left: a.left + columnOffset,
      bottom: a.bottom + rowOffset,
      right: a.right + columnOffset,
    }));
  }
  getEntireColumn(): Excel.Range {
    return this.derived("getEntireColumn", [], (a) => ({ ...a, top: 0, bottom: MAX_ROWS - 1 }));
  }
  getEntireRow(): Excel.Range {
    return this.derived("getEntireRow", [], (a) => ({ ...a, left: 0, right: MAX_COLUMNS - 1 }));
  }

  merge(across = false): void {
    this.call("merge", [across], (t) => {
      assertEditable(t.sheet, t.area, "formatCells");
      if (t.sheet.tables.some((table) => intersects(table.area, t.area)))
        fail("InvalidOperation", "Cells inside a table cannot be merged.");
      merge(t.sheet, t.area, across);
    });
  }

  unmerge(): void {
    this.call("unmerge", [], (t) => {
      assertEditable(t.sheet, t.area, "formatCells");
      unmerge(t.sheet, t.area);
    });
  }

  /** ExcelApi 1.13. A null object when the range has no merged cells; fails above 512 areas. */
  getMergedAreasOrNullObject(): Excel.RangeAreas {
    return this.bind(
      "getMergedAreasOrNullObject",
      [],
      (t): RangeAreasTarget | null => {
        const areas = mergesIntersecting(t.sheet, t.area);
        if (areas.length > MERGED_AREAS_LIMIT)
          fail("InvalidOperation", `The range has ${areas.length} merged areas; more than ${MERGED_AREAS_LIMIT} cannot be returned.`);
        return areas.length ? { sheet: t.sheet, areas: areas.map((a) => ({ ...a })) } : null;
      },
      (resolve, nullable) => new MemoryRangeAreas(this.ctx, resolve, nullable),
      true,
    ) as unknown as Excel.RangeAreas;
  }

  /**
   * ExcelApi 1.9. The range's cells that hold a formula, or that are visible (no hidden row or column),
   * as RangeAreas; a null object when none ("Find special cells within a range": getSpecialCellsOrNullObject
   * "returns isNullObject = true" where getSpecialCells throws ItemNotFound). Only "Formulas" and "Visible".
   * The areas are the cells' rectangles row run by column run (how Excel splits them into areas: unconfirmed).
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | "Formulas" | "Visible"): Excel.RangeAreas {
    return this.bind(
      "getSpecialCellsOrNullObject",
      [cellType],
      (t): RangeAreasTarget | null => {
        if (isUnbounded(t.area)) fail("InvalidArgument", "getSpecialCells needs a bounded range (the double's rule; unconfirmed).");
        let areas: Area[];
        if (cellType === "Visible") {
          const rows = runs(t.area.top, t.area.bottom, (r) => !t.sheet.hiddenRows.has(r));
          const columns = runs(t.area.left, t.area.right, (c) => !t.sheet.hiddenColumns.has(c));
          areas = rows.flatMap(([top, bottom]) => columns.map(([left, right]) => ({ top, bottom, left, right })));
        } else if (cellType === "Formulas") {
          areas = [];
          for (let r = t.area.top; r <= t.area.bottom; r++)
            for (const [left, right] of runs(t.area.left, t.area.right, (c) => isFormulaCell(t.sheet, r, c)))
              areas.push({ top: r, bottom: r, left, right });
        } else return fail("InvalidArgument", `The double finds only Formulas and Visible cells, not ${cellType}.`);
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      (resolve, nullable) => new MemoryRangeAreas(this.ctx, resolve, nullable),
      true,
    ) as unknown as Excel.RangeAreas;
  }

  /**
   * ExcelApi 1.4. "Returns the used range of the given range object. If there are no used cells
   * within the range, then this method returns an object with its isNullObject property set to true."
   */
  getUsedRangeOrNullObject(valuesOnly = false): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (t): RangeTarget | null => {
        const area = usedArea(t.sheet, valuesOnly, t.area);
        return area ? { sheet: t.sheet, area } : null;
      },
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
      true,
    ) as unknown as Excel.Range;
  }

  select(): void {
    this.call("select", [], (t) => {
      activate(this.ctx.host.data, t.sheet);
      this.ctx.host.data.selection = { sheetId: t.sheet.id, area: { ...t.area } };
    });
  }

  clear(applyTo: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"): void {
    this.call("clear", [applyTo], (t) => {
      const what = String(applyTo);
      if (what === "All" || what === "Contents" || what === "ResetContents") {
        assertEditable(t.sheet, t.area, "contents");
        assertNoPartialMerge(t.sheet, t.area);
        if (clearValues(t.sheet, t.area)) this.ctx.noteChange(t.sheet, t.area);
      }
      if (what === "All" || what === "Formats") {
        assertEditable(t.sheet, t.area, "formatCells");
        clearFormats(t.sheet, t.area);
      }
    });
  }

  load(arg?: LoadArgument): Excel.Range {
    this.loadThis(arg);
    return this as unknown as Excel.Range;
  }
}
