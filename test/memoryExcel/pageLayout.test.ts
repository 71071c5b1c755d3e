/** Worksheet.pageLayout, horizontalPageBreaks (ExcelApi 1.9) and Range.format.borders (1.1) in the in-memory Excel. */
import { MemoryWorkbook } from "../../src/memoryExcel";
import { codeOf } from "./support";

function sheetWorkbook(options: ConstructorParameters<typeof MemoryWorkbook>[0] = {}) {
  const wb = new MemoryWorkbook(options);
  wb.addSheet("附件一", [["a", "b"]]);
  return wb;
}

describe("pageLayout", () => {
  it("keeps paper, orientation, margins, centring, the footer, print titles and area as set; reads back what a new sheet has", async () => {
    const wb = sheetWorkbook();
    const result = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件一");
      const before = sheet.pageLayout.load("paperSize,orientation,zoom,leftMargin");
      await context.sync();
      const first = { paper: before.paperSize, orientation: before.orientation, zoom: before.zoom, left: before.leftMargin };
      const layout = sheet.pageLayout;
      layout.paperSize = "A4";
      layout.orientation = "Landscape";
      layout.leftMargin = 36;
      layout.topMargin = 54;
      layout.centerHorizontally = true;
      layout.headersFooters.defaultForAllPages.centerFooter = "第 &P 頁，共 &N 頁";
      layout.setPrintTitleRows("$3:$3");
      layout.setPrintArea("A1:E80");
      const footer = layout.headersFooters.defaultForAllPages.load("centerFooter");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      layout.load("paperSize,orientation,leftMargin,topMargin,centerHorizontally");
      await context.sync();
      return {
        first,
        after: [layout.paperSize, layout.orientation, layout.leftMargin, layout.topMargin, layout.centerHorizontally],
        footer: footer.centerFooter,
        titles: titles.address,
      };
    });
    expect(result).toEqual({
      first: { paper: "Letter", orientation: "Portrait", zoom: { scale: 100 }, left: 50.4 },
      after: ["A4", "Landscape", 36, 54, true],
      footer: "第 &P 頁，共 &N 頁",
      titles: "附件一!3:3",
    });
    expect(wb.data.sheets[0].pageLayout.printArea).toEqual({ top: 0, left: 0, bottom: 79, right: 4 });
  });

  it("zoom is replaced whole (fit to one page wide drops the scale); with office-js#1860's host a fit-to-pages zoom is not kept, a scale is", async () => {
    for (const zoomFitIgnored of [false, true]) {
      const wb = sheetWorkbook({ zoomFitIgnored });
      const zooms = await wb.run(async (context) => {
        const layout = context.workbook.worksheets.getItem("附件一").pageLayout;
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        const fit = layout.load("zoom");
        await context.sync();
        const afterFit = fit.zoom;
        layout.zoom = { scale: 80 };
        layout.load("zoom");
        await context.sync();
        return [afterFit, layout.zoom];
      });
      expect(zooms).toEqual(
        zoomFitIgnored ? [{ scale: 100 }, { scale: 80 }] : [{ horizontalFitToPages: 1, verticalFitToPages: 0 }, { scale: 80 }],
      );
    }
  });

  it("print titles are whole rows only; a scale outside 10–400 and a paper Excel does not know are refused", async () => {
    for (const bad of [
      (l: Excel.PageLayout) => l.setPrintTitleRows("A3:D3"),
      (l: Excel.PageLayout) => (l.zoom = { scale: 5 }),
      (l: Excel.PageLayout) => (l.paperSize = "A0" as Excel.PaperType),
    ]) {
      const wb = sheetWorkbook();
      const code = await codeOf(
        wb.run(async (context) => {
          bad(context.workbook.worksheets.getItem("附件一").pageLayout);
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
    }
  });

  it("is ExcelApi 1.9: below it the sync fails with ApiNotFound", async () => {
    const wb = sheetWorkbook({ maxExcelApi: "1.8" });
    const code = await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("附件一").pageLayout.paperSize = "A4";
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });
});

describe("horizontalPageBreaks", () => {
  it("add puts a break before the range's top row; getCount counts them; removePageBreaks clears them", async () => {
    const wb = sheetWorkbook();
    const counts = await wb.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("附件一").horizontalPageBreaks;
      breaks.add("A40");
      breaks.add("A12:D12");
      const two = breaks.getCount();
      await context.sync();
      const rows = [...wb.data.sheets[0].pageLayout.rowBreaks];
      breaks.removePageBreaks();
      const none = breaks.getCount();
      await context.sync();
      return [two.value, rows, none.value];
    });
    expect(counts).toEqual([2, [11, 39], 0]);
  });
});

describe("borders", () => {
  it("edges rule the range's outer cells, inside lines the cells between; a side ruled on some cells only reads as null", async () => {
    const wb = sheetWorkbook();
    const styles = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件一");
      const borders = sheet.getRange("B2:C4").format.borders;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const)
        borders.getItem(edge).style = "Continuous";
      const read = (address: string, edge: Excel.BorderIndex | "EdgeTop" | "EdgeBottom" | "EdgeLeft") =>
        sheet.getRange(address).format.borders.getItem(edge).load("style");
      const inner = read("C3", "EdgeTop");
      const outside = read("A1", "EdgeBottom");
      const mixed = read("A2:B2", "EdgeBottom"); // B2 ruled below (inside B2:C4), A2 not
      await context.sync();
      return [inner.style, outside.style, mixed.style];
    });
    expect(styles).toEqual(["Continuous", "None", null]);
  });

  it("a font name over 31 characters is refused", async () => {
    const wb = sheetWorkbook();
    const code = await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("附件一").getRange("A1").format.font.name = "字".repeat(32);
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});
