/** Tables: add over a clean range; never over merged cells or another table (MergedRangeConflict). */
import { MemoryWorkbook } from "../../src/memoryExcel";
import { codeOf, planWorkbook } from "./support";

function planTableWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("計畫表", [
    ["執行要項", "具體作法", "執行單位"],
    ["一、完備基礎服務項目", "1. 訂定標準作業流程", "民政課"],
    ["一、完備基礎服務項目", "2. 定期檢討表單", "社會課"],
  ]);
  return wb;
}

describe("tables", () => {
  it("tables.add makes a named table; getItem, ranges and items work", async () => {
    const wb = planTableWorkbook();
    const result = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫表");
      const table = sheet.tables.add("A1:C3", true);
      table.name = "PlanTable";
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address");
      const again = context.workbook.tables.getItem("plantable").load("name,id");
      const count = sheet.tables.getCount();
      await context.sync();
      return [header.values, body.address, again.name, count.value];
    });
    expect(result).toEqual([[["執行要項", "具體作法", "執行單位"]], "計畫表!A2:C3", "PlanTable", 1]);
    expect(wb.sheet("計畫表").tables).toEqual([
      expect.objectContaining({ name: "PlanTable", area: { top: 0, left: 0, bottom: 2, right: 2 } }),
    ]);
  });

  it("over merged cells fails with MergedRangeConflict and adds nothing", async () => {
    const wb = planWorkbook(); // A3:A4 merged
    const code = await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").tables.add("A2:C4", true)));
    expect(code).toBe("MergedRangeConflict");
    expect(wb.sheet("計畫").tables).toEqual([]);
  });

  it("over another table fails with MergedRangeConflict", async () => {
    const wb = planTableWorkbook();
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫表").tables.add("A1:B3", true));
    const code = await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("計畫表").tables.add("B1:C3", true)));
    expect(code).toBe("MergedRangeConflict");
  });

  it("headers become unique text like Excel makes them: blanks are ColumnN, repeats get a number", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S", [
      ["單位", null, "單位", 2024],
      ["a", "b", "c", "d"],
    ]);
    await wb.run(async (context) => void context.workbook.worksheets.getItem("S").tables.add("S!A1:D2", true));
    expect(wb.valuesOf("S!A1:D1")).toEqual([["單位", "Column2", "單位2", "2024"]]);
  });

  it("a header-only range gets an empty data row; without headers Excel adds a header row and shifts the data down", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S", [["a", "b"]]);
    wb.addSheet("T", [
      ["x", "y"],
      ["z", "w"],
    ]);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("A1:B1", true);
      context.workbook.worksheets.getItem("T").tables.add("A1:B2", false);
    });
    expect(wb.sheet("S").tables[0].area).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(wb.valuesOf("T")).toEqual([
      ["Column1", "Column2"],
      ["x", "y"],
      ["z", "w"],
    ]);
    expect(wb.sheet("T").tables[0].area).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
  });

  it("cells inside a table cannot be merged; convertToRange removes the table and keeps the values", async () => {
    const wb = planTableWorkbook();
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫表").tables.add("A1:C3", true));
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("計畫表").getRange("A2:A3").merge()))).toBe(
      "InvalidOperation",
    );
    await wb.run(async (context) => void context.workbook.tables.getItem("Table1").convertToRange());
    expect(wb.sheet("計畫表").tables).toEqual([]);
    expect(wb.valuesOf("計畫表!A1")).toEqual([["執行要項"]]);
  });

  it("a second table on the same data after unmerge works, and the names count up", async () => {
    const wb = planWorkbook();
    const names = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("A3:A4").unmerge();
      const t1 = sheet.tables.add("A2:C4", true).load("name");
      const t2 = context.workbook.worksheets.getItem("單位").tables.add("A1:A4", true).load("name");
      await context.sync();
      return [t1.name, t2.name];
    });
    expect(names).toEqual(["Table1", "Table2"]);
  });
});
