/** RangeAreas (what getMergedAreasOrNullObject returns): address, areaCount, areas.items. */
import { sheetAddress } from "../data/address";
import type { Area } from "../data/area";
import type { SheetData } from "../data/model";
import { ClientCollection } from "./clientCollection";
import { ClientObject, type LoadArgument } from "./clientObject";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";

export interface RangeAreasTarget {
  sheet: SheetData;
  areas: Area[];
}

export class MemoryRangeCollection
  extends ClientCollection<RangeAreasTarget, RangeTarget, MemoryRange>
  implements Pick<Excel.RangeCollection, "getCount">
{
  protected readonly typeName = "RangeCollection";

  protected listTargets(t: RangeAreasTarget): RangeTarget[] {
    return t.areas.map((area) => ({ sheet: t.sheet, area }));
  }

  protected makeItem(target: RangeTarget): MemoryRange {
    return new MemoryRange(
      this.ctx,
      whileAlive(this.ctx.host.data, () => target),
    );
  }

  get items(): Excel.Range[] {
    return this.loaded as unknown as Excel.Range[];
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.countResult().asOffice();
  }

  load(arg?: LoadArgument): Excel.RangeCollection {
    this.loadCollection(arg);
    return this as unknown as Excel.RangeCollection;
  }
}

export class MemoryRangeAreas
  extends ClientObject<RangeAreasTarget>
  implements Pick<Excel.RangeAreas, "address" | "areaCount" | "areas" | "load">
{
  protected readonly typeName = "RangeAreas";
  private collection?: MemoryRangeCollection;

  protected scalarProperties() {
    return {
      /** "Sheet1!A1:B4,Sheet1!D1:D4" */
      address: (t: RangeAreasTarget) => t.areas.map((a) => sheetAddress(t.sheet.name, a)).join(","),
      areaCount: (t: RangeAreasTarget) => t.areas.length,
    };
  }

  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return { areas: this.rangeCollection() } as unknown as Record<string, ClientObject<unknown>>;
  }

  private rangeCollection(): MemoryRangeCollection {
    return (this.collection ??= new MemoryRangeCollection(this.ctx, () => this.tryTarget(), true));
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get areas(): Excel.RangeCollection {
    return this.rangeCollection() as unknown as Excel.RangeCollection;
  }

  load(arg?: LoadArgument): Excel.RangeAreas {
    this.loadThis(arg);
    return this as unknown as Excel.RangeAreas;
  }
}
