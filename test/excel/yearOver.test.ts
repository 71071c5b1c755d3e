/**
 * The year's turn in Excel (issue 15, parts 3 and 4; src/excel/yearOver.ts): seed 000 set up and rolled
 * over writes next year's plan to a new sheet, its title moved to 115, and leaves every other sheet
 * and every name as it was; the rolled-over sheet compared with the plan table reports the year and the
 * cleared results only; an edit to the new year is reported once, at its cell; the 比較 sheet is ours,
 * rewritten in place, a user's 比較 left alone. Syncs counted.
 */
import * as fs from "fs";
import * as path from "path";
import { RESULTS_SHEET, resultColumn } from "../../src/core/results/resultsSheet";
import { readWorkbookOverview } from "../../src/excel/overview";
import { makeResultsSheet } from "../../src/excel/resultsSheet";
import { applySetUp } from "../../src/excel/setUp";
import { compareSheets, differenceSheet, rollOverPlan, YearOverError } from "../../src/excel/yearOver";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";

const DETECT = { sourceSheet: null, framework: { kind: "detect" as const }, units: null };
const seed000 = () => fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed000.xlsx"));

async function setUp() {
  const wb = await MemoryWorkbook.loadXlsx(seed000());
  const host = playgroundExcelHost(wb, () => undefined);
  const { record } = await applySetUp(host, DETECT);
  wb.resetStats();
  return { wb, host, record };
}

/** A sheet's data as JSON (Sets and Maps as arrays), to see that nothing of it changed. */
const json = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (x instanceof Set || x instanceof Map ? [...x] : x));

/** Types `value` into a cell, as the user would. */
const type = (wb: MemoryWorkbook, sheet: string, cell: string, value: string) =>
  wb.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
    await context.sync();
  });

/** The cell (A1) of the plan table's column headed `header` on the row of measure `id`. */
function cellOf(wb: MemoryWorkbook, sheet: string, id: string, header: string): string {
  const rows = wb.valuesOf(sheet);
  const headerRow = rows.findIndex((r) => r.includes(header));
  const column = rows[headerRow].indexOf(header);
  const row = rows.findIndex((r) => r[0] === id);
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

describe("roll-over in Excel", () => {
  it("writes seed 000's 115 plan to a new sheet, title moved, in 2 syncs, every other sheet and name unchanged", async () => {
    const { wb, host, record } = await setUp();
    const before = new Map(wb.data.sheets.map((s) => [s.id, json(s)]));
    const names = json(wb.data.names);

    const rolled = await rollOverPlan(host, record);
    expect(wb.stats.syncs).toBe(2);
    expect(rolled).toMatchObject({ sheet: "115年度計畫", from: 114, to: 115, measures: 54 });
    // As the core lists them (test/core/yearOver.test.ts): no results to clear here.
    expect(rolled.changes.map((c) => c.kind)).toEqual(["year-moved", "title-moved", "focus-reworded", "focus-reworded", "focus-reworded"]);
    expect(rolled.changes[0]).toMatchObject({ kind: "year-moved", params: { from: 114, to: 115 } });

    // Only the new sheet is new; every other sheet and every name is as it was.
    const made = wb.sheet("115年度計畫");
    expect(wb.data.sheets.filter((s) => !before.has(s.id)).map((s) => s.name)).toEqual(["115年度計畫"]);
    for (const s of wb.data.sheets) if (s !== made) expect(json(s)).toBe(before.get(s.id));
    expect(json(wb.data.names)).toBe(names);
    expect(wb.data.activeSheetId).toBe(made.id);

    // The title on top from column B (A holds the hidden ids), then the plan table with its ids.
    const rows = wb.valuesOf("115年度計畫");
    expect(rows[0][1]).toBe("高雄市兵役處115年提升服務工作計畫");
    const header = rows.findIndex((r) => r.includes("具體作法"));
    expect(header).toBeGreaterThan(0);
    expect(rows.slice(header + 1).map((r) => r[0])).toEqual(
      wb
        .valuesOf(record.plan.name)
        .slice(1)
        .map((r) => r[0]),
    );
    expect(made.hiddenColumns.has(0)).toBe(true);
  });

  it("a note typed below the plan table goes below the table on the new sheet, its year moved, and the change names that sheet", async () => {
    const { wb, host, record } = await setUp();
    const below = wb.valuesOf(record.plan.name).length + 2;
    await type(wb, record.plan.name, `B${below}`, "備註：本計畫114年經處長核定後實施");
    const rolled = await rollOverPlan(host, record);
    const carried = rolled.changes.find((c) => c.kind === "notes-carried");
    expect(carried).toMatchObject({ params: { sheet: "115年度計畫", count: 1, moved: 1 } });
    const rows = wb.valuesOf("115年度計畫");
    expect(rows[rows.length - 1][1]).toBe("備註：本計畫115年經處長核定後實施");
    expect(rows[rows.length - 2].every((v) => v === "" || v === null)).toBe(true);
  });

  it("refuses a year not after the plan's, and takes the one given", async () => {
    const { host, record } = await setUp();
    await expect(rollOverPlan(host, record, { to: 114 })).rejects.toEqual(new YearOverError({ kind: "not-later", from: 114, to: 114 }));
    expect((await rollOverPlan(host, record, { to: 116 })).sheet).toBe("116年度計畫");
    expect((await rollOverPlan(host, record, { to: 116 })).sheet).toBe("116年度計畫 (2)");
  });
});

describe("comparing two years in Excel", () => {
  it("the rolled-over sheet against the plan table: the year and the cleared results only; 3 syncs; 比較 rewritten in place", async () => {
    const { wb, host, record } = await setUp();
    await type(wb, record.plan.name, cellOf(wb, record.plan.name, "1-1-1", "執行成效"), "辦理研習 2 場");
    const rolled = await rollOverPlan(host, record);
    expect(rolled.changes.find((c) => c.kind === "results-cleared")).toMatchObject({ params: { count: 1, ids: ["1-1-1"] } });
    const untouched = new Map(wb.data.sheets.map((s) => [s.id, json(s)]));

    wb.resetStats();
    const compared = await compareSheets(host, record, { before: record.plan.name, after: rolled.sheet }, "zh-TW");
    expect(wb.stats.syncs).toBe(3);
    expect(compared.comparison.differences.map((d) => [d.kind, d.params])).toEqual([
      ["year-changed", { before: 114, after: 115 }],
      ["results-changed", { before: 1, after: 0 }],
    ]);
    expect(compared).toMatchObject({
      sheet: "比較",
      before: { sheet: record.plan.name, year: 114, measures: 54 },
      after: { sheet: "115年度計畫", year: 115, measures: 54 },
    });
    // The two sheets compared are as they were; the 比較 sheet is ours and shown.
    for (const s of wb.data.sheets) if (untouched.has(s.id)) expect(json(s)).toBe(untouched.get(s.id));
    expect(wb.valuesOf("比較")[1][0]).toBe("年度");
    expect(wb.data.names.some((n) => n.name === "ServicePlan.compare")).toBe(true);
    expect(wb.data.activeSheetId).toBe(wb.sheet("比較").id);

    // Again, in English: the same sheet rewritten, no second one.
    wb.resetStats();
    const again = await compareSheets(host, record, { before: record.plan.name, after: rolled.sheet }, "en");
    expect(wb.stats.syncs).toBe(3);
    expect(again.sheet).toBe("比較");
    expect(wb.data.sheets.filter((s) => s.name.startsWith("比較"))).toHaveLength(1);
    expect(wb.valuesOf("比較")[1][0]).toBe("Year");
  });

  it("an edit in the new year is reported once, at its cell; a user's sheet called 比較 is left alone", async () => {
    const { wb, host, record } = await setUp();
    const rolled = await rollOverPlan(host, record);
    await type(wb, rolled.sheet, cellOf(wb, rolled.sheet, "1-1-1", "執行單位"), "軍務科");
    wb.addSheet("比較", [["我的筆記"]]);

    const compared = await compareSheets(host, record, { before: record.plan.name, after: rolled.sheet }, "zh-TW");
    const units = compared.comparison.differences.filter((d) => d.kind === "units-changed");
    expect(units).toHaveLength(1);
    // At the measure's cell, as the core places every measure's difference.
    expect(units[0]).toMatchObject({ cell: cellOf(wb, rolled.sheet, "1-1-1", "具體作法"), params: { id: "1-1-1", after: ["軍務科"] } });
    expect(differenceSheet(units[0], compared)).toBe(rolled.sheet);
    expect(compared.comparison.differences.map((d) => d.kind)).toEqual(["year-changed", "units-changed"]);
    expect(compared.sheet).toBe("比較（產製）");
    expect(wb.valuesOf("比較")).toEqual([["我的筆記"]]);
  });

  it("with a results sheet: its reported rows are left to last year (3 syncs) and count as last year's results", async () => {
    const { wb, host } = await setUp();
    await makeResultsSheet(host, (await readWorkbookOverview(host)).record!, "年終");
    const record = (await readWorkbookOverview(host)).record!;
    await type(wb, RESULTS_SHEET, `${String.fromCharCode(65 + resultColumn("status"))}2`, "已完成");

    wb.resetStats();
    const rolled = await rollOverPlan(host, record);
    expect(wb.stats.syncs).toBe(3);
    expect(rolled.changes.find((c) => c.kind === "results-sheet-left")).toMatchObject({ params: { sheet: RESULTS_SHEET, rows: 1 } });

    wb.resetStats();
    const compared = await compareSheets(host, record, { before: record.plan.name, after: rolled.sheet }, "zh-TW");
    expect(wb.stats.syncs).toBe(3);
    expect(compared.comparison.differences.map((d) => [d.kind, d.params])).toEqual([
      ["year-changed", { before: 114, after: 115 }],
      ["results-changed", { before: 1, after: 0 }],
    ]);
  });

  it("refuses one sheet compared with itself", async () => {
    const { host, record } = await setUp();
    await expect(compareSheets(host, record, { before: record.plan.name, after: record.plan.name }, "zh-TW")).rejects.toBeInstanceOf(
      YearOverError,
    );
  });
});
