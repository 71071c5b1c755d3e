/**
 * Range.conditionalFormats, minimal: add(type) (a custom rule's formula and its fill/font),
 * clearAll(), getCount(), items with type; each format's custom / customOrNullObject (a null object
 * for other types), getRange() and delete().
 */
import { type Area, intersects } from "../data/area";
import { normalizeColor } from "../data/colors";
import type { CellFormat, ConditionalFormatData, SheetData } from "../data/model";
import { assertEditable } from "../data/protection";
import { fail } from "../errors";
import { ClientCollection } from "./clientCollection";
import { ClientObject, type LoadArgument } from "./clientObject";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";

interface FormatTarget {
  sheet: SheetData;
  format: ConditionalFormatData;
}

function aliveFormat(resolve: () => FormatTarget | null): () => FormatTarget | null {
  return () => {
    const t = resolve();
    return t && t.sheet.conditionalFormats.includes(t.format) ? t : null;
  };
}

/** ConditionalRangeFill / ConditionalRangeFont: the format a custom rule applies. */
class MemoryConditionalFormatPart extends ClientObject<FormatTarget> {
  constructor(
    ctx: ConstructorParameters<typeof ClientObject>[0],
    resolve: () => FormatTarget | null,
    protected readonly typeName: string,
    private readonly keys: Record<string, keyof CellFormat>,
  ) {
    super(ctx, resolve);
  }

  protected scalarProperties() {
    return Object.fromEntries(Object.entries(this.keys).map(([prop, key]) => [prop, (t: FormatTarget) => t.format.format[key] ?? null]));
  }

  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (t, v) => {
      t.format.format = { ...t.format.format, [this.keys.color]: normalizeColor(v) };
    });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (t, v) => {
      t.format.format = { ...t.format.format, bold: v };
    });
  }

  load(arg?: LoadArgument): this {
    this.loadThis(arg);
    return this;
  }
}

class MemoryConditionalRangeFormat extends ClientObject<FormatTarget> {
  protected readonly typeName = "ConditionalRangeFormat";
  readonly fill = new MemoryConditionalFormatPart(this.ctx, () => this.tryTarget(), "ConditionalRangeFill", { color: "fill" });
  readonly font = new MemoryConditionalFormatPart(this.ctx, () => this.tryTarget(), "ConditionalRangeFont", {
    color: "fontColor",
    bold: "bold",
  });

  protected scalarProperties() {
    return {};
  }
  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return { fill: this.fill, font: this.font } as unknown as Record<string, ClientObject<unknown>>;
  }
}

class MemoryConditionalFormatRule extends ClientObject<FormatTarget> {
  protected readonly typeName = "ConditionalFormatRule";

  protected scalarProperties() {
    return { formula: (t: FormatTarget) => t.format.formula ?? null };
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.set("formula", value, (t, v) => {
      if (typeof v !== "string" || v === "") fail("InvalidArgument", "A conditional format rule needs a formula.");
      t.format.formula = v;
    });
  }
}

class MemoryCustomConditionalFormat extends ClientObject<FormatTarget> {
  protected readonly typeName = "CustomConditionalFormat";
  readonly rule = new MemoryConditionalFormatRule(this.ctx, () => this.tryTarget());
  readonly format = new MemoryConditionalRangeFormat(this.ctx, () => this.tryTarget());

  protected scalarProperties() {
    return {};
  }
  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return { rule: this.rule, format: this.format } as unknown as Record<string, ClientObject<unknown>>;
  }
}

/** customOrNullObject's target: the format when it is a custom rule. */
const customOnly = (t: FormatTarget | null) => (t && t.format.type === "Custom" ? t : null);

/**
 * custom's target: reading `custom` of another type of rule fails (office-js#2180: loading
 * "items/custom/rule/formula" with a colorScale rule present: "This operation is not permitted for
 * the current object.").
 */
const customStrict = (t: FormatTarget | null) =>
  t && t.format.type !== "Custom" ? fail("InvalidOperation", "This operation is not permitted for the current object.") : t;

export class MemoryConditionalFormat
  extends ClientObject<FormatTarget>
  implements Pick<Excel.ConditionalFormat, "type" | "id" | "custom" | "customOrNullObject" | "getRange" | "delete">
{
  protected readonly typeName = "ConditionalFormat";
  private readonly customFormat = new MemoryCustomConditionalFormat(this.ctx, () => customStrict(this.tryTarget()));
  private readonly customOrNull = new MemoryCustomConditionalFormat(this.ctx, () => customOnly(this.tryTarget()), true);

  protected scalarProperties() {
    return { type: (t: FormatTarget) => t.format.type, id: (t: FormatTarget) => t.format.id };
  }
  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return { custom: this.customFormat, customOrNullObject: this.customOrNull } as unknown as Record<string, ClientObject<unknown>>;
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.get("type");
  }
  get id(): string {
    return this.get("id");
  }
  get custom(): Excel.CustomConditionalFormat {
    return this.customFormat as unknown as Excel.CustomConditionalFormat;
  }
  get customOrNullObject(): Excel.CustomConditionalFormat {
    return this.customOrNull as unknown as Excel.CustomConditionalFormat;
  }

  getRange(): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      "getRange",
      [],
      (t): RangeTarget => ({ sheet: t.sheet, area: t.format.area }),
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
    ) as unknown as Excel.Range;
  }

  delete(): void {
    this.call("delete", [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.format);
    });
  }

  load(arg?: LoadArgument): Excel.ConditionalFormat {
    this.loadThis(arg);
    return this as unknown as Excel.ConditionalFormat;
  }

  /** An unreadable rule (ConditionalFormatData.unreadable) fails every load beyond its type and id. */
  override loadNow(paths: string[]): { response: unknown; commit: () => void } {
    const t = this.tryTarget();
    if (t?.format.unreadable && (paths.length === 0 || paths.some((p) => p !== "type" && p !== "id"))) {
      fail("GeneralException", "There was an internal error while processing the request.");
    }
    return super.loadNow(paths);
  }
}

export class MemoryConditionalFormatCollection
  extends ClientCollection<RangeTarget, FormatTarget, MemoryConditionalFormat>
  implements Pick<Excel.ConditionalFormatCollection, "add" | "clearAll" | "getCount">
{
  protected readonly typeName = "ConditionalFormatCollection";

  protected listTargets(t: RangeTarget): FormatTarget[] {
    return t.sheet.conditionalFormats.filter((f) => intersects(f.area, t.area)).map((format) => ({ sheet: t.sheet, format }));
  }

  protected makeItem(target: FormatTarget): MemoryConditionalFormat {
    return new MemoryConditionalFormat(
      this.ctx,
      aliveFormat(() => target),
    );
  }

  get items(): Excel.ConditionalFormat[] {
    return this.loaded as unknown as Excel.ConditionalFormat[];
  }

  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    return this.bind(
      "add",
      [type],
      (t): FormatTarget => {
        assertEditable(t.sheet, t.area, "formatCells");
        const area: Area = { ...t.area };
        const format: ConditionalFormatData = { id: String(this.ctx.host.data.nextId++), area, type: String(type), format: {} };
        // As in Excel, a new rule goes first (top priority).
        t.sheet.conditionalFormats.unshift(format);
        return { sheet: t.sheet, format };
      },
      (resolve) => new MemoryConditionalFormat(this.ctx, aliveFormat(resolve)),
    ) as unknown as Excel.ConditionalFormat;
  }

  clearAll(): void {
    this.call("clearAll", [], (t) => {
      assertEditable(t.sheet, t.area, "formatCells");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => !intersects(f.area, t.area));
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.countResult().asOffice();
  }

  load(arg?: LoadArgument): Excel.ConditionalFormatCollection {
    this.loadCollection(arg);
    return this as unknown as Excel.ConditionalFormatCollection;
  }
}
