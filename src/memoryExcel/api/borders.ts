/**
 * Range.format.borders (ExcelApi 1.1): getItem(edge) and its style. An edge of a range is the edge
 * of its cells on that side; InsideHorizontal / InsideVertical are the lines between its cells.
 * Only `style` is kept ("Continuous", "Dash", …, "None"); weight and color are accepted and not kept.
 */
import type { Area } from "../data/area";
import { cellKey } from "../data/cells";
import { assertEditable } from "../data/protection";
import { fail } from "../errors";
import type { MemoryRequestContext } from "../requestContext";
import { ClientObject, type LoadArgument } from "./clientObject";
import type { RangeTarget } from "./rangeTarget";

type Side = "top" | "bottom" | "left" | "right";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];

/** The cell sides one edge of an area stands for (an inside line is the side of the cells on both of its sides). */
function sidesOf(area: Area, edge: string): { r: number; c: number; side: Side }[] {
  const out: { r: number; c: number; side: Side }[] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) {
      if (edge === "EdgeTop" && r === area.top) out.push({ r, c, side: "top" });
      if (edge === "EdgeBottom" && r === area.bottom) out.push({ r, c, side: "bottom" });
      if (edge === "EdgeLeft" && c === area.left) out.push({ r, c, side: "left" });
      if (edge === "EdgeRight" && c === area.right) out.push({ r, c, side: "right" });
      if (edge === "InsideHorizontal" && r < area.bottom) out.push({ r, c, side: "bottom" }, { r: r + 1, c, side: "top" });
      if (edge === "InsideVertical" && c < area.right) out.push({ r, c, side: "right" }, { r, c: c + 1, side: "left" });
    }
  return out;
}

export class MemoryRangeBorder extends ClientObject<RangeTarget> implements Pick<Excel.RangeBorder, "style" | "weight" | "color" | "load"> {
  protected readonly typeName = "RangeBorder";

  constructor(
    ctx: MemoryRequestContext,
    resolve: () => RangeTarget | null,
    private readonly edge: string,
  ) {
    super(ctx, resolve);
  }

  protected scalarProperties() {
    return {
      // "None" unless every cell has the same style on that side (Excel gives null for a mixed range; unconfirmed).
      style: (t: RangeTarget) => {
        const styles = new Set(
          sidesOf(t.area, this.edge).map(({ r, c, side }) => t.sheet.formats[cellKey(r, c)]?.borders?.[side] ?? "None"),
        );
        return styles.size === 1 ? [...styles][0] : null;
      },
      weight: () => "Thin",
      color: () => "#000000",
    };
  }

  get style(): Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot" {
    return this.get("style");
  }
  set style(value: Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot") {
    this.set("style", value, (t, v) => {
      if (!STYLES.includes(String(v))) fail("InvalidArgument", `Not a border style: ${String(v)}.`);
      assertEditable(t.sheet, t.area, "formatCells");
      for (const { r, c, side } of sidesOf(t.area, this.edge)) {
        const key = cellKey(r, c);
        const format = t.sheet.formats[key] ?? {};
        t.sheet.formats[key] = { ...format, borders: { ...format.borders, [side]: String(v) } };
      }
    });
  }
  get weight(): Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick" {
    return this.get("weight");
  }
  set weight(value: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick") {
    this.set("weight", value, () => undefined);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, () => undefined);
  }

  load(arg?: LoadArgument): Excel.RangeBorder {
    this.loadThis(arg);
    return this as unknown as Excel.RangeBorder;
  }
}

export class MemoryRangeBorderCollection extends ClientObject<RangeTarget> implements Pick<Excel.RangeBorderCollection, "getItem"> {
  protected readonly typeName = "RangeBorderCollection";

  protected scalarProperties() {
    return {};
  }

  getItem(index: Excel.BorderIndex | string): Excel.RangeBorder {
    if (!EDGES.includes(String(index))) fail("InvalidArgument", `Not a border index: ${String(index)}.`);
    return new MemoryRangeBorder(this.ctx, () => this.tryTarget(), String(index)) as unknown as Excel.RangeBorder;
  }
}
