/**
 * A printed SheetSpec (an annex) as a pdfmake document: the page the .xlsx and .ods print, drawn by
 * our own renderer (the pane's PDF, and the CLI's when LibreOffice is not installed).
 *
 * What is kept from the spec: A4 in its orientation with PRINT_PAGE's margins, the columns' widths
 * scaled as Excel's fit-to-one-page-wide scales them (the text with them), the table centred, the
 * titles above the table on the first page, the header row repeated on every page, merged cells as
 * spans, the row heights and the page breaks printLayout laid out (so the pages are the ones the
 * other formats print; a row the embedded font draws taller than planned moves to the next page
 * whole), and the footer 「第 n 頁，共 N 頁」.
 *
 * Characters the embedded font cannot draw are replaced by 〓 (the geta mark, typesetting's sign for
 * a character that could not be set) and listed with their cells, so nothing prints as an empty box.
 */
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { columnPoints, fitToWidthScale } from "../../core/annex/printLayout";
import { a1, type CellValue } from "../../core/grid";
import { PRINT_PAGE, type SheetSpec } from "../../core/sheetSpec";
import type { Coverage } from "./fontCoverage";

/** The family name the document uses; the caller's fonts are registered under it. */
export const PDF_FONT_FAMILY = "Embedded";

/** Drawn where the font has no glyph. */
export const MISSING_MARK = "〓";

/** A character the embedded font lacks, and the cells (A1 addresses on the sheet) that have it. */
export interface MissingGlyph {
  char: string;
  /** "U+2000B" */
  codePoint: string;
  cells: string[];
}

export interface PdfCoverage {
  regular: Coverage;
  bold: Coverage;
}

/** Padding inside a ruled cell, and the rule's width, in points before scaling. */
const PAD_X = 3;
const PAD_Y = 2;
const RULE = 0.5;
/** Excel prints its footer in the default 11-pt font. */
const FOOTER_SIZE = 11;
const INCH = 72;
/**
 * Lines are set 1.4 em apart, as printLayout measured them (AR PL UKai and DFKai-SB alike); pdfmake's
 * line height is a multiple of the font's own, which is 1.437 em for Noto Serif TC (hhea ascent 1151, descent 286).
 */
const LINE_HEIGHT = 1.4 / 1.437;

const cellText = (v: CellValue): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

/** Excel's footer codes: &P the page, &N the number of pages, && an ampersand. */
export function footerLine(footer: string, page: number, pages: number): string {
  return footer.replace(/&([PN&])/g, (_, code: string) => (code === "P" ? String(page) : code === "N" ? String(pages) : "&"));
}

/** Text with each character the font lacks replaced by the mark, and the ones it lacked. */
class GlyphCheck {
  private readonly missing = new Map<string, Set<string>>();
  constructor(private readonly coverage: PdfCoverage) {}

  /** `at`: the cell (0-based row and column on the sheet), or null for text not from a cell (the footer). */
  text(v: CellValue, bold: boolean, at: [number, number] | null): string {
    const text = cellText(v);
    const has = bold ? this.coverage.bold : this.coverage.regular;
    let out = "";
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // Line breaks and tabs are layout, not glyphs.
      if (cp === 0x0a || cp === 0x0d || cp === 0x09 || has(cp)) {
        out += ch;
        continue;
      }
      out += MISSING_MARK;
      if (!at) continue;
      const cells = this.missing.get(ch) ?? new Set<string>();
      cells.add(a1(at[0], at[1]));
      this.missing.set(ch, cells);
    }
    return out;
  }

  list(): MissingGlyph[] {
    return [...this.missing].map(([char, cells]) => ({
      char,
      codePoint: `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
      cells: [...cells],
    }));
  }
}

/** The pdfmake document of a printed sheet, and the characters the fonts lack. */
export function pdfDocument(spec: SheetSpec, coverage: PdfCoverage): { doc: TDocumentDefinitions; missing: MissingGlyph[] } {
  const print = spec.print;
  const columns = spec.columns;
  if (!print || !columns) throw new RangeError(`Sheet ${spec.name} is not a printed sheet: it has no print setup.`);
  const glyphs = new GlyphCheck(coverage);
  const widths = columns.map((c) => c.width);
  const scale = fitToWidthScale(widths, print.orientation);
  const size = print.fontSize * scale;
  const m = PRINT_PAGE.margins;
  const paper = print.orientation === "portrait" ? PRINT_PAGE.width : PRINT_PAGE.height;
  const columnWidths = widths.map((w) => columnPoints(w) * scale);
  const tableWidth = columnWidths.reduce((a, b) => a + b, 0);
  // Centred on the page, as the sheet's print setup centres it.
  const spare = Math.max(0, paper - (m.left + m.right) * INCH - tableWidth) / 2;
  const heightOf = (r: number) => (spec.rowHeights?.[r] ?? size * 1.4 + 6) * scale;

  // Titles: the caption rows left, the title row centred, larger and bold; each its row's height.
  const titles: Content[] = spec.rows.slice(0, print.titleRows).map((row, r) => {
    const isTitle = r === print.titleRows - 1;
    return {
      text: glyphs.text(row[0] ?? null, isTitle, [r, 0]),
      bold: isTitle,
      fontSize: isTitle ? size * 1.5 : size,
      alignment: isTitle ? "center" : "left",
      margin: [0, 0, 0, Math.max(0, heightOf(r) - (isTitle ? size * 1.5 : size) * 1.3)],
    };
  });

  // One table a page, each with the header row: the builder's pages, its merged cells already split at
  // their breaks. (pdfmake's own break inside a row span misplaces the span's cells, so it is left
  // only for a page the font draws taller than planned, which the header row then heads too.)
  const first = print.titleRows;
  const starts = [first + 1, ...print.pageBreaks.filter((b) => b > first + 1).sort((a, b) => a - b)];
  const padX = PAD_X * scale;
  const padY = PAD_Y * scale;
  const layout = {
    hLineWidth: () => RULE,
    vLineWidth: () => RULE,
    paddingLeft: () => padX,
    paddingRight: () => padX,
    paddingTop: () => padY,
    paddingBottom: () => padY,
  };
  const tables: ContentTable[] = starts.map((from, page) => {
    const to = (starts[page + 1] ?? spec.rows.length) - 1;
    const rows = [first, ...range(from, to)];
    const body = pageBody(spec, rows, glyphs);
    return {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: columnWidths.map((w) => Math.max(1, w - 2 * padX - RULE)),
        // The heights the builder laid out are minimums: a row the font draws taller grows.
        heights: (i: number) => Math.max(0, heightOf(rows[i]) - 2 * padY - RULE),
        body,
      },
      layout,
      ...(page > 0 ? { pageBreak: "before" as const } : {}),
    };
  });

  const footer = glyphs.text(print.footer, false, null);
  const title = cellText(spec.rows[print.titleRows - 1]?.[0] ?? spec.name);
  const doc: TDocumentDefinitions = {
    info: { title, creator: "提升服務計畫助手", producer: "提升服務計畫助手 (pdfmake)" },
    language: "zh-TW",
    pageSize: "A4",
    pageOrientation: print.orientation,
    pageMargins: [m.left * INCH + spare, m.top * INCH, m.right * INCH + spare, m.bottom * INCH],
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: size, lineHeight: LINE_HEIGHT },
    content: [...titles, ...tables],
    footer: (page: number, pages: number) => ({
      text: footerLine(footer, page, pages),
      alignment: "center",
      fontSize: FOOTER_SIZE,
      // The footer sits m.footer inches above the paper's edge, in the bottom margin.
      margin: [0, Math.max(0, (m.bottom - m.footer) * INCH - FOOTER_SIZE * 1.2), 0, 0],
    }),
  };
  return { doc, missing: glyphs.list() };
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * A page's table body: the sheet rows given (the header row, then the page's body rows, consecutive),
 * merged areas as spans clipped to the page (a span's text where it starts), covered cells as placeholders.
 */
function pageBody(spec: SheetSpec, rows: number[], glyphs: GlyphCheck): TableCell[][] {
  const print = spec.print!;
  const columns = spec.columns!;
  const header = rows[0];
  const spans = new Map<string, { rowSpan: number; colSpan: number; text: boolean }>();
  const covered = new Set<string>();
  const parts: [number, number][] = [
    [header, header],
    [rows[1] ?? header + 1, rows[rows.length - 1]],
  ];
  for (const area of spec.merges ?? []) {
    for (const [top, bottom] of parts) {
      const from = Math.max(area.top, top);
      const to = Math.min(area.bottom, bottom);
      if (from > to) continue;
      spans.set(`${from},${area.left}`, { rowSpan: to - from + 1, colSpan: area.right - area.left + 1, text: from === area.top });
      for (let r = from; r <= to; r++)
        for (let c = area.left; c <= area.right; c++) if (r !== from || c !== area.left) covered.add(`${r},${c}`);
    }
  }
  return rows.map((r) =>
    columns.map((_, c): TableCell => {
      if (covered.has(`${r},${c}`)) return {};
      const isHeader = r === header;
      const centred = isHeader || print.centred.includes(c);
      const span = spans.get(`${r},${c}`);
      return {
        text: span && !span.text ? "" : glyphs.text(spec.rows[r]?.[c] ?? null, isHeader, [r, c]),
        bold: isHeader,
        alignment: centred ? "center" : "left",
        verticalAlignment: centred ? "middle" : "top",
        ...(span ? { rowSpan: span.rowSpan, colSpan: span.colSpan } : {}),
      };
    }),
  );
}
