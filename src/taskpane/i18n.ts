/**
 * The pane's user-visible text: Traditional Chinese (zh-TW) first, English when Office's display
 * language is English. Every locale has every string (the dictionary type makes a missing one a
 * compile error).
 */

export type { Locale } from "../core/locale";
import type { Locale } from "../core/locale";

/** The steps of the pane, in the order of the plan year (DESIGN.md §6), and the year's turn. */
export const STEP_IDS = ["setup", "check", "annexes", "results", "publish", "year"] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepText {
  title: string;
  description: string;
}

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  stepsLabel: string;
  /** The heading of step n's panel. */
  stepHeading: (n: number, title: string) => string;
  steps: Record<StepId, StepText>;
  notYetAvailable: string;
  detecting: string;
  /** While a step's code is being loaded (steps after the first load when first opened). */
  loadingStep: string;
  noHostTitle: string;
  noHostBody: string;
  /** Between a label and its text: "：" in Chinese, ": " in English. */
  labelSeparator: string;
}

export const STRINGS: Record<Locale, Strings> = {
  "zh-TW": {
    appTitle: "提升服務計畫助手",
    appSubtitle: "依年度順序，一個步驟處理一件事。",
    stepsLabel: "步驟",
    stepHeading: (n, title) => `步驟 ${n}：${title}`,
    steps: {
      setup: {
        title: "套用計畫格式",
        description:
          "選擇來源工作表、服務架構與執行單位，預覽找到的具體作法、對應到的欄位及無法對應的內容，確認後套用格式；套用前會先保留備份，可隨時還原。",
      },
      check: {
        title: "檢查計畫",
        description:
          "依嚴重程度統計問題，以熱度圖呈現執行要項 × 執行重點、執行單位 × 執行要項的涵蓋情形，並依執行要項分組列出；點選問題即跳到該儲存格，可開關醒目提示，工作表變更時自動重新檢查。",
      },
      annexes: {
        title: "產製附表",
        description:
          "選擇要產製的表（計畫表、附件一、附件二），確認機關名稱、民國年度與字型，產製可直接列印的附表：A4、寬度一頁、每頁重複表頭、頁尾頁碼，執行要項不會單獨落在頁尾。",
      },
      results: {
        title: "填報成效",
        description:
          "各科室主管選擇所屬單位，以表單填寫負責的具體作法之成效並儲存；秘書單位產生填報工作表、查看哪些單位尚未填報，並彙整成附件二。",
      },
      publish: {
        title: "發布",
        description:
          "先做發布前檢查（個人資料、像公式的文字、尚未填報的成效），再把計畫表、附件一或附件二匯出成 ODF、PDF、Excel、CSV 或無障礙網頁。",
      },
      year: {
        title: "年度",
        description:
          "從今年的計畫建立下一年度計畫（新的工作表：編號不變、成效清空、期限與標題年度改為新年度），並列出調整內容；或比較兩個年度的計畫，列出新增、刪除、修改的作法、執行單位與涵蓋的變化，寫成「比較」工作表。",
      },
    },
    notYetAvailable: "開發中",
    detecting: "正在連線 Excel…",
    loadingStep: "正在載入這個步驟…",
    noHostTitle: "請在 Excel 中開啟",
    noHostBody: "這個工作窗格必須在 Excel 中開啟（Excel 桌面版或網頁版），才能讀寫活頁簿。",
    labelSeparator: "：",
  },
  en: {
    appTitle: "Service Plan Assistant",
    appSubtitle: "One step per job, in the order of the plan year.",
    stepsLabel: "Steps",
    stepHeading: (n, title) => `Step ${n}: ${title}`,
    steps: {
      setup: {
        title: "Set up",
        description:
          "Choose the source sheet, the framework and the units; preview the measures found, the columns mapped and what could not be mapped; then apply. A backup is kept first, so you can restore it.",
      },
      check: {
        title: "Check",
        description:
          "Counts of findings by severity, coverage heat maps (pillar × focus point, unit × pillar) and findings grouped by pillar; click a finding to go to its cell; highlights on or off; re-checked as the sheet changes.",
      },
      annexes: {
        title: "Annexes",
        description:
          "Choose a table (plan table, Annex 1, Annex 2), check the agency name, the ROC year and the font, and build it ready to print: A4, one page wide, the header row on every page, page numbers in the footer, no pillar left alone at a page foot.",
      },
      results: {
        title: "Fill in results",
        description:
          "Section chiefs choose their unit and fill in the results of their measures as a form; the secretariat makes the results sheet, sees which units have not reported, and compiles annex 2.",
      },
      publish: {
        title: "Publish",
        description:
          "Run the pre-publication check (personal data, text that looks like a formula, results not reported), then export the plan table, annex 1 or annex 2 as ODF, PDF, Excel, CSV or an accessible web page.",
      },
      year: {
        title: "Year",
        description:
          "Start next year's plan from this one (a new sheet: ids kept, results cleared, deadlines and the title's year moved) and see what was changed; or compare two years' plans: measures added, dropped and reworded, units and coverage changed, written to a comparison sheet.",
      },
    },
    notYetAvailable: "In development",
    detecting: "Connecting to Excel…",
    loadingStep: "Loading this step…",
    noHostTitle: "Open this in Excel",
    noHostBody: "This pane must be opened inside Excel (desktop or on the web) to work with a workbook.",
    labelSeparator: ": ",
  },
};

/** zh-TW unless the language tag starts with "en" ("en", "en-US", "EN-gb", …). */
export function localeFor(language: string | null | undefined): Locale {
  return language?.toLowerCase().startsWith("en") ? "en" : "zh-TW";
}

/** The other locale: used to show the no-Excel message in both languages. */
export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "zh-TW" : "en";
}
