/**
 * Step 5's read of the workbook (prepareExport) against the in-memory Excel: the pre-publication check
 * also looks at the plan table itself, so a formula typed there (in a cell not formatted as Text), a
 * hidden row holding a measure and a comment are each found at their cell on 計畫表, in a fixed number
 * of syncs; our hidden id column is not reported; nothing is written.
 */
import { applySetUp } from "../../src/excel/setUp";
import { prepareExport } from "../../src/excel/exportSheet";
import { areasOfAddress } from "../../src/excel/sheetFacts";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";
import { seedGrid } from "../support/seedFixtures";

async function setUpSeed(seed: string) {
  const wb = new MemoryWorkbook();
  const grid = seedGrid(seed);
  wb.addSheet("計畫內容", grid.values).merges.push(...grid.merges);
  const excel = playgroundExcelHost(wb, () => undefined);
  const { record } = await applySetUp(excel, { sourceSheet: "計畫內容", framework: { kind: "detect" }, units: null });
  return { wb, excel, record };
}

const REQUEST = { kind: "measures", agency: "花蓮縣榮民服務處", year: 114, font: "標楷體" } as const;

describe("prepareExport reads the plan table's formulas, hidden rows and comments", () => {
  it("a clean plan table: nothing of the kind, our hidden id column not reported; 2 syncs", async () => {
    const { wb, excel, record } = await setUpSeed("seed004");
    wb.resetStats();
    const prepared = await prepareExport(excel, record, REQUEST);
    expect(prepared.findings).toEqual([]);
    expect(wb.stats.syncs).toBe(2);
  });

  it("a formula, a hidden measure row and a comment, each at its cell on 計畫表; one more sync for the comment; nothing written", async () => {
    const { wb, excel, record } = await setUpSeed("seed004");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(record.plan.name);
      const cell = sheet.getRange("F3");
      cell.numberFormat = [["General"]];
      cell.formulas = [['="持續"&"辦理"']];
      sheet.getRange("A5").rowHidden = true;
      sheet.comments.add(`${record.plan.name}!D7`, "聯絡窗口另洽");
      await context.sync();
    });
    const before = JSON.stringify(wb.data);
    wb.resetStats();
    const prepared = await prepareExport(excel, record, REQUEST);
    const on = prepared.findings.filter((f) => f.sheet === record.plan.name).map((f) => `${f.code} ${f.cell}`);
    expect(on).toEqual(expect.arrayContaining(["publish/formula F3", "publish/hidden-rows A5", "publish/comment D7"]));
    expect(on).toHaveLength(3);
    expect(wb.stats.syncs).toBe(3);
    expect(JSON.stringify(wb.data)).toBe(before);
  });
});

describe("areasOfAddress", () => {
  it("splits a RangeAreas address at commas outside a quoted sheet name", () => {
    expect(areasOfAddress("計畫表!A1:C4,計畫表!E7")).toEqual([
      { top: 0, left: 0, bottom: 3, right: 2 },
      { top: 6, left: 4, bottom: 6, right: 4 },
    ]);
    expect(areasOfAddress("'a,b'!B2,'a,b'!D3:D4")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 2, left: 3, bottom: 3, right: 3 },
    ]);
  });
});
