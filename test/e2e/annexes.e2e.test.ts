/**
 * Step 3 of the pane end to end in Debian's Chromium, on the playground's sample (seed 000): set up,
 * then build each annex; each appears as a sheet of its own, drawn with its merged pillar and focus
 * cells; the step is axe-clean before and after a build, fits 320 px and 200 % zoom, and is usable
 * by keyboard alone. Screenshots: /tmp/playground-annex.png (附件一 drawn beside the pane) and
 * /tmp/playground-annex-zoom200.png.
 */
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import { OPEN_TIMEOUT_MS, openPlayground, type PlaygroundPage, setUpSample } from "./support/playgroundPage";
import { until } from "./support/until";

const SCREENSHOT = path.join(os.tmpdir(), "playground-annex.png");
const ZOOM_SCREENSHOT = path.join(os.tmpdir(), "playground-annex-zoom200.png");

describeWithChromium()("annexes in the playground", () => {
  let playground: PlaygroundPage;
  let page: Page;

  beforeAll(async () => {
    playground = await openPlayground();
    page = playground.page;
  }, OPEN_TIMEOUT_MS);

  afterAll(() => playground?.close());

  const pane = () => page.getByTestId("taskpane");
  const workbook = <T>(fn: string) => page.evaluate(`(() => { const wb = window.__playground.workbook; return ${fn}; })()`) as Promise<T>;
  const overflow = () =>
    page.evaluate(() => {
      const p = document.querySelector("[data-testid='taskpane']")!;
      return p.scrollWidth - p.clientWidth;
    });

  it("after a set-up, step 3 suggests the agency and year, is axe-clean, and fits 320 px and 200 % zoom", async () => {
    await setUpSample(pane());
    await pane().getByRole("tab", { name: "3. 產製附表" }).click();
    const agency = pane().getByRole("textbox", { name: /機關名稱/ });
    await until(() => agency.inputValue(), "高雄市兵役處");
    await expect(
      pane()
        .getByRole("textbox", { name: /民國年度/ })
        .inputValue(),
    ).resolves.toBe("114");
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    await pane().screenshot({ path: ZOOM_SCREENSHOT.replace("zoom200", "320") });
    await expect(overflow()).resolves.toBe(0);
    await page.evaluate(() => ((document.querySelector("[data-testid='taskpane']") as HTMLElement).style.zoom = "2"));
    await pane().getByRole("button", { name: "產製附表" }).scrollIntoViewIfNeeded();
    await pane().screenshot({ path: ZOOM_SCREENSHOT });
    await expect(overflow()).resolves.toBe(0);
    await page.evaluate(() => ((document.querySelector("[data-testid='taskpane']") as HTMLElement).style.zoom = ""));
  });

  it("builds each table by keyboard alone: a sheet of its own, selected, drawn with its merged cells; the sentence takes the focus", async () => {
    for (const [radio, sheet, merged] of [
      // Seed 000's first body row is its preamble (one measure); the first pillar's cell comes next.
      ["附件一 具體作法", "附件一", "A5"],
      ["附件二 執行成效一覽表", "附件二", "A5"],
      ["計畫表", "計畫表（列印）", "A4"],
    ] as const) {
      // Keyboard: focus the table's radio, Space picks it, Tab on to the button, Enter builds.
      const option = pane().getByRole("radio", { name: new RegExp(`^${radio}`) });
      await option.focus();
      await page.keyboard.press("Space");
      await expect(option.isChecked()).resolves.toBe(true);
      await pane().getByRole("button", { name: "產製附表" }).focus();
      await page.keyboard.press("Enter");
      await pane()
        .getByText(new RegExp(`已在「${sheet.replace(/[()（）]/g, ".")}」工作表產製`))
        .waitFor();
      await until(() => page.evaluate(() => document.activeElement?.getAttribute("role") ?? ""), "status");
      await expect(page.getByRole("tab", { name: sheet, exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
      const first = page.locator(`table[data-sheet='${sheet}'] td[data-address='${merged}']`);
      // The first pillar's cell spans its measures' rows.
      expect(Number(await first.getAttribute("rowspan"))).toBeGreaterThan(1);
      await expect(workbook<string>(`wb.sheet(${JSON.stringify(sheet)}).pageLayout.paperSize`)).resolves.toBe("A4");
      if (sheet === "附件一") await page.screenshot({ path: SCREENSHOT });
    }
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    await expect(workbook<string[]>(`wb.data.sheets.map((s) => s.name)`)).resolves.toEqual(
      expect.arrayContaining(["附件一", "附件二", "計畫表（列印）"]),
    );
  });

  it("logged no page errors", () => {
    expect(playground.pageErrors).toEqual([]);
  });
});
