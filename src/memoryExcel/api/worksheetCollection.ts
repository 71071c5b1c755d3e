/** Workbook.worksheets: getItem (ItemNotFound), getItemOrNullObject, getActiveWorksheet, add, items, onChanged. */
import type { SheetData, WorkbookData } from "../data/model";
import { addSheet, findSheet, getSheet } from "../data/sheets";
import { fail } from "../errors";
import { ClientCollection } from "./clientCollection";
import type { LoadArgument } from "./clientObject";
import { ChangedEventHandlers } from "./eventHandlers";
import { aliveSheet, MemoryWorksheet } from "./worksheet";

export class MemoryWorksheetCollection
  extends ClientCollection<WorkbookData, SheetData, MemoryWorksheet>
  implements
    Pick<Excel.WorksheetCollection, "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add" | "getCount" | "onChanged" | "load">
{
  protected readonly typeName = "WorksheetCollection";

  protected listTargets(wb: WorkbookData): SheetData[] {
    return wb.sheets;
  }

  protected makeItem(sheet: SheetData): MemoryWorksheet {
    return new MemoryWorksheet(
      this.ctx,
      aliveSheet(this.ctx.host.data, () => sheet),
    );
  }

  private sheetProxy(member: string, args: unknown[], find: (wb: WorkbookData) => SheetData | null, nullable = false): Excel.Worksheet {
    const wb = this.ctx.host.data;
    return this.bind(
      member,
      args,
      find,
      (resolve, isNullable) => new MemoryWorksheet(this.ctx, aliveSheet(wb, resolve), isNullable),
      nullable,
    ) as unknown as Excel.Worksheet;
  }

  get items(): Excel.Worksheet[] {
    return this.loaded as unknown as Excel.Worksheet[];
  }

  /** By name or id; ItemNotFound at sync when missing. */
  getItem(key: string): Excel.Worksheet {
    return this.sheetProxy("getItem", [key], (wb) => getSheet(wb, key));
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Excel.Worksheet {
    return this.sheetProxy("getItemOrNullObject", [key], (wb) => findSheet(wb, key) ?? null, true);
  }

  getActiveWorksheet(): Excel.Worksheet {
    return this.sheetProxy(
      "getActiveWorksheet",
      [],
      (wb) => findSheet(wb, wb.activeSheetId ?? "") ?? fail("ItemNotFound", "There is no active worksheet."),
    );
  }

  /** A new sheet at the end ("Sheet4" when no name is given); ItemAlreadyExists for a taken name. */
  add(name?: string): Excel.Worksheet {
    return this.sheetProxy("add", [name ?? null], (wb) => addSheet(wb, name));
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.countResult().asOffice();
  }

  /** ExcelApi 1.9. Changes on any sheet. */
  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return new ChangedEventHandlers(this.ctx, "WorksheetCollection.onChanged", () => null).asOffice();
  }

  load(arg?: LoadArgument): Excel.WorksheetCollection {
    this.loadCollection(arg);
    return this as unknown as Excel.WorksheetCollection;
  }
}
