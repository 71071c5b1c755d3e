/**
 * Step 5 end to end in Debian's Chromium, on the playground's sample (seed 000): after a set-up the
 * pre-publication check lists the plan's open errors; 仍要匯出 downloads the file, which reads back
 * (the .csv by Python's csv module, the .ods as a package whose first entry is its mimetype); the
 * in-memory workbook is the same before and after; the step is axe-clean with its findings and after
 * the download. Screenshot: /tmp/playground-export.png.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { python } from "../support/debian";
import { axeViolations } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import { OPEN_TIMEOUT_MS, openPlayground, type PlaygroundPage } from "./support/playgroundPage";

const SCREENSHOT = path.join(os.tmpdir(), "playground-export.png");

describeWithChromium()("export in the playground", () => {
  let playground: PlaygroundPage;
  let page: Page;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "playground-export-"));

  beforeAll(async () => {
    playground = await openPlayground();
    page = playground.page;
  }, OPEN_TIMEOUT_MS);

  afterAll(() => playground?.close());

  const pane = () => page.getByTestId("taskpane");
  const workbookJson = () => page.evaluate(() => JSON.stringify(window.__playground!.workbook!.data));

  it("checks, lists the open errors, and downloads on 仍要匯出: the CSV reads back, one measure a row; the workbook is unchanged", async () => {
    await pane().getByRole("button", { name: "預覽", exact: true }).click();
    await pane().getByText("在「計畫內容」找到 54 項具體作法。").waitFor();
    await pane().getByRole("button", { name: "套用", exact: true }).click();
    await pane()
      .getByText(/已建立「計畫表」：54 項具體作法/)
      .waitFor();
    await pane().getByRole("tab", { name: "5. 發布" }).click();
    await pane()
      .getByRole("radio", { name: /附件一/ })
      .check();
    await pane()
      .getByRole("radio", { name: /^\.csv/ })
      .check();
    const before = await workbookJson();
    await pane().getByRole("button", { name: "檢查並匯出" }).click();
    await pane()
      .getByText(/發布前檢查：有 1 項需要留意/)
      .waitFor();
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    const [download] = await Promise.all([page.waitForEvent("download"), pane().getByRole("button", { name: "仍要匯出" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^高雄市兵役處114年_附件一_\d{8}\.csv$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const rows = python(
      `import csv,json,sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))`,
      file,
    ) as string[][];
    expect(rows[0]).toEqual(["項次", "實施要領", "具體做法", "負責業參", "完成期限"]);
    expect(rows).toHaveLength(1 + 54);
    await pane()
      .getByText(/已下載「高雄市兵役處114年_附件一_\d{8}\.csv」/)
      .waitFor();
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
    await page.screenshot({ path: SCREENSHOT });
    expect(await workbookJson()).toBe(before);
  });

  it("the .ods download is an ODF package: its first entry is the mimetype, stored", async () => {
    await pane()
      .getByRole("radio", { name: /^\.ods/ })
      .check();
    await pane().getByRole("button", { name: "檢查並匯出" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), pane().getByRole("button", { name: "仍要匯出" }).click()]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(30, 38).toString("latin1")).toBe("mimetype");
    expect(bytes.subarray(38, 38 + 46).toString("latin1")).toBe("application/vnd.oasis.opendocument.spreadsheet");
  });

  it("logged no page errors", () => {
    expect(playground.pageErrors).toEqual([]);
  });
});
