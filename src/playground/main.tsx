/**
 * The playground's entry point: fetches the bundled sample workbook (sample-plan.xlsx, copied next
 * to the page by webpack.playground.config.js), opens it in memory and shows it beside the real
 * task pane. The pane's language is ?lang= when given, else the browser's.
 *
 * window.__playground.workbook is the MemoryWorkbook on show and window.__playground.excel the
 * ExcelHost the pane got for it (its batches redraw the view), for end-to-end tests and for poking
 * at the workbook from the console.
 */
import { createRoot } from "react-dom/client";
import type { ExcelHost } from "../excel/host";
import { localeFor } from "../taskpane/i18n";
import { MemoryWorkbook } from "../memoryExcel";
import { type OpenWorkbook, Playground } from "./Playground";

declare global {
  interface Window {
    __playground?: { readonly workbook: MemoryWorkbook | null; readonly excel: ExcelHost | null };
  }
}

const SAMPLE = "sample-plan.xlsx";

async function loadSample(): Promise<OpenWorkbook> {
  const response = await fetch(SAMPLE);
  if (!response.ok) throw new Error(`${SAMPLE}: HTTP ${response.status}`);
  return { workbook: await MemoryWorkbook.loadXlsx(await response.arrayBuffer()), fileName: SAMPLE };
}

let current: { workbook: MemoryWorkbook; excel: ExcelHost } | null = null;
window.__playground = {
  get workbook() {
    return current?.workbook ?? null;
  },
  get excel() {
    return current?.excel ?? null;
  },
};
const onOpen = (workbook: MemoryWorkbook, excel: ExcelHost) => {
  current = { workbook, excel };
};

const container = document.getElementById("container");
if (!container) throw new Error("index.html has no #container element");
const root = createRoot(container);

const language = new URLSearchParams(window.location.search).get("lang") || navigator.language || "zh-TW";
document.documentElement.lang = localeFor(language) === "en" ? "en" : "zh-Hant-TW";
const hostState = { host: "Excel", language };
const panes = new URLSearchParams(window.location.search).get("panes") === "2" ? 2 : 1;

loadSample().then(
  (initial) => root.render(<Playground initial={initial} loadSample={loadSample} hostState={hostState} onOpen={onOpen} panes={panes} />),
  (e: unknown) => {
    container.textContent = `無法載入範例活頁簿 ${SAMPLE}：${e instanceof Error ? e.message : String(e)}`;
  },
);
