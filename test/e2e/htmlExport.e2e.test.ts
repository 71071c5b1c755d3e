/**
 * The annexes' HTML pages (issue 14) in Debian's Chromium: seed 004's 附件二 with its year-end results and
 * seed 000's plan table, each loaded as it is (page.setContent, every network request refused and
 * counted): axe-clean over the whole page, with the rules for tables, language and title applying and
 * passing (not merely inapplicable), and the cells axe leaves to review (contrast it cannot work out in
 * cells spanning rows) reviewed here; nothing fetched; printed to PDF on A4, every page carries the
 * header row and 「第 n 頁，共 N 頁」, in the Kai font the stack falls to here (AR PL UKai).
 * Screenshot: /tmp/annex-html.png (附件二's first screen), PDFs in the run's folder.
 */
import AxeBuilder from "@axe-core/playwright";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { annexTable, type AnnexKind } from "../../src/core/annex/annexes";
import { annexHtml } from "../../src/files/htmlWrite";
import { hasPoppler } from "../support/debian";
import { annexFixture } from "../files/annexExportFixture";
import { axeViolations } from "./support/axe";
import { describeWithChromium, launchChromium, type Browser } from "./support/chromium";

const SCREENSHOT = path.join(os.tmpdir(), "annex-html.png");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-html-"));

const CASES: [string, AnnexKind][] = [
  ["seed004", "results"],
  ["seed000", "plan"],
];

/** Rules that must have found something to check and passed: a page without tables would pass them all as inapplicable. */
const MUST_PASS = [
  "html-has-lang",
  "html-lang-valid",
  "document-title",
  "td-headers-attr",
  "th-has-data-cells",
  "scope-attr-valid",
  "page-has-heading-one",
  "landmark-one-main",
  "region",
  "color-contrast",
  "empty-table-header",
];

describeWithChromium()("annex HTML pages in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ viewport: { width: 1200, height: 900 } });
  }, 60_000);
  afterAll(() => browser?.close());

  it.each(CASES)(
    "%s %s: axe finds no violation, the table rules apply and pass, nothing is fetched; A4 pages each with the header row and page n of N",
    async (seed, kind) => {
      const { plan, framework, title } = await annexFixture(seed, kind);
      const table = annexTable(kind, plan, framework, title);
      const html = annexHtml(kind, plan, framework, title);
      const page = await browser.context.newPage();
      const requests: string[] = [];
      await page.route("**/*", (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      try {
        await page.setContent(html, { waitUntil: "load" });
        await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-Hant-TW");
        await expect(page.getByRole("table", { name: table.title }).count()).resolves.toBe(1);
        await expect(page.getByRole("heading", { level: 1, name: table.title }).count()).resolves.toBe(1);

        await expect(axeViolations(page, "html")).resolves.toEqual([]);
        const result = await new AxeBuilder({ page }).analyze();
        const passed = new Set(result.passes.map((r) => r.id));
        expect(MUST_PASS.filter((r) => !passed.has(r))).toEqual([]);
        // Axe cannot tell the background of some cells spanning rows ("overlapped by another element", bgOverlap:
        // its table quirk, dequelabs/axe-core#4703) and leaves them to review: reviewed here, each is black on white.
        const unsure = result.incomplete.flatMap((r) => r.nodes.map((n) => ({ rule: r.id, key: n.any[0]?.data, target: n.target })));
        for (const u of unsure) {
          expect(u.rule).toBe("color-contrast");
          expect(u.key).toMatchObject({ messageKey: "bgOverlap" });
          const colours = await page.locator(String(u.target[0])).evaluate((el) => {
            let bg = "rgba(0, 0, 0, 0)";
            for (let e: Element | null = el; e && bg === "rgba(0, 0, 0, 0)"; e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
            return { rowSpan: (el as HTMLTableCellElement).rowSpan, color: getComputedStyle(el).color, bg };
          });
          expect(colours).toEqual({ rowSpan: expect.any(Number), color: "rgb(0, 0, 0)", bg: "rgb(255, 255, 255)" });
          expect(colours.rowSpan).toBeGreaterThan(1);
        }
        console.log(
          `${seed} ${kind}: axe ${result.violations.length} violations, ${result.passes.length} rules passed, ` +
            `${unsure.length} cell(s) axe left to review (${unsure.map((u) => u.target.join(" ")).join(", ") || "none"}), reviewed: black on white`,
        );

        if (kind === "results") {
          await page.screenshot({ path: SCREENSHOT });
          await page.screenshot({ path: path.join(dir, `${seed}-${kind}-full.png`), fullPage: true });
        }

        const pdf = path.join(dir, `${seed}-${kind}.pdf`);
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
        expect(requests).toEqual([]);
        if (!hasPoppler()) return;
        const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
        expect(info).toMatch(/Page size:.*\(A4\)/);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        expect(pages).toBeGreaterThan(1);
        for (let p = 1; p <= pages; p++) {
          const text = spawnSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" }).stdout.replace(
            /\s+/g,
            "",
          );
          for (const c of table.columns) expect(text).toContain(c.header);
          expect(text).toContain(`第${p}頁，共${pages}頁`);
        }
        expect(spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout).toMatch(/UKai/);
        console.log(`${seed} ${kind}: ${pages} A4 page(s) in ${pdf}`);
      } finally {
        await page.close();
      }
    },
    120_000,
  );
});
