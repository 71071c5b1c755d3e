/** Range: address and size, navigation to other ranges, hidden rows/columns, number formats, text, select, clear. */
import { codeOf, planWorkbook } from "./support";

describe("ranges", () => {
  it("reports address, size and position; addresses of whole columns and rows look like Excel's", async () => {
    const wb = planWorkbook();
    wb.addSheet("My Sheet");
    const result = await wb.run(async (context) => {
      const plan = context.workbook.worksheets.getItem("計畫");
      const a = plan.getRange("b3:c$4").load("address,rowCount,columnCount,rowIndex,columnIndex,cellCount");
      const column = plan.getRange("B:C").load("address,isEntireColumn");
      const row = plan.getRange("2:2").load("address,isEntireRow");
      const quoted = context.workbook.worksheets.getItem("My Sheet").getRange("A1").load("address");
      await context.sync();
      return [
        a.address,
        a.rowCount,
        a.columnCount,
        a.rowIndex,
        a.columnIndex,
        a.cellCount,
        column.address,
        column.isEntireColumn,
        row.address,
        row.isEntireRow,
        quoted.address,
      ];
    });
    expect(result).toEqual(["計畫!B3:C4", 2, 2, 2, 1, 4, "計畫!B:C", true, "計畫!2:2", true, "'My Sheet'!A1"]);
  });

  it("getCell, getResizedRange, getOffsetRange, getEntireColumn, getEntireRow, getRow, getColumn, getRangeByIndexes", async () => {
    const wb = planWorkbook();
    const addresses = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      const base = sheet.getRange("B2:C3");
      const ranges = [
        base.getCell(1, 1),
        base.getResizedRange(2, -1),
        base.getOffsetRange(1, 1),
        base.getEntireColumn(),
        base.getEntireRow(),
        base.getRow(1),
        base.getColumn(0),
        sheet.getRangeByIndexes(1, 0, 3, 2),
        sheet.getCell(0, 0),
      ].map((r) => r.load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual([
      "計畫!C3",
      "計畫!B2:B5",
      "計畫!C3:D4",
      "計畫!B:C",
      "計畫!2:3",
      "計畫!B3:C3",
      "計畫!B2:B3",
      "計畫!A2:B4",
      "計畫!A1",
    ]);
  });

  it("ranges off the grid fail at sync with InvalidArgument", async () => {
    const wb = planWorkbook();
    for (const make of [
      (s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0),
      (s: Excel.Worksheet) => s.getRange("B2:C3").getResizedRange(-3, 0),
      (s: Excel.Worksheet) => s.getRange("XFD1").getCell(0, 1),
    ]) {
      expect(await codeOf(wb.run(async (context) => void make(context.workbook.worksheets.getItem("計畫")).load("address")))).toBe(
        "InvalidArgument",
      );
    }
  });

  it("values read empty cells as '' and keep numbers and booleans", async () => {
    const wb = planWorkbook();
    wb.sheet("單位").values[1][1] = 3;
    wb.sheet("單位").values[2][1] = true;
    const values = await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("單位").getRange("A1:C3").load("values");
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([
      ["單位", "", ""],
      ["民政課", 3, ""],
      ["社會課", true, ""],
    ]);
  });

  it("columnHidden / rowHidden on entire columns and rows; reading a mixed range gives null", async () => {
    const wb = planWorkbook();
    const read = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("D:D").columnHidden = true;
      sheet.getRange("A1").getEntireRow().rowHidden = true;
      const d = sheet.getRange("D1").load("columnHidden");
      const mixed = sheet.getRange("C1:D1").load("columnHidden");
      const row = sheet.getRange("A1:A2").load("rowHidden");
      await context.sync();
      return [d.columnHidden, mixed.columnHidden, row.rowHidden];
    });
    expect(read).toEqual([true, null, null]);
    expect([...wb.sheet("計畫").hiddenColumns]).toEqual([3]);
    expect([...wb.sheet("計畫").hiddenRows]).toEqual([0]);
  });

  it("numberFormat (a 2-D array or one value for all) and text", async () => {
    const wb = planWorkbook();
    const result = await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("單位").getRange("B1:B2");
      r.values = [[0.5], [2]];
      r.numberFormat = [["0%"], ["0.00"]];
      r.load("numberFormat,text");
      const all = context.workbook.worksheets.getItem("單位").getRange("C1:C2");
      all.numberFormat = "@" as unknown as string[][];
      all.load("numberFormat");
      await context.sync();
      return [r.numberFormat, r.text, all.numberFormat];
    });
    expect(result).toEqual([
      [["0%"], ["0.00"]],
      [["50%"], ["2.00"]],
      [["@"], ["@"]],
    ]);
  });

  it("select() activates the sheet and sets the selection; getSelectedRange reads it", async () => {
    const wb = planWorkbook();
    const address = await wb.run(async (context) => {
      context.workbook.worksheets.getItem("單位").getRange("A3").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return selected.address;
    });
    expect(address).toBe("單位!A3");
    expect(wb.data.activeSheetId).toBe(wb.sheet("單位").id);
  });

  it("clear('Contents') keeps formats; clear() removes both", async () => {
    const wb = planWorkbook();
    wb.sheet("單位").formats.A2 = { bold: true };
    wb.sheet("單位").formats.A3 = { bold: true };
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("單位");
      sheet.getRange("A2").clear("Contents");
      sheet.getRange("A3").clear();
    });
    expect(wb.valuesOf("單位!A2:A3")).toEqual([[""], [""]]);
    expect(wb.sheet("單位").formats).toEqual({ A2: { bold: true } });
  });

  it("getUsedRange(valuesOnly) ignores formatted empty cells; without it they count", async () => {
    const wb = planWorkbook();
    wb.sheet("單位").formats.D10 = { fill: "#FF0000" };
    const result = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("單位");
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      await context.sync();
      return [values.address, all.address];
    });
    expect(result).toEqual(["單位!A1:A4", "單位!A1:D10"]);
  });

  it("Range.getUsedRangeOrNullObject: the used part of the range only (a merge by its part inside); formats count unless valuesOnly; a null object when nothing is used", async () => {
    const wb = planWorkbook();
    wb.addSheet("U");
    const result = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("U");
      sheet.getRange("B2").values = [["x"]];
      sheet.getRange("D4").format.fill.color = "#FFFF00";
      sheet.getRange("Z100").values = [["far"]];
      sheet.getRange("F1:H2").merge(false);
      await context.sync();
      const window = sheet.getRange("A1:G5");
      const all = window.getUsedRangeOrNullObject().load("address");
      const values = window.getUsedRangeOrNullObject(true).load("address");
      const none = sheet.getRange("J1:K5").getUsedRangeOrNullObject().load("address");
      await context.sync();
      return [all.address, values.address, none.isNullObject];
    });
    expect(result).toEqual(["U!B1:G4", "U!B2", true]);
  });
});
