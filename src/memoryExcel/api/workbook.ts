/** context.workbook: worksheets, names, settings, tables, the selection. */
import { findSheet } from "../data/sheets";
import type { WorkbookData } from "../data/model";
import { fail } from "../errors";
import type { MemoryRequestContext } from "../requestContext";
import { ClientObject, type LoadArgument } from "./clientObject";
import { MemoryNamedItemCollection } from "./names";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";
import { MemorySettingCollection } from "./settings";
import { MemoryTableCollection } from "./tables";
import { MemoryWorksheetCollection } from "./worksheetCollection";

export class MemoryWorkbookProxy
  extends ClientObject<WorkbookData>
  implements Pick<Excel.Workbook, "worksheets" | "names" | "settings" | "tables" | "getSelectedRange" | "getActiveCell" | "load">
{
  protected readonly typeName = "Workbook";
  private readonly children: {
    worksheets: MemoryWorksheetCollection;
    names: MemoryNamedItemCollection;
    settings: MemorySettingCollection;
    tables: MemoryTableCollection;
  };

  constructor(ctx: MemoryRequestContext) {
    super(ctx, () => ctx.host.data);
    const self = () => this.tryTarget();
    this.children = {
      worksheets: new MemoryWorksheetCollection(ctx, self),
      names: new MemoryNamedItemCollection(ctx, self),
      settings: new MemorySettingCollection(ctx, self),
      tables: new MemoryTableCollection(ctx, () => ({ sheet: null })),
    };
  }

  protected scalarProperties() {
    return {};
  }

  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return this.children as unknown as Record<string, ClientObject<unknown>>;
  }

  get worksheets(): Excel.WorksheetCollection {
    return this.children.worksheets as unknown as Excel.WorksheetCollection;
  }
  get names(): Excel.NamedItemCollection {
    return this.children.names as unknown as Excel.NamedItemCollection;
  }
  get settings(): Excel.SettingCollection {
    return this.children.settings as unknown as Excel.SettingCollection;
  }
  get tables(): Excel.TableCollection {
    return this.children.tables as unknown as Excel.TableCollection;
  }

  private selected(member: string, cellOnly: boolean): Excel.Range {
    return this.bind(
      member,
      [],
      (wb): RangeTarget => {
        const sheet =
          findSheet(wb, wb.selection?.sheetId ?? wb.activeSheetId ?? "") ?? fail("ItemNotFound", "There is no active worksheet.");
        const area = wb.selection?.sheetId === sheet.id ? wb.selection.area : { top: 0, left: 0, bottom: 0, right: 0 };
        return { sheet, area: cellOnly ? { top: area.top, left: area.left, bottom: area.top, right: area.left } : area };
      },
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(this.ctx.host.data, resolve), nullable),
    ) as unknown as Excel.Range;
  }

  /** The selected range (A1 of the active sheet when nothing was selected). */
  getSelectedRange(): Excel.Range {
    return this.selected("getSelectedRange", false);
  }

  getActiveCell(): Excel.Range {
    return this.selected("getActiveCell", true);
  }

  load(arg?: LoadArgument): Excel.Workbook {
    this.loadThis(arg);
    return this as unknown as Excel.Workbook;
  }
}
