/** *OrNullObject methods: no error at sync, a proxy whose isNullObject is true. */
import { planWorkbook, thrownCode } from "./support";

describe("*OrNullObject", () => {
  it("worksheets.getItemOrNullObject: isNullObject unreadable before sync, then true or false", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("備份");
      const present = context.workbook.worksheets.getItemOrNullObject("單位");
      expect(thrownCode(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("loading a null object's properties succeeds and reads null", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("備份").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeNull();
    });
  });

  it("names, settings and tables have them too", async () => {
    const wb = planWorkbook();
    wb.settings.planSheets = ["計畫"];
    const result = await wb.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject("單位清單");
      const setting = context.workbook.settings.getItemOrNullObject("planSheets").load("value");
      const noSetting = context.workbook.settings.getItemOrNullObject("other");
      const table = context.workbook.tables.getItemOrNullObject("計畫表");
      await context.sync();
      return [name.isNullObject, setting.isNullObject, setting.value, noSetting.isNullObject, table.isNullObject];
    });
    expect(result).toEqual([true, false, ["計畫"], true, true]);
  });

  it("getUsedRangeOrNullObject is a null object on an empty sheet; getUsedRange gives A1", async () => {
    const wb = planWorkbook();
    wb.addSheet("空白");
    const result = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("空白");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      const used = sheet.getUsedRange(true).load("address");
      const plan = context.workbook.worksheets.getItem("計畫").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      return [orNull.isNullObject, used.address, plan.isNullObject, plan.address];
    });
    expect(result).toEqual([true, "空白!A1", false, "計畫!A1:C4"]);
  });

  it("using a null object for an operation fails with ItemNotFound", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("備份");
      await context.sync();
      missing.getRange("A1").values = [["x"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("an object whose sheet was deleted is gone: ItemNotFound on use", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("單位");
      const range = sheet.getRange("A1");
      await context.sync();
      sheet.delete();
      await context.sync();
      range.load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
