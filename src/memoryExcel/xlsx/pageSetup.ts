/**
 * A sheet's page setup (Worksheet.pageLayout, horizontalPageBreaks) ⇄ ExcelJS's pageSetup,
 * headerFooter and row breaks, so the playground's download prints as the add-in set it up.
 * ExcelJS writes a print area wrongly unless it is given as "A$1:E$80" (its workbook writer adds
 * the sheet and a "$" in front of each part: "$A$1" would become "$$A$1"); print titles as "3:3".
 * Row breaks are written, not read back: ExcelJS's reader keeps none.
 */
import type ExcelJS from "exceljs";
import { parseAddress } from "../data/address";
import { defaultPageLayout, type PageLayoutData, type SheetData } from "../data/model";
import { columnLetters } from "../data/address";

/** Excel's PaperSize numbers (ECMA-376 §18.18.59 lists them) for the papers Office.js names. */
const PAPER_NUMBER: Record<string, number> = { Letter: 1, Tabloid: 3, Legal: 5, Executive: 7, A3: 8, A4: 9, A5: 11, B4: 12, B5: 13 };
const PAPER_NAME = Object.fromEntries(Object.entries(PAPER_NUMBER).map(([k, v]) => [v, k]));

const INCH = 72;

export function writePageSetup(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const p = sheet.pageLayout;
  const fit = p.zoom.horizontalFitToPages !== undefined || p.zoom.verticalFitToPages !== undefined;
  ws.pageSetup.paperSize = PAPER_NUMBER[p.paperSize] as ExcelJS.PageSetup["paperSize"];
  ws.pageSetup.orientation = p.orientation === "Landscape" ? "landscape" : "portrait";
  ws.pageSetup.horizontalCentered = p.centerHorizontally;
  ws.pageSetup.verticalCentered = p.centerVertically;
  ws.pageSetup.margins = {
    left: p.margins.left / INCH,
    right: p.margins.right / INCH,
    top: p.margins.top / INCH,
    bottom: p.margins.bottom / INCH,
    header: p.margins.header / INCH,
    footer: p.margins.footer / INCH,
  };
  if (fit) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = p.zoom.horizontalFitToPages ?? 0;
    ws.pageSetup.fitToHeight = p.zoom.verticalFitToPages ?? 0;
  } else ws.pageSetup.scale = p.zoom.scale ?? 100;
  if (p.printTitleRows) ws.pageSetup.printTitlesRow = `${p.printTitleRows.top + 1}:${p.printTitleRows.bottom + 1}`;
  if (p.printArea) {
    const a = p.printArea;
    ws.pageSetup.printArea = `${columnLetters(a.left)}$${a.top + 1}:${columnLetters(a.right)}$${a.bottom + 1}`;
  }
  const hf = p.headerFooter;
  const part = (l?: string, c?: string, r?: string) => [l && `&L${l}`, c && `&C${c}`, r && `&R${r}`].filter(Boolean).join("");
  const footer = part(hf.leftFooter, hf.centerFooter, hf.rightFooter);
  const header = part(hf.leftHeader, hf.centerHeader, hf.rightHeader);
  if (footer) ws.headerFooter.oddFooter = footer;
  if (header) ws.headerFooter.oddHeader = header;
  // A break before row R (0-based) is a break after row R (1-based).
  for (const r of p.rowBreaks) ws.getRow(r).addPageBreak();
}

/** The parts of "&L…&C…&R…" (text before any section code is the centre's). */
function sections(text: string | undefined): Record<"L" | "C" | "R", string> {
  const out = { L: "", C: "", R: "" };
  if (!text) return out;
  let at: "L" | "C" | "R" = "C";
  for (const piece of text.split(/(&[LCR])/)) {
    if (/^&[LCR]$/.test(piece)) at = piece[1] as "L" | "C" | "R";
    else out[at] += piece;
  }
  return out;
}

export function readPageSetup(ws: ExcelJS.Worksheet): PageLayoutData {
  const p = defaultPageLayout();
  const s = ws.pageSetup;
  if (s.paperSize && PAPER_NAME[s.paperSize]) p.paperSize = PAPER_NAME[s.paperSize];
  if (s.orientation) p.orientation = s.orientation === "landscape" ? "Landscape" : "Portrait";
  p.centerHorizontally = !!s.horizontalCentered;
  p.centerVertically = !!s.verticalCentered;
  if (s.margins) {
    const m = s.margins;
    p.margins = {
      left: m.left * INCH,
      right: m.right * INCH,
      top: m.top * INCH,
      bottom: m.bottom * INCH,
      header: m.header * INCH,
      footer: m.footer * INCH,
    };
  }
  p.zoom = s.fitToPage ? { horizontalFitToPages: s.fitToWidth ?? 1, verticalFitToPages: s.fitToHeight ?? 1 } : { scale: s.scale ?? 100 };
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(String(s.printTitlesRow ?? ""));
  if (titles) p.printTitleRows = { top: Number(titles[1]) - 1, left: 0, bottom: Number(titles[2]) - 1, right: 16383 };
  if (s.printArea) p.printArea = parseAddress(String(s.printArea).split("!").pop()!.replace(/\$/g, "")).area;
  const footer = sections(ws.headerFooter?.oddFooter);
  const header = sections(ws.headerFooter?.oddHeader);
  p.headerFooter = Object.fromEntries(
    Object.entries({
      leftFooter: footer.L,
      centerFooter: footer.C,
      rightFooter: footer.R,
      leftHeader: header.L,
      centerHeader: header.C,
      rightHeader: header.R,
    }).filter(([, v]) => v !== ""),
  );
  return p;
}
