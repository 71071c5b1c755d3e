/**
 * The summary of a batch (`validate` or `export` over several workbooks, for a supervising agency): one
 * row per workbook, as a sheet (.xlsx: a header row, frozen, filterable, sized to its text), as CSV and
 * as a table on the terminal. A workbook that could not be read has its row too, saying why.
 */
import type { Severity } from "../core/checks/finding";
import type { CellValue } from "../core/grid";
import type { Locale } from "../core/locale";
import type { Period } from "../core/results/resultsSheet";
import type { ColumnSpec, SheetSpec } from "../core/sheetSpec";
import { wrappedRowHeight } from "../core/sheetSpec";
import { displayWidth, padEnd } from "./textWidth";

export type BatchKind = "validate" | "export";

/** What became of one workbook. */
export type RowStatus = "passed" | "errors" | "exported" | "not-exported" | "unreadable" | "failed";

export interface SummaryRow {
  /** The workbook as the summary names it (its file name; the path given when two share a name). */
  file: string;
  status: RowStatus;
  /** The sheet the plan was read from. */
  sheet: string | null;
  agency: string | null;
  /** ROC year, from the plan's title (or --year for an export). */
  year: number | null;
  measures: number | null;
  pillars: { covered: number; required: number } | null;
  focusPoints: { covered: number; required: number } | null;
  /** The plan's findings (as `validate` gives them alone), by severity. */
  findings: Record<Severity, number> | null;
  /** From the results sheet (成效填報) for the period: its rows and those reported in neither status nor result; null with no results sheet. */
  results: { rows: number; missing: number } | null;
  /** Export only: the pre-publication findings, and the file written (null: nothing written). */
  exported?: { findings: number; written: string | null };
  /** Why it could not be read, or what else to know, in one or two sentences. */
  note: string;
}

/** A row for a workbook that could not be read (or failed): everything blank but the file and why. */
export function unreadableRow(file: string, why: string, status: "unreadable" | "failed" = "unreadable"): SummaryRow {
  return {
    file,
    status,
    sheet: null,
    agency: null,
    year: null,
    measures: null,
    pillars: null,
    focusPoints: null,
    findings: null,
    results: null,
    note: why,
  };
}

const PERIOD_EN: Record<Period, string> = { 期中: "mid-year", 年終: "year end" };

const STATUS_ZH: Record<RowStatus, string> = {
  passed: "通過",
  errors: "有錯誤",
  exported: "已匯出",
  "not-exported": "未匯出",
  unreadable: "無法讀取",
  failed: "發生錯誤",
};

const STATUS_EN: Record<RowStatus, string> = {
  passed: "passed",
  errors: "errors",
  exported: "exported",
  "not-exported": "not exported",
  unreadable: "unreadable",
  failed: "failed",
};

const WORDS = {
  "zh-TW": {
    sheet: "彙整",
    status: STATUS_ZH,
    headers: (period: Period) => ({
      file: "檔案",
      status: "狀態",
      agency: "機關",
      year: "年度",
      sheet: "工作表",
      measures: "具體作法",
      pillarsCovered: "執行要項涵蓋",
      pillarsRequired: "執行要項應有",
      focusCovered: "執行重點涵蓋",
      focusRequired: "執行重點應有",
      error: "錯誤",
      warning: "警告",
      info: "提示",
      resultRows: `成效填報列數（${period}）`,
      resultsMissing: `尚未填報（${period}）`,
      publishFindings: "發布前檢查",
      written: "匯出檔案",
      note: "說明",
    }),
    total: (n: number) => `共 ${n} 本活頁簿：`,
    counts: (c: Partial<Record<RowStatus, number>>) =>
      (Object.keys(c) as RowStatus[]).map((s) => `${STATUS_ZH[s]} ${c[s]} 本`).join("、") + "。",
    wrote: (files: string[]) => `已寫出彙整表 ${files.join("、")}。`,
    short: { findings: "錯誤/警告/提示", missing: "未填報" },
  },
  en: {
    sheet: "Summary",
    status: STATUS_EN,
    headers: (period: Period) => ({
      file: "File",
      status: "Status",
      agency: "Agency",
      year: "Year (ROC)",
      sheet: "Sheet",
      measures: "Measures",
      pillarsCovered: "Pillars covered",
      pillarsRequired: "Pillars required",
      focusCovered: "Focus points covered",
      focusRequired: "Focus points required",
      error: "Errors",
      warning: "Warnings",
      info: "Info",
      resultRows: `Result rows (${PERIOD_EN[period]})`,
      resultsMissing: `Not reported (${PERIOD_EN[period]})`,
      publishFindings: "Pre-publication findings",
      written: "File written",
      note: "Note",
    }),
    total: (n: number) => `${n} workbook(s): `,
    counts: (c: Partial<Record<RowStatus, number>>) =>
      (Object.keys(c) as RowStatus[]).map((s) => `${c[s]} ${STATUS_EN[s]}`).join(", ") + ".",
    wrote: (files: string[]) => `Wrote the summary to ${files.join(" and ")}.`,
    short: { findings: "E/W/I", missing: "missing" },
  },
} satisfies Record<Locale, unknown>;

type ColumnKey = keyof ReturnType<(typeof WORDS)["zh-TW"]["headers"]>;

/** The summary's columns, in order: the export's two only for an export. */
function columnKeys(kind: BatchKind): ColumnKey[] {
  return [
    "file",
    "status",
    "agency",
    "year",
    "sheet",
    "measures",
    "pillarsCovered",
    "pillarsRequired",
    "focusCovered",
    "focusRequired",
    "error",
    "warning",
    "info",
    "resultRows",
    "resultsMissing",
    ...(kind === "export" ? (["publishFindings", "written"] as const) : []),
    "note",
  ];
}

function cell(row: SummaryRow, key: ColumnKey, language: Locale): CellValue {
  switch (key) {
    case "file":
      return row.file;
    case "status":
      return WORDS[language].status[row.status];
    case "agency":
      return row.agency || null;
    case "year":
      return row.year;
    case "sheet":
      return row.sheet;
    case "measures":
      return row.measures;
    case "pillarsCovered":
      return row.pillars?.covered ?? null;
    case "pillarsRequired":
      return row.pillars?.required ?? null;
    case "focusCovered":
      return row.focusPoints?.covered ?? null;
    case "focusRequired":
      return row.focusPoints?.required ?? null;
    case "error":
    case "warning":
    case "info":
      return row.findings?.[key] ?? null;
    case "resultRows":
      return row.results?.rows ?? null;
    case "resultsMissing":
      return row.results?.missing ?? null;
    case "publishFindings":
      return row.exported?.findings ?? null;
    case "written":
      return row.exported?.written ?? null;
    case "note":
      return row.note || null;
  }
}

/** The header row and one row per workbook, as the .xlsx and the .csv both hold them. */
export function summaryTable(rows: readonly SummaryRow[], kind: BatchKind, language: Locale, period: Period): CellValue[][] {
  const keys = columnKeys(kind);
  const headers = WORDS[language].headers(period);
  return [keys.map((k) => headers[k]), ...rows.map((r) => keys.map((k) => cell(r, k, language)))];
}

/** Columns as wide as their text (a CJK character counts two), the long ones capped and wrapped. */
const MAX_WIDTH: Partial<Record<ColumnKey, number>> = { file: 40, agency: 30, sheet: 24, written: 50, note: 60 };

/** The summary as a sheet: a header row, frozen, as an Excel table (filter buttons), sized to its text. */
export function summarySheetSpec(rows: readonly SummaryRow[], kind: BatchKind, language: Locale, period: Period): SheetSpec {
  const table = summaryTable(rows, kind, language, period);
  const keys = columnKeys(kind);
  const columns: ColumnSpec[] = keys.map((key, c) => {
    const widest = Math.max(...table.map((r) => (r[c] === null ? 0 : displayWidth(String(r[c])))));
    const cap = MAX_WIDTH[key] ?? 24;
    return { header: String(table[0][c]), width: Math.min(cap, Math.max(6, widest + 2)), ...(widest + 2 > cap ? { wrap: true } : {}) };
  });
  const rowHeights: Record<number, number> = {};
  table.forEach((r, i) => {
    const h = wrappedRowHeight(r, columns);
    if (h > 16) rowHeights[i] = h;
  });
  return { name: WORDS[language].sheet, columns, rows: table, frozenRows: 1, rowHeights, table: { name: "ServicePlanSummary" } };
}

/** The summary on the terminal: a line per workbook, then the count by status. */
export function summaryText(rows: readonly SummaryRow[], kind: BatchKind, language: Locale): string {
  const words = WORDS[language];
  const head = [
    words.headers("年終").file,
    words.headers("年終").status,
    words.headers("年終").measures,
    words.short.findings,
    words.short.missing,
  ];
  if (kind === "export") head.push(words.headers("年終").publishFindings);
  head.push(words.headers("年終").note);
  const lines = rows.map((r) => {
    const line = [
      r.file,
      words.status[r.status],
      r.measures === null ? "" : String(r.measures),
      r.findings ? `${r.findings.error}/${r.findings.warning}/${r.findings.info}` : "",
      r.results ? String(r.results.missing) : "",
    ];
    if (kind === "export") line.push(r.exported ? String(r.exported.findings) : "");
    line.push([r.exported?.written, r.note].filter((t) => t).join(" "));
    return line;
  });
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...lines.map((l) => displayWidth(l[c]))));
  const format = (cells: string[]) =>
    cells
      .map((t, c) => (c === cells.length - 1 ? t : padEnd(t, widths[c])))
      .join("  ")
      .trimEnd();
  const counts: Partial<Record<RowStatus, number>> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return [format(head), ...lines.map(format), "", words.total(rows.length) + words.counts(counts)].join("\n");
}

export function summaryWritten(files: string[], language: Locale): string {
  return WORDS[language].wrote(files);
}
