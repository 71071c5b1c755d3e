/**
 * The files step 5 writes in the pane, from what prepareExport read: .ods, .pdf, .xlsx, .csv, .html.
 * Loaded only when an export starts (App's lazy steps and this module's dynamic import), so the pane
 * starts without the writers; pdfmake and the PDF font load only for a PDF. Bytes out; the browser
 * download is downloadFile.ts's.
 */
import { zipSync } from "fflate";
import { annexCsv } from "../../files/csvWrite";
import { annexHtml } from "../../files/htmlWrite";
import { writeOds, ODS_MEDIA_TYPE } from "../../files/odsWrite";
import { workbookParts } from "../../files/xlsxParts";
import type { ExportPrepared } from "../../excel/exportSheet";
import type { MissingGlyph } from "../../files/pdf/pdfDocument";
import { writePdf, type PdfFonts } from "../../files/pdf/pdfWrite";

export const PANE_FORMATS = ["ods", "pdf", "xlsx", "csv", "html"] as const;
export type PaneFormat = (typeof PANE_FORMATS)[number];

export interface ExportFile {
  bytes: Uint8Array;
  mime: string;
  /** Cells a spreadsheet would run as formulas, written with a leading ' (CSV only). */
  neutralised: number;
  /** Characters the PDF's font lacks, drawn as 〓, with their cells (PDF only). */
  missing: MissingGlyph[];
}

const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The .xlsx of one sheet, zipped with fflate ([Content_Types].xml first, as workbookParts orders them). */
export function xlsxBytes(prepared: Pick<ExportPrepared, "spec">): Uint8Array {
  return zipSync(Object.fromEntries(workbookParts([prepared.spec])));
}

export async function exportFile(
  prepared: ExportPrepared,
  format: PaneFormat,
  options: { bom: boolean; pdfFonts: () => Promise<PdfFonts> },
): Promise<ExportFile> {
  const { request, plan, framework, spec } = prepared;
  const file = (bytes: Uint8Array, mime: string) => ({ bytes, mime, neutralised: 0, missing: [] });
  if (format === "ods") return file(writeOds([spec]), ODS_MEDIA_TYPE);
  if (format === "xlsx") return file(xlsxBytes(prepared), XLSX_MEDIA_TYPE);
  if (format === "html") return file(new TextEncoder().encode(annexHtml(request.kind, plan, framework, request)), "text/html");
  if (format === "pdf") {
    const pdf = await writePdf(spec, await options.pdfFonts());
    return { ...file(pdf.bytes, "application/pdf"), missing: pdf.missing };
  }
  const csv = annexCsv(request.kind, plan, framework, request, { bom: options.bom });
  return { ...file(csv.bytes, "text/csv"), neutralised: csv.neutralised.length };
}

/** Base64 of bytes, for Excel.createWorkbook. */
export function base64Of(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
