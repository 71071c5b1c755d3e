/** Range.format: fill, font, wrap, widths and heights (points), autofit; conditional formats. */
import { DEFAULT_COLUMN_WIDTH } from "../../src/memoryExcel";
import { codeOf, planWorkbook } from "./support";

describe("range format", () => {
  it("writes fill, font and wrap per cell and reads them back; a mixed range reads null", async () => {
    const wb = planWorkbook();
    const read = await wb.run(async (context) => {
      const header = context.workbook.worksheets.getItem("計畫").getRange("A2:C2");
      header.format.fill.color = "ddebf7";
      header.format.font.bold = true;
      header.format.font.name = "微軟正黑體";
      header.format.font.size = 12;
      header.format.font.color = "#1f4e79";
      header.format.wrapText = true;
      header.format.load("wrapText");
      header.format.fill.load("color");
      header.format.font.load("bold,name,size,color");
      const mixed = context.workbook.worksheets.getItem("計畫").getRange("A2:A3").format.fill.load("color");
      await context.sync();
      return [
        header.format.fill.color,
        header.format.font.bold,
        header.format.font.name,
        header.format.font.size,
        header.format.font.color,
        header.format.wrapText,
        mixed.color,
      ];
    });
    expect(read).toEqual(["#DDEBF7", true, "微軟正黑體", 12, "#1F4E79", true, null]);
    expect(wb.sheet("計畫").formats.B2).toEqual({
      fill: "#DDEBF7",
      bold: true,
      fontName: "微軟正黑體",
      fontSize: 12,
      fontColor: "#1F4E79",
      wrapText: true,
    });
  });

  it("a bad color fails with InvalidArgument; fill.clear() removes the fill", async () => {
    const wb = planWorkbook();
    expect(
      await codeOf(wb.run(async (c) => void (c.workbook.worksheets.getItem("計畫").getRange("A1").format.fill.color = "not a color"))),
    ).toBe("InvalidArgument");
    const color = await wb.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("計畫").getRange("A1").format.fill;
      fill.color = "yellow";
      fill.clear();
      fill.load("color");
      await context.sync();
      return fill.color;
    });
    expect(color).toBe("#FFFFFF");
  });

  it("formats on whole columns are stored once and apply to every cell in them", async () => {
    const wb = planWorkbook();
    const wrapped = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("B:B").format.wrapText = true;
      const cell = sheet.getRange("B500").format.load("wrapText");
      await context.sync();
      return cell.wrapText;
    });
    expect(wrapped).toBe(true);
    expect(wb.sheet("計畫").columnFormats).toEqual({ 1: { wrapText: true } });
  });

  it("columnWidth and rowHeight in points, with Excel's defaults", async () => {
    const wb = planWorkbook();
    const read = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("B:B").format.columnWidth = 240;
      sheet.getRange("3:4").format.rowHeight = 30;
      const b = sheet.getRange("B1").format.load("columnWidth,rowHeight");
      const c = sheet.getRange("C3").format.load("columnWidth,rowHeight");
      await context.sync();
      return [b.columnWidth, b.rowHeight, c.columnWidth, c.rowHeight];
    });
    expect(read).toEqual([240, 15, DEFAULT_COLUMN_WIDTH, 30]);
    expect(wb.sheet("計畫").columnWidths).toEqual({ 1: 240 });
    expect(wb.sheet("計畫").rowHeights).toEqual({ 2: 30, 3: 30 });
  });

  it("autofitRows grows rows whose wrapped text needs more lines (approximately)", async () => {
    const wb = planWorkbook();
    wb.sheet("計畫").values[2][1] = "1. 訂定標準作業流程\n訂定各項申辦業務作業程序，並定期檢討修正以維持服務一致性。";
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.getRange("B:B").format.wrapText = true;
      sheet.getRange("B:B").format.columnWidth = 200;
      sheet.getRange("A2:C4").format.autofitRows();
    });
    const heights = wb.sheet("計畫").rowHeights;
    expect(heights[2]).toBeGreaterThanOrEqual(45);
    expect(heights[3]).toBeUndefined();
  });

  it("conditional formats: add a custom rule, read it back, clearAll", async () => {
    const wb = planWorkbook();
    const read = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("計畫").getRange("C3:C4");
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=C3=""';
      cf.custom.format.fill.color = "#FFC7CE";
      const formats = range.conditionalFormats.load("items/type");
      await context.sync();
      return formats.items.map((f) => f.type);
    });
    expect(read).toEqual(["Custom"]);
    expect(wb.sheet("計畫").conditionalFormats).toEqual([
      expect.objectContaining({ type: "Custom", formula: '=C3=""', format: { fill: "#FFC7CE" } }),
    ]);
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫").getRange("A:D").conditionalFormats.clearAll());
    expect(wb.sheet("計畫").conditionalFormats).toEqual([]);
  });

  it("freezePanes.freezeRows(n) freezes the header; getLocationOrNullObject reads it", async () => {
    const wb = planWorkbook();
    const address = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫");
      sheet.freezePanes.freezeRows(2);
      const frozen = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      return frozen.address;
    });
    expect(address).toBe("計畫!1:2");
    expect([wb.sheet("計畫").frozenRows, wb.sheet("計畫").frozenColumns]).toEqual([2, 0]);
  });
});
