/**
 * The change kinds of the year's turn, entries of the one change registry (src/core/changes.ts merges
 * them): what a roll-over changed in starting next year's plan, and what a comparison of two years
 * found. Params are data; the sentences are built from them in zh-TW and English.
 */
import type { Locale } from "../locale";

export interface YearOverParamsByKind {
  // Roll-over: what starting next year's plan from this one changed.
  "year-moved": { from: number | null; to: number };
  "title-moved": { sheet: string; before: string; after: string };
  "title-missing": { year: number };
  "results-cleared": { count: number; ids: string[] };
  "results-sheet-left": { sheet: string; rows: number };
  "deadlines-moved": { from: string; to: string; count: number };
  "deadline-cleared": { text: string; count: number };
  "pillar-reworded": { pillar: number; before: string; after: string; measures: number };
  "focus-reworded": { focus: string; before: string; after: string; measures: number };
  "year-in-measure": { year: number; ids: string[] };
  /** Last year unknown (the title names none, --year given): deadlines naming a year are left as written. */
  "deadlines-not-moved": { count: number; to: number };
  /** The plan's notes outside its table carried to `sheet`; `moved` of them had the year moved. */
  "notes-carried": { sheet: string; count: number; first: string; moved: number };
  // Comparing two years: each difference once.
  "year-changed": { before: number | null; after: number | null };
  "results-changed": { before: number; after: number };
  "measure-added": { id: string; text: string };
  "measure-dropped": { id: string; text: string };
  "measure-reworded": { id: string; oldId: string; before: string; after: string; similarity: number };
  "measure-moved": { id: string; before: string; after: string };
  "units-changed": { id: string; before: string[]; after: string[] };
  "coverage-gained": { focus: string; label: string; text: string };
  "coverage-lost": { focus: string; label: string; text: string };
}

type YearOverTemplates = { [K in keyof YearOverParamsByKind]: (p: YearOverParamsByKind[K]) => string };

/** A measure or wording short enough for one line of a list: its first line, at most 40 characters. */
function short(text: string): string {
  const line = text.split("\n")[0].trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** At most ten ids, then "…". */
function idList(ids: readonly string[], separator: string): string {
  return ids.slice(0, 10).join(separator) + (ids.length > 10 ? `${separator}…` : "");
}

const pct = (x: number) => Math.round(x * 100);

export const YEAR_OVER_ZH: YearOverTemplates = {
  "year-moved": (p) => (p.from === null ? `計畫年度訂為 ${p.to} 年（原計畫標題沒有年度）` : `計畫年度 ${p.from} 年 → ${p.to} 年`),
  "title-moved": (p) => `「${p.sheet}」的標題「${p.before}」改為「${p.after}」`,
  "title-missing": (p) => `找不到計畫標題（機關名稱與年度）：新活頁簿沒有標題列，產製附表時請指定機關名稱與年度 ${p.year}`,
  "results-cleared": (p) => `清空 ${p.count} 項作法的執行成效（${idList(p.ids, "、")}），新年度重新填報`,
  "results-sheet-left": (p) => `「${p.sheet}」的 ${p.rows} 列填報屬於舊年度，不帶入新年度`,
  "deadlines-moved": (p) => `${p.count} 項作法的完成期限「${p.from}」移到新年度「${p.to}」`,
  "deadline-cleared": (p) => `${p.count} 項作法的完成期限「${p.text}」在新年度沒有這一天，已清空，請重填`,
  "pillar-reworded": (p) => `執行要項依架構的新文字更新（${p.measures} 項作法）：「${short(p.before)}」→「${short(p.after)}」`,
  "focus-reworded": (p) => `執行重點 ${p.focus} 依架構的新文字更新（${p.measures} 項作法）：「${short(p.before)}」→「${short(p.after)}」`,
  "year-in-measure": (p) => `${p.ids.length} 項作法的文字提到 ${p.year} 年（${idList(p.ids, "、")}），未更動，請檢查`,
  "deadlines-not-moved": (p) => `原計畫標題沒有年度，${p.count} 項作法的完成期限寫有年度，未移到 ${p.to} 年，請檢查`,
  "notes-carried": (p) =>
    `表格外的附註 ${p.count} 則（「${short(p.first)}」${p.count > 1 ? "等" : ""}）帶入新年度的「${p.sheet}」${p.moved > 0 ? `，其中 ${p.moved} 則的年度已改` : ""}`,
  "year-changed": (p) => `年度：${p.before ?? "不明"} → ${p.after ?? "不明"}`,
  "results-changed": (p) => `有執行成效的作法：${p.before} 項 → ${p.after} 項`,
  "measure-added": (p) => `新增作法 ${p.id}：「${short(p.text)}」`,
  "measure-dropped": (p) => `刪除作法 ${p.id}：「${short(p.text)}」`,
  "measure-reworded": (p) =>
    `作法 ${p.id}${p.oldId !== p.id ? `（原編號 ${p.oldId}）` : ""} 文字修改（相似度 ${pct(p.similarity)}%）：「${short(p.before)}」→「${short(p.after)}」`,
  "measure-moved": (p) => `作法 ${p.id} 從 ${p.before} 移到 ${p.after}`,
  "units-changed": (p) => `作法 ${p.id} 的執行單位：${p.before.join("、") || "（無）"} → ${p.after.join("、") || "（無）"}`,
  "coverage-gained": (p) => `新涵蓋 ${p.label}「${short(p.text)}」`,
  "coverage-lost": (p) => `不再涵蓋 ${p.label}「${short(p.text)}」`,
};

export const YEAR_OVER_EN: YearOverTemplates = {
  "year-moved": (p) =>
    p.from === null ? `The plan's year set to ${p.to} (ROC; the plan's title named no year)` : `The plan's year: ${p.from} → ${p.to} (ROC)`,
  "title-moved": (p) => `The title on "${p.sheet}", "${p.before}", now reads "${p.after}"`,
  "title-missing": (p) =>
    `No title (agency and year) found: the new workbook has no title rows; give the agency and the year ${p.year} when building annexes`,
  "results-cleared": (p) =>
    `The results of ${p.count} measure${p.count === 1 ? "" : "s"} cleared (${idList(p.ids, ", ")}), to be reported anew`,
  "results-sheet-left": (p) => `The ${p.rows} row${p.rows === 1 ? "" : "s"} reported on "${p.sheet}" belong to last year: not carried`,
  "deadlines-moved": (p) => `The deadline "${p.from}" of ${p.count} measure${p.count === 1 ? "" : "s"} moved to the new year: "${p.to}"`,
  "deadline-cleared": (p) =>
    `The deadline "${p.text}" of ${p.count} measure${p.count === 1 ? "" : "s"} has no such day in the new year: cleared, to be set again`,
  "pillar-reworded": (p) =>
    `A pillar takes the framework's new wording (${p.measures} measure${p.measures === 1 ? "" : "s"}): "${short(p.before)}" → "${short(p.after)}"`,
  "focus-reworded": (p) =>
    `Focus point ${p.focus} takes the framework's new wording (${p.measures} measure${p.measures === 1 ? "" : "s"}): "${short(p.before)}" → "${short(p.after)}"`,
  "year-in-measure": (p) =>
    `${p.ids.length} measure${p.ids.length === 1 ? "" : "s"} mention the year ${p.year} (${idList(p.ids, ", ")}): left as written, to be checked`,
  "deadlines-not-moved": (p) =>
    `The plan's title names no year: the deadlines of ${p.count} measure${p.count === 1 ? "" : "s"} name a year and were not moved to ${p.to}, to be checked`,
  "notes-carried": (p) =>
    `${p.count} note${p.count === 1 ? "" : "s"} outside the plan's table ("${short(p.first)}"${p.count > 1 ? ", …" : ""}) carried to "${p.sheet}"${p.moved > 0 ? `, the year moved in ${p.moved}` : ""}`,
  "year-changed": (p) => `Year: ${p.before ?? "unknown"} → ${p.after ?? "unknown"} (ROC)`,
  "results-changed": (p) => `Measures with results: ${p.before} → ${p.after}`,
  "measure-added": (p) => `Measure ${p.id} added: "${short(p.text)}"`,
  "measure-dropped": (p) => `Measure ${p.id} dropped: "${short(p.text)}"`,
  "measure-reworded": (p) =>
    `Measure ${p.id}${p.oldId !== p.id ? ` (was ${p.oldId})` : ""} reworded (${pct(p.similarity)}% alike): "${short(p.before)}" → "${short(p.after)}"`,
  "measure-moved": (p) => `Measure ${p.id} moved from ${p.before} to ${p.after}`,
  "units-changed": (p) => `The units of measure ${p.id}: ${p.before.join(", ") || "(none)"} → ${p.after.join(", ") || "(none)"}`,
  "coverage-gained": (p) => `Now covered: ${p.label} "${short(p.text)}"`,
  "coverage-lost": (p) => `No longer covered: ${p.label} "${short(p.text)}"`,
};

export const YEAR_OVER_TEMPLATES: Record<Locale, YearOverTemplates> = { "zh-TW": YEAR_OVER_ZH, en: YEAR_OVER_EN };
