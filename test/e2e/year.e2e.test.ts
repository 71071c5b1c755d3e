/**
 * Step 6 end to end in Debian's Chromium, on the playground's sample (seed 000): after a set-up,
 * 建立下一年度計畫 writes 115年度計畫 and lists what changed; 比較 (the plan table against it, the
 * pickers set by the roll-over) finds only the year changed and writes the 比較 sheet. axe finds
 * nothing in the step after each. Screenshot: /tmp/playground-year.png.
 */
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import { OPEN_TIMEOUT_MS, openPlayground, type PlaygroundPage, setUpSample } from "./support/playgroundPage";

const SCREENSHOT = path.join(os.tmpdir(), "playground-year.png");

describeWithChromium()("step 6 in the playground", () => {
  let playground: PlaygroundPage;
  let page: Page;

  beforeAll(async () => {
    playground = await openPlayground();
    page = playground.page;
  }, OPEN_TIMEOUT_MS);

  afterAll(() => playground?.close());

  const pane = () => page.getByTestId("taskpane");
  const sheetNames = () => page.evaluate(() => window.__playground!.workbook!.data.sheets.map((s) => s.name));

  it("rolls the plan over to a new sheet, then compares the two years: only the year changed", async () => {
    await setUpSample(pane());
    await pane().getByRole("tab", { name: "6. 年度" }).click();
    await pane().getByRole("button", { name: "建立下一年度計畫" }).click();
    await pane()
      .getByText(/已建立「115年度計畫」：114 年度 → 115 年度，54 項作法/)
      .waitFor();
    expect(await sheetNames()).toContain("115年度計畫");
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);

    await pane().getByRole("button", { name: "比較", exact: true }).click();
    await pane()
      .getByText(/差異 1 項，已寫入「比較」/)
      .waitFor();
    expect(await sheetNames()).toContain("比較");
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    await page.screenshot({ path: SCREENSHOT });
  });

  it("logged no page errors", () => {
    expect(playground.pageErrors).toEqual([]);
  });
});
