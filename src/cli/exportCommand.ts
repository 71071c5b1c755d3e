/**
 * `service-plan export`: one annex (the plan table, 附件一, 附件二 with a period's results) written for
 * publication as .ods, .pdf, .xlsx, .csv or .html, after the pre-publication check: personal data,
 * formula-like text, results missing, plan errors still open. With findings it stops (exit 1) and
 * lists them, unless --force. The input is never changed.
 */
import * as fs from "fs";
import * as path from "path";
import { buildAnnex, type AnnexKind, ANNEX_KINDS } from "../core/annex/annexes";
import { findingMessage } from "../core/checks/messages";
import type { Finding } from "../core/checks/finding";
import type { Locale } from "../core/locale";
import { publishedSheetOf, sourceSheetOf } from "../core/publish/publishedSheet";
import { prePublicationCheck } from "../core/workflows/prePublication";
import { RESULTS_SHEET, type Period } from "../core/results/resultsSheet";
import { validatePlan } from "../core/checks/validate";
import { resultRowsBeside } from "../core/workflows/results";
import { unitListFromSheet } from "../core/workbook/unitsSheet";
import { annexCsv } from "../files/csvWrite";
import { annexHtml } from "../files/htmlWrite";
import { writeOds } from "../files/odsWrite";
import { MISSING_MARK, type MissingGlyph } from "../files/pdf/pdfDocument";
import { writePdf } from "../files/pdf/pdfWrite";
import { writeWorkbook } from "../files/xlsxWrite";
import { languageOption, UsageError, stringValues } from "./args";
import { annexTitle, titleOptions, type TitleOptions } from "./annexCommand";
import {
  batchInputs,
  checkFrameworkOption,
  finishBatch,
  isBatch,
  refuseInBatch,
  runBatch,
  summaryTargets,
  type BatchInput,
  type Processed,
} from "./batch";
import type { SummaryRow } from "./batchSummary";
import { findSoffice, libreOfficeConvert } from "./libreOffice";
import { readPdfFonts } from "./pdfFonts";
import { checkOutputPath, sameFile, writeOutput } from "./outputFile";
import { loadPlanAndResults, periodOption } from "./resultsCommand";
import { chooseUnitList } from "./unitListOption";
import type { Io } from "./main";

export const EXPORT_FORMATS = ["ods", "pdf", "xlsx", "csv", "html"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What makes a PDF: LibreOffice when installed (auto), or our own renderer (builtin), or only LibreOffice. */
const PDF_ENGINES = ["auto", "libreoffice", "builtin"] as const;
type PdfEngine = (typeof PDF_ENGINES)[number];
type UsedEngine = "libreoffice" | "builtin";

const engineName = (engine: UsedEngine, language: Locale) =>
  engine === "libreoffice"
    ? "LibreOffice"
    : language === "en"
      ? "the built-in renderer (Noto Serif TC)"
      : "內建排版（思源宋體 Noto Serif TC）";

/** The sentence for characters the PDF's font lacks, each with its cells, drawn as 〓. */
function missingGlyphsLine(missing: MissingGlyph[], language: Locale, sheet: string): string {
  const list = missing.map((g) => `${g.char} (${g.codePoint}, ${g.cells.map((c) => `${sheet}!${c}`).join(", ")})`);
  return language === "en"
    ? `The PDF's font lacks ${missing.length} character(s), printed as ${MISSING_MARK}: ${list.join("; ")}. Use another word, or export .ods and print it with a font that has them.`
    : `PDF 的字型缺少 ${missing.length} 個字，已印成「${MISSING_MARK}」：${list.join("；")}。請改用其他字，或匯出 .ods 以有這些字的字型列印。`;
}

/** `--format`, else the extension of `--out`. */
function formatOf(option: string | undefined, out: string): ExportFormat {
  const format = (option ?? path.extname(out).slice(1)).toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format 要 ods、pdf、xlsx、csv 或 html（或由 --out 的副檔名決定），收到「${option ?? path.extname(out)}」。`);
  return format as ExportFormat;
}

/** A finding as one line: its sheet and cell, then its sentence. */
export const findingLine = (f: Finding, language: Locale) => `  ${f.cell ? `${f.sheet}!${f.cell}  ` : ""}${findingMessage(f, language)}`;

/** What every export of a run shares: the options, read and checked before any work. */
interface ExportSettings {
  language: Locale;
  kind: AnnexKind;
  period: Period;
  given: TitleOptions;
  force: boolean;
  bom: boolean;
  pdfEngine: PdfEngine;
}

function pdfEngineOption(options: Record<string, string | true>): PdfEngine {
  const given = options["pdf-engine"];
  if (given === undefined) return "auto";
  if (typeof given === "string" && (PDF_ENGINES as readonly string[]).includes(given)) return given as PdfEngine;
  throw new UsageError(`--pdf-engine 要 libreoffice 或 builtin（內建排版），收到「${given === true ? "" : given}」。`);
}

function exportSettings(options: Record<string, string | true>): ExportSettings {
  const str = stringValues(options);
  const language = languageOption(options);
  const kind = str("kind") ?? "measures";
  if (!ANNEX_KINDS.includes(kind as AnnexKind))
    throw new UsageError(`--kind 要 plan（計畫表）、measures（附件一）或 results（附件二），收到「${kind}」。`);
  return {
    language,
    kind: kind as AnnexKind,
    period: periodOption(options),
    given: titleOptions(options),
    force: !!options.force,
    bom: !options["no-bom"],
    pdfEngine: pdfEngineOption(options),
  };
}

/** One workbook read, its annex built and checked before publishing. */
async function prepareExport(file: string, options: Record<string, string | true>, s: ExportSettings) {
  const loaded = await loadPlanAndResults(file, options, s.period);
  const { wb, grid, framework, plan, source, compiled, titleSheets } = loaded;
  // 附件二 carries the period's results; the other tables the plan as it is.
  const published = s.kind === "results" ? compiled.plan : plan;
  const title = annexTitle(s.given, titleSheets, grid, plan);
  const spec = buildAnnex(s.kind, published, framework, title);
  const unitsGrid = wb.sheets.find((g) => g.sheet === "單位");
  const units = unitsGrid ? unitListFromSheet(unitsGrid).units : undefined;
  // 附件二: who has not reported, from the results sheet, else from the results typed beside the plan.
  const rows = source.kind === "sheet" ? source.rows : resultRowsBeside(plan, units ?? [], s.period);
  const results = s.kind === "results" ? { sheet: RESULTS_SHEET, rows, period: s.period } : undefined;
  const findings = prePublicationCheck(publishedSheetOf(spec), plan, framework, {
    ...(units ? { units } : {}),
    ...(results ? { results } : {}),
    from: sourceSheetOf(grid, plan),
  });
  return { ...loaded, published, title, spec, findings };
}

type Prepared = Awaited<ReturnType<typeof prepareExport>>;

/** The sentence for --pdf-engine libreoffice without LibreOffice. */
const noSoffice = (language: Locale) =>
  new UsageError(
    language === "en"
      ? "--pdf-engine libreoffice: LibreOffice was not found (soffice). Install it, or leave --pdf-engine out to use the built-in renderer."
      : "--pdf-engine libreoffice：找不到 LibreOffice（soffice）。請安裝 LibreOffice，或不加 --pdf-engine，改用內建排版。",
  );

/**
 * The file's bytes in the format asked for; `engine`: what made a PDF; `missing`: characters our
 * renderer's font lacks. `soffice`: LibreOffice found beforehand (a batch looks once), null if not there.
 */
async function render(format: ExportFormat, p: Prepared, s: ExportSettings, soffice?: string | null) {
  let engine: UsedEngine | null = null;
  let neutralised = 0;
  let missing: MissingGlyph[] = [];
  let bytes: Uint8Array;
  if (format === "xlsx") bytes = await writeWorkbook([p.spec]);
  else if (format === "ods") bytes = writeOds([p.spec]);
  else if (format === "html") bytes = new TextEncoder().encode(annexHtml(s.kind, p.published, p.framework, p.title));
  else if (format === "csv") {
    const csv = annexCsv(s.kind, p.published, p.framework, p.title, { bom: s.bom });
    bytes = csv.bytes;
    neutralised = csv.neutralised.length;
  } else {
    const found = s.pdfEngine === "builtin" ? null : soffice === undefined ? findSoffice() : soffice;
    if (s.pdfEngine === "libreoffice" && !found) throw noSoffice(s.language);
    if (found) {
      bytes = libreOfficeConvert(found, await writeWorkbook([p.spec]), "xlsx", "pdf");
      engine = "libreoffice";
    } else {
      ({ bytes, missing } = await writePdf(p.spec, readPdfFonts()));
      engine = "builtin";
    }
  }
  return { bytes, engine, neutralised, missing };
}

export async function exportCommand(
  positional: string[],
  options: Record<string, string | true>,
  io: Io,
  repeated: Record<string, string[]> = {},
): Promise<number> {
  if (isBatch(positional, options)) return exportBatch(positional, options, io, repeated);
  const file = positional[0];
  if (!file) throw new UsageError("請指定活頁簿檔案，例如 service-plan export 計畫.xlsx --kind measures --out 附件一.ods");
  const str = stringValues(options);
  // The options read and checked (--kind, --lang, --period, --pdf-engine…) before any work.
  const settings = exportSettings(options);
  const { language } = settings;
  const out = str("out");
  if (out === undefined)
    throw new UsageError("請用 --out 指定要寫出的檔名，例如 --out 附件一.ods（副檔名決定格式：ods、pdf、xlsx、csv、html）。");
  checkOutputPath("--out", out, file);
  const format = formatOf(str("format"), out);

  const prepared = await prepareExport(file, options, settings);
  const { findings } = prepared;
  if (findings.length > 0) {
    io.out(
      language === "en" ? `Before publishing, ${findings.length} thing(s) to look at:` : `發布前檢查：有 ${findings.length} 項需要留意：`,
    );
    for (const f of findings) io.out(findingLine(f, language));
    if (!options.force) {
      io.err(
        language === "en"
          ? "Nothing was written. Fix these and export again, or add --force to publish anyway."
          : "沒有寫出檔案。請修正後再匯出，或加上 --force 照樣匯出。",
      );
      return 1;
    }
  }

  const { bytes, engine, neutralised, missing } = await render(format, prepared, settings);
  writeOutput(out, bytes);
  const measures = prepared.published.measures.length;
  const by = engine ? engineName(engine, language) : "";
  io.out(
    language === "en"
      ? `Wrote ${out} (${format}${by ? `, made by ${by}` : ""}): ${measures} measures.` +
          (neutralised ? ` ${neutralised} cell(s) that a spreadsheet would run as a formula were written with a leading ' .` : "")
      : `已寫出 ${out}（${format}${by ? `，由${by}產生` : ""}）：${measures} 項作法。` +
          (neutralised ? `有 ${neutralised} 格開頭像公式，已在前面加上 ' 以免被試算表執行。` : ""),
  );
  if (missing.length > 0) io.err(missingGlyphsLine(missing, language, prepared.spec.name));
  return 0;
}

/** The annex's name in the files a batch writes: 某區公所_附件一.ods. */
const KIND_FILE: Record<AnnexKind, string> = { plan: "計畫表", measures: "附件一", results: "附件二" };

/**
 * Several workbooks, or a folder, each exported as `export` exports it alone, into `--out-dir` as
 * <input's name>_<annex>.<format>: never over an input, no two onto one file (both checked before any
 * work). A workbook with pre-publication findings is not written (unless --force); its row says how
 * many. One summary, as `validate`'s, with the pre-publication findings and the file written.
 */
async function exportBatch(
  positional: string[],
  options: Record<string, string | true>,
  io: Io,
  repeated: Record<string, string[]>,
): Promise<number> {
  const str = stringValues(options);
  const language = languageOption(options);
  refuseInBatch(options, {
    out: "批次匯出請用 --out-dir 指定輸出資料夾（每本活頁簿寫出一個檔，以活頁簿的名稱命名），不用 --out。",
    agency: "批次匯出時各本的機關名稱取自各自的計畫標題，不能用 --agency 指定同一個。",
  });
  const settings = exportSettings(options);
  const given = str("format");
  if (given === undefined) throw new UsageError("批次匯出請用 --format 指定格式：ods、pdf、xlsx、csv 或 html。");
  const format = given.toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format 要 ods、pdf、xlsx、csv 或 html，收到「${given}」。`);
  const outDir = str("out-dir");
  if (outDir === undefined) throw new UsageError("批次匯出請用 --out-dir 指定輸出資料夾，例如 --out-dir 發布檔。");
  if (fs.statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`--out-dir「${outDir}」不是資料夾。`);
  const inputs = batchInputs(positional);
  const outputs = outputNames(inputs, outDir, settings.kind, format);
  const targets = summaryTargets(repeated.summary ?? [], inputs);
  for (const t of targets)
    if ([...outputs.values()].some((o) => path.resolve(o) === path.resolve(t.file)))
      throw new UsageError(`--summary「${t.file}」與匯出的檔名相同，請另取檔名。`);
  await checkFrameworkOption(str("framework"));
  // LibreOffice looked for once, not once per workbook; without it, our own renderer (unless only LibreOffice will do).
  const soffice = format === "pdf" && settings.pdfEngine !== "builtin" ? findSoffice() : null;
  if (format === "pdf" && settings.pdfEngine === "libreoffice" && !soffice) throw noSoffice(language);
  fs.mkdirSync(outDir, { recursive: true });

  const rows = await runBatch(inputs, io, language, async (input): Promise<Processed> => {
    const prepared = await prepareExport(input.file, options, settings);
    const { wb, grid, framework, plan, source, compiled, title, findings } = prepared;
    const unitList = chooseUnitList(wb, path.basename(input.file), undefined, undefined);
    const { stats } = validatePlan(plan, { framework, units: unitList.units, unitsSheet: unitList.unitsSheet });
    const stopped = findings.length > 0 && !settings.force;
    let written: string | null = null;
    let note = "";
    if (stopped)
      note =
        language === "en"
          ? `Not written: ${findings.length} finding(s) before publishing (--force writes anyway).`
          : `未寫出：發布前檢查有 ${findings.length} 項（加 --force 照樣匯出）。`;
    else {
      const out = outputs.get(input)!;
      const { bytes, engine, neutralised, missing } = await render(format, prepared, settings, soffice);
      writeOutput(out, bytes);
      written = out;
      const notes = [
        ...(findings.length > 0
          ? [
              language === "en"
                ? `Written with --force despite ${findings.length} finding(s) before publishing.`
                : `發布前檢查有 ${findings.length} 項，依 --force 照樣匯出。`,
            ]
          : []),
        ...(engine ? [language === "en" ? `Made by ${engineName(engine, language)}.` : `由${engineName(engine, language)}產生。`] : []),
        ...(missing.length > 0 ? [missingGlyphsLine(missing, language, prepared.spec.name)] : []),
        ...(neutralised
          ? [
              language === "en"
                ? `${neutralised} formula-like cell(s) written with a leading '.`
                : `有 ${neutralised} 格開頭像公式，已加上 '。`,
            ]
          : []),
      ];
      note = notes.join(language === "en" ? " " : "");
    }
    if (!title.agency)
      note += language === "en" ? `${note ? " " : ""}The agency's name was not found in the plan's title.` : "計畫標題中找不到機關名稱。";
    const row: SummaryRow = {
      file: input.label,
      status: stopped ? "not-exported" : "exported",
      sheet: grid.sheet,
      agency: title.agency || null,
      year: title.year,
      measures: stats.measures,
      pillars: stats.pillars,
      focusPoints: stats.focusPoints,
      findings: stats.findings,
      results: source.kind === "sheet" ? { rows: compiled.byUnit.reduce((n, u) => n + u.rows, 0), missing: compiled.missing.length } : null,
      exported: { findings: findings.length, written },
      note,
    };
    // What stopped it (or was published anyway): the pre-publication findings with their cells.
    return { row, details: findings.map((f) => findingLine(f, language)) };
  });
  return finishBatch(rows, targets, "export", options, language, settings.period, io);
}

/** Each input's output in `outDir`, checked before any work: never an input, never two onto one file. */
function outputNames(inputs: readonly BatchInput[], outDir: string, kind: AnnexKind, format: ExportFormat): Map<BatchInput, string> {
  const outputs = new Map<BatchInput, string>();
  const taken = new Map<string, BatchInput>();
  for (const input of inputs) {
    const stem = path.basename(input.file).replace(/\.[^.]*$/, "");
    const out = path.join(outDir, `${stem}_${KIND_FILE[kind]}.${format}`);
    // Case-insensitive: on Windows and macOS 甲.XLSX and 甲.xlsx are one file.
    const key = path.resolve(out).toLowerCase();
    const other = taken.get(key);
    if (other)
      throw new UsageError(`「${other.file}」與「${input.file}」會寫到同一個檔「${out}」：請分兩次匯出到不同的 --out-dir，或改檔名。`);
    taken.set(key, input);
    for (const i of inputs)
      if (path.resolve(out) === path.resolve(i.file) || sameFile(out, i.file))
        throw new UsageError(`匯出的檔「${out}」會蓋過輸入的活頁簿「${i.file}」：請換一個 --out-dir。`);
    outputs.set(input, out);
  }
  return outputs;
}
