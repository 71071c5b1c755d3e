/**
 * The playground end to end in Debian's Chromium: the real task pane beside the sample workbook
 * drawn from memory; batches through the pane's ExcelHost redrawing the view; clicks selecting
 * cells; another .xlsx opened through the file input; the workbook downloaded and read back; the
 * pane's set-up step run on the sample; axe checks of the pane. Screenshots are left in
 * /tmp/playground.png (the sample), /tmp/playground-features.png (a table, dropdowns, a frozen row,
 * a hidden column) and /tmp/playground-set-up.png (the sample after set-up).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { SET_UP_STRINGS } from "../../src/taskpane/setup/setUpStrings";
import { axeViolations } from "./support/axe";
import { ROOT } from "./support/buildPlayground";
import { describeWithChromium } from "./support/chromium";
import { OPEN_TIMEOUT_MS, openPlayground, type PlaygroundPage } from "./support/playgroundPage";

const SCREENSHOT = path.join(os.tmpdir(), "playground.png");
const FEATURES_SCREENSHOT = path.join(os.tmpdir(), "playground-features.png");
const SET_UP_SCREENSHOT = path.join(os.tmpdir(), "playground-set-up.png");
const SEED003 = path.join(ROOT, "test", "fixtures", "seed003.xlsx");

describeWithChromium()("playground in Chromium", () => {
  let playground: PlaygroundPage;
  let page: Page;

  beforeAll(async () => {
    playground = await openPlayground();
    page = playground.page;
  }, OPEN_TIMEOUT_MS);

  afterAll(() => playground?.close());

  const cell = (address: string) => page.locator(`td[data-address='${address}']`);

  it("shows the sample workbook: its sheet tab, its text, merged cells spanning rows and columns", async () => {
    await page.screenshot({ path: SCREENSHOT });
    expect(await page.title()).toBe("提升服務計畫助手 Playground");
    await expect(page.getByRole("tab", { name: "計畫內容" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(cell("A3").textContent()).resolves.toBe("執行要項");
    await expect(cell("A1").textContent()).resolves.toBe("高雄市兵役處114年提升服務工作計畫");
    await expect(cell("A1").getAttribute("colspan")).resolves.toBe("4"); // A1:D1
    await expect(cell("A5").getAttribute("rowspan")).resolves.toBe("2"); // A5:A6
    // Covered cells of a merged area are not drawn.
    await expect(cell("A6").count()).resolves.toBe(0);
    // Column widths from the file: A is 84 pt = 112 px.
    const width = await page
      .locator("table[data-sheet] col")
      .nth(1)
      .evaluate((col) => (col as HTMLElement).style.width);
    expect(width).toBe("112px");
    // The page exposes the workbook it shows.
    const names = await page.evaluate(() => window.__playground?.workbook?.data.sheets.map((s) => s.name));
    expect(names).toEqual(["計畫內容"]);
  });

  it("puts the real pane, in the browser's language, at the right of the workbook", async () => {
    const pane = page.getByTestId("taskpane");
    await expect(pane.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("提升服務計畫助手");
    // The pane is told it runs in Excel: no "open this in Excel" message.
    await expect(pane.getByText("請在 Excel 中開啟").count()).resolves.toBe(0);
    const paneBox = await pane.boundingBox();
    const sheetBox = await page.getByTestId("sheet-scroller").boundingBox();
    expect(paneBox?.width).toBe(320);
    expect(paneBox!.x).toBeGreaterThan(sheetBox!.x + sheetBox!.width - 1);
  });

  it("draws again after a batch through the pane's ExcelHost; a click selects a cell", async () => {
    await page.evaluate(() =>
      window.__playground!.excel!.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("計畫內容").getRange("D4");
        range.values = [["研考科"]];
        range.format.fill.color = "#FFF2CC";
        await ctx.sync();
      }),
    );
    await cell("D4").filter({ hasText: "研考科" }).waitFor();
    await expect(cell("D4").evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe("rgb(255, 242, 204)");

    await cell("B4").click();
    await expect(cell("B4").getAttribute("aria-selected")).resolves.toBe("true");
    const selection = await page.evaluate(() => window.__playground!.workbook!.data.selection?.area);
    expect(selection).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    // Clicking a merged cell selects the whole merged area.
    await cell("A5").click();
    const merged = await page.evaluate(() => window.__playground!.workbook!.data.selection?.area);
    expect(merged).toEqual({ top: 4, left: 0, bottom: 5, right: 0 });
  });

  it("draws a table, dropdown lists, frozen rows, a hidden column and a hidden sheet made through the API", async () => {
    await page.evaluate(() =>
      window.__playground!.excel!.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        const units = sheets.add("單位");
        units.getRange("A1:A3").values = [["單位"], ["秘書室"], ["研考科"]];
        units.visibility = "Hidden";
        const sheet = sheets.add("計畫表");
        const rows = [["編號", "執行要項", "具體作法", "執行單位"]];
        for (let i = 1; i <= 40; i++)
          rows.push([`1-${i}`, "一、完備基礎服務項目", `${i}. 具體作法第 ${i} 項`, i % 2 ? "秘書室" : "研考科"]);
        sheet.getRange("A1:D41").values = rows;
        sheet.tables.add("A1:D41", true).name = "計畫表";
        sheet.getRange("C:C").format.columnWidth = 200;
        sheet.getRange("A:A").columnHidden = true;
        sheet.getRange("D2:D41").dataValidation.rule = { list: { inCellDropDown: true, source: "=單位!$A$2:$A$3" } };
        sheet.freezePanes.freezeRows(1);
        sheet.activate();
        sheet.getRange("C3").select();
        await ctx.sync();
      }),
    );
    await page.locator("table[data-sheet='計畫表']").waitFor();
    await expect(page.getByRole("tab", { name: "計畫表" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByRole("tab", { name: "單位（隱藏）" }).count()).resolves.toBe(1);
    // The frozen header row is in the sticky head; column A is hidden.
    await expect(page.locator("thead td[data-address='B1']").textContent()).resolves.toBe("執行要項");
    await expect(cell("A2").count()).resolves.toBe(0);
    await expect(cell("B1").evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe("rgb(68, 114, 196)");
    await expect(cell("D2").getAttribute("title")).resolves.toBe("下拉清單：=單位!$A$2:$A$3");
    await expect(cell("D2").textContent()).resolves.toBe("秘書室▾");
    await expect(cell("C3").getAttribute("aria-selected")).resolves.toBe("true");
    // Scrolled down, the header row stays on top.
    const scroller = page.getByTestId("sheet-scroller");
    await scroller.evaluate((el) => el.scrollBy(0, 400));
    const head = await cell("B1").boundingBox();
    const top = await scroller.boundingBox();
    expect(Math.abs(head!.y - (top!.y + 20))).toBeLessThanOrEqual(2);
    await page.screenshot({ path: FEATURES_SCREENSHOT });
    // A hidden sheet can be looked at without activating it.
    await page.getByRole("tab", { name: "單位（隱藏）" }).click();
    await expect(cell("A2").textContent()).resolves.toBe("秘書室");
    const active = await page.evaluate(
      () => window.__playground!.workbook!.data.sheets.find((s) => s.id === window.__playground!.workbook!.data.activeSheetId)?.name,
    );
    expect(active).toBe("計畫表");
  });

  it("stays usable with 1,000 rows: draws the first 500 and says so", async () => {
    const started = Date.now();
    await page.evaluate(() =>
      window.__playground!.excel!.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.add("千列");
        const rows = Array.from({ length: 1000 }, (_, i) => [`${i + 1}`, `第 ${i + 1} 項具體作法，內容較長以測試換行與欄寬`, "秘書室"]);
        sheet.getRange("A1:C1000").values = rows;
        sheet.getRange("B1:B1000").format.wrapText = true;
        sheet.activate();
        await ctx.sync();
      }),
    );
    await page.getByText("顯示前 500 列（共 1000 列）").waitFor();
    await expect(page.locator("table[data-sheet='千列'] tbody tr").count()).resolves.toBe(500);
    expect(Date.now() - started).toBeLessThan(5000);
    // A click on a cell of the big sheet redraws promptly too.
    const clicked = Date.now();
    await cell("C400").click();
    await expect(cell("C400").getAttribute("aria-selected")).resolves.toBe("true");
    expect(Date.now() - clicked).toBeLessThan(2000);
  });

  it("opens another .xlsx through the file input", async () => {
    await page.getByTestId("open-xlsx").setInputFiles(SEED003);
    await expect(cell("A1").filter({ hasText: "高雄市林園區公所提升服務執行計畫" }).waitFor()).resolves.toBeUndefined();
    await expect(page.getByTestId("file-name").textContent()).resolves.toBe("seed003.xlsx");
    await expect(cell("A5").getAttribute("rowspan")).resolves.toBe("5"); // A5:A9
    const title = await page.evaluate(() => window.__playground?.workbook?.valuesOf("計畫內容!A1:A1")[0][0]);
    expect(title).toBe("高雄市林園區公所提升服務執行計畫");
  });

  it("says so when a file is not a workbook, and keeps the one on show", async () => {
    await page.getByTestId("open-xlsx").setInputFiles(path.join(ROOT, "test", "fixtures", "not-a-workbook.xlsx"));
    await expect(page.getByRole("alert").textContent()).resolves.toBe("無法開啟 not-a-workbook.xlsx：這不是 Excel 活頁簿（.xlsx）。");
    await expect(page.getByTestId("file-name").textContent()).resolves.toBe("seed003.xlsx");
  });

  it("downloads the workbook as it is now, and reads back the same values", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下載活頁簿" }).click()]);
    expect(download.suggestedFilename()).toBe("seed003-playground.xlsx");
    const saved = await MemoryWorkbook.loadXlsx(fs.readFileSync(await download.path()));
    const shown = await page.evaluate(() => window.__playground!.workbook!.valuesOf("計畫內容"));
    expect(saved.valuesOf("計畫內容")).toEqual(shown);
  });

  it("the pane passes axe (Fluent's focus guards aside) on every step", async () => {
    // Every step's panel, not only the first.
    for (const tab of await page.getByTestId("taskpane").getByRole("tab").all()) {
      await tab.click();
      await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    }
  });

  it("goes back to the sample", async () => {
    await page.getByRole("button", { name: "重設為範例" }).click();
    await cell("A1").filter({ hasText: "高雄市兵役處114年提升服務工作計畫" }).waitFor();
    await expect(page.getByTestId("file-name").textContent()).resolves.toBe("sample-plan.xlsx");
  });

  it("sets the sample up through the real pane: the plan table appears in the view", async () => {
    const s = SET_UP_STRINGS["zh-TW"];
    const pane = page.getByTestId("taskpane");
    await pane.getByRole("tab").first().click();
    await pane.getByRole("button", { name: s.preview, exact: true }).click();
    await pane.getByRole("button", { name: s.apply, exact: true }).click();
    // The view follows the workbook: a new table drawn (its header row styled), the backup sheet hidden.
    await page.locator("table[data-sheet] thead td[data-address='B1']").filter({ hasText: "執行要項" }).waitFor();
    // Drawn from its top, though the sheet shown before had been scrolled.
    await expect(page.getByTestId("sheet-scroller").evaluate((el) => el.scrollTop)).resolves.toBe(0);
    await expect(page.locator("[role=tab][data-visibility='Hidden']").count()).resolves.toBe(1);
    const tables = await page.evaluate(() =>
      window.__playground!.workbook!.data.sheets.flatMap((sheet) =>
        sheet.tables.map((t) => ({ sheet: sheet.name, rows: t.area.bottom - t.area.top })),
      ),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toBe(54); // seed 000's 54 measures under the header row
    await page.screenshot({ path: SET_UP_SCREENSHOT });
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
  });

  it("shows the pane in English with ?lang=en", async () => {
    await page.goto(`${playground.url}?lang=en`);
    await page.locator("table[data-sheet='計畫內容']").waitFor();
    await expect(page.getByTestId("taskpane").getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Service Plan Assistant");
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
  });

  it("logged no page errors", () => {
    expect(playground.pageErrors).toEqual([]);
  });
});
