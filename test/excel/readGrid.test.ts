/** Reading a sheet through Office.js (in-memory Excel) gives the CLI's Grid and Plan, in two syncs. */
import * as fs from "fs";
import * as path from "path";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import { impose } from "../../src/core/impose/impose";
import { readSheetGrid } from "../../src/excel/readGrid";
import { readWorkbook } from "../../src/files/xlsxRead";
import { gridCopySpec } from "../../src/files/gridSheet";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { bigPlanGrid } from "../../bench/bigPlan";
import { readSeed, SEEDS } from "../support/seedFixtures";

const FIX = path.join(__dirname, "..", "fixtures");
const supports = (max: string) => (_set: "ExcelApi", v: string) => Number(v.split(".")[1]) <= Number(max.split(".")[1]);

async function viaExcel(bytes: Uint8Array, maxExcelApi = "1.13") {
  const wb = await MemoryWorkbook.loadXlsx(bytes, { maxExcelApi });
  const grid = await wb.run((context) => readSheetGrid(context, null, supports(maxExcelApi)));
  return { wb, grid };
}

describe.each(SEEDS)("%s through Office.js", (name) => {
  it("gives the same Plan as the CLI, in 2 syncs", async () => {
    const bytes = fs.readFileSync(path.join(FIX, `${name}.xlsx`));
    const framework = BUILT_IN_FRAMEWORKS[readSeed(name).framework];
    const cli = impose((await readWorkbook(bytes)).sheets[0], { framework });
    const { wb, grid } = await viaExcel(bytes);
    expect(wb.stats.syncs).toBe(2);
    expect(impose(grid, { framework })).toEqual(cli);
  });
});

it("reads 5,000 measures in 2 syncs, no sync over 5 MB", async () => {
  const bytes = await writeWorkbook([gridCopySpec(bigPlanGrid(5000), "計畫")]);
  const { wb, grid } = await viaExcel(bytes);
  expect(wb.stats.syncs).toBe(2);
  expect(Math.max(...wb.stats.requestBytes, ...wb.stats.responseBytes)).toBeLessThan(5_000_000);
  expect(impose(grid, { framework: BUILT_IN_FRAMEWORKS.kaohsiung }).measures).toHaveLength(5000);
  // Merges that cross the 100-row bands come back whole and once.
  const key = (a: { top: number; left: number; bottom: number; right: number }) => `${a.top},${a.left},${a.bottom},${a.right}`;
  const fromFile = (await readWorkbook(bytes)).sheets[0].merges.map(key).sort();
  expect(grid.merges.map(key).sort()).toEqual(fromFile);
  expect(
    fromFile.some((k) => {
      const [t, , b] = k.split(",").map(Number);
      return Math.floor(t / 100) !== Math.floor(b / 100);
    }),
  ).toBe(true);
  console.log(
    `5,000 measures: syncs ${wb.stats.syncs}, request bytes ${wb.stats.requestBytes.join("/")}, response bytes ${wb.stats.responseBytes.join("/")}`,
  );
});

it("below ExcelApi 1.13 reads values in one sync and says the merges are inferred", async () => {
  const bytes = fs.readFileSync(path.join(FIX, "seed000.xlsx"));
  const { wb, grid } = await viaExcel(bytes, "1.9");
  expect(wb.stats.syncs).toBe(1);
  expect(grid).toMatchObject({ mergesInferred: true, merges: [] });
  // Blank pillar / focus cells are carried down from the value above, so every measure is still found.
  expect(impose(grid, { framework: BUILT_IN_FRAMEWORKS.kaohsiung }).measures).toHaveLength(54);
});

describe("a stray value far from the plan (issue 11, item 19, in Excel)", () => {
  async function withStray(address: string | null) {
    const bytes = fs.readFileSync(path.join(FIX, "seed000.xlsx"));
    const wb = await MemoryWorkbook.loadXlsx(bytes, { maxExcelApi: "1.13" });
    if (address)
      await wb.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(address).values = [["殘留"]];
        await context.sync();
      });
    wb.resetStats();
    const grid = await wb.run((context) => readSheetGrid(context, null, supports("1.13")));
    return { wb, grid };
  }

  it.each(["XFD1048576", "A1048576", "XFD1", "AE10", "A10001"])(
    "at %s: the plan is read in the same 2 syncs, every sync under 1 MB, and the change list says what was not read",
    async (address) => {
      const clean = await withStray(null);
      const { wb, grid } = await withStray(address);
      expect(wb.stats.syncs).toBe(2);
      expect(Math.max(...wb.stats.responseBytes)).toBeLessThan(1_000_000);
      expect(grid.rowCount).toBe(clean.grid.rowCount);
      expect(grid.colCount).toBe(clean.grid.colCount);
      const framework = BUILT_IN_FRAMEWORKS.kaohsiung;
      const plan = impose(grid, { framework });
      expect(plan.measures).toEqual(impose(clean.grid, { framework }).measures);
      expect(plan.changes.filter((c) => c.kind === "beyond-read")).toEqual([
        {
          kind: "beyond-read",
          cell: "",
          params: { read: expect.stringMatching(/^A1:/), used: expect.stringMatching(new RegExp(`^A1:.*$`)) },
        },
      ]);
      expect(grid.unread?.used).toMatch(new RegExp(`${address.replace(/\d+$/, "")}|${address.replace(/^[A-Z]+/, "")}`));
    },
  );

  it("a value inside the window (AD10000) is read with the rest, in a sync under 5 MB, and nothing is said to be unread", async () => {
    const { wb, grid } = await withStray("AD10000");
    expect(grid.unread).toBeUndefined();
    expect(grid.rowCount).toBe(10000);
    expect(grid.values[9999][29]).toBe("殘留");
    expect(Math.max(...wb.stats.responseBytes)).toBeLessThan(5_000_000);
  });
});
