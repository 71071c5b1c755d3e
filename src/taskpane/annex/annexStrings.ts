/** The annex step's text, zh-TW first. */
import type { AnnexKind } from "../../core/annex/annexes";
import type { Locale } from "../i18n";

export interface AnnexStrings {
  loading: string;
  needsSetUp: string;
  kindLabel: string;
  kinds: Record<AnnexKind, { name: string; hint: string }>;
  agencyLabel: string;
  agencyHint: string;
  yearLabel: string;
  yearHint: string;
  yearInvalid: string;
  fontLabel: string;
  fontHint: string;
  fontInvalid: string;
  build: string;
  building: (done: number, total: number) => string;
  built: (table: string, sheet: string, measures: number, pages: number) => string;
  howToPrint: string;
  fitNotKept: string;
}

const ZH: AnnexStrings = {
  loading: "正在讀取活頁簿…",
  needsSetUp: "請先完成步驟 1「套用計畫格式」：附表由計畫表產製。",
  kindLabel: "要產製的附表",
  kinds: {
    plan: { name: "計畫表", hint: "執行要項｜執行重點｜具體作法｜執行單位（高雄市格式）" },
    measures: { name: "附件一 具體作法", hint: "項次｜實施要領｜具體做法｜負責業參｜完成期限" },
    results: { name: "附件二 執行成效一覽表", hint: "項次｜實施要領｜具體做法｜執行成效（成效於步驟 4 填報後帶入）" },
  },
  agencyLabel: "機關名稱",
  agencyHint: "印在標題上，例如「花蓮縣榮民服務處」。已由計畫標題帶入，可修改。",
  yearLabel: "民國年度",
  yearHint: "例如 115；留空則標題不寫年度。",
  yearInvalid: "請填民國年，例如 115。",
  fontLabel: "字型",
  fontHint: "公文慣用標楷體（Windows 為 DFKai-SB，Mac 為「標楷體-繁」）；Excel 網頁版沒有標楷體時會以其他字型顯示。",
  fontInvalid: "請填字型名稱（最多 31 個字）。",
  build: "產製附表",
  building: (d, t) => `產製中…（${d}/${t}）`,
  built: (table, sheet, m, p) => `已在「${sheet}」工作表產製${table}：${m} 項具體作法，約 ${p} 頁 A4。`,
  howToPrint: "列印：按 Ctrl+P（Mac 為 ⌘+P）。已設定 A4 直向、寬度縮為一頁、每頁重複表頭、頁尾「第 n 頁，共 N 頁」。",
  fitNotKept:
    "Excel 沒有保留「寬度縮為一頁」：請到「版面配置」索引標籤 →「配合調整大小」→「寬度」選「1 頁」，再列印。（Excel 在未開啟版面配置索引標籤時可能不套用此設定。）",
};

const EN: AnnexStrings = {
  loading: "Reading the workbook…",
  needsSetUp: "Finish step 1, Set up, first: the annexes are built from the plan table.",
  kindLabel: "Table to build",
  kinds: {
    plan: { name: "Plan table", hint: "Pillar | Focus point | Measure | Units (Kaohsiung's layout)" },
    measures: { name: "Annex 1, measures", hint: "No. | Pillar | Measure | Units | Deadline" },
    results: { name: "Annex 2, results table", hint: "No. | Pillar | Measure | Results (filled in after step 4)" },
  },
  agencyLabel: "Agency name",
  agencyHint: "Printed in the title, e.g. 花蓮縣榮民服務處. Taken from the plan's title; you can change it.",
  yearLabel: "ROC year",
  yearHint: "For example 115; leave empty for a title without the year.",
  yearInvalid: "Enter an ROC year, for example 115.",
  fontLabel: "Font",
  fontHint:
    "Government documents use 標楷體 (DFKai-SB on Windows, BiauKai on a Mac); Excel on the web shows another font where it has none.",
  fontInvalid: "Enter a font name (at most 31 characters).",
  build: "Build the table",
  building: (d, t) => `Building… (${d}/${t})`,
  built: (table, sheet, m, p) => `Built the ${table.toLowerCase()} on the sheet "${sheet}": ${m} measures, about ${p} A4 page(s).`,
  howToPrint:
    "To print: press Ctrl+P (⌘+P on a Mac). Set up: A4 portrait, one page wide, the header row on every page, page n of N in the footer.",
  fitNotKept:
    'Excel did not keep "fit to one page wide": on the Page Layout tab, under Scale to Fit, set Width to 1 page before printing. (Excel may not apply it until that tab has been shown.)',
};

export const ANNEX_STRINGS: Record<Locale, AnnexStrings> = { "zh-TW": ZH, en: EN };
