/** Range.format and its fill, font and protection: cell formats, column widths, row heights, autofit. */
import { fittedColumnWidth, fittedRowHeight } from "../data/autofit";
import { setFormat } from "../data/cells";
import { normalizeColor } from "../data/colors";
import { uniformFormat, uniformSize } from "../data/formatQuery";
import { type CellFormat, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT } from "../data/model";
import { assertEditable, type EditKind } from "../data/protection";
import { fail } from "../errors";
import { MemoryRangeBorderCollection } from "./borders";
import { ClientObject, type LoadArgument } from "./clientObject";
import type { RangeTarget } from "./rangeTarget";

function bool(v: unknown): boolean {
  return typeof v === "boolean" ? v : fail("InvalidArgument", `Expected true or false, got ${String(v)}.`);
}

function number(min: number, max: number): (v: unknown) => number {
  return (v) =>
    typeof v === "number" && v >= min && v <= max
      ? v
      : fail("InvalidArgument", `Expected a number from ${min} to ${max}, got ${String(v)}.`);
}

/** A font name: Excel keeps at most 31 characters (DESIGN.md §8; the error code is unconfirmed). */
function text(v: unknown): string {
  return typeof v === "string" && v !== "" && v.length <= 31
    ? v
    : fail("InvalidArgument", `Expected a font name of 1 to 31 characters, got ${String(v)}.`);
}

function oneOf(values: string[]): (v: unknown) => string {
  return (v) =>
    typeof v === "string" && values.includes(v) ? v : fail("InvalidArgument", `Expected one of ${values.join(", ")}, got ${String(v)}.`);
}

/** A setter that applies one cell-format property to the whole range. */
function formatWriter<K extends keyof CellFormat>(key: K, check: (v: unknown) => CellFormat[K], kind: EditKind = "formatCells") {
  return (t: RangeTarget, v: unknown) => {
    const value = check(v);
    assertEditable(t.sheet, t.area, kind);
    setFormat(t.sheet, t.area, { [key]: value } as CellFormat);
  };
}

function formatReader<V>(pick: (f: CellFormat) => V | undefined, fallback: V) {
  return (t: RangeTarget) => uniformFormat(t.sheet, t.area, pick, fallback);
}

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class MemoryRangeFill extends ClientObject<RangeTarget> implements Pick<Excel.RangeFill, "color" | "clear" | "load"> {
  protected readonly typeName = "RangeFill";

  protected scalarProperties() {
    return { color: formatReader((f) => f.fill, "#FFFFFF") };
  }

  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, formatWriter("fill", normalizeColor));
  }

  clear(): void {
    this.call("clear", [], (t) => {
      assertEditable(t.sheet, t.area, "formatCells");
      setFormat(t.sheet, t.area, { fill: undefined });
    });
  }

  load(arg?: LoadArgument): Excel.RangeFill {
    this.loadThis(arg);
    return this as unknown as Excel.RangeFill;
  }
}

export class MemoryRangeFont
  extends ClientObject<RangeTarget>
  implements Pick<Excel.RangeFont, "bold" | "italic" | "color" | "name" | "size" | "load">
{
  protected readonly typeName = "RangeFont";

  protected scalarProperties() {
    return {
      bold: formatReader((f) => f.bold, false),
      italic: formatReader((f) => f.italic, false),
      color: formatReader((f) => f.fontColor, DEFAULT_FONT.color),
      name: formatReader((f) => f.fontName, DEFAULT_FONT.name),
      size: formatReader((f) => f.fontSize, DEFAULT_FONT.size),
    };
  }

  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, formatWriter("bold", bool));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value, formatWriter("italic", bool));
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, formatWriter("fontColor", normalizeColor));
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, formatWriter("fontName", text));
  }
  get size(): number {
    return this.get("size");
  }
  set size(value: number) {
    this.set("size", value, formatWriter("fontSize", number(1, 409)));
  }

  load(arg?: LoadArgument): Excel.RangeFont {
    this.loadThis(arg);
    return this as unknown as Excel.RangeFont;
  }
}

export class MemoryFormatProtection extends ClientObject<RangeTarget> implements Pick<Excel.FormatProtection, "locked" | "load"> {
  protected readonly typeName = "FormatProtection";

  protected scalarProperties() {
    return { locked: formatReader((f) => f.locked, true) };
  }

  get locked(): boolean {
    return this.get("locked");
  }
  set locked(value: boolean) {
    this.set("locked", value, formatWriter("locked", bool, "structure"));
  }

  load(arg?: LoadArgument): Excel.FormatProtection {
    this.loadThis(arg);
    return this as unknown as Excel.FormatProtection;
  }
}

type FormatMembers =
  | "fill"
  | "font"
  | "protection"
  | "wrapText"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "columnWidth"
  | "rowHeight"
  | "autofitRows"
  | "autofitColumns"
  | "borders"
  | "load";

export class MemoryRangeFormat extends ClientObject<RangeTarget> implements Pick<Excel.RangeFormat, FormatMembers> {
  protected readonly typeName = "RangeFormat";
  private readonly children = {
    fill: new MemoryRangeFill(this.ctx, () => this.tryTarget()),
    font: new MemoryRangeFont(this.ctx, () => this.tryTarget()),
    protection: new MemoryFormatProtection(this.ctx, () => this.tryTarget()),
    borders: new MemoryRangeBorderCollection(this.ctx, () => this.tryTarget()),
  };

  protected scalarProperties() {
    return {
      wrapText: formatReader((f) => f.wrapText, false),
      horizontalAlignment: formatReader((f) => f.horizontalAlignment, "General"),
      verticalAlignment: formatReader((f) => f.verticalAlignment, "Bottom"),
      columnWidth: (t: RangeTarget) => uniformSize(t.sheet.columnWidths, t.area.left, t.area.right, DEFAULT_COLUMN_WIDTH),
      rowHeight: (t: RangeTarget) => uniformSize(t.sheet.rowHeights, t.area.top, t.area.bottom, DEFAULT_ROW_HEIGHT),
    };
  }

  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return this.children as unknown as Record<string, ClientObject<unknown>>;
  }

  get fill(): Excel.RangeFill {
    return this.children.fill as unknown as Excel.RangeFill;
  }
  get font(): Excel.RangeFont {
    return this.children.font as unknown as Excel.RangeFont;
  }
  get protection(): Excel.FormatProtection {
    return this.children.protection as unknown as Excel.FormatProtection;
  }
  get borders(): Excel.RangeBorderCollection {
    return this.children.borders as unknown as Excel.RangeBorderCollection;
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, formatWriter("wrapText", bool));
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.set("horizontalAlignment", value, formatWriter("horizontalAlignment", oneOf(HORIZONTAL)));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.set("verticalAlignment", value, formatWriter("verticalAlignment", oneOf(VERTICAL)));
  }

  /** Points, as Office.js (the default column is 48 pt wide). */
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(value: number) {
    this.set("columnWidth", value, (t, v) => {
      const width = number(0, 1789)(v);
      assertEditable(t.sheet, t.area, "formatColumns");
      for (let c = t.area.left; c <= t.area.right; c++) t.sheet.columnWidths[c] = width;
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(value: number) {
    this.set("rowHeight", value, (t, v) => {
      const height = number(0, 409)(v);
      assertEditable(t.sheet, t.area, "formatRows");
      for (let r = t.area.top; r <= t.area.bottom; r++) t.sheet.rowHeights[r] = height;
    });
  }

  autofitRows(): void {
    this.call("autofitRows", [], (t) => {
      assertEditable(t.sheet, t.area, "formatRows");
      for (let r = t.area.top; r <= Math.min(t.area.bottom, t.sheet.values.length - 1); r++) {
        const height = fittedRowHeight(t.sheet, r);
        if (height === DEFAULT_ROW_HEIGHT) delete t.sheet.rowHeights[r];
        else t.sheet.rowHeights[r] = height;
      }
    });
  }

  autofitColumns(): void {
    this.call("autofitColumns", [], (t) => {
      assertEditable(t.sheet, t.area, "formatColumns");
      for (let c = t.area.left; c <= t.area.right; c++) {
        const width = fittedColumnWidth(t.sheet, c, t.area.top, t.area.bottom);
        if (width !== undefined) t.sheet.columnWidths[c] = width;
      }
    });
  }

  load(arg?: LoadArgument): Excel.RangeFormat {
    this.loadThis(arg);
    return this as unknown as Excel.RangeFormat;
  }
}
