/** Office.js's load/sync discipline: properties are unreadable until load() and sync(). */
import { MemoryWorkbook } from "../../src/memoryExcel";
import { planWorkbook, thrownCode } from "./support";

describe("reading before load and sync", () => {
  it("throws PropertyNotLoaded at the read itself, for scalars and values", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      const range = sheet.getRange("A2:C2");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => sheet.name)).toBe("PropertyNotLoaded");
      range.load("values");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded"); // loaded, not yet synced
      await context.sync();
      expect(range.values).toEqual([["執行要項", "具體作法", "執行單位"]]);
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded"); // not asked for
    });
  });

  it("the error is an Error with code and debugInfo, like OfficeExtension.Error", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("計畫").getRange("A1");
      let error: unknown;
      try {
        void range.text;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ code: "PropertyNotLoaded", debugInfo: { code: "PropertyNotLoaded" } });
    });
  });

  it("loads what was asked: comma lists, arrays, {select}, options objects, and paths through navigation properties", async () => {
    const wb = planWorkbook();
    wb.sheet("計畫").formats.A2 = { fill: "#DDEBF7", bold: true };
    const result = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("計畫").getRange("A2");
      range.load("address, rowCount");
      range.load(["columnIndex"]);
      range.load({ select: "rowIndex" });
      range.load({ format: { fill: { color: true }, font: { bold: true } } } as Excel.Interfaces.RangeLoadOptions);
      range.load("format/wrapText");
      await context.sync();
      return [
        range.address,
        range.rowCount,
        range.columnIndex,
        range.rowIndex,
        range.format.fill.color,
        range.format.font.bold,
        range.format.wrapText,
      ];
    });
    expect(result).toEqual(["計畫!A2", 1, 0, 1, "#DDEBF7", true, false]);
  });

  it("load() with no argument loads every scalar property", async () => {
    const wb = planWorkbook();
    const json = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("單位").getRange("A1:A2");
      range.load();
      await context.sync();
      return range.toJSON();
    });
    expect(json).toMatchObject({ address: "單位!A1:A2", values: [["單位"], ["民政課"]], rowCount: 2, columnCount: 1, cellCount: 2 });
  });

  it("a property set in the batch reads back at once, before any sync", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("單位").getRange("B1");
      range.values = [["代碼"]];
      expect(range.values).toEqual([["代碼"]]);
      await context.sync();
    });
    expect(wb.valuesOf("單位!B1")).toEqual([["代碼"]]);
  });

  it("loaded values are a snapshot taken in queue order", async () => {
    const wb = planWorkbook();
    const [before, after] = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("單位");
      const first = sheet.getRange("A2").load("values");
      sheet.getRange("A2").values = [["人事室"]];
      const second = sheet.getRange("A2").load("values");
      await context.sync();
      return [first.values, second.values];
    });
    expect(before).toEqual([["民政課"]]);
    expect(after).toEqual([["人事室"]]);
  });

  it("collections: items throws before load; load('items/name') and load('name') fill the items", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrownCode(() => sheets.items)).toBe("PropertyNotLoaded");
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["計畫", "單位"]);
      expect(thrownCode(() => sheets.items[0].visibility)).toBe("PropertyNotLoaded");
      sheets.load("visibility");
      await context.sync();
      expect(sheets.items.map((s) => s.visibility)).toEqual(["Visible", "Visible"]);
    });
  });

  it("getCount() gives a ClientResult readable after sync", async () => {
    const wb = planWorkbook();
    await wb.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrownCode(() => count.value)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  it("loading a property that does not exist fails at sync with InvalidArgument", async () => {
    const wb = planWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("計畫").getRange("A1").load("vaules");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("run() syncs what is still queued when the batch returns", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Sheet1");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["queued"]];
    });
    expect(wb.valuesOf("Sheet1")).toEqual([["queued"]]);
    expect(wb.stats.syncs).toBe(1);
  });

  it("run() also takes (options, batch) like Office.js", async () => {
    const wb = planWorkbook();
    const name = await wb.run({ delayForCellEdit: true }, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("計畫");
  });
});
