/**
 * The pane's entry point: renders the pane at once (with a "connecting" spinner), asks officeHost
 * whether it runs in Office, then renders it again with the answer. A plain browser, an office.js
 * that failed to load, or an Office.onReady that never answers all end in the "open this in Excel"
 * message within DEFAULT_TIMEOUT_MS instead of a blank pane.
 */
import { createRoot } from "react-dom/client";
import { officeExcelHost } from "../excel/host";
import { App } from "./App";
import { localeFor } from "./i18n";
import { DEFAULT_TIMEOUT_MS, detectOfficeHost } from "./officeHost";
import { storageUnitMemory } from "./results/unitMemory";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");

// Developers reach the Office.js contract check (contract.html) with Ctrl+Alt+Shift+K; nothing on
// screen points to it (docs/testing-in-excel.md).
document.addEventListener("keydown", (e) => {
  if (e.ctrlKey && e.altKey && e.shiftKey && e.key.toUpperCase() === "K") window.location.href = "contract.html";
});

const root = createRoot(container);
root.render(<App />);

void detectOfficeHost(DEFAULT_TIMEOUT_MS).then((hostState) => {
  document.documentElement.lang = localeFor(hostState.language) === "en" ? "en" : "zh-Hant-TW";
  const inExcel = hostState.host === "Excel";
  root.render(
    <App hostState={hostState} excel={inExcel ? officeExcelHost() : undefined} unitMemory={inExcel ? officeUnitMemory() : undefined} />,
  );
});

/**
 * Step 4's memory of the chief's unit: localStorage under Office.context.partitionKey where Office
 * gives one, and per signed-in person where Office can say who (Office.auth.getAuthContext,
 * NestedAppAuth 1.1); never a sign-in prompt.
 */
function officeUnitMemory() {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage refused (a locked-down browser): the pane asks for the unit each time.
  }
  const signedIn = Office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
  return storageUnitMemory(storage, {
    partitionKey: Office.context.partitionKey || undefined,
    person: signedIn ? async () => (await Office.auth.getAuthContext()).userObjectId || null : undefined,
  });
}
