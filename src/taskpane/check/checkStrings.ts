/** The check step's own text (finding messages come from core/checks/messages.ts). */
import { toChineseNumeral } from "../../core/text/numerals";
import type { Locale } from "../i18n";

export interface CheckStrings {
  loading: string;
  needsSetUp: string;
  check: string;
  checking: string;
  autoRecheck: string;
  summary: (measures: number, focusCovered: number, focusRequired: number) => string;
  /** The summary under a framework that mandates no focus points. */
  summaryPillars: (measures: number, pillarsCovered: number, pillarsRequired: number) => string;
  pillarMapCaption: string;
  measuresHeader: string;
  allClear: string;
  heatMapCaption: string;
  pillarHeader: string;
  focusHeader: (n: number) => string;
  noFocus: string;
  unitMapCaption: string;
  unitHeader: string;
  /** A pillar as a column header: "一", "訂定". */
  pillarShort: (n: number) => string;
  findingsTitle: string;
  wholePlan: string;
  pillarGroup: (n: number) => string;
  goTo: (where: string, message: string) => string;
  /** A finding's button: its cell, then its message (a full-width space in Chinese, an em space in English). */
  findingLine: (cell: string, message: string) => string;
  checkedAt: (time: string) => string;
  highlight: string;
  highlighted: (n: number) => string;
  highlightsCapped: (limit: number) => string;
  highlightFailed: (why: string) => string;
  writeCoverage: string;
  writingCoverage: string;
  coverageWritten: (sheet: string) => string;
  /** The button under a unit not on the list: remember that the name as written means the listed one. */
  rememberAlias: (written: string, unit: string) => string;
  aliasRemembered: (written: string, unit: string) => string;
  /** What remembering achieved: kept on the sheet, used from the next set-up. */
  rememberedUnit: (written: string, unit: string, sheet: string) => string;
}

const ZH: CheckStrings = {
  loading: "正在讀取活頁簿…",
  needsSetUp: "請先完成步驟 1「套用計畫格式」，建立計畫表後再檢查。",
  check: "檢查計畫",
  checking: "檢查中…",
  autoRecheck: "計畫表修改時自動重新檢查",
  summary: (m, c, r) => `${m} 項具體作法，涵蓋 ${c}/${r} 個執行重點。`,
  summaryPillars: (m, c, r) => `${m} 項具體作法，涵蓋 ${c}/${r} 個執行要項（此架構未規定執行重點）。`,
  pillarMapCaption: "各執行要項的具體作法數",
  measuresHeader: "具體作法",
  allClear: "沒有發現問題。",
  heatMapCaption: "各執行重點的具體作法數",
  pillarHeader: "執行要項",
  focusHeader: (n) => `重點 ${n}`,
  noFocus: "—",
  unitMapCaption: "各執行單位在各執行要項的具體作法數",
  unitHeader: "執行單位",
  pillarShort: (n) => (n === 0 ? "訂定" : toChineseNumeral(n)),
  findingsTitle: "檢查結果",
  wholePlan: "整份計畫",
  pillarGroup: (n) => (n === 0 ? "訂定計畫" : `執行要項${toChineseNumeral(n)}`),
  goTo: (where, message) => `前往 ${where}：${message}`,
  findingLine: (cell, message) => `${cell}　${message}`,
  checkedAt: (time) => `最後檢查：${time}`,
  highlight: "在工作表中醒目提示問題儲存格",
  highlighted: (n) =>
    n === 0 ? "工作表中沒有要醒目提示的儲存格。" : `工作表中醒目提示 ${n} 個儲存格（紅：錯誤，黃：警告）；儲存格一修改，提示即消失。`,
  highlightsCapped: (limit) => `問題儲存格太多，只醒目提示前 ${limit} 個。`,
  highlightFailed: (why) => `檢查結果如下，但無法在工作表中醒目提示問題儲存格：${why}`,
  writeCoverage: "將涵蓋情形寫入工作表",
  writingCoverage: "寫入中…",
  coverageWritten: (sheet) => `已寫入「${sheet}」工作表。`,
  rememberAlias: (written, unit) => `記住：${written} 就是 ${unit}`,
  aliasRemembered: (written, unit) => `已記住：${written} 就是 ${unit}`,
  rememberedUnit: (written, unit, sheet) =>
    `已記在「${sheet}」工作表：之後套用計畫格式（步驟 1）時，「${written}」會自動讀作「${unit}」。要修正這份計畫表，請回步驟 1 再套用一次。`,
};

const EN: CheckStrings = {
  loading: "Reading the workbook…",
  needsSetUp: "Finish step 1 (Set up) first: the check works on the plan table it makes.",
  check: "Check plan",
  checking: "Checking…",
  autoRecheck: "Check again when the plan table changes",
  summary: (m, c, r) => `${m} measures covering ${c}/${r} focus points.`,
  summaryPillars: (m, c, r) => `${m} measures covering ${c}/${r} pillars (this framework mandates no focus points).`,
  pillarMapCaption: "Measures per pillar",
  measuresHeader: "Measures",
  allClear: "No problems found.",
  heatMapCaption: "Measures per focus point",
  pillarHeader: "Pillar",
  focusHeader: (n) => `Focus ${n}`,
  noFocus: "—",
  unitMapCaption: "Measures per unit and pillar",
  unitHeader: "Unit",
  pillarShort: (n) => (n === 0 ? "Plan" : String(n)),
  findingsTitle: "Findings",
  wholePlan: "Whole plan",
  pillarGroup: (n) => (n === 0 ? "Preamble" : `Pillar ${n}`),
  goTo: (where, message) => `Go to ${where}: ${message}`,
  findingLine: (cell, message) => `${cell}\u2003${message}`,
  checkedAt: (time) => `Last checked: ${time}`,
  highlight: "Highlight problem cells in the sheet",
  highlighted: (n) =>
    n === 0
      ? "No cells to highlight in the sheet."
      : `${n} cells highlighted in the sheet (red: error, yellow: warning); a highlight goes as soon as its cell is edited.`,
  highlightsCapped: (limit) => `Too many problem cells: only the first ${limit} are highlighted.`,
  highlightFailed: (why) => `The findings are below, but the problem cells could not be highlighted in the sheet: ${why}`,
  writeCoverage: "Write the coverage to a sheet",
  writingCoverage: "Writing…",
  coverageWritten: (sheet) => `Written to the sheet "${sheet}".`,
  rememberAlias: (written, unit) => `Remember: ${written} means ${unit}`,
  aliasRemembered: (written, unit) => `Remembered: ${written} means ${unit}`,
  rememberedUnit: (written, unit, sheet) =>
    `Kept on the sheet "${sheet}": from the next set-up (step 1), "${written}" is read as "${unit}". To correct this plan table, apply step 1 again.`,
};

export const CHECK_STRINGS: Record<Locale, CheckStrings> = { "zh-TW": ZH, en: EN };
