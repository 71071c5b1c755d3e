/** Worksheet protection: protect() twice fails; locked cells of a protected sheet refuse writes (AccessDenied). */
import { codeOf, planWorkbook } from "./support";

describe("worksheet protection", () => {
  it("protect() then protected reads true; protect() on a protected sheet fails with InvalidOperation", async () => {
    const wb = planWorkbook();
    const state = await wb.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("計畫").protection;
      protection.protect({ allowFormatColumns: true });
      protection.load("protected,options");
      await context.sync();
      return [protection.protected, protection.options.allowFormatColumns];
    });
    expect(state).toEqual([true, true]);
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").protection.protect()))).toBe(
      "InvalidOperation",
    );
  });

  it("writing a locked cell fails with AccessDenied; an unlocked one can be written", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("D3:D4").format.protection.locked = false;
      sheet.protection.protect();
    });
    expect(
      await codeOf(wb.run(async (context) => void (context.workbook.worksheets.getItem("計畫").getRange("C3").values = [["秘書室"]]))),
    ).toBe("AccessDenied");
    await wb.run(async (context) => void (context.workbook.worksheets.getItem("計畫").getRange("D3:D4").values = [["已完成"], ["辦理中"]]));
    expect(wb.valuesOf("計畫!C3:D4")).toEqual([
      ["民政課", "已完成"],
      ["社會課", "辦理中"],
    ]);
  });

  it("formats, merges, tables and validations are refused too, unless the protection allows formatting", async () => {
    const wb = planWorkbook();
    wb.sheet("單位").protection = { options: { allowFormatColumns: true } };
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("單位");
    expect(await codeOf(wb.run(async (c) => void (sheet(c).getRange("A1").format.fill.color = "#FF0000")))).toBe("AccessDenied");
    expect(await codeOf(wb.run(async (c) => void sheet(c).getRange("B1:C1").merge()))).toBe("AccessDenied");
    expect(await codeOf(wb.run(async (c) => void sheet(c).tables.add("A1:A4", true)))).toBe("AccessDenied");
    expect(
      await codeOf(
        wb.run(async (c) => void (sheet(c).getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } })),
      ),
    ).toBe("AccessDenied");
    expect(await codeOf(wb.run(async (c) => void (sheet(c).getRange("A:A").format.columnWidth = 120)))).toBeUndefined();
  });

  it("unprotect() lifts it; a password must match", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").protection.protect({}, "secret"));
    expect(await codeOf(wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").protection.unprotect("wrong")))).toBe(
      "InvalidArgument",
    );
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").protection.unprotect("secret"));
    expect(wb.sheet("計畫").protection).toBeNull();
  });
});
