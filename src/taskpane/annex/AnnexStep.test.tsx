/** @jest-environment ./test/support/jsdomEnvironment.js */
/** The annex step against the in-memory Excel: suggested title fields, building each table, the sentence, bad input, no set-up, English. */
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { applySetUp } from "../../excel/setUp";
import { MemoryWorkbook } from "../../memoryExcel";
import { playgroundExcelHost } from "../../playground/playgroundHost";
import { seedGrid } from "../../../test/support/seedFixtures";
import { App } from "../App";

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

async function openStep(name: string | null, language = "zh-TW", options: ConstructorParameters<typeof MemoryWorkbook>[0] = {}) {
  const wb = new MemoryWorkbook(options);
  const sheet = name ? "計畫內容" : "工作表1";
  const grid = name ? seedGrid(name) : { values: [["x"]], merges: [] };
  wb.addSheet(sheet, grid.values).merges.push(...grid.merges);
  const excel = playgroundExcelHost(wb, () => undefined);
  if (name) await applySetUp(excel, { sourceSheet: sheet, framework: { kind: "detect" }, units: null });
  render(<App hostState={{ host: "Excel", language }} excel={excel} />);
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: language === "en" ? "3. Annexes" : "3. 產製附表" })));
  return wb;
}

describe("annex step", () => {
  it("suggests the agency and the year from the plan's title; builds 附件一 into a sheet it activates; says where and how to print, and moves focus there", async () => {
    const wb = await openStep("seed000");
    const agency = await screen.findByRole("textbox", { name: /機關名稱/ });
    await waitFor(() => expect(agency).toHaveProperty("value", "高雄市兵役處"));
    expect(screen.getByRole("textbox", { name: /民國年度/ })).toHaveProperty("value", "114");
    expect(screen.getByRole("textbox", { name: /字型/ })).toHaveProperty("value", "標楷體");
    expect(screen.queryByText("開發中")).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: /附件一 具體作法/ }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "產製附表" })));
    const status = await screen.findByText(/已在「附件一」工作表產製附件一 具體作法：54 項具體作法，約 \d+ 頁 A4。/);
    expect(status.textContent).toMatch(/列印：按 Ctrl\+P/);
    await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("status"));
    expect(wb.data.activeSheetId).toBe(wb.sheet("附件一").id);
    expect((wb.valuesOf("附件一") as unknown[][])[1][0]).toBe("高雄市兵役處114年提升服務具體作法");
  });

  it("the plan table with the agency typed: a field the user typed in is not overwritten; a year that is not an ROC year is refused before anything is written", async () => {
    const wb = await openStep("seed000");
    const agency = await screen.findByRole("textbox", { name: /機關名稱/ });
    await waitFor(() => expect(agency).toHaveProperty("value", "高雄市兵役處"));
    fireEvent.change(agency, { target: { value: "某區公所" } });
    fireEvent.change(screen.getByRole("textbox", { name: /民國年度/ }), { target: { value: "2026" } });
    fireEvent.click(screen.getByRole("radio", { name: /^計畫表/ }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "產製附表" })));
    expect(await screen.findByText("請填民國年，例如 115。")).toBeTruthy();
    expect(wb.data.sheets.map((s) => s.name)).not.toContain("計畫表（列印）");
    fireEvent.change(screen.getByRole("textbox", { name: /民國年度/ }), { target: { value: "115" } });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "產製附表" })));
    await screen.findByText(/已在「計畫表（列印）」工作表產製計畫表/);
    expect((wb.valuesOf("計畫表（列印）") as unknown[][])[0][0]).toBe("某區公所115年提升服務執行計畫");
  });

  it("says so when Excel did not keep fit to one page wide (office-js#1860)", async () => {
    await openStep("seed004", "zh-TW", { zoomFitIgnored: true });
    await screen.findByRole("textbox", { name: /機關名稱/ });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "產製附表" })));
    expect(await screen.findByText(/Excel 沒有保留「寬度縮為一頁」/)).toBeTruthy();
    expect(screen.getByText(/已在「附件一」工作表產製附件一 具體作法：21 項具體作法/)).toBeTruthy();
  });

  it("before a set-up: asks for step 1; in English throughout", async () => {
    await openStep(null, "en");
    expect(await screen.findByText("Finish step 1, Set up, first: the annexes are built from the plan table.")).toBeTruthy();
    cleanup();
    await openStep("seed004", "en");
    await screen.findByRole("textbox", { name: /Agency name/ });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Build the table" })));
    const done = await screen.findByText(/Built the annex 1, measures on the sheet "附件一": 21 measures/);
    expect(done.textContent).toMatch(/To print: press Ctrl\+P/);
  });
});
