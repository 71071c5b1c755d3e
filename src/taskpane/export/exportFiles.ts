/**
 * The files step 5 writes in the pane, from what prepareExport read: .ods, .xlsx, .csv, .html. Loaded
 * only when an export starts (App's lazy steps and this module's dynamic import), so the pane starts
 * without the writers. Pure: bytes out; the browser download is downloadFile.ts's.
 */
import { zipSync } from "fflate";
import { annexCsv } from "../../files/csvWrite";
import { annexHtml } from "../../files/htmlWrite";
import { writeOds, ODS_MEDIA_TYPE } from "../../files/odsWrite";
import { workbookParts } from "../../files/xlsxParts";
import type { ExportPrepared } from "../../excel/exportSheet";

export const PANE_FORMATS = ["ods", "xlsx", "csv", "html"] as const;
export type PaneFormat = (typeof PANE_FORMATS)[number];

export interface ExportFile {
  bytes: Uint8Array;
  mime: string;
  /** Cells a spreadsheet would run as formulas, written with a leading ' (CSV only). */
  neutralised: number;
}

const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The .xlsx of one sheet, zipped with fflate ([Content_Types].xml first, as workbookParts orders them). */
export function xlsxBytes(prepared: Pick<ExportPrepared, "spec">): Uint8Array {
  return zipSync(Object.fromEntries(workbookParts([prepared.spec])));
}

export function exportFile(prepared: ExportPrepared, format: PaneFormat, options: { bom: boolean }): ExportFile {
  const { request, plan, framework, spec } = prepared;
  if (format === "ods") return { bytes: writeOds([spec]), mime: ODS_MEDIA_TYPE, neutralised: 0 };
  if (format === "xlsx") return { bytes: xlsxBytes(prepared), mime: XLSX_MEDIA_TYPE, neutralised: 0 };
  if (format === "html")
    return { bytes: new TextEncoder().encode(annexHtml(request.kind, plan, framework, request)), mime: "text/html", neutralised: 0 };
  const csv = annexCsv(request.kind, plan, framework, request, { bom: options.bom });
  return { bytes: csv.bytes, mime: "text/csv", neutralised: csv.neutralised.length };
}

/** Base64 of bytes, for Excel.createWorkbook. */
export function base64Of(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
