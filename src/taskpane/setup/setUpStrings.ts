/** The set-up step's text, zh-TW first. Errors from src/excel arrive as a problem code and become a sentence here. */
import type { ExcelProblem } from "../../excel/errors";
import { CANONICAL_HEADERS } from "../../core/impose/headerNames";
import type { Role } from "../../core/plan";
import type { Locale } from "../i18n";

export interface SetUpStrings {
  loading: string;
  sourceLabel: string;
  sourceHint: string;
  frameworkLabel: string;
  frameworkDetect: string;
  frameworkBuiltIn: Record<string, string>;
  frameworkSheet: (sheet: string) => string;
  preview: string;
  reading: string;
  previewTitle: string;
  measuresFound: (n: number, sheet: string) => string;
  frameworkUsed: (name: string) => string;
  columnsTitle: string;
  roles: Record<Role, string>;
  blankHeader: string;
  keptColumn: string;
  unmappedTitle: string;
  nothingUnmapped: string;
  toConfirmTitle: string;
  /** The heading over the mappings remembered in 對照表 and applied. */
  rememberedTitle: string;
  /** Said after Apply when the measures' column picked by hand was remembered by its header. */
  headerRemembered: (header: string, sheet: string) => string;
  measuresTitle: (n: number) => string;
  changesTitle: (n: number) => string;
  carried: (n: number) => string;
  dropped: (ids: string[]) => string;
  updatesInPlace: (plan: string) => string;
  unitsLabel: string;
  unitsHint: string;
  measureColumnLabel: string;
  measureColumnHint: string;
  measureColumnDetect: string;
  measureColumnOption: (column: string, header: string) => string;
  /** The hint when the list was read from a units sheet (the agency's own, or ours). */
  unitsFromSheet: (sheet: string) => string;
  apply: string;
  applying: (done: number, total: number) => string;
  applied: (n: number, plan: string, backup: string) => string;
  restore: string;
  restoreTitle: string;
  restoreBody: (source: string, backup: string, removed: string[]) => string;
  restoreConfirm: string;
  cancel: string;
  restored: (source: string) => string;
  errorTitle: string;
  problems: Record<ExcelProblem, (where: string) => string>;
}

const ZH: SetUpStrings = {
  loading: "正在讀取活頁簿…",
  sourceLabel: "來源工作表",
  sourceHint: "放著計畫內容的工作表（通常是從 Word 貼上的那一張）。不會修改它。",
  frameworkLabel: "服務架構",
  frameworkDetect: "自動判斷",
  // "plan": no built-in framework fits, the plan's own pillars and focus points are its framework (readPlan).
  frameworkBuiltIn: { kaohsiung: "高雄市政府提升服務實施計畫", vac: "國軍退除役官兵輔導委員會", plan: "本計畫自己的執行要項與執行重點" },
  frameworkSheet: (sheet) => `本活頁簿的「${sheet}」工作表`,
  preview: "預覽",
  reading: "讀取中…",
  previewTitle: "預覽",
  measuresFound: (n, sheet) => `在「${sheet}」找到 ${n} 項具體作法。`,
  frameworkUsed: (name) => `服務架構：${name}`,
  columnsTitle: "對應到的欄位",
  roles: CANONICAL_HEADERS,
  blankHeader: "（空白表頭）",
  keptColumn: "原樣保留",
  unmappedTitle: "無法對應的內容",
  nothingUnmapped: "所有欄位與文字都已對應。",
  toConfirmTitle: "請確認（依推測處理的地方）",
  rememberedTitle: "依之前記住的對應處理",
  headerRemembered: (header, sheet) => `已在「${sheet}」記住表頭「${header}」是具體作法欄，之後貼上的計畫會自動對應。`,
  measuresTitle: (n) => `具體作法清單（${n} 項）`,
  changesTitle: (n) => `所有調整紀錄（${n} 筆）`,
  carried: (n) => `計畫表中已填寫的 ${n} 項內容（執行成效等）會保留。`,
  dropped: (ids) => `來源已沒有這 ${ids.length} 項，計畫表中的這些列會移除：${ids.join("、")}`,
  updatesInPlace: (plan) => `這個活頁簿已套用過，會就地更新「${plan}」等工作表，不會重複建立。`,
  measureColumnLabel: "具體作法在哪一欄？",
  measureColumnHint: "無法自動判斷時，請選出放具體作法的欄，再按「預覽」。",
  measureColumnDetect: "自動判斷",
  measureColumnOption: (column, header) => `${column} 欄${header ? `：${header}` : "（表頭空白）"}`,
  unitsLabel: "執行單位（每行一個）",
  unitsHint: "依工作表內容建議，可增刪；執行單位欄的下拉選單會使用這份清單。",
  unitsFromSheet: (sheet) => `取自工作表「${sheet}」的單位清單，可增刪；執行單位欄的下拉選單與檢查都會使用這份清單。`,
  apply: "套用",
  applying: (done, total) => `套用中（${done}/${total}）…`,
  applied: (n, plan, backup) => `已建立「${plan}」：${n} 項具體作法。原工作表未修改，另存備份「${backup}」（隱藏）。`,
  restore: "還原備份",
  restoreTitle: "還原到套用前？",
  restoreBody: (source, backup, removed) =>
    `將以備份「${backup}」取代「${source}」，並移除 ${removed.map((s) => `「${s}」`).join("、")}。套用後在這些工作表所做的修改（例如已填的執行成效）會一併移除。`,
  restoreConfirm: "還原",
  cancel: "取消",
  restored: (source) => `已還原「${source}」，並移除套用時建立的工作表。`,
  errorTitle: "無法完成",
  problems: {
    "cell-edit": () => "Excel 正在編輯儲存格。請按 Enter 或 Esc 結束編輯後再試一次。",
    protected: (where) => `工作表${where ? `「${where}」` : ""}或活頁簿受保護，無法寫入。請先取消保護（校閱 > 取消保護工作表）。`,
    "sheet-missing": (where) => `找不到工作表${where ? `「${where}」` : ""}，可能已被刪除或改名。請重新選擇來源工作表。`,
    "too-big": () => "一次要寫入的資料太多，超過 Excel 網頁版的上限。請稍後再試，或改用 Excel 桌面版。",
    unsupported: () => "這個版本的 Excel 不支援所需的功能（ExcelApi）。請更新 Excel，或改用 Excel 網頁版。",
    "merged-conflict": (where) => `「${where}」中有合併儲存格，無法建立表格。請取消合併後再試。`,
    "no-set-up": () => "這個活頁簿還沒有套用過計畫格式，沒有可還原的備份。",
    "backup-missing": (where) => `找不到備份工作表「${where}」，可能已被刪除，無法還原。`,
    "source-is-ours": (where) => `「${where}」是助手建立的工作表，不能當作來源。請選擇原本的計畫工作表。`,
    "rules-unreadable": (where) =>
      `Excel 無法讀出工作表${where ? `「${where}」` : ""}上某些設定格式化的條件規則（Excel 的已知問題，常見於複製過的規則或同一欄的多條規則），所以不能標示問題儲存格。檢查結果不受影響；刪除或重建那些規則後即可標示。`,
    unknown: () => "發生未預期的錯誤。請再試一次；若仍失敗，請將活頁簿另存一份後聯絡秘書室。",
  },
};

const EN: SetUpStrings = {
  loading: "Reading the workbook…",
  sourceLabel: "Source sheet",
  sourceHint: "The sheet holding the plan (usually the one pasted from Word). It is not changed.",
  frameworkLabel: "Framework",
  frameworkDetect: "Detect",
  frameworkBuiltIn: {
    kaohsiung: "Kaohsiung City service-improvement plan",
    vac: "Veterans Affairs Council",
    plan: "the plan's own pillars and focus points",
  },
  frameworkSheet: (sheet) => `Sheet "${sheet}" of this workbook`,
  preview: "Preview",
  reading: "Reading…",
  previewTitle: "Preview",
  measuresFound: (n, sheet) => `${n} measures found on "${sheet}".`,
  frameworkUsed: (name) => `Framework: ${name}`,
  columnsTitle: "Columns mapped",
  roles: { id: "Id", pillar: "Pillar", focus: "Focus point", measure: "Measure", units: "Units", deadline: "Deadline", results: "Results" },
  blankHeader: "(blank header)",
  keptColumn: "kept as it is",
  unmappedTitle: "Could not be mapped",
  nothingUnmapped: "Every column and wording was mapped.",
  toConfirmTitle: "Please confirm (where the reading guessed)",
  rememberedTitle: "Mapped as remembered before",
  headerRemembered: (header, sheet) =>
    `The header "${header}" is remembered on "${sheet}" as the measures column: a plan pasted later maps by itself.`,
  measuresTitle: (n) => `Measures (${n})`,
  changesTitle: (n) => `Every change made (${n})`,
  carried: (n) => `${n} entries already typed in the plan table (results and the like) are kept.`,
  dropped: (ids) => `The source no longer has these ${ids.length} measures; their rows will go: ${ids.join(", ")}`,
  updatesInPlace: (plan) => `This workbook was set up before: "${plan}" and the other sheets are updated in place, not duplicated.`,
  measureColumnLabel: "Which column holds the measures?",
  measureColumnHint: "When it cannot be told, choose the column with the measures, then Preview.",
  measureColumnDetect: "Detect",
  measureColumnOption: (column, header) => `Column ${column}${header ? `: ${header}` : " (blank header)"}`,
  unitsLabel: "Units (one per line)",
  unitsHint: "Suggested from the sheet; add or remove. The unit column's dropdown uses this list.",
  unitsFromSheet: (sheet) =>
    `The unit list of the sheet "${sheet}"; add or remove. The unit column's dropdown and the check use this list.`,
  apply: "Apply",
  applying: (done, total) => `Applying (${done}/${total})…`,
  applied: (n, plan, backup) => `"${plan}" created: ${n} measures. The source sheet is unchanged; a hidden backup "${backup}" was kept.`,
  restore: "Restore backup",
  restoreTitle: "Restore to before set-up?",
  restoreBody: (source, backup, removed) =>
    `The backup "${backup}" replaces "${source}", and ${removed.map((s) => `"${s}"`).join(", ")} are removed, with any changes made in them since set-up (such as results typed in).`,
  restoreConfirm: "Restore",
  cancel: "Cancel",
  restored: (source) => `"${source}" restored; the sheets set-up made were removed.`,
  errorTitle: "Could not finish",
  problems: {
    "cell-edit": () => "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
    protected: (where) =>
      `The sheet${where ? ` "${where}"` : ""} or the workbook is protected. Unprotect it (Review > Unprotect Sheet) first.`,
    "sheet-missing": (where) => `The sheet${where ? ` "${where}"` : ""} is gone (deleted or renamed). Choose the source sheet again.`,
    "too-big": () => "Too much data for one write on Excel on the web. Try again later, or use Excel for desktop.",
    unsupported: () => "This version of Excel lacks a feature the add-in needs (ExcelApi). Update Excel or use Excel on the web.",
    "merged-conflict": (where) => `"${where}" has merged cells, so a table cannot be made there. Unmerge them and try again.`,
    "no-set-up": () => "This workbook has not been set up, so there is no backup to restore.",
    "backup-missing": (where) => `The backup sheet "${where}" is gone, so it cannot be restored.`,
    "source-is-ours": (where) => `"${where}" is a sheet the assistant made; it cannot be the source. Choose the original plan sheet.`,
    "rules-unreadable": (where) =>
      `Excel cannot read some conditional formatting rules on the sheet${where ? ` "${where}"` : ""} (a known Excel problem, often with duplicated rules or several rules on one column), so problem cells cannot be highlighted. The findings are not affected; delete or recreate those rules to get the highlights back.`,
    unknown: () =>
      "Something unexpected went wrong. Try again; if it keeps failing, save a copy of the workbook and contact the secretariat.",
  },
};

export const SET_UP_STRINGS: Record<Locale, SetUpStrings> = { "zh-TW": ZH, en: EN };
