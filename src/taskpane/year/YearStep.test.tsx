/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * Step 6 against the in-memory Excel: seed 000 set up, next year's plan made on a new sheet with the
 * change list announced and a go-to button; then the new sheet compared with the plan table (the pickers
 * set to them): the year alone differs, the 比較 sheet is written; an edit to the new year is listed under
 * its kind with a button to its cell; one sheet against itself is refused in a sentence.
 */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { applySetUp } from "../../excel/setUp";
import { MemoryWorkbook } from "../../memoryExcel";
import { playgroundExcelHost } from "../../playground/playgroundHost";
import { seedGrid } from "../../../test/support/seedFixtures";
import { App } from "../App";

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

async function openStep(options: { setUp?: boolean } = {}) {
  const wb = new MemoryWorkbook();
  const grid = seedGrid("seed000");
  wb.addSheet("計畫內容", grid.values).merges.push(...grid.merges);
  const excel = playgroundExcelHost(wb, () => undefined);
  if (options.setUp !== false) await applySetUp(excel, { sourceSheet: "計畫內容", framework: { kind: "detect" }, units: null });
  render(<App hostState={{ host: "Excel", language: "zh-TW" }} excel={excel} />);
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "6. 年度" })));
  return wb;
}

const click = async (name: RegExp | string) => act(async () => void fireEvent.click(screen.getByRole("button", { name })));

describe("year step", () => {
  it("asks for a set-up first", async () => {
    await openStep({ setUp: false });
    expect(await screen.findByText(/請先完成步驟 1/)).toBeTruthy();
  });

  it("makes next year's plan, lists what was changed, goes to it; compares it with the plan table and writes 比較", async () => {
    const wb = await openStep();
    await screen.findByRole("button", { name: "建立下一年度計畫" });
    const source = JSON.stringify(wb.valuesOf("計畫內容"));
    const planTable = JSON.stringify(wb.valuesOf("計畫表"));
    await click("建立下一年度計畫");
    const status = await screen.findByText(/已建立「115年度計畫」：114 年度 → 115 年度，54 項作法/);
    const region = status.closest('[role="status"]') as HTMLElement;
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(within(region).getByText(/調整內容 5 筆/)).toBeTruthy();
    expect(within(region).getByText("計畫年度 114 年 → 115 年")).toBeTruthy();
    expect(JSON.stringify(wb.valuesOf("計畫內容"))).toBe(source);
    expect(JSON.stringify(wb.valuesOf("計畫表"))).toBe(planTable);

    wb.data.activeSheetId = wb.sheet("計畫表").id;
    await click("前往「115年度計畫」");
    expect(wb.data.activeSheetId).toBe(wb.sheet("115年度計畫").id);

    // The pickers now hold this year's plan table and the new sheet.
    await waitFor(() =>
      expect((screen.getByRole("combobox", { name: "較晚年度的工作表" }) as HTMLSelectElement).value).toBe("115年度計畫"),
    );
    expect((screen.getByRole("combobox", { name: "較早年度的工作表" }) as HTMLSelectElement).value).toBe("計畫表");
    await click("比較");
    const compared = await screen.findByText(/差異 1 項，已寫入「比較」/);
    expect(compared.textContent).toContain("「計畫表」（114 年度，54 項作法） → 「115年度計畫」（115 年度，54 項作法）");
    expect(screen.getByRole("region", { name: "年度（1）" }).textContent).toContain("年度：114 → 115");
    expect(wb.valuesOf("比較")[1][0]).toBe("年度");
  });

  it("lists an edit under its kind with a button to its cell; refuses one sheet against itself", async () => {
    const wb = await openStep();
    await screen.findByRole("button", { name: "建立下一年度計畫" });
    await click("建立下一年度計畫");
    await screen.findByText(/已建立「115年度計畫」/);
    const rows = wb.valuesOf("115年度計畫");
    const header = rows.findIndex((r) => r.includes("執行單位"));
    const unitColumn = rows[header].indexOf("執行單位");
    const row = rows.findIndex((r) => r[0] === "1-1-1");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("115年度計畫").getRangeByIndexes(row, unitColumn, 1, 1).values = [["軍務科"]];
      await context.sync();
    });

    await click("比較");
    const units = await screen.findByRole("region", { name: "執行單位變更（1）" });
    expect(units.textContent).toContain("作法 1-1-1 的執行單位：各科室 → 軍務科");
    const goTo = within(units).getByRole("button", { name: `前往 115年度計畫!D${row + 1}` });
    await act(async () => void fireEvent.click(goTo));
    await waitFor(() => expect(wb.data.activeSheetId).toBe(wb.sheet("115年度計畫").id));

    fireEvent.change(screen.getByRole("combobox", { name: "較早年度的工作表" }), { target: { value: "115年度計畫" } });
    await click("比較");
    expect(await screen.findByText("兩邊選的都是「115年度計畫」：請選兩張不同的工作表。")).toBeTruthy();
  });
});
