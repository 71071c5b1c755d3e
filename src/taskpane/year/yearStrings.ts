/** The year step's text (step 6: next year's plan, two years compared), zh-TW first. */
import type { Locale } from "../i18n";

export interface YearStrings {
  loading: string;
  needsSetUp: string;
  rollTitle: string;
  rollIntro: string;
  yearLabel: string;
  yearHint: string;
  roll: string;
  rolling: string;
  rolled: (sheet: string, from: number | null, to: number, measures: number) => string;
  changesTitle: (n: number) => string;
  goToSheet: (sheet: string) => string;
  compareTitle: string;
  compareIntro: string;
  beforeLabel: string;
  afterLabel: string;
  choose: string;
  planTableMark: string;
  compare: string;
  comparing: string;
  compared: (sheet: string, before: string, after: string, n: number) => string;
  side: (sheet: string, year: number | null, measures: number) => string;
  noDifferences: string;
  kindHeading: (kind: string, n: number) => string;
  goTo: (where: string) => string;
  badYear: string;
  noYear: string;
  notLater: (from: number, to: number) => string;
  sameSheet: (sheet: string) => string;
  notAPlan: (sheet: string, why: string) => string;
}

const ZH: YearStrings = {
  loading: "正在讀取活頁簿…",
  needsSetUp: "請先完成步驟 1「套用計畫格式」：下一年度計畫由計畫表建立，比較也讀計畫表。",
  rollTitle: "建立下一年度計畫",
  rollIntro:
    "以今年的計畫表為底，在新的工作表建立下一年度計畫：編號不變，執行成效清空，完成期限與標題的年度改為新年度。今年的計畫表和其他工作表都不會變動。",
  yearLabel: "新年度（民國年）",
  yearHint: "留空：計畫標題的年度加 1。",
  roll: "建立下一年度計畫",
  rolling: "正在建立…",
  rolled: (sheet, from, to, n) => `已建立「${sheet}」：${from === null ? "" : `${from} 年度 → `}${to} 年度，${n} 項作法（編號不變）。`,
  changesTitle: (n) => `調整內容 ${n} 筆`,
  goToSheet: (sheet) => `前往「${sheet}」`,
  compareTitle: "比較兩個年度",
  compareIntro:
    "選擇兩張工作表（例如今年的計畫表與去年的計畫），列出新增、刪除、修改或移動的作法、執行單位的變更與涵蓋的變化，並寫成「比較」工作表。兩張工作表都不會變動。",
  beforeLabel: "較早年度的工作表",
  afterLabel: "較晚年度的工作表",
  choose: "請選擇工作表",
  planTableMark: "（計畫表）",
  compare: "比較",
  comparing: "正在比較…",
  compared: (sheet, before, after, n) =>
    n === 0 ? `${before} 與 ${after} 沒有差異，已寫入「${sheet}」。` : `${before} → ${after}：差異 ${n} 項，已寫入「${sheet}」。`,
  side: (sheet, year, n) => `「${sheet}」（${year === null ? "年度不明" : `${year} 年度`}，${n} 項作法）`,
  noDifferences: "兩個年度的計畫沒有差異。",
  kindHeading: (kind, n) => `${kind}（${n}）`,
  goTo: (where) => `前往 ${where}`,
  badYear: "新年度請填民國年的數字，例如 116，或留空。",
  noYear: "計畫標題沒有寫年度：請在「新年度」填入民國年，例如 116。",
  notLater: (from, to) => `新年度 ${to} 不在計畫的年度 ${from} 之後：請填 ${from + 1} 或更晚，或留空。`,
  sameSheet: (sheet) => `兩邊選的都是「${sheet}」：請選兩張不同的工作表。`,
  notAPlan: (sheet, why) => `「${sheet}」無法當作計畫讀取：${why}`,
};

const EN: YearStrings = {
  loading: "Reading the workbook…",
  needsSetUp: "Complete step 1, Set up, first: next year's plan is started from the plan table, and a comparison reads it too.",
  rollTitle: "Start next year's plan",
  rollIntro:
    "Next year's plan, started from this year's plan table on a new sheet: ids kept, results cleared, deadlines and the title's year moved to the new year. This year's plan table and every other sheet stay as they are.",
  yearLabel: "New year (ROC)",
  yearHint: "Leave empty for the year after the one in the plan's title.",
  roll: "Start next year's plan",
  rolling: "Starting…",
  rolled: (sheet, from, to, n) =>
    `Made "${sheet}": ${from === null ? "" : `year ${from} → `}${to} (ROC), ${n} measure${n === 1 ? "" : "s"} (ids kept).`,
  changesTitle: (n) => `What was changed (${n})`,
  goToSheet: (sheet) => `Go to "${sheet}"`,
  compareTitle: "Compare two years",
  compareIntro:
    "Choose two sheets (this year's plan table and last year's plan, say) to list the measures added, dropped, reworded or moved, the units changed and the coverage gained or lost, written to a comparison sheet. Neither sheet is changed.",
  beforeLabel: "Earlier year's sheet",
  afterLabel: "Later year's sheet",
  choose: "Choose a sheet",
  planTableMark: " (plan table)",
  compare: "Compare",
  comparing: "Comparing…",
  compared: (sheet, before, after, n) =>
    n === 0
      ? `${before} and ${after} do not differ; written to "${sheet}".`
      : `${before} → ${after}: ${n} difference${n === 1 ? "" : "s"}, written to "${sheet}".`,
  side: (sheet, year, n) => `"${sheet}" (${year === null ? "year unknown" : `year ${year}`}, ${n} measure${n === 1 ? "" : "s"})`,
  noDifferences: "The two years' plans do not differ.",
  kindHeading: (kind, n) => `${kind} (${n})`,
  goTo: (where) => `Go to ${where}`,
  badYear: "Give the new year as an ROC year, e.g. 116, or leave it empty.",
  noYear: "The plan's title names no year: give the new year (ROC), e.g. 116.",
  notLater: (from, to) => `The new year, ${to}, is not after the plan's year, ${from}: give ${from + 1} or later, or leave it empty.`,
  sameSheet: (sheet) => `Both sides are "${sheet}": choose two different sheets.`,
  notAPlan: (sheet, why) => `"${sheet}" cannot be read as a plan: ${why}`,
};

export const YEAR_STRINGS: Record<Locale, YearStrings> = { "zh-TW": ZH, en: EN };
