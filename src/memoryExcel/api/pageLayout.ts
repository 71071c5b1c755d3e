/**
 * Worksheet.pageLayout and Worksheet.horizontalPageBreaks (ExcelApi 1.9): paper, orientation,
 * margins (points), centring, zoom, the footer and header of all pages, print titles and area, and
 * manual page breaks. `zoom` is one object, replaced whole when assigned (as the Office.js reference
 * describes it: a PageLayoutZoomOptions value). office-js#1860: Excel on Windows may not keep a
 * fit-to-pages zoom unless the Page Layout tab has been shown; `zoomFitIgnored` (a workbook option)
 * plays that host, so the add-in's read-back can be tested.
 */
import { parseAddress } from "../data/address";
import type { Area } from "../data/area";
import type { PageLayoutData, SheetData } from "../data/model";
import { fail } from "../errors";
import type { MemoryRequestContext } from "../requestContext";
import { ClientObject, type LoadArgument } from "./clientObject";
import { ClientResult } from "./clientResult";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";

const PAPER = ["A3", "A4", "A5", "Letter", "Legal", "Executive", "B4", "B5", "Tabloid"];
const ORIENTATION = ["Portrait", "Landscape"];

function areaOf(sheet: SheetData, range: Excel.Range | string): Area {
  if (typeof range === "string") {
    const parsed = parseAddress(range);
    if (parsed.sheet && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
      fail("InvalidArgument", `${range} is not on ${sheet.name}.`);
    return parsed.area;
  }
  return (range as unknown as ClientObject<RangeTarget>).target().area;
}

/** One value of the page layout: read from the sheet, checked and stored when written. */
function field<K extends keyof PageLayoutData>(key: K, check: (v: unknown) => PageLayoutData[K]) {
  return { read: (s: SheetData) => s.pageLayout[key], write: (s: SheetData, v: unknown) => (s.pageLayout[key] = check(v)) };
}

const oneOf = (values: string[]) => (v: unknown) =>
  typeof v === "string" && values.includes(v) ? v : fail("InvalidArgument", `Expected one of ${values.join(", ")}, got ${String(v)}.`);
const bool = (v: unknown) => (typeof v === "boolean" ? v : fail("InvalidArgument", `Expected true or false, got ${String(v)}.`));
const points = (v: unknown) =>
  typeof v === "number" && v >= 0 && v < 1000 ? v : fail("InvalidArgument", `A margin is a number of points, got ${String(v)}.`);

type Margin = "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";
const MARGINS: Record<Margin, keyof PageLayoutData["margins"]> = {
  leftMargin: "left",
  rightMargin: "right",
  topMargin: "top",
  bottomMargin: "bottom",
  headerMargin: "header",
  footerMargin: "footer",
};

type PageLayoutMembers =
  | "orientation"
  | "paperSize"
  | "centerHorizontally"
  | "centerVertically"
  | Margin
  | "zoom"
  | "headersFooters"
  | "setPrintTitleRows"
  | "setPrintArea"
  | "getPrintTitleRowsOrNullObject"
  | "load";

export class MemoryPageLayout extends ClientObject<SheetData> implements Pick<Excel.PageLayout, PageLayoutMembers> {
  protected readonly typeName = "PageLayout";
  private readonly children = { headersFooters: new MemoryHeaderFooterGroup(this.ctx, () => this.tryTarget()) };
  private readonly fields = {
    orientation: field("orientation", oneOf(ORIENTATION)),
    paperSize: field("paperSize", oneOf(PAPER)),
    centerHorizontally: field("centerHorizontally", bool),
    centerVertically: field("centerVertically", bool),
  };

  protected scalarProperties() {
    const margins = Object.fromEntries(
      Object.entries(MARGINS).map(([name, key]) => [name, (s: SheetData) => s.pageLayout.margins[key]]),
    ) as Record<Margin, (s: SheetData) => number>;
    return {
      ...Object.fromEntries(Object.entries(this.fields).map(([k, f]) => [k, f.read])),
      ...margins,
      zoom: (s: SheetData) => s.pageLayout.zoom,
    };
  }

  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return this.children as unknown as Record<string, ClientObject<unknown>>;
  }

  private write(name: keyof MemoryPageLayout["fields"], value: unknown) {
    this.set(name, value, (s, v) => this.fields[name].write(s, v));
  }

  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    return this.get("orientation");
  }
  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.write("orientation", v);
  }
  get paperSize(): Excel.PaperType | "A4" | "Letter" {
    return this.get("paperSize");
  }
  set paperSize(v: Excel.PaperType | "A4" | "Letter") {
    this.write("paperSize", v);
  }
  get centerHorizontally(): boolean {
    return this.get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.write("centerHorizontally", v);
  }
  get centerVertically(): boolean {
    return this.get("centerVertically");
  }
  set centerVertically(v: boolean) {
    this.write("centerVertically", v);
  }

  private margin(name: Margin, value: number) {
    this.set(name, value, (s, v) => (s.pageLayout.margins[MARGINS[name]] = points(v)));
  }
  get leftMargin(): number {
    return this.get("leftMargin");
  }
  set leftMargin(v: number) {
    this.margin("leftMargin", v);
  }
  get rightMargin(): number {
    return this.get("rightMargin");
  }
  set rightMargin(v: number) {
    this.margin("rightMargin", v);
  }
  get topMargin(): number {
    return this.get("topMargin");
  }
  set topMargin(v: number) {
    this.margin("topMargin", v);
  }
  get bottomMargin(): number {
    return this.get("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.margin("bottomMargin", v);
  }
  get headerMargin(): number {
    return this.get("headerMargin");
  }
  set headerMargin(v: number) {
    this.margin("headerMargin", v);
  }
  get footerMargin(): number {
    return this.get("footerMargin");
  }
  set footerMargin(v: number) {
    this.margin("footerMargin", v);
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set("zoom", v, (s, value) => {
      const z = value as Excel.PageLayoutZoomOptions;
      if (typeof z !== "object" || z === null) fail("InvalidArgument", "zoom takes a PageLayoutZoomOptions object.");
      if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) fail("InvalidArgument", "A print scale is between 10 and 400.");
      const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
      if (fit && this.ctx.host.zoomFitIgnored) return; // office-js#1860
      s.pageLayout.zoom = { ...z };
    });
  }

  get headersFooters(): Excel.HeaderFooterGroup {
    return this.children.headersFooters as unknown as Excel.HeaderFooterGroup;
  }

  /** Whole rows ("$3:$3"): the rows repeated at the top of every printed page. */
  setPrintTitleRows(range: Excel.Range | string): void {
    this.call("setPrintTitleRows", [typeof range === "string" ? range : "(range)"], (s) => {
      const area = areaOf(s, range);
      if (area.left !== 0 || area.right < 16383) fail("InvalidArgument", "Print title rows must be whole rows, such as $3:$3.");
      s.pageLayout.printTitleRows = area;
    });
  }

  setPrintArea(range: Excel.Range | Excel.RangeAreas | string): void {
    this.call("setPrintArea", [typeof range === "string" ? range : "(range)"], (s) => {
      s.pageLayout.printArea = areaOf(s, range as Excel.Range | string);
    });
  }

  getPrintTitleRowsOrNullObject(): Excel.Range {
    return this.bindRange("getPrintTitleRowsOrNullObject", (s) => s.pageLayout.printTitleRows);
  }

  getPrintAreaOrNullObject(): Excel.RangeAreas {
    return this.bindRange("getPrintAreaOrNullObject", (s) => s.pageLayout.printArea) as unknown as Excel.RangeAreas;
  }

  private bindRange(member: string, area: (s: SheetData) => Area | null): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      member,
      [],
      (s): RangeTarget | null => {
        const a = area(s);
        return a ? { sheet: s, area: { ...a } } : null;
      },
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
      true,
    ) as unknown as Excel.Range;
  }

  load(arg?: LoadArgument): Excel.PageLayout {
    this.loadThis(arg);
    return this as unknown as Excel.PageLayout;
  }
}

const FOOTERS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
type FooterPart = (typeof FOOTERS)[number];

/** headersFooters.defaultForAllPages: the header and footer texts, with Excel's codes (&P, &N, …). */
export class MemoryHeaderFooter extends ClientObject<SheetData> implements Pick<Excel.HeaderFooter, FooterPart | "load"> {
  protected readonly typeName = "HeaderFooter";

  protected scalarProperties() {
    return Object.fromEntries(FOOTERS.map((p) => [p, (s: SheetData) => s.pageLayout.headerFooter[p] ?? ""]));
  }

  private write(part: FooterPart, value: string) {
    this.set(part, value, (s, v) => {
      if (typeof v !== "string" || v.length > 255) fail("InvalidArgument", "A header or footer is text of at most 255 characters.");
      s.pageLayout.headerFooter[part] = v;
    });
  }
  get leftHeader(): string {
    return this.get("leftHeader");
  }
  set leftHeader(v: string) {
    this.write("leftHeader", v);
  }
  get centerHeader(): string {
    return this.get("centerHeader");
  }
  set centerHeader(v: string) {
    this.write("centerHeader", v);
  }
  get rightHeader(): string {
    return this.get("rightHeader");
  }
  set rightHeader(v: string) {
    this.write("rightHeader", v);
  }
  get leftFooter(): string {
    return this.get("leftFooter");
  }
  set leftFooter(v: string) {
    this.write("leftFooter", v);
  }
  get centerFooter(): string {
    return this.get("centerFooter");
  }
  set centerFooter(v: string) {
    this.write("centerFooter", v);
  }
  get rightFooter(): string {
    return this.get("rightFooter");
  }
  set rightFooter(v: string) {
    this.write("rightFooter", v);
  }

  load(arg?: LoadArgument): Excel.HeaderFooter {
    this.loadThis(arg);
    return this as unknown as Excel.HeaderFooter;
  }
}

export class MemoryHeaderFooterGroup extends ClientObject<SheetData> implements Pick<Excel.HeaderFooterGroup, "defaultForAllPages"> {
  protected readonly typeName = "HeaderFooterGroup";
  private readonly children = { defaultForAllPages: new MemoryHeaderFooter(this.ctx, () => this.tryTarget()) };

  protected scalarProperties() {
    return {};
  }
  protected override navigationProperties(): Record<string, ClientObject<unknown>> {
    return this.children as unknown as Record<string, ClientObject<unknown>>;
  }
  get defaultForAllPages(): Excel.HeaderFooter {
    return this.children.defaultForAllPages as unknown as Excel.HeaderFooter;
  }
}

/** Worksheet.horizontalPageBreaks: add (a break before the range's top row), removePageBreaks, getCount. */
export class MemoryPageBreakCollection
  extends ClientObject<SheetData>
  implements Pick<Excel.PageBreakCollection, "add" | "removePageBreaks" | "getCount">
{
  protected readonly typeName = "PageBreakCollection";

  constructor(ctx: MemoryRequestContext, resolve: () => SheetData | null) {
    super(ctx, resolve);
  }

  protected scalarProperties() {
    return {};
  }

  add(pageBreakRange: Excel.Range | string): Excel.PageBreak {
    this.call("add", [typeof pageBreakRange === "string" ? pageBreakRange : "(range)"], (s) => {
      const row = areaOf(s, pageBreakRange).top;
      if (row === 0) fail("InvalidArgument", "A page break cannot come before the first row.");
      if (!s.pageLayout.rowBreaks.includes(row)) s.pageLayout.rowBreaks = [...s.pageLayout.rowBreaks, row].sort((a, b) => a - b);
    });
    return undefined as unknown as Excel.PageBreak; // the PageBreak object is not modelled
  }

  removePageBreaks(): void {
    this.call("removePageBreaks", [], (s) => {
      s.pageLayout.rowBreaks = [];
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResult<number>();
    this.call("getCount", [], (s) => {
      const n = s.pageLayout.rowBreaks.length;
      return { response: { value: n }, commit: () => result.resolve(n) };
    });
    return result.asOffice();
  }
}
