/**
 * `npm run demo`: the whole year on the bundled sample (samples/sample-plan.xlsx), no Excel needed.
 * The add-in's own Excel code runs against the in-memory Excel, as the tests do: set-up, check, the
 * annexes, the results sheet with two section chiefs filling in a few rows (demo text, marked
 * 「（示範）」), 附件二 compiled, then the pre-publication check and the publication files (.ods, .pdf
 * through LibreOffice when installed, .xlsx, .csv, .html) of each annex, and the whole workbook as it
 * ends. Everything goes to one folder (./demo-output, or the folder given); the sample is only read.
 *
 *   npm run demo [-- FOLDER]
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { buildAnnex, type AnnexKind, type AnnexOptions } from "../src/core/annex/annexes";
import { changeMessage } from "../src/core/changes";
import type { Finding } from "../src/core/checks/finding";
import { countText, findingMessage } from "../src/core/checks/messages";
import { impose } from "../src/core/impose/impose";
import type { Locale } from "../src/core/locale";
import { resultRowsOf, type Period } from "../src/core/results/resultsSheet";
import type { SheetSpec } from "../src/core/sheetSpec";
import { unitListFromSheet } from "../src/core/workbook/unitsSheet";
import { recordedFramework } from "../src/core/workflows/frameworkChoice";
import { prePublicationCheck } from "../src/core/workflows/prePublication";
import { compilePeriod } from "../src/core/workflows/results";
import { suggestAnnexFields, writeAnnex } from "../src/excel/annexSheet";
import { checkPlan } from "../src/excel/checkPlan";
import type { ExcelHost } from "../src/excel/host";
import { readWorkbookOverview } from "../src/excel/overview";
import { gridOfValues, queueGridValues } from "../src/excel/readGrid";
import { loadUnitForm, saveUnitForm, type FormEdits } from "../src/excel/resultsForm";
import { makeResultsSheet } from "../src/excel/resultsSheet";
import { applySetUp } from "../src/excel/setUp";
import type { SetUpRecord } from "../src/excel/setUpRecord";
import { annexCsv } from "../src/files/csvWrite";
import { annexHtml } from "../src/files/htmlWrite";
import { writeOds } from "../src/files/odsWrite";
import { writeWorkbook } from "../src/files/xlsxWrite";
import { findSoffice } from "../src/cli/libreOffice";
import { readPdfFonts } from "../src/cli/pdfFonts";
import { writePdf } from "../src/files/pdf/pdfWrite";
import { displayWidth, padEnd, padStart } from "../src/cli/textWidth";
import { MemoryWorkbook } from "../src/memoryExcel";
import { playgroundExcelHost } from "../src/playground/playgroundHost";

export const SAMPLE = path.join(__dirname, "..", "samples", "sample-plan.xlsx");
export const DEFAULT_FOLDER = "demo-output";
/** The whole workbook as the demo leaves it. */
export const WORKBOOK_FILE = "示範活頁簿.xlsx";
const PERIOD: Period = "年終";
/** The publication formats, in the order listed. */
const FORMATS = ["ods", "pdf", "xlsx", "csv", "html"] as const;
const FONT = "標楷體";

/** The publication files of each annex: its file name (without extension) and its name in both languages. */
export const PUBLISHED: { kind: AnnexKind; file: string; zh: string; en: string }[] = [
  { kind: "plan", file: "計畫表", zh: "計畫表", en: "plan table" },
  { kind: "measures", file: "附件一", zh: "附件一（具體作法）", en: "annex 1 (measures)" },
  { kind: "results", file: "附件二", zh: "附件二（執行成效）", en: "annex 2 (results)" },
];

/** What two section chiefs type for measures of the sample: plausible, and marked 「（示範）」 wherever it is printed. */
export const CHIEFS: { unit: string; by: string; rows: { id: string; status: string; result: string; figure: string }[] }[] = [
  {
    unit: "秘書室",
    by: "（示範）陳主任",
    rows: [
      { id: "0-0-1", status: "已完成", result: "（示範）計畫於 3 月簽奉首長核定，並公開於本處網站", figure: "" },
      { id: "1-2-2", status: "已完成", result: "（示範）辦理志工訓練 2 場，共 48 人次參加", figure: "2" },
      { id: "1-3-1", status: "已完成", result: "（示範）每季辦理電話禮貌測試 1 次，全年 4 次，平均 92 分", figure: "4" },
    ],
  },
  {
    unit: "役政科",
    by: "（示範）林科長",
    rows: [
      { id: "3-3-2", status: "持續辦理", result: "（示範）線上預約代檢 1,268 人次", figure: "1268" },
      { id: "3-3-4", status: "已完成", result: "（示範）受理線上申請短期出境 356 件，均於當日核准", figure: "356" },
    ],
  },
];

export interface DemoFile {
  name: string;
  bytes: number;
}

export interface DemoRun {
  /** The folder, absolute. */
  folder: string;
  files: DemoFile[];
  /** What made the PDFs: LibreOffice when installed, else our own renderer. */
  pdf: "libreoffice" | "builtin";
  seconds: number;
}

export interface DemoOptions {
  /** Where everything goes (made if missing); default ./demo-output. */
  folder?: string;
  /** A line for the clerk (default: to the terminal). */
  out?: (line: string) => void;
  /** The LibreOffice that prints the PDFs; default: the one installed (findSoffice), if any; null: as if none were. */
  soffice?: string | null;
}

const said = (f: Finding, language: Locale) => `${f.cell ? `${f.sheet}!${f.cell}  ` : ""}${findingMessage(f, language)}`;
const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/** Our plan table, units, framework and results sheets as the workbook holds them now: one sync, the add-in's own reader. */
function readOurSheets(host: ExcelHost, record: SetUpRecord) {
  return host.run(async (context) => {
    const [plan, units, framework, results] = [record.plan, record.units, record.framework, record.results].map((ref) =>
      ref?.id ? queueGridValues(context, ref.id, { orNullObject: true }) : null,
    );
    await context.sync();
    return { plan: gridOfValues(plan), units: gridOfValues(units), framework: gridOfValues(framework), results: gridOfValues(results) };
  });
}

/**
 * Each annex's .xlsx in `folder` printed to its .pdf beside it by LibreOffice, started once for all
 * of them (libreOfficeConvert starts it once per file: three times as long). Its own profile in a
 * temporary folder, so a LibreOffice the user has open does not lock it. The PDFs made, or LibreOffice's words.
 */
function printToPdf(soffice: string, folder: string, annexes: string[]): { made: string[] } | { problem: string } {
  const made = annexes.map((a) => `${a}.pdf`);
  // A PDF of an earlier run is not taken for one made now.
  for (const name of made) fs.rmSync(path.join(folder, name), { force: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-demo-lo-"));
  try {
    const inputs = annexes.map((a) => path.join(folder, `${a}.xlsx`));
    const profileUrl = pathToFileURL(profile).href;
    const args = [`-env:UserInstallation=${profileUrl}`, "--headless", "--convert-to", "pdf", "--outdir", folder, ...inputs];
    const r = spawnSync(soffice, args, { encoding: "utf8", timeout: 180_000 });
    if (r.status !== 0 || made.some((name) => !fs.existsSync(path.join(folder, name))))
      return { problem: (r.stderr || r.stdout || `exit ${r.status}`).trim() };
    return { made };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoRun> {
  const started = Date.now();
  const out = options.out ?? ((line: string) => process.stdout.write(line + "\n"));
  /** A line in zh-TW, then the same in English. */
  const both = (zh: string, en: string, indent = "") => {
    out(indent + zh);
    out(`${indent}  ${en}`);
  };
  const folder = path.resolve(options.folder ?? DEFAULT_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const files: DemoFile[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(folder, name);
    if (file === path.resolve(SAMPLE)) throw new Error(`不會覆寫範例檔 / The sample is never overwritten: ${SAMPLE}`);
    fs.writeFileSync(file, bytes);
    files.push({ name, bytes: bytes.length });
  };

  both(
    "提升服務計畫助手示範：用內附的範例活頁簿走一遍一整年（不需要 Excel；範例檔只讀不改）",
    "Service Plan Assistant demo: a whole year on the bundled sample, in an in-memory Excel (the sample is only read)",
  );
  const wb = await MemoryWorkbook.loadXlsx(fs.readFileSync(SAMPLE));
  const host = playgroundExcelHost(wb, () => undefined);

  // 1. Set-up: the plan imposed on the sample's sheet; our sheets written beside it.
  const setUp = await applySetUp(host, { sourceSheet: null, framework: { kind: "detect" }, units: null });
  const { plan, framework } = setUp;
  const made = [setUp.record.plan.name, setUp.record.units.name, setUp.record.framework.name];
  out("");
  both(
    `1. 整理：在「${setUp.sourceSheet}」找到 ${plan.measures.length} 項具體作法（${framework.name}），建立 ${made.join("、")} 工作表；整理時的 ${plan.changes.length} 處調整都有記錄，例如：`,
    `Set-up: ${plan.measures.length} measures found on ${setUp.sourceSheet} (framework: ${framework.id}); made the sheets ${made.join(", ")}; each of the ${plan.changes.length} changes is noted, e.g.:`,
  );
  const examples = [plan.changes.find((c) => c.kind === "measures-split"), plan.changes.find((c) => c.kind === "units-aligned")];
  for (const c of examples.filter((c) => c !== undefined).slice(0, 2))
    both(`${c.cell}  ${changeMessage(c)}`, `${c.cell}  ${changeMessage(c, "en")}`, "   ");

  // 2. Check: coverage, units, deadlines; the problem cells highlighted in the workbook.
  const checked = await checkPlan(host, setUp.record);
  const counts = (language: Locale) =>
    (["error", "warning", "info"] as const)
      .map((s) => countText(language, s, checked.validation.stats.findings[s]))
      .join(language === "en" ? ", " : "、");
  out("");
  both(
    `2. 檢查：${counts("zh-TW")}；${checked.highlighted} 個儲存格已在工作表中標示。例如：`,
    `Check: ${counts("en")}; ${checked.highlighted} cells highlighted in the workbook. E.g.:`,
  );
  for (const f of checked.validation.findings.slice(0, 3)) both(said(f, "zh-TW"), said(f, "en"), "   ");

  // 3. The annexes, print-ready (A4, one page wide, the header row on every page).
  const title: Required<AnnexOptions> = { ...(await suggestAnnexFields(host, setUp.record)), font: FONT };
  const printed = [];
  for (const kind of ["plan", "measures"] as const) printed.push(await writeAnnex(host, setUp.record, { kind, ...title }));
  out("");
  both(
    `3. 附表：${printed.map((a) => `「${a.sheet}」${a.pages} 頁`).join("、")}（${title.agency || "未寫機關名稱"}${title.year ? ` ${title.year} 年` : ""}，${FONT}，A4）`,
    `Annexes: ${printed.map((a) => `${a.sheet} ${a.pages} pages`).join(", ")} (A4, one page wide, ${FONT})`,
  );

  // 4. Results: the secretariat makes 成效填報; two chiefs fill in their rows; 附件二 compiled.
  const sheetMade = await makeResultsSheet(host, setUp.record, PERIOD);
  const record = (await readWorkbookOverview(host)).record!;
  const chiefs: string[] = [];
  for (const chief of CHIEFS) {
    const form = await loadUnitForm(host, record.results!.id!, chief.unit, PERIOD);
    const edits: FormEdits = new Map(
      chief.rows.flatMap(({ id, ...typed }) => form.rows.filter((r) => r.id === id).map((r) => [r.key, typed] as const)),
    );
    await saveUnitForm(host, form, edits, chief.by);
    chiefs.push(`${chief.unit} ${edits.size}`);
  }
  const annex2 = await writeAnnex(host, record, { kind: "results", period: PERIOD, ...title });
  const waiting = annex2.compiled!.byUnit.filter((u) => u.reported < u.rows);
  const waitingText = (language: Locale) =>
    waiting.map((u) => `${u.unit} ${u.rows - u.reported}${language === "en" ? "" : " 項"}`).join(language === "en" ? ", " : "、");
  out("");
  both(
    `4. 成效：建立「${sheetMade.sheet}」（${PERIOD}，${sheetMade.rows} 列）；兩位主管填了幾項（示範文字）：${chiefs.join(" 項、")} 項；彙整成「${annex2.sheet}」${annex2.pages} 頁。`,
    `Results: made ${sheetMade.sheet} (year end, ${sheetMade.rows} rows); two chiefs filled in a few (demo text): ${chiefs.join(", ")}; compiled into ${annex2.sheet}, ${annex2.pages} pages.`,
  );
  both(`尚未填報：${waitingText("zh-TW") || "無"}`, `Not reported yet (measures): ${waitingText("en") || "none"}`, "   ");

  // 5. Export: the plan as the workbook holds it now, read back; each annex checked, then written.
  const sheets = await readOurSheets(host, record);
  const fw = recordedFramework(record.frameworkId, sheets.framework) ?? framework;
  const current = impose(sheets.plan!, { framework: fw });
  const resultRows = sheets.results ? resultRowsOf(sheets.results) : [];
  const compiled = compilePeriod(current, fw, resultRows, PERIOD, sheets.results?.sheet);
  const units = sheets.units ? unitListFromSheet(sheets.units).units : undefined;
  const found: { annex: (typeof PUBLISHED)[number]; findings: Finding[]; spec: SheetSpec }[] = [];
  for (const annex of PUBLISHED) {
    const published = annex.kind === "results" ? compiled.plan : current;
    const spec: SheetSpec = buildAnnex(annex.kind, published, fw, title);
    const results =
      annex.kind === "results" && sheets.results ? { sheet: sheets.results.sheet, rows: resultRows, period: PERIOD } : undefined;
    const sheet = { name: spec.name, rows: spec.rows, bodyRow: (spec.print?.titleRows ?? 0) + 1 };
    found.push({
      annex,
      spec,
      findings: prePublicationCheck(sheet, current, fw, { ...(units ? { units } : {}), ...(results ? { results } : {}) }),
    });
    write(`${annex.file}.ods`, writeOds([spec]));
    write(`${annex.file}.xlsx`, await writeWorkbook([spec]));
    write(`${annex.file}.csv`, annexCsv(annex.kind, published, fw, title).bytes);
    write(`${annex.file}.html`, new TextEncoder().encode(annexHtml(annex.kind, published, fw, title)));
  }
  out("");
  both(
    `5. 發布前檢查：${found.map((f) => `${f.annex.zh} ${f.findings.length} 項`).join("、")}需要留意：`,
    `Before publishing: ${found.map((f) => `${f.annex.en} ${f.findings.length}`).join(", ")} finding(s):`,
  );
  const distinct = new Map(found.flatMap((f) => f.findings).map((f) => [findingMessage(f), f]));
  for (const f of distinct.values()) both(said(f, "zh-TW"), said(f, "en"), "   ");
  both(
    "這是示範，所以照樣匯出；正式發布前請先處理上面各項。",
    "This is a demo, so everything is exported anyway; for real, fix these first.",
    "   ",
  );
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  const annexFiles = PUBLISHED.map((a) => a.file);
  const pdf = soffice ? printToPdf(soffice, folder, annexFiles) : null;
  if (pdf && "made" in pdf) {
    for (const name of pdf.made) files.push({ name, bytes: fs.statSync(path.join(folder, name)).size });
    both("PDF 由 LibreOffice 轉成。", "The PDFs were made by LibreOffice.", "   ");
  } else {
    // No LibreOffice (or it failed): our own renderer, as the pane makes PDFs.
    if (pdf) both(`PDF：LibreOffice 沒有轉成（${pdf.problem}）。`, `PDF: LibreOffice could not convert them (${pdf.problem}).`, "   ");
    const fonts = readPdfFonts();
    for (const { annex, spec } of found) write(`${annex.file}.pdf`, (await writePdf(spec, fonts)).bytes);
    both(
      "PDF 由內建排版（思源宋體 Noto Serif TC）產生（沒有 LibreOffice）。",
      "The PDFs were made by the built-in renderer (Noto Serif TC), without LibreOffice.",
      "   ",
    );
  }

  // 6. The whole workbook as it ends: every sheet above, to open in Excel.
  write(WORKBOOK_FILE, await wb.saveXlsx());
  const seconds = (Date.now() - started) / 1000;
  // The workbook first, then each annex's files in the order written (.pdf after .ods).
  const order = (name: string) => [WORKBOOK_FILE, ...PUBLISHED.flatMap((a) => FORMATS.map((f) => `${a.file}.${f}`))].indexOf(name);
  files.sort((a, b) => order(a.name) - order(b.name));
  const width = Math.max(...files.map((f) => displayWidth(f.name)));
  out("");
  both(`完成（${seconds.toFixed(1)} 秒），檔案都在這個資料夾：`, `Done in ${seconds.toFixed(1)} s; everything is in this folder:`);
  out(`  ${folder}`);
  for (const f of files) out(`    ${padEnd(f.name, width)}  ${padStart(size(f.bytes), 9)}`);
  both(
    `先用 Excel 開啟「${WORKBOOK_FILE}」看每個工作表；要上網公告的是 .ods、.pdf、.csv、.html。`,
    `Open ${WORKBOOK_FILE} in Excel to see every sheet; the .ods, .pdf, .csv and .html files are for the website.`,
  );
  return { folder, files, pdf: pdf && "made" in pdf ? "libreoffice" : "builtin", seconds };
}

if (require.main === module) {
  runDemo({ folder: process.argv[2] }).catch((e: unknown) => {
    process.stderr.write(`示範沒有完成 / The demo stopped: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
