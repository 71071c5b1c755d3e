/** Worksheet: name, visibility, position, ranges, used range, copy, activate, delete, events. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../data/address";
import { usedArea } from "../data/cells";
import type { SheetData, WorkbookData } from "../data/model";
import { renameReferences } from "../data/rename";
import {
  activate,
  checkSheetName,
  copySheet,
  deleteSheet,
  findSheet,
  isAlive,
  type PositionType,
  setPosition,
  setVisibility,
} from "../data/sheets";
import { fail } from "../errors";
import { ClientObject, type LoadArgument } from "./clientObject";
import { ChangedEventHandlers } from "./eventHandlers";
import { MemoryWorksheetFreezePanes } from "./freezePanes";
import { MemoryPageBreakCollection, MemoryPageLayout } from "./pageLayout";
import { MemoryRange } from "./range";
import { onGrid, type RangeTarget, whileAlive } from "./rangeTarget";
import { MemoryCommentCollection } from "./comments";
import { MemoryTableCollection } from "./tables";
import { MemoryWorksheetProtection } from "./worksheetProtection";

type WorksheetMembers =
  | "id"
  | "name"
  | "position"
  | "visibility"
  | "activate"
  | "delete"
  | "copy"
  | "getRange"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "tables"
  | "freezePanes"
  | "protection"
  | "pageLayout"
  | "horizontalPageBreaks"
  | "onChanged"
  | "load";

export class MemoryWorksheet extends ClientObject<SheetData> implements Pick<Excel.Worksheet, WorksheetMembers> {
  protected readonly typeName = "Worksheet";
  private children?: {
    tables: MemoryTableCollection;
    freezePanes: MemoryWorksheetFreezePanes;
    protection: MemoryWorksheetProtection;
    pageLayout: MemoryPageLayout;
    horizontalPageBreaks: MemoryPageBreakCollection;
    comments: MemoryCommentCollection;
  };

  private nav() {
    return (this.children ??= {
      tables: new MemoryTableCollection(this.ctx, () => {
        const sheet = this.tryTarget();
        return sheet && { sheet };
      }),
      freezePanes: new MemoryWorksheetFreezePanes(this.ctx, () => this.tryTarget()),
      protection: new MemoryWorksheetProtection(this.ctx, () => this.tryTarget()),
      pageLayout: new MemoryPageLayout(this.ctx, () => this.tryTarget()),
      horizontalPageBreaks: new MemoryPageBreakCollection(this.ctx, () => this.tryTarget()),
      comments: new MemoryCommentCollection(this.ctx, () => this.tryTarget()),
    });
  }

  protected scalarProperties() {
    const wb = this.ctx.host.data;
    return {
      id: (s: SheetData) => s.id,
      name: (s: SheetData) => s.name,
      position: (s: SheetData) => wb.sheets.indexOf(s),
      visibility: (s: SheetData) => s.visibility,
    };
  }

  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return this.nav() as unknown as Record<string, ClientObject<unknown>>;
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (s, v) => {
      const wb = this.ctx.host.data;
      const name = checkSheetName(wb, v, s);
      const old = s.name;
      s.name = name;
      renameReferences(wb, old, name);
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.set("position", value, (s, v) => setPosition(this.ctx.host.data, s, v));
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.get("visibility");
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    this.set("visibility", value, (s, v) => setVisibility(this.ctx.host.data, s, v));
  }

  /** ExcelApi 1.10. */
  get comments(): Excel.CommentCollection {
    return this.nav().comments as unknown as Excel.CommentCollection;
  }
  get tables(): Excel.TableCollection {
    return this.nav().tables as unknown as Excel.TableCollection;
  }
  /** ExcelApi 1.9. */
  get pageLayout(): Excel.PageLayout {
    return this.nav().pageLayout as unknown as Excel.PageLayout;
  }
  /** ExcelApi 1.9. */
  get horizontalPageBreaks(): Excel.PageBreakCollection {
    return this.nav().horizontalPageBreaks as unknown as Excel.PageBreakCollection;
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    return this.nav().freezePanes as unknown as Excel.WorksheetFreezePanes;
  }
  get protection(): Excel.WorksheetProtection {
    return this.nav().protection as unknown as Excel.WorksheetProtection;
  }
  /** ExcelApi 1.7. Handlers run after a sync that changed values on this sheet. */
  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return new ChangedEventHandlers(this.ctx, "Worksheet.onChanged", () => this.target().id).asOffice();
  }

  activate(): void {
    this.call("activate", [], (s) => activate(this.ctx.host.data, s));
  }

  delete(): void {
    this.call("delete", [], (s) => deleteSheet(this.ctx.host.data, s));
  }

  /** ExcelApi 1.7. The copy is named like Excel names it: "Plan (2)". Default position: the beginning. */
  copy(positionType: Excel.WorksheetPositionType | PositionType = "None", relativeTo?: Excel.Worksheet): Excel.Worksheet {
    const wb = this.ctx.host.data;
    return this.bind(
      "copy",
      [positionType, relativeTo ? "(worksheet)" : null],
      (s) => copySheet(wb, s, positionType as PositionType, relativeTo ? (relativeTo as unknown as MemoryWorksheet).target() : undefined),
      (resolve) => new MemoryWorksheet(this.ctx, aliveSheet(wb, resolve)),
    ) as unknown as Excel.Worksheet;
  }

  private range(member: string, args: unknown[], find: (s: SheetData) => RangeTarget | null, nullable = false): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      member,
      args,
      find,
      (resolve, isNullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), isNullable),
      nullable,
    ) as unknown as Excel.Range;
  }

  /** An A1 address on this sheet ("A1:C3", "B:B", "2:2", "Plan!A1"); no address: the whole sheet. */
  getRange(address?: string): Excel.Range {
    const wb = this.ctx.host.data;
    return this.range("getRange", [address ?? null], (s) => {
      if (address === undefined || address === "")
        return { sheet: s, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && findSheet(wb, parsed.sheet) !== s)
        fail("InvalidArgument", `The address "${address}" is not on worksheet "${s.name}".`);
      return { sheet: s, area: parsed.area };
    });
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (s) => {
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || rowCount < 1 || columnCount < 1) {
        fail("InvalidArgument", "getRangeByIndexes needs whole numbers and a size of at least one cell.");
      }
      return {
        sheet: s,
        area: onGrid({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }),
      };
    });
  }

  getCell(row: number, column: number): Excel.Range {
    return this.range("getCell", [row, column], (s) => ({
      sheet: s,
      area: onGrid({ top: row, left: column, bottom: row, right: column }),
    }));
  }

  /** The used range; "A1" for an empty sheet. */
  getUsedRange(valuesOnly = false): Excel.Range {
    return this.range("getUsedRange", [valuesOnly], (s) => ({
      sheet: s,
      area: usedArea(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    }));
  }

  /** ExcelApi 1.4. A null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): Excel.Range {
    return this.range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (s) => {
        const area = usedArea(s, valuesOnly);
        return area ? { sheet: s, area } : null;
      },
      true,
    );
  }

  load(arg?: LoadArgument): Excel.Worksheet {
    this.loadThis(arg);
    return this as unknown as Excel.Worksheet;
  }
}

/** A sheet resolver that yields nothing once the sheet is deleted. */
export function aliveSheet(wb: WorkbookData, resolve: () => SheetData | null): () => SheetData | null {
  return () => {
    const s = resolve();
    return s && isAlive(wb, s) ? s : null;
  };
}
