/** Data validation: list dropdowns from a range, the 255-character cap on inline lists, clear(). */
import { codeOf, planWorkbook } from "./support";

const FROM_UNITS: Excel.DataValidationRule = { list: { inCellDropDown: true, source: "=單位!$A$2:$A$20" } };

describe("data validation", () => {
  it("sets a list rule sourced from a range and reads it back", async () => {
    const wb = planWorkbook();
    const [rule, type] = await wb.run(async (context) => {
      const units = context.workbook.worksheets.getItem("計畫").getRange("C3:C100");
      units.dataValidation.rule = FROM_UNITS;
      const dv = context.workbook.worksheets.getItem("計畫").getRange("C5").dataValidation.load("rule,type");
      await context.sync();
      return [dv.rule, dv.type];
    });
    expect(rule).toEqual(FROM_UNITS);
    expect(type).toBe("List");
    expect(wb.sheet("計畫").validations).toEqual([
      { area: { top: 2, left: 2, bottom: 99, right: 2 }, rule: FROM_UNITS, ignoreBlanks: true },
    ]);
  });

  it("errorAlert: Stop by default; a Warning style set after the rule is kept with it", async () => {
    const wb = planWorkbook();
    const [before, after] = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("計畫").getRange("C3:C10");
      range.dataValidation.rule = FROM_UNITS;
      const first = range.dataValidation.load("errorAlert");
      await context.sync();
      const stop = first.errorAlert;
      range.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: "", message: "" };
      const second = context.workbook.worksheets.getItem("計畫").getRange("C4").dataValidation.load("errorAlert");
      await context.sync();
      return [stop, second.errorAlert];
    });
    expect(before).toEqual({ showAlert: true, style: "Stop", title: "", message: "" });
    expect(after).toEqual({ showAlert: true, style: "Warning", title: "", message: "" });
  });

  it("a Range object as the source becomes its absolute address", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const source = context.workbook.worksheets.getItem("單位").getRange("A2:A4");
      context.workbook.worksheets.getItem("計畫").getRange("C3:C4").dataValidation.rule = {
        list: { inCellDropDown: true, source: source as unknown as string },
      };
    });
    expect(wb.sheet("計畫").validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "=單位!$A$2:$A$4" } });
  });

  it("an inline list over 255 characters fails with InvalidArgument; 255 is fine", async () => {
    const wb = planWorkbook();
    const list = (n: number) =>
      Array.from({ length: n }, (_, i) => `單位${i}`)
        .join(",")
        .slice(0, n);
    const set = (source: string) =>
      wb.run(
        async (context) =>
          void (context.workbook.worksheets.getItem("計畫").getRange("C3").dataValidation.rule = {
            list: { inCellDropDown: true, source },
          }),
      );
    expect(await codeOf(set(list(256)))).toBe("InvalidArgument");
    expect(await codeOf(set(list(255)))).toBeUndefined();
    expect(await codeOf(set(""))).toBe("InvalidArgument");
  });

  it("a new rule replaces the old one where they overlap; clear() removes it from the range only", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("C3:C10").dataValidation.rule = FROM_UNITS;
      sheet.getRange("C5").dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      sheet.getRange("C10").dataValidation.clear();
    });
    const areas = wb.sheet("計畫").validations.map((v) => [v.area, v.rule.list?.source]);
    expect(areas).toEqual([
      [{ top: 2, left: 2, bottom: 3, right: 2 }, "=單位!$A$2:$A$20"],
      [{ top: 5, left: 2, bottom: 8, right: 2 }, "=單位!$A$2:$A$20"],
      [{ top: 4, left: 2, bottom: 4, right: 2 }, "甲,乙"],
    ]);
  });

  it("reads 'None' where there is no rule and 'Inconsistent' where rules differ", async () => {
    const wb = planWorkbook();
    const types = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("C3").dataValidation.rule = FROM_UNITS;
      sheet.getRange("C4").dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      const none = sheet.getRange("D1").dataValidation.load("type");
      const mixed = sheet.getRange("C3:C4").dataValidation.load("type");
      await context.sync();
      return [none.type, mixed.type];
    });
    expect(types).toEqual(["None", "Inconsistent"]);
  });

  it("needs ExcelApi 1.8", async () => {
    const wb = planWorkbook();
    wb.maxExcelApi = "1.7";
    expect(
      await codeOf(
        wb.run(async (context) => void (context.workbook.worksheets.getItem("計畫").getRange("C3").dataValidation.rule = FROM_UNITS)),
      ),
    ).toBe("ApiNotFound");
  });
});
