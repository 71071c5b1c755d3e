/**
 * The Office.js side of a printed SheetSpec (SheetSpec.print; the .xlsx side is xlsxSheet.ts): its
 * look (font, ruled header and body, titles, alignment, column widths, row heights) and its page
 * setup through Worksheet.pageLayout and horizontalPageBreaks, both ExcelApi 1.9, our manifest's
 * minimum; no ExcelApiDesktop member (absent on the web). Nothing here syncs.
 */
import { columnLetter } from "../core/grid";
import { columnPoints } from "../core/annex/printLayout";
import { PRINT_PAGE, type SheetSpec } from "../core/sheetSpec";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Inches (as SheetSpec keeps margins, and the .xlsx file) to points (as Office.js takes them). */
const pt = (inches: number) => inches * 72;

/** Queues the look and the page setup (merges are queueFormats's, as for every sheet). */
export function queuePrintedSheet(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const print = spec.print!;
  const width = spec.columns?.length ?? Math.max(1, ...spec.rows.map((r) => r.length));
  const rows = Math.max(1, spec.rows.length);
  const area = (top: number, count: number, left = 0, columns = width) => sheet.getRangeByIndexes(top, left, count, columns);

  const all = area(0, rows).format;
  all.font.name = print.font;
  all.font.size = print.fontSize;
  spec.columns?.forEach((c, i) => (sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = columnPoints(c.width)));

  for (let r = 0; r < print.titleRows; r++) {
    const title = area(r, 1).format;
    title.font.bold = true;
    if (r === print.titleRows - 1) {
      title.font.size = Math.round(print.fontSize * 1.5);
      title.horizontalAlignment = "Center";
    }
    title.verticalAlignment = "Center";
  }
  const header = area(print.titleRows, 1).format;
  header.font.bold = true;
  header.horizontalAlignment = "Center";
  header.verticalAlignment = "Center";
  header.wrapText = true;
  const bodyRows = rows - print.titleRows - 1;
  if (bodyRows > 0) {
    const body = area(print.titleRows + 1, bodyRows).format;
    body.wrapText = true;
    body.verticalAlignment = "Top";
    for (const c of print.centred) {
      const column = area(print.titleRows + 1, bodyRows, c, 1).format;
      column.horizontalAlignment = "Center";
      column.verticalAlignment = "Center";
    }
  }
  const table = area(print.titleRows, rows - print.titleRows).format.borders;
  for (const edge of EDGES) {
    const border = table.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
  // Row heights as measured for wrapped CJK text (Excel does not grow rows it did not lay out); runs of equal ones at once.
  for (let r = 0; r < spec.rows.length;) {
    const h = spec.rowHeights?.[r];
    let end = r + 1;
    while (end < spec.rows.length && spec.rowHeights?.[end] === h) end++;
    if (h !== undefined) area(r, end - r, 0, 1).format.rowHeight = h;
    r = end;
  }

  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  const m = PRINT_PAGE.margins;
  layout.leftMargin = pt(m.left);
  layout.rightMargin = pt(m.right);
  layout.topMargin = pt(m.top);
  layout.bottomMargin = pt(m.bottom);
  layout.headerMargin = pt(m.header);
  layout.footerMargin = pt(m.footer);
  layout.centerHorizontally = true;
  // Assigned as one object: its members cannot be set one by one (PageLayoutZoomOptions).
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  const header1 = print.titleRows + 1;
  layout.setPrintTitleRows(`$${header1}:$${header1}`);
  layout.setPrintArea(`A1:${columnLetter(width - 1)}${rows}`);
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const r of print.pageBreaks) sheet.horizontalPageBreaks.add(`A${r + 1}`);
}

/** Whether Excel kept fit-to-one-page-wide (office-js#1860: it may not, until the Page Layout tab has been shown). */
export function fitKept(layout: Excel.PageLayout): boolean {
  return layout.zoom?.horizontalFitToPages === 1;
}
