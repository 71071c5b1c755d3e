/** Workbook names and settings: where the add-in remembers which sheets are its own. */
import { codeOf, planWorkbook } from "./support";

describe("names", () => {
  it("add() a Range gives an absolute formula; getRange() resolves it; type and value", async () => {
    const wb = planWorkbook();
    const result = await wb.run(async (context) => {
      const units = context.workbook.worksheets.getItem("單位").getRange("A2:A4");
      context.workbook.names.add("單位清單", units, "dropdown source");
      const item = context.workbook.names.getItem("單位清單").load("name,formula,type,value,comment");
      const range = context.workbook.names.getItem("單位清單").getRange().load("values");
      await context.sync();
      return [item.formula, item.type, item.value, item.comment, range.values];
    });
    expect(result).toEqual(["=單位!$A$2:$A$4", "Range", "單位!$A$2:$A$4", "dropdown source", [["民政課"], ["社會課"], ["秘書室"]]]);
  });

  it("add() a formula string; a taken name fails with ItemAlreadyExists, a bad one with InvalidArgument", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => void context.workbook.names.add("PlanVersion", '="2025"'));
    expect(wb.data.names).toEqual([{ name: "PlanVersion", formula: '="2025"', comment: "", visible: true }]);
    expect(await codeOf(wb.run(async (context) => void context.workbook.names.add("planversion", "=1")))).toBe("ItemAlreadyExists");
    expect(await codeOf(wb.run(async (context) => void context.workbook.names.add("A1", "=1")))).toBe("InvalidArgument");
    expect(await codeOf(wb.run(async (context) => void context.workbook.names.add("has space", "=1")))).toBe("InvalidArgument");
  });

  it("items, getCount and delete", async () => {
    const wb = planWorkbook();
    wb.data.names.push(
      { name: "a", formula: "=單位!$A$1", comment: "", visible: true },
      { name: "b", formula: "=1", comment: "", visible: false },
    );
    const names = await wb.run(async (context) => {
      context.workbook.names.getItem("a").delete();
      const all = context.workbook.names.load("items/name");
      await context.sync();
      return all.items.map((n) => n.name);
    });
    expect(names).toEqual(["b"]);
  });
});

describe("settings", () => {
  it("add() stores a JSON value, replacing an existing one; getItem reads it; delete() removes it", async () => {
    const wb = planWorkbook();
    const value = await wb.run(async (context) => {
      context.workbook.settings.add("spa.generatedSheets", ["計畫表"]);
      context.workbook.settings.add("spa.generatedSheets", ["計畫表", "單位"]);
      const setting = context.workbook.settings.getItem("spa.generatedSheets").load("value,key");
      await context.sync();
      return [setting.key, setting.value];
    });
    expect(value).toEqual(["spa.generatedSheets", ["計畫表", "單位"]]);
    expect(wb.settings).toEqual({ "spa.generatedSheets": ["計畫表", "單位"] });
    await wb.run(async (context) => void context.workbook.settings.getItem("spa.generatedSheets").delete());
    expect(wb.settings).toEqual({});
  });

  it("Setting.value can be set; settings need ExcelApi 1.4", async () => {
    const wb = planWorkbook();
    wb.settings.version = 1;
    await wb.run(async (context) => void (context.workbook.settings.getItem("version").value = 2));
    expect(wb.settings.version).toBe(2);
    wb.maxExcelApi = "1.3";
    expect(await codeOf(wb.run(async (context) => void context.workbook.settings.add("x", 1)))).toBe("ApiNotFound");
  });
});
