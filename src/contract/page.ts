/**
 * The developer page (contract.html) that runs the Office.js contract inside real Excel and prints
 * pass/fail per behaviour, with a line to paste into docs/testing-in-excel.md. Reached from the pane
 * with Ctrl+Alt+Shift+K (src/taskpane/index.tsx); not linked where ordinary users look.
 * Text goes in with textContent only.
 */
import { BEHAVIOURS } from "./behaviours";
import { runContract, type BehaviourResult, type ContractHost } from "./contract";

/** Excel delivers change events asynchronously; the page waits this long before looking. */
const EVENT_SETTLE_MS = 1500;

const byId = (id: string) => document.getElementById(id)!;

function officeContractHost(): ContractHost {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    settle: () => new Promise((resolve) => setTimeout(resolve, EVENT_SETTLE_MS)),
  };
}

function show(result: BehaviourResult): void {
  const item = document.createElement("li");
  item.className = result.pass ? "pass" : "fail";
  item.textContent = `${result.id}: ${result.says}`;
  const note = document.createElement("small");
  note.textContent = result.pass ? result.source : `${result.detail ?? ""} (${result.source})`;
  item.append(note);
  byId("results").append(item);
}

function reportLine(results: BehaviourResult[]): string {
  const { host, platform, version } = Office.context.diagnostics;
  const date = new Date().toISOString().slice(0, 10);
  const failed = results.filter((r) => !r.pass);
  const api = ["1.13", "1.12", "1.9"].find((v) => Office.context.requirements.isSetSupported("ExcelApi", v)) ?? "<1.9";
  return [
    `| ${date} | ${host} ${platform} ${version} | ExcelApi ${api} | ${results.length - failed.length}/${results.length} | ${failed.map((r) => r.id).join(", ") || "—"} | |`,
    ...failed.map((r) => `- ${r.id}: ${r.detail ?? ""}`),
  ].join("\n");
}

const status = byId("status");
if (typeof Office === "undefined")
  status.textContent = "Office.js 沒有載入：請在 Excel 的工作窗格中開啟。Office.js did not load: open this inside Excel's task pane.";
else void Office.onReady(ready);

function ready(info: { host: Office.HostType | null }): void {
  if (info.host !== Office.HostType.Excel) {
    status.textContent = "這一頁只能在 Excel 中執行。This page runs only inside Excel.";
    return;
  }
  const button = byId("run") as HTMLButtonElement;
  status.textContent = `${BEHAVIOURS.length} 項，可以執行。${BEHAVIOURS.length} behaviours, ready.`;
  button.disabled = false;
  button.addEventListener("click", () => {
    button.disabled = true;
    byId("results").replaceChildren();
    byId("report").textContent = "";
    let done = 0;
    void runContract(officeContractHost(), BEHAVIOURS, (r) => {
      show(r);
      status.textContent = `${++done}/${BEHAVIOURS.length}…`;
    })
      .then((results) => {
        const failed = results.filter((r) => !r.pass).length;
        status.textContent =
          failed === 0 ? `全部 ${results.length} 項相符。All ${results.length} match.` : `${failed} 項不符。${failed} differ.`;
        byId("report").textContent = reportLine(results);
      })
      .catch((e: unknown) => (status.textContent = `無法執行 Could not run: ${String(e)}`))
      .finally(() => (button.disabled = false));
  });
}
