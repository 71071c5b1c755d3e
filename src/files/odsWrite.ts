/**
 * SheetSpecs → an OpenDocument spreadsheet (.ods, ODF 1.2 as ODF-CNS15251 asks), written by hand as
 * LibreOffice writes the same features: no npm library writes a styled .ods. The package is
 * `mimetype` first and stored (so the type is read at a fixed offset), then meta.xml, styles.xml,
 * content.xml and META-INF/manifest.xml listing them, zipped with fflate: no Node module here, the
 * pane's export runs it in the browser.
 *
 * A printed sheet (`spec.print`, the annexes) keeps what the .xlsx writer gives it: its font for
 * Latin and zh-TW text alike, bold header, titles merged across, ruled cells, wrap, column widths and
 * the row heights printLayout computed, the header row repeated on every page (table-header-rows),
 * the print range, A4 with PRINT_PAGE's margins, centred, one page wide (`loext:scale-to-X`, as
 * LibreOffice writes it: ODF 1.2 has no such attribute), the footer 「第 n 頁，共 N 頁」 and the page
 * breaks the builder laid out. Text is always a string cell (nothing is read as a formula), numbers
 * are floats. Not written: dropdowns, Excel tables and frozen rows (no sheet that is published has
 * them; LibreOffice keeps frozen rows as a view setting in settings.xml, which it reads only with a view).
 */
import { zipSync } from "fflate";
import { columnPoints } from "../core/annex/printLayout";
import { columnLetter, type CellValue } from "../core/grid";
import type { SheetSpec } from "../core/sheetSpec";
import { OdsStyles, type CellLook } from "./ods/odsStyles";
import { namespaces, ODF_VERSION, paragraphs, XML_HEAD } from "./ods/odsXml";
import { escapeXml } from "./xml";

export const ODS_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

const CREATOR = "提升服務計畫助手";
/** The font of sheets not meant for print, as the .xlsx writer's (微軟正黑體 ships with every Windows and Office in Taiwan). */
const FONT = "微軟正黑體";

/** The .ods of these sheets, in order, the first one active. */
export function writeOds(specs: readonly SheetSpec[], now = new Date()): Uint8Array {
  if (specs.length === 0) throw new RangeError("An .ods needs at least one sheet.");
  const styles = new OdsStyles(specs.find((s) => s.print)?.print?.font ?? FONT);
  const tables = specs.map((spec) => tableXml(spec, styles));
  const content =
    XML_HEAD +
    `<office:document-content${namespaces("office", "style", "text", "table", "fo", "svg", "loext")} office:version="${ODF_VERSION}">` +
    styles.fontFaces() +
    styles.automaticStyles() +
    `<office:body><office:spreadsheet>${tables.join("")}</office:spreadsheet></office:body></office:document-content>`;
  const parts: [string, string][] = [
    ["meta.xml", metaXml(now)],
    ["styles.xml", styles.stylesXml()],
    ["content.xml", content],
  ];
  parts.push(["META-INF/manifest.xml", manifestXml(parts.map(([name]) => name))]);

  const encoder = new TextEncoder();
  const mtime = now;
  // Object keys keep their insertion order (none is an integer): mimetype is the first entry, stored.
  const files: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {
    mimetype: [encoder.encode(ODS_MEDIA_TYPE), { level: 0, mtime }],
  };
  for (const [name, xml] of parts) files[name] = [encoder.encode(xml), { level: 6, mtime }];
  return zipSync(files);
}

/** The looks of a sheet's cells, as the .xlsx writer styles them (xlsxSheet.ts cellStyle, xlsxWrite.ts stylesXml). */
interface Looks {
  /** A cell's look; null: its column's default cell style. */
  at(r: number, c: number): CellLook | null;
  /** A column's default look (what a body cell has), or null for the document's default. */
  column(c: number): CellLook | null;
}

function looksOf(spec: SheetSpec): Looks {
  const print = spec.print;
  if (print) {
    const base = { font: print.font, size: print.fontSize };
    const caption: CellLook = { ...base, vertical: "middle" };
    const title: CellLook = {
      ...base,
      size: Math.round(print.fontSize * 1.5),
      bold: true,
      align: "center",
      vertical: "middle",
      wrap: true,
    };
    const header: CellLook = { ...base, bold: true, align: "center", vertical: "middle", wrap: true, border: "all" };
    const body: CellLook = { ...base, vertical: "top", wrap: true, border: "all" };
    const centred: CellLook = { ...base, align: "center", vertical: "middle", wrap: true, border: "all" };
    const column = (c: number) => (print.centred.includes(c) ? centred : body);
    return {
      at: (r, c) => (r < print.titleRows - 1 ? caption : r === print.titleRows - 1 ? title : r === print.titleRows ? header : column(c)),
      column,
    };
  }
  const columns = spec.columns;
  if (!columns) return { at: () => null, column: () => null };
  const body: CellLook = { font: FONT, size: 12, vertical: "bottom" };
  const wrapped: CellLook = { font: FONT, size: 12, vertical: "top", wrap: true };
  const header: CellLook = {
    font: FONT,
    size: 12,
    bold: true,
    align: "center",
    vertical: "middle",
    wrap: true,
    border: "bottom",
    fill: "#ddebf7",
  };
  // A cell beyond the columns is plain: the default cell style (Calibri 11, its CJK in the document's font).
  const column = (c: number) => (c >= columns.length ? null : columns[c].wrap ? wrapped : body);
  return { at: (r, c) => (r === 0 ? header : column(c)), column };
}

/** A sheet name in a cell address: quoted unless it is letters, digits and underscores (LibreOffice quotes the same). */
function sheetReference(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function tableXml(spec: SheetSpec, styles: OdsStyles): string {
  const print = spec.print;
  const columnCount = spec.columns?.length ?? 0;
  let width = spec.rows.reduce((w, r) => Math.max(w, r.length), Math.max(columnCount, 1));
  let height = spec.rows.length;
  for (const m of spec.merges ?? []) {
    width = Math.max(width, m.right + 1);
    height = Math.max(height, m.bottom + 1);
  }
  // A merged area: its first cell spans it, the others are covered (key: r * width + c).
  const spans = new Map<number, string>();
  const covered = new Set<number>();
  for (const m of spec.merges ?? []) {
    spans.set(
      m.top * width + m.left,
      ` table:number-columns-spanned="${m.right - m.left + 1}" table:number-rows-spanned="${m.bottom - m.top + 1}"`,
    );
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * width + c);
  }

  const looks = looksOf(spec);
  const columnStyles = Array.from({ length: width }, (_, c) => {
    const look = looks.column(c);
    return look ? styles.cell(look) : "Default";
  });
  const styleAttribute = (r: number, c: number) => {
    const look = looks.at(r, c);
    const name = look ? styles.cell(look) : "Default";
    return name === columnStyles[c] ? "" : ` table:style-name="${name}"`;
  };

  const name = escapeXml(spec.name);
  const reference = escapeXml(sheetReference(spec.name));
  const printRange = print ? ` table:print-ranges="${reference}.A1:${reference}.${columnLetter(width - 1)}${Math.max(height, 1)}"` : "";
  const out: string[] = [`<table:table table:name="${name}" table:style-name="${styles.table(spec.name, print)}"${printRange}>`];

  for (let c = 0; c < width; c++) {
    const column = spec.columns?.[c];
    const style = column ? ` table:style-name="${styles.column(columnPoints(column.width))}"` : "";
    const hidden = column?.hidden ? ` table:visibility="collapse"` : "";
    out.push(`<table:table-column${style}${hidden} table:default-cell-style-name="${columnStyles[c]}"/>`);
  }

  const breaks = new Set(print?.pageBreaks ?? []);
  const headerRow = print ? print.titleRows : -1;
  for (let r = 0; r < height; r++) {
    const row: readonly CellValue[] = spec.rows[r] ?? [];
    const rowHeight = spec.rowHeights?.[r];
    const style = rowHeight !== undefined || breaks.has(r) ? ` table:style-name="${styles.row(rowHeight, breaks.has(r))}"` : "";
    const cells = new RowCells();
    for (let c = 0; c < width; c++) {
      const key = r * width + c;
      cells.add(covered.has(key) ? "covered-table-cell" : "table-cell", row[c] ?? null, styleAttribute(r, c), spans.get(key) ?? "");
    }
    const xml = `<table:table-row${style}>${cells.xml()}</table:table-row>`;
    out.push(r === headerRow ? `<table:table-header-rows>${xml}</table:table-header-rows>` : xml);
  }
  out.push("</table:table>");
  return out.join("");
}

/** A row's cells; empty cells alike in a run are one element with table:number-columns-repeated, as LibreOffice writes them. */
class RowCells {
  private readonly parts: string[] = [];
  /** The run of empty cells not yet written: their start tag, unclosed, and how many. */
  private empty = "";
  private repeated = 0;

  add(tag: "table-cell" | "covered-table-cell", v: CellValue, style: string, span: string): void {
    if ((v === null || v === "") && !span) {
      if (this.repeated > 0 && `<table:${tag}${style}` === this.empty) {
        this.repeated++;
        return;
      }
      this.flush();
      this.empty = `<table:${tag}${style}`;
      this.repeated = 1;
      return;
    }
    this.flush();
    this.parts.push(`<table:${tag}${style}${span}${valueXml(v)}</table:${tag}>`);
  }

  xml(): string {
    this.flush();
    return this.parts.join("");
  }

  private flush(): void {
    if (this.repeated === 0) return;
    this.parts.push(`${this.empty}${this.repeated > 1 ? ` table:number-columns-repeated="${this.repeated}"` : ""}/>`);
    this.repeated = 0;
  }
}

/** A cell's value attributes (after its tag's other attributes) and content, closing its start tag: text as text, never a formula. */
function valueXml(v: CellValue): string {
  if (v === null || v === "") return ">";
  if (typeof v === "number")
    return Number.isFinite(v)
      ? ` office:value-type="float" office:value="${v}"><text:p>${v}</text:p>`
      : ` office:value-type="string"><text:p>#NUM!</text:p>`;
  if (typeof v === "boolean") return ` office:value-type="boolean" office:boolean-value="${v}"><text:p>${v ? "TRUE" : "FALSE"}</text:p>`;
  return ` office:value-type="string">${paragraphs(v)}`;
}

function metaXml(now: Date): string {
  const date = now.toISOString().replace(/\.\d+Z$/, "Z");
  return (
    XML_HEAD +
    `<office:document-meta${namespaces("office", "meta", "dc")} office:version="${ODF_VERSION}"><office:meta>` +
    `<meta:generator>${CREATOR}</meta:generator><meta:initial-creator>${CREATOR}</meta:initial-creator>` +
    `<meta:creation-date>${date}</meta:creation-date><dc:date>${date}</dc:date><dc:language>zh-TW</dc:language>` +
    `</office:meta></office:document-meta>`
  );
}

/** META-INF/manifest.xml: the package and each of its files (not mimetype, nor the manifest itself). */
function manifestXml(files: string[]): string {
  return (
    XML_HEAD +
    `<manifest:manifest${namespaces("manifest")} manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${ODS_MEDIA_TYPE}"/>` +
    files
      .filter((f) => f !== "META-INF/manifest.xml")
      .map((f) => `<manifest:file-entry manifest:full-path="${f}" manifest:media-type="text/xml"/>`)
      .join("") +
    `</manifest:manifest>`
  );
}
