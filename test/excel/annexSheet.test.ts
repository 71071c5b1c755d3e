/**
 * Step 3 in Excel (issue 12): an annex written from the plan table a set-up made, print-ready through
 * pageLayout: seed 004's 附件一 in its rows, merged, ruled, A4 one page wide, the header row on every
 * page, page n of N, page breaks where the builder laid them; rewritten in place; the seed's own 附件一
 * (the plan's source) left alone; the zoom read back; at most 4 syncs and every sync under 5 MB for 5,000 measures.
 */
import * as fs from "fs";
import * as path from "path";
import { writeAnnex, suggestAnnexFields } from "../../src/excel/annexSheet";
import { restoreBackup } from "../../src/excel/restore";
import { applySetUp } from "../../src/excel/setUp";
import { gridCopySpec } from "../../src/files/gridSheet";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";
import { bigPlanGrid } from "../../bench/bigPlan";
import { readSeed, rowsToGrid } from "../support/seedFixtures";

const DETECT = { sourceSheet: null, framework: { kind: "detect" as const }, units: null };
const FIX = path.join(__dirname, "..", "fixtures");

async function setUpFrom(bytes: Uint8Array, options: ConstructorParameters<typeof MemoryWorkbook>[0] = {}) {
  const wb = await MemoryWorkbook.loadXlsx(bytes, options);
  const host = playgroundExcelHost(wb, () => undefined);
  const { record } = await applySetUp(host, DETECT);
  wb.resetStats();
  return { wb, host, record };
}

const seed = (name: string) => fs.readFileSync(path.join(FIX, `${name}.xlsx`));
const filledRows = (wb: MemoryWorkbook, sheet: string) => {
  const rows = (wb.valuesOf(sheet) as (string | number | null)[][]).map((r) => r.map((v) => (v === null ? "" : String(v))));
  for (const m of wb.sheet(sheet).merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) rows[r][c] = rows[m.top][m.left];
  return rows;
};

describe("an annex in Excel", () => {
  it("seed 004's 附件一: the seed's rows, ruled in 標楷體, A4 one page wide, the header row on every page, page n of N; 2 syncs; the sheet is activated", async () => {
    const { wb, host, record } = await setUpFrom(seed("seed004"));
    const suggested = await suggestAnnexFields(host, record);
    expect(suggested).toEqual({ agency: "花蓮縣榮民服務處", year: null });
    wb.resetStats();
    const written = await writeAnnex(host, record, { kind: "measures", font: "標楷體", ...suggested });
    // The seed's own sheet is called 附件一: it is left as it is, and ours says what it is.
    expect(written).toMatchObject({ sheet: "附件一（產製）", measures: 21, fitKept: true });
    expect(wb.stats.syncs).toBe(2);
    const sheet = wb.sheet("附件一（產製）");
    expect(wb.data.activeSheetId).toBe(sheet.id);
    const expected = rowsToGrid("附件一", readSeed("seed004").sheets[0].rows);
    const theirs = expected.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    for (const m of expected.merges)
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) theirs[r][c] = theirs[m.top][m.left];
    expect(filledRows(wb, "附件一（產製）").slice(2)).toEqual(theirs.slice(2));
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      headerFooter: { centerFooter: "第 &P 頁，共 &N 頁" },
      printTitleRows: { top: 2, bottom: 2 },
      printArea: { top: 0, left: 0, bottom: 23, right: 4 },
      margins: { left: 36, right: 36, top: 54, bottom: 54 },
    });
    expect(sheet.pageLayout.rowBreaks).toHaveLength(written.pages - 1);
    const format = (cell: string) => sheet.formats[cell] ?? {};
    expect(format("C4")).toMatchObject({
      fontName: "標楷體",
      fontSize: 12,
      wrapText: true,
      borders: { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" },
    });
    expect(format("C3")).toMatchObject({ bold: true, horizontalAlignment: "Center" });
    expect(format("A4")).toMatchObject({ horizontalAlignment: "Center" });
    expect(format("B1").borders).toBeUndefined(); // titles are not ruled
    expect(sheet.rowHeights[3]).toBeGreaterThan(15);
  });

  it("is rewritten in place when built again (renamed by the user, still ours); the user's own 附件一 and 附件二 are left alone; restore removes ours", async () => {
    const { wb, host, record } = await setUpFrom(seed("seed004"));
    const theirs = [wb.valuesOf("附件一"), wb.valuesOf("附件二")];
    const first = await writeAnnex(host, record, { kind: "measures", font: "標楷體", agency: "甲", year: 115 });
    await wb.run(async (context) => void (context.workbook.worksheets.getItem(first.sheet).name = "附件一115"));
    const again = await writeAnnex(host, record, { kind: "measures", font: "標楷體", agency: "乙", year: 116 });
    expect(again.sheet).toBe("附件一115");
    expect(filledRows(wb, "附件一115")[1][0]).toBe("乙116年提升政府服務效能具體作法");
    expect(wb.data.sheets.filter((s) => s.name.startsWith("附件一"))).toHaveLength(2);
    const results = await writeAnnex(host, record, { kind: "results", font: "標楷體", agency: "甲", year: 115 });
    expect(results.sheet).toBe("附件二（產製）");
    expect([wb.valuesOf("附件一"), wb.valuesOf("附件二")]).toEqual(theirs);
    await restoreBackup(host);
    const names = wb.data.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["附件一", "附件二"]));
    expect(names).not.toContain("附件一115");
    expect(names).not.toContain("附件二（產製）");
  });

  it("says when Excel did not keep fit-to-one-page-wide (office-js#1860)", async () => {
    const { host, record } = await setUpFrom(seed("seed000"), { zoomFitIgnored: true });
    const written = await writeAnnex(host, record, { kind: "plan", font: "標楷體", agency: "高雄市兵役處", year: 114 });
    expect(written).toMatchObject({ sheet: "計畫表（列印）", measures: 54, fitKept: false });
  });

  it.each([50, 1000, 5000])("%i measures: at most 4 syncs, none over 5 MB", async (n) => {
    const { wb, host, record } = await setUpFrom(await writeWorkbook([gridCopySpec(bigPlanGrid(n), "計畫")]));
    for (const kind of ["plan", "measures", "results"] as const) {
      wb.resetStats();
      const written = await writeAnnex(host, record, { kind, font: "標楷體", agency: "某區公所", year: 115 });
      expect(written.measures).toBe(n);
      expect(wb.stats.syncs).toBeLessThanOrEqual(4);
      expect(wb.maxPayloadBytes).toBeLessThan(5_000_000);
    }
  });
});
