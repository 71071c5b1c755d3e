/**
 * Steps 1 and 2 of the pane end to end in Debian's Chromium, on the playground's sample (seed 000):
 * set up the plan table and look at it, restore the backup, set up again, check the plan, click a
 * finding and see its cell selected and highlighted, fix the fault and see the finding and the
 * highlight go; turn highlighting off and on. Screenshots: /tmp/playground-check.png and
 * /tmp/playground-check-highlights.png.
 */
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import { OPEN_TIMEOUT_MS, openPlayground, type PlaygroundPage } from "./support/playgroundPage";
import { until } from "./support/until";

const CHECK_SCREENSHOT = path.join(os.tmpdir(), "playground-check.png");
const PREVIEW_SCREENSHOT = path.join(os.tmpdir(), "playground-preview-lists.png");
const ZOOM_SCREENSHOT = path.join(os.tmpdir(), "playground-check-zoom200.png");
const SWITCH_SCREENSHOT = path.join(os.tmpdir(), "playground-check-highlights.png");
/** HIGHLIGHT_FILL's colours as the browser computes them. */
const ERROR_FILL = "rgb(255, 199, 206)";
const WARNING_FILL = "rgb(255, 235, 156)";

describeWithChromium()("set up and check in the playground", () => {
  let playground: PlaygroundPage;
  let page: Page;

  beforeAll(async () => {
    playground = await openPlayground();
    page = playground.page;
  }, OPEN_TIMEOUT_MS);

  afterAll(() => playground?.close());

  const pane = () => page.getByTestId("taskpane");
  const fillOf = (address: string) =>
    page.locator(`table[data-sheet='計畫表'] td[data-address='${address}']`).evaluate((td) => getComputedStyle(td).backgroundColor);
  const workbook = <T>(fn: string) => page.evaluate(`(() => { const wb = window.__playground.workbook; return ${fn}; })()`) as Promise<T>;

  it("sets up the plan table; the source sheet is unchanged; restore brings the workbook back", async () => {
    const before = await workbook<string>(`JSON.stringify(wb.valuesOf("計畫內容"))`);
    await pane().getByRole("button", { name: "預覽", exact: true }).click();
    await pane().getByText("在「計畫內容」找到 54 項具體作法。").waitFor();
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    // The measures and every change, opened: still accessible.
    await pane()
      .getByRole("button", { name: /具體作法清單/ })
      .click();
    await pane()
      .getByRole("button", { name: /所有調整紀錄/ })
      .click();
    await pane()
      .getByText(/6-4-1 /)
      .waitFor();
    await page.screenshot({ path: PREVIEW_SCREENSHOT });
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    await pane().getByRole("button", { name: "套用", exact: true }).click();
    await pane()
      .getByText(/已建立「計畫表」：54 項具體作法/)
      .waitFor();

    // The plan table as drawn: its tab selected, canonical headers, 54 rows; the source untouched.
    await expect(page.getByRole("tab", { name: "計畫表", exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("table[data-sheet='計畫表'] td[data-address='D1']").textContent()).resolves.toBe("具體作法");
    await expect(workbook<number>(`wb.valuesOf("計畫表").length`)).resolves.toBe(55);
    await expect(workbook<number>(`wb.sheet("計畫表").validations.length`)).resolves.toBe(3);
    await expect(workbook<string>(`JSON.stringify(wb.valuesOf("計畫內容"))`)).resolves.toBe(before);

    await pane().getByRole("button", { name: "還原備份" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "還原", exact: true }).click();
    await pane().getByText("已還原「計畫內容」，並移除套用時建立的工作表。").waitFor();
    await expect(workbook<string[]>(`wb.data.sheets.map((s) => s.name)`)).resolves.toEqual(["計畫內容"]);
    await expect(workbook<string>(`JSON.stringify(wb.valuesOf("計畫內容"))`)).resolves.toBe(before);
  });

  it("checks the plan; a finding's button selects its highlighted cell; fixing the fault removes the finding and the highlight", async () => {
    await pane().getByRole("button", { name: "預覽", exact: true }).click();
    await pane().getByRole("button", { name: "套用", exact: true }).click();
    await pane()
      .getByText(/已建立「計畫表」/)
      .waitFor();

    await pane().getByRole("tab", { name: "2. 檢查計畫" }).click();
    await pane().getByRole("button", { name: "檢查計畫" }).click();
    const findings = pane().getByRole("region", { name: "檢查結果" });
    await findings.waitFor();
    await expect(findings.textContent()).resolves.toContain("二(三)");

    // Red means a finding: the focus map's zero at 二(三) is red, the unit map's zeros are not.
    const bg = (table: string, row: string, col: number) =>
      pane()
        .getByRole("table", { name: table })
        .getByRole("row", { name: new RegExp(`^${row}`) })
        .locator("td")
        .nth(col)
        .evaluate((td) => [td.textContent, getComputedStyle(td).backgroundColor]);
    const missing = await bg("各執行重點的具體作法數", "執行要項二", 2);
    const unitZero = await bg("各執行單位在各執行要項的具體作法數", "役政科", 0);
    expect([missing[0], unitZero[0]]).toEqual(["0", "0"]);
    expect(unitZero[1]).not.toBe(missing[1]);
    // At 320 px, and at 200 % zoom, nothing spills out of the pane: the heat maps scroll in their own
    // regions, which the keyboard reaches (tabindex 0).
    const overflow = () =>
      page.evaluate(() => {
        const pane = document.querySelector("[data-testid='taskpane']")!;
        const regions = Array.from(pane.querySelectorAll("div[role='region']"));
        return { pane: pane.scrollWidth - pane.clientWidth, focusable: regions.map((r) => r.getAttribute("tabindex")) };
      });
    await expect(overflow()).resolves.toEqual({ pane: 0, focusable: ["0", "0"] });
    await page.evaluate(() => ((document.querySelector("[data-testid='taskpane']") as HTMLElement).style.zoom = "2"));
    await pane().getByRole("table", { name: "各執行單位在各執行要項的具體作法數" }).scrollIntoViewIfNeeded();
    await pane().screenshot({ path: ZOOM_SCREENSHOT });
    await expect(overflow()).resolves.toEqual({ pane: 0, focusable: ["0", "0"] });
    await pane().getByRole("tab", { name: "1. 套用計畫格式" }).click();
    await expect(overflow()).resolves.toMatchObject({ pane: 0 });
    await pane().getByRole("tab", { name: "2. 檢查計畫" }).click();
    await page.evaluate(() => ((document.querySelector("[data-testid='taskpane']") as HTMLElement).style.zoom = ""));

    // A fault of our own making: empty a measure's unit cell (E3), typed into the grid as a user would.
    const old = await workbook<string>(`wb.valuesOf("計畫表!E3")[0][0]`);
    const typeInto = async (address: string, text: string) => {
      await page.locator(`table[data-sheet='計畫表'] td[data-address='${address}']`).dblclick();
      const editor = page.getByRole("textbox", { name: `編輯 ${address}` });
      await editor.fill(text);
      await editor.press("Enter");
    };
    await typeInto("E3", "");
    await expect(workbook<string>(`wb.valuesOf("計畫表!E3")[0][0]`)).resolves.toBe("");
    const fault = pane().getByRole("button", { name: /^前往 計畫表!E3：/ });
    await fault.waitFor(); // re-checked by itself, after the edit
    await page.getByRole("tab", { name: "計畫內容", exact: true }).click();
    await fault.click();
    await expect(page.getByRole("tab", { name: "計畫表", exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("td[data-address='E3']").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(fillOf("E3")).resolves.toBe(ERROR_FILL);
    await page.screenshot({ path: CHECK_SCREENSHOT });
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);

    await typeInto("E3", old);
    await fault.waitFor({ state: "detached" });

    // A finding far down the sheet: its button brings the cell into view.
    await page.locator("[data-testid='sheet-scroller']").evaluate((el) => el.scrollTo(0, 0));
    const last = pane()
      .getByRole("region", { name: "檢查結果" })
      .getByRole("button", { name: /^前往 計畫表!/ })
      .last();
    const lastCell = /^前往 計畫表!([A-Z]+\d+)/.exec((await last.getAttribute("aria-label")) ?? (await last.textContent()) ?? "")?.[1];
    const inView = () =>
      page.evaluate((address) => {
        const scroller = document.querySelector("[data-testid='sheet-scroller']")!.getBoundingClientRect();
        const td = document.querySelector(`table[data-sheet='計畫表'] td[data-address='${address}']`)!.getBoundingClientRect();
        return td.bottom > scroller.top && td.top < scroller.bottom;
      }, lastCell);
    await expect(inView()).resolves.toBe(false);
    await last.click();
    await expect(inView()).resolves.toBe(true);
    await expect(fillOf("E3")).resolves.not.toBe(ERROR_FILL);

    // Highlighting off: no cell of the plan table keeps one of our fills; on again: they are back.
    const highlighted = () =>
      page
        .locator("table[data-sheet='計畫表'] td")
        .evaluateAll(
          (tds, fills) => tds.filter((td) => fills.includes(getComputedStyle(td).backgroundColor)).length,
          [ERROR_FILL, WARNING_FILL],
        );
    const before = await highlighted();
    expect(before).toBeGreaterThan(0);
    const toggle = pane().getByRole("switch", { name: "在工作表中醒目提示問題儲存格" });
    await toggle.click();
    await until(highlighted, 0);
    await toggle.click();
    await until(highlighted, before);
    await toggle.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SWITCH_SCREENSHOT });
  });

  it("logged no page errors", () => {
    expect(playground.pageErrors).toEqual([]);
  });
});
