/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * The pane in English, walked through both steps as a clerk would: an error from the core (a sheet
 * with no plan header), a preview, set-up, a check; and step 6, the year's turn. No Chinese may show except the workbook's own
 * content (cells, sheet and unit names, the framework's wording) and the second-language line the
 * pane shows on purpose (marked lang="zh-Hant-TW").
 */
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { BUILT_IN_FRAMEWORKS } from "../core/framework/catalog";
import { applySetUp } from "../excel/setUp";
import { MemoryWorkbook } from "../memoryExcel";
import { playgroundExcelHost } from "../playground/playgroundHost";
import { seedGrid } from "../../test/support/seedFixtures";
import { App } from "./App";

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The workbook's own text: every cell, sheet name and the built-in frameworks' wording. */
function workbookContent(wb: MemoryWorkbook): string[] {
  const cells = wb.data.sheets.flatMap((s) => [s.name, ...wb.valuesOf(s.name).flat().map(String)]);
  const frameworks = Object.values(BUILT_IN_FRAMEWORKS).flatMap((f) => [
    f.name,
    ...f.pillars.flatMap((p) => [p.title, ...p.focusPoints.flatMap((fp) => [fp.label, fp.text, `${fp.label}${fp.text}`])]),
  ]);
  const lines = [...cells, ...frameworks].flatMap((t) => [t, ...t.split(/\n/)]).filter((t) => t.trim() !== "");
  return [...new Set(lines)].sort((a, b) => b.length - a.length);
}

/** The pane's text with the workbook's content, quoted text and the deliberate zh-TW line taken out. */
function paneTextBeyondContent(wb: MemoryWorkbook): string {
  const main = screen.getByRole("main").cloneNode(true) as HTMLElement;
  main.querySelectorAll('[lang="zh-Hant-TW"]').forEach((e) => e.remove());
  let text = main.textContent ?? "";
  text = text.replace(/"[^"]*"/g, " ");
  for (const piece of workbookContent(wb)) text = text.split(piece).join(" ");
  return text;
}

const click = async (name: RegExp | string) => act(async () => void fireEvent.click(screen.getByRole("button", { name })));

it("speaks English through set-up, a core error and a check, showing Chinese only where it is the workbook's", async () => {
  const wb = new MemoryWorkbook();
  const grid = seedGrid("seed000");
  wb.addSheet("計畫內容", grid.values).merges.push(...grid.merges);
  wb.addSheet("Notes", [["See the plan sheet."]]);
  render(<App hostState={{ host: "Excel", language: "en-US" }} excel={playgroundExcelHost(wb, () => undefined)} />);
  const source = (await screen.findByRole("combobox", { name: /Source sheet/ })) as HTMLSelectElement;

  // An error from the core: a sheet with no plan table header.
  await act(async () => void fireEvent.change(source, { target: { value: "Notes" } }));
  await click("Preview");
  await screen.findByText(/No plan table header/);
  const afterError = paneTextBeyondContent(wb);
  expect(afterError.match(CJK)).toBeNull();

  await act(async () => void fireEvent.change(source, { target: { value: "計畫內容" } }));
  await click("Preview");
  await screen.findByRole("region", { name: "Preview" });
  expect(paneTextBeyondContent(wb).match(CJK)).toBeNull();
  await click("Apply");
  await waitFor(() => expect(screen.getByRole("main").textContent).toMatch(/created: 54 measures/));
  expect(paneTextBeyondContent(wb).match(CJK)).toBeNull();

  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "2. Check" })));
  await click("Check plan");
  await screen.findByRole("region", { name: "Findings" });
  const checked = paneTextBeyondContent(wb);
  expect(checked.match(CJK)).toBeNull();
  expect(checked).toMatch(/no measure/);
});

it("speaks English in step 6: next year's plan, its change list, a comparison with a difference at its cell", async () => {
  const wb = new MemoryWorkbook();
  const grid = seedGrid("seed000");
  wb.addSheet("計畫內容", grid.values).merges.push(...grid.merges);
  const excel = playgroundExcelHost(wb, () => undefined);
  await applySetUp(excel, { sourceSheet: "計畫內容", framework: { kind: "detect" }, units: null });
  render(<App hostState={{ host: "Excel", language: "en-US" }} excel={excel} />);
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "6. Year" })));
  await screen.findByRole("button", { name: "Start next year's plan" });
  expect(paneTextBeyondContent(wb).match(CJK)).toBeNull();

  await click("Start next year's plan");
  await screen.findByText(/What was changed \(5\)/);
  expect(paneTextBeyondContent(wb).match(CJK)).toBeNull();

  const rows = wb.valuesOf("115年度計畫");
  const header = rows.findIndex((r) => r.includes("執行單位"));
  const row = rows.findIndex((r) => r[0] === "1-1-1");
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("115年度計畫").getRangeByIndexes(row, rows[header].indexOf("執行單位"), 1, 1).values = [["軍務科"]];
    await context.sync();
  });
  await waitFor(() =>
    expect((screen.getByRole("combobox", { name: "Later year's sheet" }) as HTMLSelectElement).value).toBe("115年度計畫"),
  );
  await click("Compare");
  await screen.findByRole("region", { name: "Units changed (1)" });
  const compared = paneTextBeyondContent(wb);
  expect(compared.match(CJK)).toBeNull();
  // (The 比較 sheet, written in English, is workbook content: its words are taken out above.)
  expect(screen.getByRole("main").textContent).toMatch(/Year: 114 → 115 \(ROC\)/);
});
