/**
 * One SheetSpec as SpreadsheetML: the worksheet part and, when the spec asks for one, its table
 * part. Elements follow the order ECMA-376 Part 1 §18.3.1.99 (CT_Worksheet) requires: Excel refuses
 * a file whose elements are out of order.
 */
import { a1, columnLetter, rangeA1 } from "../core/grid";
import type { CellValue } from "../core/grid";
import { PRINT_PAGE, type SheetSpec } from "../core/sheetSpec";
import { PartWriter } from "./partWriter";
import { encodeXstring, escapeXml } from "./xml";

/** Cell style indexes, as xlsxWrite.ts's styles part lists them. */
export const STYLE = { plain: 0, body: 1, bodyWrapped: 2, header: 3 } as const;

/** A printed sheet's styles, after STYLE's, five for each of its fonts (xlsxWrite.ts lists them in this order). */
export const PRINT_STYLE = { caption: 0, title: 1, header: 2, body: 3, bodyCentred: 4 } as const;
export const PRINT_STYLE_COUNT = 5;

/** Shared strings: one index per distinct text, in order of first use. */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/** A cell's element, "" when there is nothing to write; `s` is its style attribute (styleAttribute). */
function cellXml(ref: string, v: CellValue, s: string, strings: SharedStrings): string {
  if (v === null || v === "") return s ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.of(v)}</v></c>`;
}

const styleAttribute = (style: number) => (style ? ` s="${style}"` : "");

/**
 * The style of a cell: with column definitions, row 0 is the header and the rest take their column's
 * style; a printed sheet has its own (`printBase`: its first style's index).
 */
function cellStyle(spec: SheetSpec, r: number, c: number, printBase: number): number {
  if (spec.print) {
    const { titleRows, centred } = spec.print;
    const at =
      r < titleRows - 1
        ? PRINT_STYLE.caption
        : r === titleRows - 1
          ? PRINT_STYLE.title
          : r === titleRows
            ? PRINT_STYLE.header
            : centred.includes(c)
              ? PRINT_STYLE.bodyCentred
              : PRINT_STYLE.body;
    return printBase + at;
  }
  const column = spec.columns?.[c];
  if (!spec.columns) return STYLE.plain;
  if (r === 0) return STYLE.header;
  return column?.wrap ? STYLE.bodyWrapped : column ? STYLE.body : STYLE.plain;
}

export function worksheetXml(
  spec: SheetSpec,
  strings: SharedStrings,
  options: { selected: boolean; tableRelId?: string; printBase?: number },
): Uint8Array {
  const printBase = options.printBase ?? 0;
  // A loop, not Math.max(...rows): a spread of a million rows overflows the stack.
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), Math.max(spec.columns?.length ?? 0, 1));
  // Room for the most a row can take: its start, and each cell's reference, style and number (text is in the shared strings).
  const out = new PartWriter(
    spec.rows.length * (64 + 64 * width) + 96 * ((spec.merges?.length ?? 0) + (spec.validations?.length ?? 0)) + 16384,
  );
  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  out.write(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
  );
  if (spec.print) out.write(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  const height = Math.max(spec.rows.length, 1);
  out.write(`<dimension ref="${rangeA1({ top: 0, left: 0, bottom: height - 1, right: width - 1 })}"/>`);
  out.write(`<sheetViews><sheetView workbookViewId="0"${options.selected ? ` tabSelected="1"` : ""}>`);
  if (spec.frozenRows) {
    out.write(`<pane ySplit="${spec.frozenRows}" topLeftCell="${a1(spec.frozenRows, 0)}" activePane="bottomLeft" state="frozen"/>`);
    out.write(`<selection pane="bottomLeft" activeCell="${a1(spec.frozenRows, 0)}" sqref="${a1(spec.frozenRows, 0)}"/>`);
  }
  out.write(`</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`);
  if (spec.columns?.length) {
    out.write("<cols>");
    spec.columns.forEach((col, c) => {
      const style = spec.print ? printBase + PRINT_STYLE.body : col.wrap ? STYLE.bodyWrapped : STYLE.body;
      out.write(
        `<col min="${c + 1}" max="${c + 1}" width="${col.width}" customWidth="1" style="${style}"${col.hidden ? ` hidden="1"` : ""}/>`,
      );
    });
    out.write("</cols>");
  }
  out.write("<sheetData>");
  const columnCount = spec.columns?.length ?? 0;
  const tableNames = spec.table ? tableHeader(spec) : null;
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c)); // once, not per cell
  // Below its header (a printed sheet: its titles and header) a cell's style depends on its column only.
  const bodyFrom = spec.print ? spec.print.titleRows + 1 : 1;
  const bodyStyles = letters.map((_, c) => styleAttribute(cellStyle(spec, bodyFrom, c, printBase)));
  // A body cell of text (most cells) is cellXml's text put together from its column's two ends.
  const textOpen = letters.map((letter) => `<c r="${letter}`);
  const textTail = bodyStyles.map((s) => `"${s} t="s"><v>`);
  for (let r = 0; r < spec.rows.length; r++) {
    if (!(r in spec.rows)) continue; // a hole in a sparse list of rows, as forEach skips it
    const row = r === 0 && tableNames ? tableNames : spec.rows[r];
    const height = spec.rowHeights?.[r];
    const rowNumber = String(r + 1);
    const start = `<row r="${rowNumber}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`;
    let cells = "";
    const n = Math.max(row.length, columnCount);
    for (let c = 0; c < n; c++) {
      const v = row[c] ?? null;
      // An empty body cell takes its column's style from <cols>: writing it would only double the part.
      // A printed sheet writes every cell: a title's merged cells must not take the body's rules.
      if (r > 0 && (v === null || v === "") && !spec.print) continue;
      if (r >= bodyFrom && typeof v === "string" && v !== "") {
        cells += textOpen[c] + rowNumber + textTail[c] + strings.of(v) + "</v></c>";
        continue;
      }
      const s = r >= bodyFrom ? bodyStyles[c] : styleAttribute(cellStyle(spec, r, c, printBase));
      const cell = cellXml(letters[c] + rowNumber, v, s, strings);
      cells += cell;
    }
    if (cells === "" && height === undefined) continue;
    out.write(start + cells + "</row>");
  }
  out.write("</sheetData>");
  if (spec.merges?.length) {
    out.write(`<mergeCells count="${spec.merges.length}">`);
    for (const m of spec.merges) out.write(`<mergeCell ref="${rangeA1(m)}"/>`);
    out.write("</mergeCells>");
  }
  if (spec.validations?.length) {
    out.write(`<dataValidations count="${spec.validations.length}">`);
    for (const v of spec.validations)
      out.write(
        `<dataValidation type="list" errorStyle="${v.alert}" allowBlank="1" showErrorMessage="1" sqref="${rangeA1(v.area)}">` +
          `<formula1>${asciiXml(escapeXml(v.source))}</formula1></dataValidation>`,
      );
    out.write("</dataValidations>");
  }
  if (spec.print) out.write(printSetupXml(spec.print));
  else out.write(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (options.tableRelId) out.write(`<tableParts count="1"><tablePart r:id="${options.tableRelId}"/></tableParts>`);
  out.write("</worksheet>");
  return out.done();
}

/**
 * Non-ASCII characters as character references (the same text to any XML reader): a sheet name in
 * a dropdown's source is the only non-ASCII text in a worksheet part, and without it the part is a
 * one-byte string, which V8 joins and encodes several times faster (a tenth of writing a large plan).
 */
function asciiXml(s: string): string {
  return s.replace(/[^\x00-\x7f]/gu, (ch) => `&#${ch.codePointAt(0)};`);
}

/** printOptions, pageMargins, pageSetup, headerFooter and rowBreaks, in CT_Worksheet's order. */
function printSetupXml(print: NonNullable<SheetSpec["print"]>): string {
  const m = PRINT_PAGE.margins;
  const breaks = print.pageBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return (
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PRINT_PAGE.paperSize}" orientation="${print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&C${print.footer}`)}</oddFooter></headerFooter>` +
    // A break's id is the last row of the page before it (1-based): the 0-based row that starts the next page.
    (breaks ? `<rowBreaks count="${print.pageBreaks.length}" manualBreakCount="${print.pageBreaks.length}">${breaks}</rowBreaks>` : "")
  );
}

/**
 * The header of a table as Excel requires it: each name text, unique without regard to case (a kept
 * column named like one of ours becomes "執行成效2", as Excel itself renames one), at most 255 characters.
 * The header cells are written with these names, or Excel repairs the file.
 */
export function tableHeader(spec: SheetSpec): string[] {
  const seen = new Set<string>();
  return (spec.rows[0] ?? []).map((h, i) => {
    const base = (h === null || String(h).trim() === "" ? `Column${i + 1}` : String(h)).slice(0, 250);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** rows[0] as the header and the rest as the body of an Excel table (a body of one empty row when there is none). */
export function tableXml(spec: SheetSpec, id: number, name: string): string {
  const header = tableHeader(spec);
  const bottom = Math.max(spec.rows.length - 1, 1);
  const ref = rangeA1({ top: 0, left: 0, bottom, right: Math.max(header.length - 1, 0) });
  const columns = header.map((h, i) => `<tableColumn id="${i + 1}" name="${encodeXstring(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" headerRowCount="1">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${header.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
