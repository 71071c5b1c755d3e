/** TableCollection (worksheet.tables, workbook.tables) and Table. */
import { parseAddress } from "../data/address";
import { type Area } from "../data/area";
import { clearValues } from "../data/cells";
import type { SheetData, TableData } from "../data/model";
import { assertEditable } from "../data/protection";
import { findSheet } from "../data/sheets";
import { addTable, allTables, bodyArea, checkTableName, findTable, headerArea, removeTable } from "../data/tables";
import { fail } from "../errors";
import { ClientCollection } from "./clientCollection";
import { ClientObject, type LoadArgument } from "./clientObject";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";

export interface TableTarget {
  sheet: SheetData;
  table: TableData;
}

/** worksheet.tables: that sheet; workbook.tables: sheet null (every sheet). */
export interface TablesScope {
  sheet: SheetData | null;
}

export class MemoryTable
  extends ClientObject<TableTarget>
  implements
    Pick<
      Excel.Table,
      "id" | "name" | "showHeaders" | "style" | "getRange" | "getHeaderRowRange" | "getDataBodyRange" | "delete" | "convertToRange" | "load"
    >
{
  protected readonly typeName = "Table";

  protected scalarProperties() {
    return {
      id: (t: TableTarget) => t.table.id,
      name: (t: TableTarget) => t.table.name,
      showHeaders: (t: TableTarget) => t.table.hasHeaders,
      style: (t: TableTarget) => t.table.style,
    };
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t, v) => {
      t.table.name = checkTableName(this.ctx.host.data, v, t.table);
    });
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.set("style", value, (t, v) => {
      if (typeof v !== "string" || v === "") fail("InvalidArgument", "A table style needs a name.");
      t.table.style = v;
    });
  }

  private range(member: string, area: (table: TableData) => Area): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      member,
      [],
      (t): RangeTarget => ({ sheet: t.sheet, area: area(t.table) }),
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
    ) as unknown as Excel.Range;
  }

  getRange(): Excel.Range {
    return this.range("getRange", (table) => table.area);
  }
  getHeaderRowRange(): Excel.Range {
    return this.range("getHeaderRowRange", headerArea);
  }
  getDataBodyRange(): Excel.Range {
    return this.range("getDataBodyRange", bodyArea);
  }

  /** Deletes the table and its cells' contents. */
  delete(): void {
    this.call("delete", [], (t) => {
      assertEditable(t.sheet, t.table.area, "structure");
      removeTable(t.sheet, t.table);
      if (clearValues(t.sheet, t.table.area)) this.ctx.noteChange(t.sheet, t.table.area);
    });
  }

  /** Turns the table back into plain cells, keeping the values. */
  convertToRange(): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      "convertToRange",
      [],
      (t): RangeTarget => {
        assertEditable(t.sheet, t.table.area, "structure");
        removeTable(t.sheet, t.table);
        return { sheet: t.sheet, area: t.table.area };
      },
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
    ) as unknown as Excel.Range;
  }

  load(arg?: LoadArgument): Excel.Table {
    this.loadThis(arg);
    return this as unknown as Excel.Table;
  }
}

export class MemoryTableCollection
  extends ClientCollection<TablesScope, TableTarget, MemoryTable>
  implements Pick<Excel.TableCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount" | "count" | "load">
{
  protected readonly typeName = "TableCollection";

  protected override scalarProperties() {
    return { count: (scope: TablesScope) => this.listTargets(scope).length };
  }

  protected listTargets(scope: TablesScope): TableTarget[] {
    return allTables(this.ctx.host.data).filter(({ sheet }) => !scope.sheet || sheet === scope.sheet);
  }

  private alive(resolve: () => TableTarget | null): () => TableTarget | null {
    const wb = this.ctx.host.data;
    return () => {
      const t = resolve();
      return t && wb.sheets.includes(t.sheet) && t.sheet.tables.includes(t.table) ? t : null;
    };
  }

  protected makeItem(target: TableTarget): MemoryTable {
    return new MemoryTable(
      this.ctx,
      this.alive(() => target),
    );
  }

  get items(): Excel.Table[] {
    return this.loaded as unknown as Excel.Table[];
  }
  get count(): number {
    return this.get("count");
  }

  /** Adds a table; fails with MergedRangeConflict over merged cells or another table. */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    const wb = this.ctx.host.data;
    return this.bind(
      "add",
      [typeof address === "string" ? address : "(range)", hasHeaders],
      (scope): TableTarget => {
        let sheet: SheetData, area: Area;
        if (typeof address === "string") {
          const parsed = parseAddress(address);
          const named = parsed.sheet === undefined ? (scope.sheet ?? findSheet(wb, wb.activeSheetId ?? "")) : findSheet(wb, parsed.sheet);
          sheet = named ?? fail("InvalidArgument", `No worksheet for table address "${address}".`);
          area = parsed.area;
        } else {
          ({ sheet, area } = (address as unknown as ClientObject<RangeTarget>).target());
        }
        if (scope.sheet && scope.sheet !== sheet)
          fail("InvalidArgument", `The table address "${String(address)}" is on another worksheet.`);
        return { sheet, table: addTable(wb, sheet, area, hasHeaders) };
      },
      (resolve) => new MemoryTable(this.ctx, this.alive(resolve)),
    ) as unknown as Excel.Table;
  }

  private find(scope: TablesScope, key: string): TableTarget | null {
    const found = findTable(this.ctx.host.data, key);
    return found && (!scope.sheet || found.sheet === scope.sheet) ? found : null;
  }

  getItem(key: string): Excel.Table {
    return this.bind(
      "getItem",
      [key],
      (scope) => this.find(scope, key) ?? fail("ItemNotFound", `The requested resource doesn't exist: table "${key}".`),
      (resolve) => new MemoryTable(this.ctx, this.alive(resolve)),
    ) as unknown as Excel.Table;
  }

  getItemOrNullObject(key: string): Excel.Table {
    return this.bind(
      "getItemOrNullObject",
      [key],
      (scope) => this.find(scope, key),
      (resolve, nullable) => new MemoryTable(this.ctx, this.alive(resolve), nullable),
      true,
    ) as unknown as Excel.Table;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.countResult().asOffice();
  }

  load(arg?: LoadArgument): Excel.TableCollection {
    this.loadCollection(arg);
    return this as unknown as Excel.TableCollection;
  }
}
