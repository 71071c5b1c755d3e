/** Merges: merge()/unmerge(), writes into merged areas, getMergedAreasOrNullObject (ExcelApi 1.13, at most 512 areas). */
import { MemoryWorkbook } from "../../src/memoryExcel";
import { codeOf, planWorkbook } from "./support";

describe("merges", () => {
  it("merge() keeps the upper-left-most value and empties the rest; unmerge() leaves it in the top-left cell", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S", [
      [null, "b"],
      ["c", "d"],
    ]);
    await wb.run(async (context) => void context.workbook.worksheets.getItem("S").getRange("A1:B2").merge());
    expect(wb.sheet("S").merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(wb.valuesOf("S!A1:B2")).toEqual([
      ["b", ""],
      ["", ""],
    ]);
    await wb.run(async (context) => void context.workbook.worksheets.getItem("S").getRange("B2").unmerge());
    expect(wb.sheet("S").merges).toEqual([]);
    expect(wb.valuesOf("S!A1:B2")).toEqual([
      ["b", ""],
      ["", ""],
    ]);
  });

  it("merge(true) merges each row on its own", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    await wb.run(async (context) => void context.workbook.worksheets.getItem("S").getRange("A1:C2").merge(true));
    expect(wb.sheet("S").merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 2 },
    ]);
  });

  it("writing part of a merged area fails with InvalidOperation; covering it writes the top-left cell only", async () => {
    const wb = planWorkbook(); // A3:A4 merged
    expect(
      await codeOf(wb.run(async (context) => void (context.workbook.worksheets.getItem("計畫").getRange("A4:B4").values = [["x", "y"]]))),
    ).toBe("InvalidOperation");
    await wb.run(async (context) => void (context.workbook.worksheets.getItem("計畫").getRange("A3:A4").values = [["一"], ["hidden"]]));
    expect(wb.valuesOf("計畫!A3:A4")).toEqual([["一"], [""]]);
  });

  it("getMergedAreasOrNullObject gives the areas (address, areaCount, areas.items)", async () => {
    const wb = planWorkbook();
    wb.sheet("計畫").merges.push({ top: 0, left: 0, bottom: 0, right: 2 });
    const result = await wb.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("計畫").getUsedRange().getMergedAreasOrNullObject();
      merged.load("address,areaCount");
      merged.areas.load("items/address,items/rowCount");
      await context.sync();
      return [merged.isNullObject, merged.address, merged.areaCount, merged.areas.items.map((r) => [r.address, r.rowCount])];
    });
    expect(result).toEqual([
      false,
      "計畫!A3:A4,計畫!A1:C1",
      2,
      [
        ["計畫!A3:A4", 2],
        ["計畫!A1:C1", 1],
      ],
    ]);
  });

  it("getMergedAreasOrNullObject is a null object when nothing is merged", async () => {
    const wb = planWorkbook();
    const isNull = await wb.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("單位").getRange("A1:B9").getMergedAreasOrNullObject();
      merged.areas.load("items");
      await context.sync();
      return [merged.isNullObject, merged.areas.items.length];
    });
    expect(isNull).toEqual([true, 0]);
  });

  it("fails above 512 merged areas (so callers chunk)", async () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet("S");
    for (let r = 0; r < 513; r++) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    const run = (address: string) =>
      wb.run(async (context) => {
        const merged = context.workbook.worksheets.getItem("S").getRange(address).getMergedAreasOrNullObject().load("areaCount");
        await context.sync();
        return merged.areaCount;
      });
    expect(await codeOf(run("A1:B513"))).toBe("InvalidOperation");
    expect(await run("A1:B512")).toBe(512);
  });

  it("needs ExcelApi 1.13: on a 1.9 host it fails with ApiNotFound", async () => {
    const wb = planWorkbook();
    wb.maxExcelApi = "1.9";
    expect(wb.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(wb.isSetSupported("ExcelApi", "1.9")).toBe(true);
    const code = await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("計畫").getRange("A1:C4").getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });
});
