/** The results step's text, zh-TW first. */
import type { Locale } from "../i18n";

export type ResultsRole = "chief" | "secretariat";
export type FieldName = "status" | "result" | "figure";

export interface ResultsStrings {
  loading: string;
  needsSetUp: string;
  roleLabel: string;
  roles: Record<ResultsRole, string>;
  periodLabel: string;
  periods: { 期中: string; 年終: string };
  noSheet: string;
  unitLabel: string;
  unitHint: string;
  unitPlaceholder: string;
  byLabel: string;
  byHint: string;
  fields: Record<FieldName, string>;
  statusNone: string;
  figureHint: string;
  noRows: (unit: string) => string;
  save: (changes: number) => string;
  saving: string;
  saved: (cells: number) => string;
  nothingToSave: string;
  refreshed: string;
  conflictsTitle: string;
  conflict: (id: string, field: string) => string;
  mine: string;
  theirs: string;
  keepMine: string;
  keepTheirs: string;
  outOfDate: string;
  make: string;
  making: (done: number, total: number) => string;
  made: (sheet: string, rows: number, toFill: number, parked: number) => string;
  remade: string;
  protectLabel: string;
  protectHonest: string;
  compile: string;
  compiling: (done: number, total: number) => string;
  compiled: (sheet: string, reported: number, rows: number) => string;
  figuresCaption: string;
  figureHeaders: { unit: string; rows: string; reported: string; done: string; inProgress: string; notStarted: string };
  missingTitle: string;
  allReported: string;
  targetsTitle: string;
  target: (words: string, asked: number, unit: string, achieved: number | null, met: boolean | null) => string;
}

const ZH: ResultsStrings = {
  loading: "正在讀取活頁簿…",
  needsSetUp: "請先完成步驟 1「套用計畫格式」：成效填報由計畫表產生。",
  roleLabel: "我是",
  roles: { chief: "科室主管（填報本單位成效）", secretariat: "秘書單位（產生填報表、彙整）" },
  periodLabel: "期別",
  periods: { 期中: "期中", 年終: "年終" },
  noSheet: "秘書單位還沒有產生「成效填報」工作表。請秘書單位在本步驟選「秘書單位」，按「產生成效填報工作表」。",
  unitLabel: "我的單位",
  unitHint: "選一次即可，這台電腦會記住。",
  unitPlaceholder: "請選擇單位",
  byLabel: "填報人",
  byHint: "寫在每一列的「填報人」欄。",
  fields: { status: "辦理情形", result: "執行成效", figure: "達成數值" },
  statusNone: "（未選）",
  figureHint: "數字，例如辦了 2 場填 2；計畫有量化目標時用來比對。",
  noRows: (u) => `「${u}」在這一期沒有需要填報的具體作法。`,
  save: (n) => (n > 0 ? `儲存（${n} 項變更）` : "儲存"),
  saving: "儲存中…",
  saved: (n) => `已儲存 ${n} 個儲存格。`,
  nothingToSave: "沒有變更需要儲存。",
  refreshed: "同事剛更新了工作表，表單已更新；你還沒儲存的內容都保留著。",
  conflictsTitle: "同事也改了這些欄位，請選擇要保留哪一個：",
  conflict: (id, f) => `編號 ${id} 的「${f}」`,
  mine: "你的",
  theirs: "同事的",
  keepMine: "用我的",
  keepTheirs: "用同事的",
  outOfDate: "秘書單位剛重新產生了填報工作表，表單已重新載入；你還沒儲存的內容都保留著，請再按一次儲存。",
  make: "產生成效填報工作表",
  making: (d, t) => `產生中…（${d}/${t}）`,
  made: (sheet, rows, toFill, parked) =>
    `已在「${sheet}」產生本期 ${rows} 列（每項具體作法 × 每個執行單位），尚待填報 ${toFill} 列。` +
    (parked > 0 ? `另有 ${parked} 列的作法或單位已不在計畫中，保留在工作表最後。` : ""),
  remade: "產生期間有同事正在填寫，他們的內容已一併保留。",
  protectLabel: "保護工作表：只開放填寫「辦理情形」到「填報人」五欄",
  protectHonest:
    "Excel 只能鎖定儲存格，不能指定「哪個人」可以改哪幾列：任何共同作者都能在「校閱」索引標籤取消保護。Excel 網頁版可以用密碼開放特定範圍，但那是密碼，不是人。這個保護是防止誤改作法、編號與單位，不是權限控管。",
  compile: "彙整到附件二",
  compiling: (d, t) => `彙整中…（${d}/${t}）`,
  compiled: (sheet, reported, rows) =>
    `已把成效彙整到「${sheet}」：本期 ${rows} 列中已填報 ${reported} 列。未填報的在附件二寫「（尚未填報）」。`,
  figuresCaption: "各單位填報情形",
  figureHeaders: { unit: "單位", rows: "應填", reported: "已填", done: "已完成", inProgress: "辦理中", notStarted: "未辦理" },
  missingTitle: "尚未填報",
  allReported: "各單位都已填報。",
  targetsTitle: "計畫中的量化目標（讀到的文字與比對結果）",
  target: (words, asked, unit, achieved, met) =>
    `「${words}」：本期應達 ${asked}${unit}，` +
    (achieved === null ? "尚未填達成數值" : `填報 ${achieved}${unit}`) +
    (met === true ? "，已達成。" : met === false ? "，未達成。" : "。"),
};

const EN: ResultsStrings = {
  loading: "Reading the workbook…",
  needsSetUp: "Finish step 1, Set up, first: the results sheet is made from the plan table.",
  roleLabel: "I am",
  roles: { chief: "A section chief (reporting my unit's results)", secretariat: "The secretariat (making the sheet, compiling)" },
  periodLabel: "Period",
  periods: { 期中: "Mid-year", 年終: "Year end" },
  noSheet: 'The secretariat has not made the results sheet yet. In this step, choose "The secretariat" and press "Make the results sheet".',
  unitLabel: "My unit",
  unitHint: "Choose it once; this computer remembers it.",
  unitPlaceholder: "Choose a unit",
  byLabel: "Filled in by",
  byHint: 'Written in each row\'s "filled in by" column.',
  fields: { status: "Status", result: "Results", figure: "Figure achieved" },
  statusNone: "(none)",
  figureHint: "A number, e.g. 2 for two sessions held; compared with the plan's stated targets.",
  noRows: (u) => `${u} has no measures to report on for this period.`,
  save: (n) => (n > 0 ? `Save (${n} change${n === 1 ? "" : "s"})` : "Save"),
  saving: "Saving…",
  saved: (n) => `Saved ${n} cell${n === 1 ? "" : "s"}.`,
  nothingToSave: "Nothing to save.",
  refreshed: "A co-author just changed the sheet; the form shows it, and what you have not saved yet is kept.",
  conflictsTitle: "A co-author changed these too; choose which to keep:",
  conflict: (id, f) => `${f} of measure ${id}`,
  mine: "Yours",
  theirs: "Theirs",
  keepMine: "Keep mine",
  keepTheirs: "Keep theirs",
  outOfDate:
    "The secretariat just made the results sheet again; the form was loaded again, with what you had not saved kept. Press Save once more.",
  make: "Make the results sheet",
  making: (d, t) => `Making… (${d}/${t})`,
  made: (sheet, rows, toFill, parked) =>
    `Made ${rows} rows for the period on "${sheet}" (each measure × each of its units); ${toFill} still to fill in.` +
    (parked > 0 ? ` ${parked} rows whose measure or unit left the plan are kept at the end of the sheet.` : ""),
  remade: "Co-authors were typing while it was made; what they typed is kept.",
  protectLabel: "Protect the sheet: only the five columns chiefs fill in (status to filled-in-by) can be edited",
  protectHonest:
    "Excel can lock cells, not people: it cannot say who may edit which rows, and any co-author can unprotect the sheet from the Review tab. Excel on the web can open ranges with a password, but a password is not a person. This protects measures, ids and units from slips; it is not access control.",
  compile: "Compile into annex 2",
  compiling: (d, t) => `Compiling… (${d}/${t})`,
  compiled: (sheet, reported, rows) =>
    `Compiled the results into "${sheet}": ${reported} of the period's ${rows} rows reported. Rows not reported say so in annex 2.`,
  figuresCaption: "Reporting by unit",
  figureHeaders: { unit: "Unit", rows: "Rows", reported: "Reported", done: "Done", inProgress: "In progress", notStarted: "Not started" },
  missingTitle: "Not reported yet",
  allReported: "Every unit has reported.",
  targetsTitle: "Targets stated in the plan (the words read, and how they compare)",
  target: (words, asked, unit, achieved, met) =>
    `"${words}": ${asked} ${unit} asked for this period, ` +
    (achieved === null ? "no figure reported" : `${achieved} ${unit} reported`) +
    (met === true ? "; met." : met === false ? "; not met." : "."),
};

export const RESULTS_STRINGS: Record<Locale, ResultsStrings> = { "zh-TW": ZH, en: EN };
