/** Worksheets: add, active sheet, copy (named like Excel: "Name (2)"), rename, move, hide, delete. */
import { MemoryWorkbook } from "../../src/memoryExcel";
import { codeOf, planWorkbook } from "./support";

async function names(wb: MemoryWorkbook): Promise<string[]> {
  return wb.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

describe("worksheets", () => {
  it("add() appends a sheet, named Sheet<n> when no name is given; a taken name fails with ItemAlreadyExists", async () => {
    const wb = planWorkbook();
    const [id, name] = await wb.run(async (context) => {
      const added = context.workbook.worksheets.add("成效").load("id");
      const unnamed = context.workbook.worksheets.add().load("name");
      await context.sync();
      return [added.id, unnamed.name];
    });
    expect(id).toMatch(/^\{[0-9A-F-]+\}$/);
    expect(name).toBe("Sheet4");
    expect(await names(wb)).toEqual(["計畫", "單位", "成效", "Sheet4"]);
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.add("單位")))).toBe("ItemAlreadyExists");
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.add("a/b")))).toBe("InvalidArgument");
  });

  it("getItem finds a sheet by name (any case) or by id", async () => {
    const wb = new MemoryWorkbook();
    const plan = wb.addSheet("Plan");
    const result = await wb.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("PLAN").load("name");
      const byId = context.workbook.worksheets.getItem(plan.id).load("name");
      await context.sync();
      return [byName.name, byId.name];
    });
    expect(result).toEqual(["Plan", "Plan"]);
  });

  it("getActiveWorksheet and activate()", async () => {
    const wb = planWorkbook();
    const result = await wb.run(async (context) => {
      const before = context.workbook.worksheets.getActiveWorksheet().load("name");
      context.workbook.worksheets.getItem("單位").activate();
      const after = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return [before.name, after.name];
    });
    expect(result).toEqual(["計畫", "單位"]);
  });

  it("copy() names the copy like Excel ('計畫 (2)', then '計畫 (3)') and copies everything on the sheet", async () => {
    const wb = planWorkbook();
    wb.sheet("計畫").formats.A2 = { fill: "#FFFF00" };
    wb.sheet("計畫").frozenRows = 2;
    const copied = await wb.run(async (context) => {
      const source = context.workbook.worksheets.getItem("計畫");
      const first = source.copy("After", source).load("name,position");
      const second = source.copy("End").load("name,position");
      await context.sync();
      return [first.name, first.position, second.name, second.position];
    });
    expect(copied).toEqual(["計畫 (2)", 1, "計畫 (3)", 3]);
    const copy = wb.sheet("計畫 (2)");
    expect(copy.values).toEqual(wb.sheet("計畫").values);
    expect(copy.merges).toEqual(wb.sheet("計畫").merges);
    expect(copy.formats.A2).toEqual({ fill: "#FFFF00" });
    expect(copy.frozenRows).toBe(2);
    expect(copy.id).not.toBe(wb.sheet("計畫").id);
    copy.values[0][0] = "changed";
    expect(wb.sheet("計畫").values[0][0]).toBe("某區公所提升服務執行計畫");
  });

  it("copy() with no position puts the copy first; a copy of a copy is numbered from the base name", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("單位").copy();
      await context.sync();
      context.workbook.worksheets.getItem("單位 (2)").copy("End");
    });
    expect(await names(wb)).toEqual(["單位 (2)", "計畫", "單位", "單位 (3)"]);
  });

  it("copy() keeps the name within 31 characters", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一");
    await wb.run(async (context) => void context.workbook.worksheets.getActiveWorksheet().copy("End"));
    const name = wb.data.sheets[1].name;
    expect(name).toBe("一二三四五六七八九十一二三四五六七八九十一二三四五六七 (2)");
    expect(name.length).toBe(31);
  });

  it("copy() needs ExcelApi 1.7", async () => {
    const wb = planWorkbook();
    wb.maxExcelApi = "1.6";
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").copy()))).toBe("ApiNotFound");
  });

  it("renaming updates references to the sheet in names and list sources", async () => {
    const wb = planWorkbook();
    wb.data.names.push({ name: "單位清單", formula: "=單位!$A$2:$A$4", comment: "", visible: true });
    wb.sheet("計畫").validations.push({
      area: { top: 2, left: 2, bottom: 3, right: 2 },
      rule: { list: { inCellDropDown: true, source: "=單位!$A$2:$A$4" } },
      ignoreBlanks: true,
    });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("單位").name = "Units list";
    });
    expect(wb.data.names[0].formula).toBe("='Units list'!$A$2:$A$4");
    expect(wb.sheet("計畫").validations[0].rule.list?.source).toBe("='Units list'!$A$2:$A$4");
  });

  it("position and visibility; the last visible sheet cannot be hidden or deleted", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const units = context.workbook.worksheets.getItem("單位");
      units.position = 0;
      units.visibility = "Hidden";
    });
    expect(wb.data.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["單位", "Hidden"],
      ["計畫", "Visible"],
    ]);
    expect(await codeOf(wb.run(async (context) => void (context.workbook.worksheets.getItem("計畫").visibility = "Hidden")))).toBe(
      "InvalidOperation",
    );
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").delete()))).toBe("InvalidOperation");
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("單位").activate()))).toBe("InvalidOperation");
  });

  it("a very hidden sheet cannot be deleted; a hidden one can", async () => {
    const wb = planWorkbook();
    wb.sheet("單位").visibility = "VeryHidden";
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("單位").delete()))).toBe("InvalidOperation");
    wb.sheet("單位").visibility = "Hidden";
    await wb.run(async (context) => void context.workbook.worksheets.getItem("單位").delete());
    expect(wb.data.sheets.map((s) => s.name)).toEqual(["計畫"]);
  });

  it("deleting the active sheet activates the next visible one", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").delete());
    expect(wb.data.activeSheetId).toBe(wb.sheet("單位").id);
  });
});
