/** Worksheet.freezePanes: freezeRows, freezeColumns, freezeAt, unfreeze, getLocationOrNullObject. */
import { parseAddress } from "../data/address";
import type { SheetData } from "../data/model";
import { fail } from "../errors";
import { ClientObject } from "./clientObject";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";

function count(n: unknown): number {
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : fail("InvalidArgument", `Not a row or column count: ${String(n)}.`);
}

export class MemoryWorksheetFreezePanes
  extends ClientObject<SheetData>
  implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "getLocationOrNullObject">
{
  protected readonly typeName = "WorksheetFreezePanes";

  protected scalarProperties() {
    return {};
  }

  freezeRows(rowCount = 1): void {
    this.call("freezeRows", [rowCount], (s) => {
      s.frozenRows = count(rowCount);
      s.frozenColumns = 0;
    });
  }

  freezeColumns(columnCount = 1): void {
    this.call("freezeColumns", [columnCount], (s) => {
      s.frozenColumns = count(columnCount);
      s.frozenRows = 0;
    });
  }

  /** The given range is the top-left pane that stays in place. */
  freezeAt(frozenRange: Excel.Range | string): void {
    const arg = typeof frozenRange === "string" ? frozenRange : "(range)";
    this.call("freezeAt", [arg], (s) => {
      const area =
        typeof frozenRange === "string"
          ? parseAddress(frozenRange).area
          : (frozenRange as unknown as ClientObject<RangeTarget>).target().area;
      const wholeRows = area.left === 0 && area.right >= 16383;
      const wholeColumns = area.top === 0 && area.bottom >= 1048575;
      s.frozenRows = wholeColumns ? 0 : area.bottom + 1;
      s.frozenColumns = wholeRows ? 0 : area.right + 1;
    });
  }

  unfreeze(): void {
    this.call("unfreeze", [], (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }

  /** The frozen top-left pane as a range, or a null object when nothing is frozen. */
  getLocationOrNullObject(): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      "getLocationOrNullObject",
      [],
      (s): RangeTarget | null => {
        if (!s.frozenRows && !s.frozenColumns) return null;
        const bottom = s.frozenRows ? s.frozenRows - 1 : 1048575;
        const right = s.frozenColumns ? s.frozenColumns - 1 : 16383;
        return { sheet: s, area: { top: 0, left: 0, bottom, right } };
      },
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
      true,
    ) as unknown as Excel.Range;
  }
}
