/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * Remembered mappings in the pane, against the in-memory Excel (issue 15, part 2): a unit not on the
 * list is confirmed once in step 2 (「記住：X 就是 Y」), kept on the sheet 對照表; next year's plan,
 * pasted with the same alias and set up again in step 1, maps by itself, the preview says so, and
 * the finding is gone.
 */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../core/grid";
import { applySetUp } from "../../excel/setUp";
import { MemoryWorkbook } from "../../memoryExcel";
import { playgroundExcelHost } from "../../playground/playgroundHost";
import { readSeed, seedGrid } from "../../../test/support/seedFixtures";
import { App } from "../App";

afterEach(cleanup);
// Two cores shared with other suites: give the in-memory Excel batches time.
configure({ asyncUtilTimeout: 5000 });

/** Seed 001 as a clerk pasted it: every 役政災防課 written 役政災防科. */
function pastedWithAlias(): { values: CellValue[][]; merges: ReturnType<typeof seedGrid>["merges"] } {
  const grid = seedGrid("seed001");
  return {
    values: grid.values.map((row) => row.map((v) => (typeof v === "string" ? v.split("役政災防課").join("役政災防科") : v))),
    merges: grid.merges,
  };
}

/** A workbook with this year's paste and the agency's own unit list (單位), set up; the pane on step 2. */
async function setUpThisYear(language: string) {
  const wb = new MemoryWorkbook();
  const pasted = pastedWithAlias();
  wb.addSheet("114年計畫", pasted.values).merges.push(...pasted.merges);
  wb.addSheet("單位", [["單位名稱"], ...readSeed("seed001").units.map((u) => [u])]);
  const excel = playgroundExcelHost(wb, () => undefined);
  await applySetUp(excel, { sourceSheet: "114年計畫", framework: { kind: "detect" }, units: null });
  render(<App hostState={{ host: "Excel", language }} excel={excel} />);
  const en = language.startsWith("en");
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: en ? "2. Check" : "2. 檢查計畫" })));
  await act(async () => void fireEvent.click(await screen.findByRole("button", { name: en ? "Check plan" : "檢查計畫" })));
  await screen.findByRole("region", { name: en ? "Findings" : "檢查結果" });
  return wb;
}

const click = async (name: RegExp | string) => act(async () => void fireEvent.click(screen.getByRole("button", { name })));

it("confirm once in step 2 → next year's paste, set up again, maps the unit by itself and the finding is gone", async () => {
  const wb = await setUpThisYear("zh-TW");
  const findings = () => screen.getByRole("region", { name: "檢查結果" }).textContent ?? "";
  expect(findings()).toContain("執行單位「役政災防科」不在本機關的單位清單中，是否為「役政災防課」？");
  const buttons = screen.getAllByRole("button", { name: "記住：役政災防科 就是 役政災防課" });
  // One per units cell naming it (seed 001: seven cells).
  expect(buttons.length).toBe(7);

  await act(async () => void fireEvent.click(buttons[0]));
  await screen.findByText(/^已記在「對照表」工作表：之後套用計畫格式（步驟 1）時，「役政災防科」會自動讀作「役政災防課」/);
  // Every finding naming the alias now says it is remembered; the sheet holds it, visible, for the user to read or correct.
  await waitFor(() => expect(screen.getAllByRole("button", { name: "已記住：役政災防科 就是 役政災防課" })).toHaveLength(7));
  expect(screen.queryAllByRole("button", { name: "記住：役政災防科 就是 役政災防課" })).toHaveLength(0);
  expect(wb.valuesOf("對照表")).toEqual([
    ["類別", "原本寫法", "對應為"],
    ["單位", "役政災防科", "役政災防課"],
  ]);
  expect(wb.sheet("對照表").visibility).toBe("Visible");

  // Next year: the plan is pasted into a new sheet, with the same alias.
  const pasted = pastedWithAlias();
  await act(async () => void wb.addSheet("115年計畫", pasted.values).merges.push(...pasted.merges));
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "1. 套用計畫格式" })));
  const source = (await screen.findByRole("combobox", { name: /來源工作表/ })) as HTMLSelectElement;
  await waitFor(() => expect([...source.options].map((o) => o.value)).toContain("115年計畫"));
  // 對照表 is ours: never offered as a plan's source.
  expect([...source.options].map((o) => o.value)).not.toContain("對照表");
  await act(async () => void fireEvent.change(source, { target: { value: "115年計畫" } }));
  await click("預覽");
  const preview = await screen.findByRole("region", { name: "預覽" });
  const remembered = within(preview).getByRole("heading", { name: "依之前記住的對應處理" }).nextElementSibling as HTMLElement;
  expect(remembered.querySelectorAll("li")).toHaveLength(7);
  expect(remembered.textContent).toContain("D11：依「對照表」記住的對應，執行單位「役政災防科」讀作「役政災防課」");
  await click("套用");
  await waitFor(() => expect(screen.getByRole("main").textContent).toMatch(/已建立「計畫表」：\d+ 項具體作法/), { timeout: 5000 });
  expect(
    wb
      .valuesOf("計畫表")
      .flat()
      .some((v) => String(v).includes("役政災防科")),
  ).toBe(false);

  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "2. 檢查計畫" })));
  await click("檢查計畫");
  // Seed 001 is otherwise clean: with the unit mapped, nothing is left to find.
  await screen.findByText("沒有發現問題。");
  expect(screen.getByRole("main").textContent).not.toContain("不在本機關的單位清單");
  expect(screen.getByRole("table", { name: "各執行單位在各執行要項的具體作法數" }).textContent).not.toContain("役政災防科");
});

it("in English: 'Remember: X means Y', and what it achieved", async () => {
  const wb = await setUpThisYear("en-US");
  const buttons = screen.getAllByRole("button", { name: "Remember: 役政災防科 means 役政災防課" });
  await act(async () => void fireEvent.click(buttons[0]));
  await screen.findByText(/^Kept on the sheet "對照表": from the next set-up \(step 1\), "役政災防科" is read as "役政災防課"/);
  await waitFor(() => expect(screen.getAllByRole("button", { name: "Remembered: 役政災防科 means 役政災防課" })).toHaveLength(7));
  expect(wb.valuesOf("對照表")[1]).toEqual(["單位", "役政災防科", "役政災防課"]);
});
