/** @jest-environment ./test/support/jsdomEnvironment.js */
/** The check step against the in-memory Excel: counts, heat map, a finding's button selecting its cell, re-check on edits. */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { isHighlightFormula } from "../../core/checks/highlights";
import { parseA1 } from "../../core/grid";
import { applySetUp } from "../../excel/setUp";
import { MemoryWorkbook } from "../../memoryExcel";
import { playgroundExcelHost } from "../../playground/playgroundHost";
import { seedGrid } from "../../../test/support/seedFixtures";
import { App } from "../App";

afterEach(cleanup);
// Two cores shared with other suites: give the in-memory Excel batches time.
configure({ asyncUtilTimeout: 5000 });

async function setUpSeed000() {
  return setUpSeed("seed000");
}

async function setUpSeed(name: string) {
  const wb = new MemoryWorkbook();
  const grid = seedGrid(name);
  wb.addSheet("計畫內容", grid.values).merges.push(...grid.merges);
  const excel = playgroundExcelHost(wb, () => undefined);
  await applySetUp(excel, { sourceSheet: "計畫內容", framework: { kind: "detect" }, units: null });
  render(<App hostState={{ host: "Excel", language: "zh-TW" }} excel={excel} />);
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "2. 檢查計畫" })));
  await screen.findByRole("button", { name: "檢查計畫" });
  return wb;
}

const findingsText = () => screen.getByRole("region", { name: "檢查結果" }).textContent ?? "";

/** The cells drawn red (a finding) in a heat map, as "row header/column index". */
const redCells = (table: HTMLElement) =>
  Array.from(table.querySelectorAll("[data-finding]")).map((c) => {
    const row = c.closest("tr")!;
    return `${row.querySelector("th")!.textContent}/${Array.from(row.children).indexOf(c)}`;
  });

describe("check step: red means a finding", () => {
  it("seed 000: red only at its two missing focus points; seed 001 (clean): nothing red in either map", async () => {
    await setUpSeed("seed000");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("region", { name: "檢查結果" });
    expect(redCells(screen.getByRole("table", { name: "各執行重點的具體作法數" }))).toEqual(["執行要項二/3", "執行要項四/2"]);
    expect(redCells(screen.getByRole("table", { name: "各執行單位在各執行要項的具體作法數" }))).toEqual([]);
    cleanup();

    await setUpSeed("seed001");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByText(/項具體作法，涵蓋/);
    const units = screen.getByRole("table", { name: "各執行單位在各執行要項的具體作法數" });
    expect(
      within(units)
        .getAllByRole("cell")
        .some((c) => c.textContent === "0"),
    ).toBe(true);
    expect(redCells(units)).toEqual([]);
    expect(redCells(screen.getByRole("table", { name: "各執行重點的具體作法數" }))).toEqual([]);
  });

  it("seed 004 (VAC, no mandated focus points): measures per pillar, covered 6/6, nothing red beside 'no problems'", async () => {
    await setUpSeed("seed004");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByText(/項具體作法，涵蓋/);
    const main = screen.getByRole("main").textContent ?? "";
    expect(main).toMatch(/\d+ 項具體作法，涵蓋 6\/6 個執行要項（此架構未規定執行重點）。/);
    expect(main).not.toContain("0/0");
    const pillars = screen.getByRole("table", { name: "各執行要項的具體作法數" });
    expect(redCells(pillars)).toEqual([]);
    expect(within(pillars).getAllByRole("rowheader")).toHaveLength(6);
  });
});

describe("check step", () => {
  it("asks for set-up first when there is no plan table", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("工作表1", [["x"]]);
    render(<App hostState={{ host: "Excel", language: "zh-TW" }} excel={playgroundExcelHost(wb, () => undefined)} />);
    await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "2. 檢查計畫" })));
    await screen.findByText("請先完成步驟 1「套用計畫格式」，建立計畫表後再檢查。");
  });

  it("checks seed 000: counts, the heat map's missing focus points, a finding that selects its cell", async () => {
    const wb = await setUpSeed000();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("region", { name: "檢查結果" });
    expect(screen.getByRole("status").textContent).toMatch(/^錯誤 \d+警告 \d+提示 \d+/);
    // The heat map: 二 row, focus 3 is 0 (滿意度調查 missing).
    const map = screen.getByRole("table", { name: "各執行重點的具體作法數" });
    const row2 = within(map).getByRole("rowheader", { name: "執行要項二" }).closest("tr")!;
    expect(
      within(row2)
        .getAllByRole("cell")
        .map((c) => c.textContent)[2],
    ).toBe("0");
    expect(findingsText()).toContain("二(三)");
    // Unit × pillar: 秘書室 has work under pillar 一; every listed unit has a row.
    const units = screen.getByRole("table", { name: "各執行單位在各執行要項的具體作法數" });
    expect(
      within(units)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["秘書室", "軍務科", "役政科", "動員科"]);
    const secretariat = within(units).getByRole("rowheader", { name: "秘書室" }).closest("tr")!;
    expect(Number(within(secretariat).getAllByRole("cell")[1].textContent)).toBeGreaterThan(0);

    const go = screen.getAllByRole("button", { name: /^前往 計畫表!/ })[0];
    const address = /^前往 計畫表!([A-Z]+\d+)/.exec(go.getAttribute("aria-label")!)![1];
    await act(async () => void fireEvent.click(go));
    const at = parseA1(address)!;
    await waitFor(() =>
      expect(wb.data.selection).toEqual({
        sheetId: wb.sheet("計畫表").id,
        area: { top: at.row, left: at.col, bottom: at.row, right: at.col },
      }),
    );
    expect(wb.data.activeSheetId).toBe(wb.sheet("計畫表").id);
  });

  it("re-checks by itself after an edit of the plan table: a fault appears, and goes when fixed", async () => {
    const wb = await setUpSeed000();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("region", { name: "檢查結果" });
    expect(findingsText()).not.toMatch(/E3　/);
    const old = wb.valuesOf("計畫表!E3");
    await act(async () => void (await wb.simulateUserEdit("計畫表", "E3", [[""]])));
    await waitFor(() => expect(findingsText()).toMatch(/E3　/), { timeout: 4000 });
    await act(async () => void (await wb.simulateUserEdit("計畫表", "E3", old)));
    await waitFor(() => expect(findingsText()).not.toMatch(/E3　/), { timeout: 4000 });
  });

  it("highlights problem cells by default; the switch removes them and brings them back; the coverage goes to a sheet", async () => {
    const wb = await setUpSeed000();
    const ours = () => wb.sheet("計畫表").conditionalFormats.filter((f) => isHighlightFormula(f.formula)).length;
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("region", { name: "檢查結果" });
    await waitFor(() => expect(ours()).toBeGreaterThan(0));
    const drawn = ours();
    expect(screen.getByText(/^工作表中醒目提示 \d+ 個儲存格/).textContent).toContain(
      `醒目提示 ${drawn + wb.sheet("單位").conditionalFormats.length} 個`,
    );
    const toggle = screen.getByRole("switch", { name: "在工作表中醒目提示問題儲存格" });
    await act(async () => void fireEvent.click(toggle));
    await waitFor(() => expect(ours()).toBe(0));
    await act(async () => void fireEvent.click(toggle));
    await waitFor(() => expect(ours()).toBe(drawn));

    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "將涵蓋情形寫入工作表" })));
    await screen.findByText("已寫入「涵蓋情形」工作表。");
    // The sheet is kept and printed: it says when the check was made, date included.
    expect(wb.valuesOf("涵蓋情形!A1")).toEqual([
      [expect.stringMatching(/^提升服務計畫涵蓋情形（1\d\d年\d{1,2}月\d{1,2}日 \d\d:\d\d 檢查）$/)],
    ]);
  });

  it("the switch turned off while the first check is under way: the sheet ends with no highlight", async () => {
    const wb = await setUpSeed000();
    const ours = () => wb.sheet("計畫表").conditionalFormats.filter((f) => isHighlightFormula(f.formula)).length;
    const toggle = screen.getByRole("switch", { name: "在工作表中醒目提示問題儲存格" });
    // The user is typing in a cell: the round waits inside Excel, already started with the switch on.
    wb.userIsEditingCell = true;
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("button", { name: "檢查中…" });
    await act(async () => void fireEvent.click(toggle));
    await act(async () => void (wb.userIsEditingCell = false));
    await screen.findByRole("region", { name: "檢查結果" });
    await waitFor(() => expect(screen.getByRole("button", { name: "檢查計畫" }).hasAttribute("disabled")).toBe(false));
    expect(ours()).toBe(0);
  });

  it("a protected plan table: the findings are shown, with a sentence saying why the cells are not highlighted", async () => {
    const wb = await setUpSeed000();
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫表").protection.protect());
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("region", { name: "檢查結果" });
    expect(findingsText()).toContain("二(三)");
    await screen.findByText(/^檢查結果如下，但無法在工作表中醒目提示問題儲存格：工作表「計畫表」或活頁簿受保護/);
  });

  it("rules of the user's that Excel cannot read (office-js#6835): the findings, and a sentence saying why no cell is highlighted", async () => {
    const wb = await setUpSeed000();
    wb.sheet("計畫表").conditionalFormats.push({
      id: "user",
      area: { top: 1, left: 3, bottom: 9, right: 3 },
      type: "CellValue",
      format: {},
      unreadable: true,
    });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("region", { name: "檢查結果" });
    expect(findingsText()).toContain("二(三)");
    await screen.findByText(/^檢查結果如下，但無法在工作表中醒目提示問題儲存格：Excel 無法讀出工作表「計畫表」上某些設定格式化的條件規則/);
  });

  // Issue "Steps 1 and 2 as a clerk meets them", 12: leaving step 2 lost the results and stopped the live re-check.
  it("keeps its results and its live re-check while the user looks at step 1, and shows them on return", async () => {
    const wb = await setUpSeed000();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "檢查計畫" })));
    await screen.findByRole("region", { name: "檢查結果" });
    await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "1. 套用計畫格式" })));
    // Edited while step 1 is shown: the hidden step re-checks by itself.
    await act(async () => void (await wb.simulateUserEdit("計畫表", "E3", [[""]])));
    await waitFor(() => expect(findingsTextHidden()).toMatch(/E3　/), { timeout: 4000 });
    await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "2. 檢查計畫" })));
    expect(screen.getByRole("region", { name: "檢查結果" }).textContent).toMatch(/E3　/);
  });
});

/** The findings list while its step is hidden (queries by role skip hidden elements). */
const findingsTextHidden = () => screen.getByRole("region", { name: "檢查結果", hidden: true }).textContent ?? "";
