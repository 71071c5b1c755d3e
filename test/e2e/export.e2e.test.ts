/**
 * Step 5 end to end in Debian's Chromium, on the playground's sample (seed 000): after a set-up the
 * pre-publication check lists the plan's open errors; 仍要匯出 downloads the file, which reads back
 * (the .csv by Python's csv module, the .ods as a package whose first entry is its mimetype); the
 * in-memory workbook is the same before and after; the step is axe-clean with its findings and after
 * the download; the .pdf is made in the page (pdfmake, the font fetched from beside the pane) and read
 * by poppler. Screenshot: /tmp/playground-export.png; the PDF's page 1: /tmp/playground-export-pdf-1.png.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { hasPoppler, python } from "../support/debian";
import { axeViolations } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import { OPEN_TIMEOUT_MS, openPlayground, type PlaygroundPage, setUpSample } from "./support/playgroundPage";

const SCREENSHOT = path.join(os.tmpdir(), "playground-export.png");
/** Page 1 of the pane's PDF, as PNG (pdftoppm adds "-1.png"). */
const PDF_PAGE = path.join(os.tmpdir(), "playground-export-pdf");

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
    await setUpSample(pane());
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

  it("the .pdf download: made in the page by pdfmake with the font fetched from beside it; real text, the builder's pages; page 1 as PNG", async () => {
    await pane()
      .getByRole("radio", { name: /^\.pdf/ })
      .check();
    await pane().getByRole("button", { name: "檢查並匯出" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      pane().getByRole("button", { name: "仍要匯出" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^高雄市兵役處114年_附件一_\d{8}\.pdf$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    if (!hasPoppler()) return;
    const info = spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Producer:\s+提升服務計畫助手 \(pdfmake\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = spawnSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
    for (const h of ["項次", "實施要領", "具體做法", "負責業參", "完成期限", `第${pages}頁，共${pages}頁`]) expect(text).toContain(h);
    expect(spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout).toMatch(
      /\+NotoSerifTC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
    );
    spawnSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", file, PDF_PAGE]);
    await pane()
      .getByText(/已下載「高雄市兵役處114年_附件一_\d{8}\.pdf」/)
      .waitFor();
    await expect(axeViolations(page, "#taskpane")).resolves.toEqual([]);
  }, 90_000);

  it("logged no page errors", () => {
    expect(playground.pageErrors).toEqual([]);
  });
});
