/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * Step 4 against the in-memory Excel: the secretariat makes the sheet; a chief's unit remembered; the
 * form saves only what was typed; a co-author's change to the same cell comes back with both texts;
 * a remote change refreshes the form keeping what is typed; compiling lists who has not reported.
 */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { RESULTS_SHEET } from "../../core/results/resultsSheet";
import { applySetUp } from "../../excel/setUp";
import { MemoryWorkbook } from "../../memoryExcel";
import { playgroundExcelHost } from "../../playground/playgroundHost";
import { seedGrid } from "../../../test/support/seedFixtures";
import { App } from "../App";
import { storageUnitMemory } from "./unitMemory";

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

/** A Storage stand-in (jsdom's localStorage is shared between tests). */
const memoryStorage = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
};

async function setUp(wb = new MemoryWorkbook()) {
  const grid = seedGrid("seed004");
  wb.addSheet("計畫內容", grid.values).merges.push(...grid.merges);
  const excel = playgroundExcelHost(wb, () => undefined);
  await applySetUp(excel, { sourceSheet: "計畫內容", framework: { kind: "detect" }, units: null });
  return { wb, excel };
}

async function openStep(excel: ReturnType<typeof playgroundExcelHost>, storage = memoryStorage(), language = "zh-TW") {
  const view = render(<App hostState={{ host: "Excel", language }} excel={excel} unitMemory={storageUnitMemory(storage)} />);
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: language === "en" ? "4. Fill in results" : "4. 填報成效" })));
  return view;
}

async function makeSheet() {
  fireEvent.click(await screen.findByRole("radio", { name: /秘書單位/ }));
  fireEvent.click(screen.getByRole("radio", { name: "年終" }));
  await act(async () => void fireEvent.click(screen.getByRole("button", { name: "產生成效填報工作表" })));
  await screen.findByText(/已在「成效填報」產生本期 \d+ 列/);
}

async function chiefPicks(unit: string) {
  fireEvent.click(screen.getByRole("radio", { name: /科室主管/ }));
  fireEvent.click(screen.getByRole("radio", { name: "年終" }));
  const select = await screen.findByRole("combobox", { name: /我的單位/ });
  await waitFor(() => expect(within(select).queryByRole("option", { name: unit })).toBeTruthy());
  fireEvent.change(select, { target: { value: unit } });
  await waitFor(() => expect(screen.getAllByRole("group").length).toBeGreaterThan(2));
}

const resultBoxes = () => screen.getAllByRole("textbox", { name: "執行成效" });

describe("results step", () => {
  it("the secretariat makes the sheet; a chief fills two results and saves; the unit and name are remembered", async () => {
    const { wb, excel } = await setUp();
    const storage = memoryStorage();
    await openStep(excel, storage);
    await makeSheet();
    expect(screen.queryByText("開發中")).toBeNull();
    await chiefPicks("處綜合");
    fireEvent.change(screen.getByRole("textbox", { name: /填報人/ }), { target: { value: "王科長" } });
    fireEvent.change(resultBoxes()[0], { target: { value: "辦理 3 場" } });
    fireEvent.change(screen.getAllByRole("combobox", { name: "辦理情形" })[1], { target: { value: "已完成" } });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "儲存（2 項變更）" })));
    expect(await screen.findByText(/已儲存 \d+ 個儲存格。/)).toBeTruthy();
    const rows = wb.valuesOf(RESULTS_SHEET) as unknown[][];
    expect(rows.filter((r) => r[6] === "辦理 3 場" && r[3] === "處綜合" && r[9] === "王科長")).toHaveLength(1);
    expect(rows.filter((r) => r[5] === "已完成")).toHaveLength(1);
    expect([...storage.items.values()].map((v) => JSON.parse(v) as unknown)).toContainEqual({ unit: "處綜合", by: "王科長" });
    // Opened again on this computer: the unit is already chosen.
    cleanup();
    await openStep(excel, storage);
    await waitFor(() => expect(screen.getByRole("combobox", { name: /我的單位/ })).toHaveProperty("value", "處綜合"));
    await waitFor(() => expect(resultBoxes()[0]).toHaveProperty("value", "辦理 3 場"));
  });

  it("a co-author's change to the same cell comes back with both texts; 用我的 writes mine", async () => {
    const { wb, excel } = await setUp();
    await openStep(excel);
    await makeSheet();
    await chiefPicks("處綜合");
    const row = (wb.valuesOf(RESULTS_SHEET) as unknown[][]).findIndex((r) => r[3] === "處綜合" && r[4] === "年終");
    fireEvent.change(resultBoxes()[0], { target: { value: "我寫的" } });
    // The co-author types in the same cell while the form is open (the refresh keeps what is typed here).
    await act(async () => wb.coauthor().simulateUserEdit(RESULTS_SHEET, `G${row + 1}`, [["同事寫的"]], "Remote"));
    await screen.findByText(/同事剛更新了工作表/);
    expect(resultBoxes()[0]).toHaveProperty("value", "我寫的");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: /儲存/ })));
    await screen.findByText("同事也改了這些欄位，請選擇要保留哪一個：");
    expect(screen.getByText("同事的：同事寫的")).toBeTruthy();
    expect(screen.getByText("你的：我寫的")).toBeTruthy();
    expect((wb.valuesOf(`${RESULTS_SHEET}!G${row + 1}`) as unknown[][])[0][0]).toBe("同事寫的");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "用我的" })));
    await waitFor(() => expect((wb.valuesOf(`${RESULTS_SHEET}!G${row + 1}`) as unknown[][])[0][0]).toBe("我寫的"));
  });

  it("compiling lists who has not reported, with figures per unit; a protected sheet says what Excel cannot enforce", async () => {
    const { wb, excel } = await setUp();
    await openStep(excel);
    await makeSheet();
    expect(screen.getByText(/Excel 只能鎖定儲存格，不能指定「哪個人」/)).toBeTruthy();
    await act(async () => void fireEvent.click(screen.getByRole("switch", { name: /保護工作表/ })));
    await waitFor(() => expect(wb.sheet(RESULTS_SHEET).protection).not.toBeNull());
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "彙整到附件二" })));
    await screen.findByText(/已把成效彙整到「附件二」/);
    const table = screen.getByRole("table", { name: "各單位填報情形" });
    expect(within(table).getByRole("rowheader", { name: "處綜合" })).toBeTruthy();
    const missing = screen.getByRole("region", { name: "尚未填報" });
    expect(within(missing).getAllByRole("button")[0].textContent).toMatch(/^處綜合年終尚未填報 \d+ 項具體作法/);
  });

  it("in English throughout, and before a set-up asks for step 1", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("工作表1", [["x"]]);
    await openStep(
      playgroundExcelHost(wb, () => undefined),
      memoryStorage(),
      "en",
    );
    expect(await screen.findByText("Finish step 1, Set up, first: the results sheet is made from the plan table.")).toBeTruthy();
    cleanup();
    const { excel } = await setUp();
    await openStep(excel, memoryStorage(), "en");
    fireEvent.click(await screen.findByRole("radio", { name: /The secretariat/ }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Make the results sheet" })));
    expect(await screen.findByText(/Made \d+ rows for the period on "成效填報"/)).toBeTruthy();
  });
});
