/** Workbook.names: add(name, range or formula), getItem, getItemOrNullObject; NamedItem.getRange(). */
import { parseAddress, sheetAddress } from "../data/address";
import type { NamedItemData, WorkbookData } from "../data/model";
import { addName, deleteName, findName } from "../data/names";
import { findSheet } from "../data/sheets";
import { fail } from "../errors";
import { ClientCollection } from "./clientCollection";
import { ClientObject, type LoadArgument } from "./clientObject";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";

/** The range a "=Sheet!$A$1:$B$2" formula names, or null for a constant or a broken reference. */
export function namedRange(wb: WorkbookData, item: NamedItemData): RangeTarget | null {
  try {
    const parsed = parseAddress(item.formula.slice(1));
    const sheet = parsed.sheet === undefined ? undefined : findSheet(wb, parsed.sheet);
    return sheet ? { sheet, area: parsed.area } : null;
  } catch {
    return null;
  }
}

function constantValue(formula: string): { type: string; value: unknown } {
  const body = formula.slice(1);
  if (/^".*"$/s.test(body)) return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^-?\d+$/.test(body)) return { type: "Integer", value: Number(body) };
  if (body !== "" && !Number.isNaN(Number(body))) return { type: "Double", value: Number(body) };
  return { type: "Error", value: "#NAME?" };
}

export class MemoryNamedItem
  extends ClientObject<NamedItemData>
  implements
    Pick<
      Excel.NamedItem,
      "name" | "formula" | "comment" | "type" | "value" | "visible" | "getRange" | "getRangeOrNullObject" | "delete" | "load"
    >
{
  protected readonly typeName = "NamedItem";

  protected scalarProperties() {
    const wb = this.ctx.host.data;
    return {
      name: (n: NamedItemData) => n.name,
      formula: (n: NamedItemData) => n.formula,
      comment: (n: NamedItemData) => n.comment,
      visible: (n: NamedItemData) => n.visible,
      type: (n: NamedItemData) => (namedRange(wb, n) ? "Range" : constantValue(n.formula).type),
      value: (n: NamedItemData) => {
        const range = namedRange(wb, n);
        return range ? sheetAddress(range.sheet.name, range.area, true) : constantValue(n.formula).value;
      },
    };
  }

  get name(): string {
    return this.get("name");
  }
  get formula(): Excel.NamedItem["formula"] {
    return this.get("formula");
  }
  set formula(value: Excel.NamedItem["formula"]) {
    this.set("formula", value, (n, v) => {
      if (typeof v !== "string" || v === "") fail("InvalidArgument", "A name needs a formula.");
      n.formula = v.startsWith("=") ? v : `=${v}`;
    });
  }
  get comment(): string {
    return this.get("comment");
  }
  set comment(value: string) {
    this.set("comment", value, (n, v) => {
      n.comment = String(v);
    });
  }
  get type(): Excel.NamedItem["type"] {
    return this.get("type");
  }
  get value(): Excel.NamedItem["value"] {
    return this.get("value");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, (n, v) => {
      n.visible = !!v;
    });
  }

  private range(member: string, nullable: boolean): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      member,
      [],
      (n) => namedRange(wb, n) ?? (nullable ? null : fail("InvalidArgument", `The name "${n.name}" does not refer to a range.`)),
      (resolve, isNullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), isNullable),
      nullable,
    ) as unknown as Excel.Range;
  }

  getRange(): Excel.Range {
    return this.range("getRange", false);
  }
  getRangeOrNullObject(): Excel.Range {
    return this.range("getRangeOrNullObject", true);
  }

  delete(): void {
    this.call("delete", [], (n) => deleteName(this.ctx.host.data, n));
  }

  load(arg?: LoadArgument): Excel.NamedItem {
    this.loadThis(arg);
    return this as unknown as Excel.NamedItem;
  }
}

export class MemoryNamedItemCollection
  extends ClientCollection<WorkbookData, NamedItemData, MemoryNamedItem>
  implements Pick<Excel.NamedItemCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount" | "load">
{
  protected readonly typeName = "NamedItemCollection";

  protected listTargets(wb: WorkbookData): NamedItemData[] {
    return wb.names;
  }

  private alive(resolve: () => NamedItemData | null): () => NamedItemData | null {
    return () => {
      const n = resolve();
      return n && this.ctx.host.data.names.includes(n) ? n : null;
    };
  }

  protected makeItem(target: NamedItemData): MemoryNamedItem {
    return new MemoryNamedItem(
      this.ctx,
      this.alive(() => target),
    );
  }

  get items(): Excel.NamedItem[] {
    return this.loaded as unknown as Excel.NamedItem[];
  }

  /** reference: a Range (named by its absolute address) or a formula such as "=單位!$A$2:$A$20". */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    return this.bind(
      "add",
      [name, typeof reference === "string" ? reference : "(range)", comment ?? ""],
      (wb) => {
        let formula: string;
        if (typeof reference === "string") formula = reference;
        else {
          const t = (reference as unknown as ClientObject<RangeTarget>).target();
          formula = `=${sheetAddress(t.sheet.name, t.area, true)}`;
        }
        return addName(wb, name, formula, comment);
      },
      (resolve) => new MemoryNamedItem(this.ctx, this.alive(resolve)),
    ) as unknown as Excel.NamedItem;
  }

  getItem(name: string): Excel.NamedItem {
    return this.bind(
      "getItem",
      [name],
      (wb) => findName(wb, name) ?? fail("ItemNotFound", `The requested resource doesn't exist: name "${name}".`),
      (resolve) => new MemoryNamedItem(this.ctx, this.alive(resolve)),
    ) as unknown as Excel.NamedItem;
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    return this.bind(
      "getItemOrNullObject",
      [name],
      (wb) => findName(wb, name) ?? null,
      (resolve, nullable) => new MemoryNamedItem(this.ctx, this.alive(resolve), nullable),
      true,
    ) as unknown as Excel.NamedItem;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.countResult().asOffice();
  }

  load(arg?: LoadArgument): Excel.NamedItemCollection {
    this.loadCollection(arg);
    return this as unknown as Excel.NamedItemCollection;
  }
}
