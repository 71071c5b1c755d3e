/** The export step's text, zh-TW first. */
import type { AnnexKind } from "../../core/annex/annexes";
import type { Locale } from "../i18n";
import type { PaneFormat } from "./exportFiles";

export interface ExportStrings {
  loading: string;
  needsSetUp: string;
  kindLabel: string;
  kinds: Record<AnnexKind, string>;
  periodLabel: string;
  periods: { 期中: string; 年終: string };
  formatLabel: string;
  formats: Record<PaneFormat, string>;
  pdfNote: string;
  exporting: string;
  makingPdf: (download: { done: number; total: number } | null) => string;
  fontFailed: string;
  missingGlyphs: (n: number) => string;
  missingGlyph: (char: string, codePoint: string, cells: string) => string;
  bomLabel: string;
  bomHint: string;
  check: string;
  checking: string;
  findingsTitle: (n: number) => string;
  goTo: (cell: string) => string;
  exportAnyway: string;
  checkAgain: string;
  clean: string;
  downloaded: (name: string, kb: number) => string;
  neutralised: (n: number) => string;
  linkHint: string;
  macNote: string;
  openAsWorkbook: string;
  opened: string;
  nothingChanged: string;
}

const ZH: ExportStrings = {
  loading: "正在讀取活頁簿…",
  needsSetUp: "請先完成步驟 1「套用計畫格式」：發布的附表由計畫表產製。",
  kindLabel: "要發布的表",
  kinds: { plan: "計畫表", measures: "附件一 具體作法", results: "附件二 執行成效一覽表" },
  periodLabel: "成效期別",
  periods: { 期中: "期中", 年終: "年終" },
  formatLabel: "檔案格式",
  formats: {
    ods: ".ods（ODF，政府網站的可編輯文件）",
    pdf: ".pdf（不可編輯的公告版，文字可搜尋）",
    xlsx: ".xlsx（Excel，只含這張表）",
    csv: ".csv（開放資料，一項作法一列）",
    html: ".html（無障礙網頁）",
  },
  pdfNote: "PDF 以思源宋體（Noto Serif TC，開源字型）排版，版面與列印的附表相同。第一次匯出 PDF 要下載約 20 MB 的字型，之後不用再下載。",
  exporting: "正在產製檔案…",
  makingPdf: (d) => (d ? `正在下載 PDF 字型（${Math.round((d.done / d.total) * 100)}%）…` : "正在排版 PDF…"),
  fontFailed: "無法下載 PDF 用的字型，可能是網路中斷。請稍後再試，或改匯出 .ods 後再列印成 PDF。",
  missingGlyphs: (n) => `字型缺少下列 ${n} 個字，PDF 中印成「〓」。請改用其他字，或匯出 .ods 以有這些字的字型列印：`,
  missingGlyph: (char, codePoint, cells) => `「${char}」（${codePoint}）：${cells}`,
  bomLabel: "加上 BOM（Windows 的 Excel 開啟才不會亂碼）",
  bomHint: "上傳開放資料平台時可取消。",
  check: "檢查並匯出",
  checking: "檢查中…",
  findingsTitle: (n) => `發布前檢查：有 ${n} 項需要留意。可以回到儲存格修正後重新檢查，或仍要匯出。`,
  goTo: (cell) => `前往 ${cell}`,
  exportAnyway: "仍要匯出",
  checkAgain: "重新檢查",
  clean: "發布前檢查沒有發現問題。",
  downloaded: (name, kb) => `已下載「${name}」（${kb} KB）。`,
  neutralised: (n) => `有 ${n} 格開頭像公式，已在前面加上 ' 以免被試算表執行。`,
  linkHint: "若沒有開始下載，請按這個連結：",
  macNote:
    "Excel for Mac 不能從工作窗格下載檔案。可以把這張表開成新的活頁簿，再用「檔案 → 另存新檔」存成 .xlsx、.ods（OpenDocument 試算表）或 .csv，或列印成 PDF。",
  openAsWorkbook: "開成新的活頁簿",
  opened: "已開成新的活頁簿：請在那個視窗用「檔案 → 另存新檔」存檔。",
  nothingChanged: "匯出只讀取活頁簿，不會修改任何內容。",
};

const EN: ExportStrings = {
  loading: "Reading the workbook…",
  needsSetUp: "Finish step 1, Set up, first: the published tables are built from the plan table.",
  kindLabel: "Table to publish",
  kinds: { plan: "Plan table", measures: "Annex 1, measures", results: "Annex 2, results table" },
  periodLabel: "Results period",
  periods: { 期中: "Mid-year", 年終: "Year end" },
  formatLabel: "File format",
  formats: {
    ods: ".ods (ODF, the editable format for government websites)",
    pdf: ".pdf (for reading and printing, with searchable text)",
    xlsx: ".xlsx (Excel, this table only)",
    csv: ".csv (open data, one measure a row)",
    html: ".html (an accessible web page)",
  },
  pdfNote:
    "The PDF is set in Noto Serif TC (an open font), laid out as the printed annex. The first PDF downloads about 20 MB of font; later ones do not.",
  exporting: "Making the file…",
  makingPdf: (d) => (d ? `Downloading the PDF font (${Math.round((d.done / d.total) * 100)}%)…` : "Laying out the PDF…"),
  fontFailed:
    "The PDF font could not be downloaded, perhaps because the network is down. Try again later, or export .ods and print that to PDF.",
  missingGlyphs: (n) =>
    `The font lacks these ${n} character(s), printed as 〓 in the PDF. Use other words, or export .ods and print it with a font that has them:`,
  missingGlyph: (char, codePoint, cells) => `"${char}" (${codePoint}): ${cells}`,
  bomLabel: "Add a BOM (so Excel on Windows reads the characters right)",
  bomHint: "Leave it off for open-data portals.",
  check: "Check and export",
  checking: "Checking…",
  findingsTitle: (n) => `Before publishing, ${n} thing(s) to look at. Go to a cell and fix it, then check again, or export anyway.`,
  goTo: (cell) => `Go to ${cell}`,
  exportAnyway: "Export anyway",
  checkAgain: "Check again",
  clean: "The pre-publication check found nothing.",
  downloaded: (name, kb) => `Downloaded "${name}" (${kb} KB).`,
  neutralised: (n) => `${n} cell(s) starting like a formula were written with a leading ' so no spreadsheet runs them.`,
  linkHint: "If the download did not start, use this link:",
  macNote:
    "Excel for Mac cannot download files from a task pane. Open this table as a new workbook, then use File → Save As to save it as .xlsx, .ods (OpenDocument Spreadsheet) or .csv, or print it to PDF.",
  openAsWorkbook: "Open as a new workbook",
  opened: "Opened as a new workbook: use File → Save As in that window.",
  nothingChanged: "Exporting only reads the workbook; nothing in it is changed.",
};

export const EXPORT_STRINGS: Record<Locale, ExportStrings> = { "zh-TW": ZH, en: EN };
