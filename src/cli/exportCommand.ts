/**
 * `service-plan export`: one annex (the plan table, 附件一, 附件二 with a period's results) written for
 * publication as .ods, .pdf, .xlsx, .csv or .html, after the pre-publication check: personal data,
 * formula-like text, results missing, plan errors still open. With findings it stops (exit 1) and
 * lists them, unless --force. The input is never changed.
 */
import * as path from "path";
import { buildAnnex, type AnnexKind, ANNEX_KINDS } from "../core/annex/annexes";
import { findingMessage } from "../core/checks/messages";
import type { Finding } from "../core/checks/finding";
import type { Locale } from "../core/locale";
import { prePublicationCheck } from "../core/workflows/prePublication";
import { RESULTS_SHEET } from "../core/results/resultsSheet";
import type { SheetSpec } from "../core/sheetSpec";
import { unitListFromSheet } from "../core/workbook/unitsSheet";
import { annexCsv } from "../files/csvWrite";
import { annexHtml } from "../files/htmlWrite";
import { writeOds } from "../files/odsWrite";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError } from "./args";
import { annexTitle, titleOptions } from "./annexCommand";
import { findSoffice, libreOfficeConvert } from "./libreOffice";
import { checkOutputPath, writeOutput } from "./outputFile";
import { loadPlanAndResults, periodOption } from "./resultsCommand";
import type { Io } from "./main";

export const EXPORT_FORMATS = ["ods", "pdf", "xlsx", "csv", "html"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `--format`, else the extension of `--out`. */
function formatOf(option: string | undefined, out: string): ExportFormat {
  const format = (option ?? path.extname(out).slice(1)).toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format 要 ods、pdf、xlsx、csv 或 html（或由 --out 的副檔名決定），收到「${option ?? path.extname(out)}」。`);
  return format as ExportFormat;
}

/** The sheet as it will be published, for the check: the annex's rows, its body below the header row. */
const publishedOf = (spec: SheetSpec) => ({ name: spec.name, rows: spec.rows, bodyRow: (spec.print?.titleRows ?? 0) + 1 });

const said = (f: Finding, language: Locale) => `  ${f.cell ? `${f.sheet}!${f.cell}  ` : ""}${findingMessage(f, language)}`;

export async function exportCommand(positional: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan export 計畫.xlsx --kind measures --out 附件一.ods");
  const str = (k: string) => (typeof options[k] === "string" ? (options[k] as string) : undefined);
  const language = languageOption(options);
  const kind = str("kind") ?? "measures";
  if (!ANNEX_KINDS.includes(kind as AnnexKind))
    throw new UsageError(`--kind 要 plan（計畫表）、measures（附件一）或 results（附件二），收到「${kind}」。`);
  const out = str("out");
  if (out === undefined)
    throw new UsageError("請用 --out 指定要寫出的檔名，例如 --out 附件一.ods（副檔名決定格式：ods、pdf、xlsx、csv、html）。");
  checkOutputPath("--out", out, file);
  const format = formatOf(str("format"), out);
  const period = periodOption(options);
  const given = titleOptions(options);

  const { wb, grid, framework, plan, source, compiled, titleSheets } = await loadPlanAndResults(file, options, period);
  const annexKind = kind as AnnexKind;
  // 附件二 carries the period's results; the other tables the plan as it is.
  const published = annexKind === "results" ? compiled.plan : plan;
  const title = annexTitle(given, titleSheets, grid, plan);
  const spec = buildAnnex(annexKind, published, framework, title);
  const unitsGrid = wb.sheets.find((s) => s.sheet === "單位");
  const units = unitsGrid ? unitListFromSheet(unitsGrid).units : undefined;
  const results = annexKind === "results" && source.kind === "sheet" ? { sheet: RESULTS_SHEET, rows: source.rows, period } : undefined;
  const findings = prePublicationCheck(publishedOf(spec), plan, framework, {
    ...(units ? { units } : {}),
    ...(results ? { results } : {}),
  });

  if (findings.length > 0) {
    io.out(
      language === "en" ? `Before publishing, ${findings.length} thing(s) to look at:` : `發布前檢查：有 ${findings.length} 項需要留意：`,
    );
    for (const f of findings) io.out(said(f, language));
    if (!options.force) {
      io.err(
        language === "en"
          ? "Nothing was written. Fix these and export again, or add --force to publish anyway."
          : "沒有寫出檔案。請修正後再匯出，或加上 --force 照樣匯出。",
      );
      return 1;
    }
  }

  let engine: string | null = null;
  let neutralised = 0;
  let bytes: Uint8Array;
  if (format === "xlsx") bytes = await writeWorkbook([spec]);
  else if (format === "ods") bytes = writeOds([spec]);
  else if (format === "html") bytes = new TextEncoder().encode(annexHtml(annexKind, published, framework, title));
  else if (format === "csv") {
    const csv = annexCsv(annexKind, published, framework, title, { bom: !options["no-bom"] });
    bytes = csv.bytes;
    neutralised = csv.neutralised.length;
  } else {
    const soffice = findSoffice();
    if (!soffice)
      throw new UsageError(
        language === "en"
          ? "PDF needs LibreOffice, which was not found (soffice). Install it, or export .ods or .xlsx and print that to PDF."
          : "匯出 PDF 需要 LibreOffice，但找不到（soffice）。請安裝 LibreOffice，或改匯出 .ods／.xlsx 後再列印成 PDF。",
      );
    bytes = libreOfficeConvert(soffice, await writeWorkbook([spec]), "xlsx", "pdf");
    engine = "LibreOffice";
  }
  writeOutput(out, bytes);
  const measures = published.measures.length;
  io.out(
    language === "en"
      ? `Wrote ${out} (${format}${engine ? `, made by ${engine}` : ""}): ${measures} measures.` +
          (neutralised ? ` ${neutralised} cell(s) that a spreadsheet would run as a formula were written with a leading ' .` : "")
      : `已寫出 ${out}（${format}${engine ? `，由 ${engine} 轉成` : ""}）：${measures} 項作法。` +
          (neutralised ? `有 ${neutralised} 格開頭像公式，已在前面加上 ' 以免被試算表執行。` : ""),
  );
  return 0;
}
