/**
 * .xlsx load and save through ExcelJS: what the in-memory Excel writes is read back by openpyxl
 * (an independent reader), and what it loads matches what openpyxl sees in a fixture.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadXlsx, MemoryWorkbook } from "../../src/memoryExcel";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** A plan table built through the Office.js-shaped API, the way src/excel will build it. */
async function builtThroughTheApi(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  wb.addSheet("原始", [["計畫"], ["一、完備基礎服務項目", "1. 訂定標準作業流程"], [null, "2. 定期檢討表單"]]);
  wb.sheet("原始").merges.push({ top: 1, left: 0, bottom: 2, right: 0 });
  await wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const units = sheets.add("單位");
    units.getRange("A1:A4").values = [["單位"], ["民政課"], ["社會課"], ["秘書室"]];
    const plan = sheets.add("計畫表");
    plan.getRange("A1:D3").values = [
      ["編號", "執行要項", "具體作法", "執行單位"],
      ["1-1", "一、完備基礎服務項目", "1. 訂定標準作業流程\n訂定各項申辦業務作業程序。", "民政課"],
      ["1-2", "一、完備基礎服務項目", "2. 定期檢討表單", "社會課"],
    ];
    plan.getRange("A1:D1").format.fill.color = "#DDEBF7";
    plan.getRange("A1:D1").format.font.bold = true;
    plan.getRange("C:C").format.columnWidth = 240;
    plan.getRange("C:C").format.wrapText = true;
    plan.getRange("2:2").format.rowHeight = 48;
    plan.getRange("A:A").columnHidden = true;
    plan.getRange("D2:D200").dataValidation.rule = { list: { inCellDropDown: true, source: "=單位!$A$2:$A$20" } };
    plan.getRange("E2:E200").dataValidation.rule = { list: { inCellDropDown: true, source: "持續辦理,年底前" } };
    plan.freezePanes.freezeRows(1);
    plan.tables.add("A1:D3", true).name = "PlanTable";
    plan.getRange("F1:G1").merge();
    context.workbook.names.add("單位清單", units.getRange("A2:A4"));
    sheets.getItem("原始").visibility = "Hidden";
    plan.activate();
  });
  return wb;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "memory-excel-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("xlsx round trip (ExcelJS only)", () => {
  it("saves and loads back the same sheets, values, merges, formats, sizes, validations, tables, names", async () => {
    const wb = await builtThroughTheApi();
    const again = await MemoryWorkbook.loadXlsx(await wb.saveXlsx());
    expect(again.data.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["原始", "Hidden"],
      ["單位", "Visible"],
      ["計畫表", "Visible"],
    ]);
    expect(again.valuesOf("計畫表")).toEqual(wb.valuesOf("計畫表"));
    expect(again.valuesOf("原始")).toEqual(wb.valuesOf("原始"));
    const [plan, original] = [again.sheet("計畫表"), wb.sheet("計畫表")];
    expect(plan.merges).toEqual(original.merges);
    expect(again.sheet("原始").merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    expect(plan.formats.B1).toEqual({ fill: "#DDEBF7", bold: true });
    expect(plan.formats.C2).toMatchObject({ wrapText: true });
    expect(plan.columnWidths[2]).toBeCloseTo(240, 1);
    expect(plan.rowHeights[1]).toBe(48);
    expect([...plan.hiddenColumns]).toEqual([0]);
    expect(plan.frozenRows).toBe(1);
    expect(plan.validations).toEqual(original.validations);
    expect(plan.tables.map((t) => [t.name, t.area])).toEqual([["PlanTable", { top: 0, left: 0, bottom: 2, right: 3 }]]);
    expect(again.data.names).toEqual([expect.objectContaining({ name: "單位清單", formula: "=單位!$A$2:$A$4" })]);
    expect(again.data.activeSheetId).toBe(plan.id);
  });

  it("loads a fixture: values like Office.js gives them, merges, widths", async () => {
    const wb = await loadXlsx(fs.readFileSync(path.join(FIXTURES, "nasty-cells.xlsx")));
    const sheet = wb.sheet("計畫");
    expect(wb.valuesOf("計畫!C8:C9")).toEqual([["公式產生的作法"], [12345]]);
    expect(wb.valuesOf("計畫!D9")).toEqual([["#REF!"]]);
    expect(typeof wb.valuesOf("計畫!E6")[0][0]).toBe("number"); // a date is a serial number
    expect(sheet.formats.E6?.numberFormat).toBe("yyyy/m/d");
    expect(sheet.merges).toEqual([{ top: 3, left: 0, bottom: 8, right: 0 }]);
    expect([...sheet.hiddenRows]).toEqual([6]);
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("saved .xlsx read back by openpyxl", () => {
  it("keeps merges, values, validations, frozen panes, column widths, fills, tables, hidden columns and names", async () => {
    const wb = await builtThroughTheApi();
    const file = path.join(tmp, "built.xlsx");
    fs.writeFileSync(file, await wb.saveXlsx());
    const book = python(
      `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1])
ws=wb["計畫表"]
dv=sorted([[str(d.sqref), d.type, d.formula1] for d in ws.data_validations.dataValidation])
print(json.dumps({
 "sheets":[[s.title, s.sheet_state] for s in wb.worksheets],
 "active":wb.active.title,
 "values":[[c for c in r] for r in ws.iter_rows(min_row=1,max_row=3,max_col=4,values_only=True)],
 "merges":sorted(str(m) for m in ws.merged_cells.ranges),
 "original_merges":sorted(str(m) for m in wb["原始"].merged_cells.ranges),
 "freeze":ws.freeze_panes,
 "width_c":ws.column_dimensions["C"].width,
 "hidden_a":ws.column_dimensions["A"].hidden,
 "height_2":ws.row_dimensions[2].height,
 "fill_b1":ws["B1"].fill.fgColor.rgb, "bold_b1":ws["B1"].font.b, "wrap_c2":ws["C2"].alignment.wrap_text,
 "validations":dv,
 "tables":{n: (t if isinstance(t, str) else t.ref) for n, t in ws.tables.items()},
 "names":{n: wb.defined_names[n].attr_text for n in wb.defined_names} if hasattr(wb.defined_names, "keys") else {d.name: d.attr_text for d in wb.defined_names.definedName},
}, ensure_ascii=False))`,
      file,
    ) as Record<string, unknown>;
    expect(book).toMatchObject({
      sheets: [
        ["原始", "hidden"],
        ["單位", "visible"],
        ["計畫表", "visible"],
      ],
      active: "計畫表",
      values: [
        ["編號", "執行要項", "具體作法", "執行單位"],
        ["1-1", "一、完備基礎服務項目", "1. 訂定標準作業流程\n訂定各項申辦業務作業程序。", "民政課"],
        ["1-2", "一、完備基礎服務項目", "2. 定期檢討表單", "社會課"],
      ],
      merges: ["F1:G1"],
      original_merges: ["A2:A3"],
      freeze: "A2",
      hidden_a: true,
      height_2: 48,
      fill_b1: "FFDDEBF7",
      bold_b1: true,
      wrap_c2: true,
      validations: [
        ["D2:D200", "list", "單位!$A$2:$A$20"],
        ["E2:E200", "list", '"持續辦理,年底前"'],
      ],
      tables: { PlanTable: "A1:D3" },
    });
    expect(book.width_c as number).toBeCloseTo(240 / 5.25, 2);
    expect(book.names).toEqual({ 單位清單: expect.stringMatching(/^'?單位'?!\$A\$2:\$A\$4$/) });
  });

  it("loads what openpyxl sees in a seed fixture: the same values and merges", async () => {
    const file = path.join(FIXTURES, "seed000.xlsx");
    const wb = await MemoryWorkbook.loadXlsx(fs.readFileSync(file));
    const seen = python(
      `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({"name":ws.title,"merges":sorted(str(m) for m in ws.merged_cells.ranges),"values":[["" if c is None else c for c in r] for r in ws.iter_rows(values_only=True)]}, ensure_ascii=False))`,
      file,
    ) as { name: string; merges: string[]; values: unknown[][] };
    const sheet = wb.data.sheets[0];
    expect(sheet.name).toBe(seen.name);
    expect(wb.valuesOf(seen.name)).toEqual(seen.values);
    const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
    expect(sheet.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort()).toEqual(seen.merges);
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("page setup in the saved .xlsx", () => {
  it("an annex set up through pageLayout is saved as it prints: A4, fit to one page wide, print titles and area, footer, row breaks, ruled cells; loading it again gives the same page layout but for the row breaks", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("附件一", [["附件一"], ["標題"], ["項次", "具體做法"], ["一", "甲"], ["", "乙"], ["二", "丙"]]);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("附件一");
      const layout = sheet.pageLayout;
      layout.paperSize = "A4";
      layout.centerHorizontally = true;
      layout.leftMargin = 36;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.headersFooters.defaultForAllPages.centerFooter = "第 &P 頁，共 &N 頁";
      layout.setPrintTitleRows("$3:$3");
      layout.setPrintArea("A1:B6");
      sheet.horizontalPageBreaks.add("A5");
      const borders = sheet.getRange("A3:B6").format.borders;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const)
        borders.getItem(edge).style = "Continuous";
      await context.sync();
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "page-setup-")), "annex.xlsx");
    fs.writeFileSync(file, await wb.saveXlsx());
    const read = python(
      `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]; b=ws["B4"].border
print(json.dumps({"paper": ws.page_setup.paperSize, "fit": [ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight],
 "centred": ws.print_options.horizontalCentered, "left": ws.page_margins.left, "titles": ws.print_title_rows, "area": ws.print_area,
 "footer": ws.oddFooter.center.text, "breaks": [x.id for x in ws.row_breaks.brk], "borders": [b.left.style, b.right.style, b.top.style, b.bottom.style],
 "titleBorder": ws["A1"].border.bottom.style}))`,
      file,
    );
    expect(read).toEqual({
      paper: 9,
      fit: [true, 1, 0],
      centred: true,
      left: 0.5,
      titles: "$3:$3",
      area: expect.anything(),
      footer: "第 &P 頁，共 &N 頁",
      breaks: [4],
      borders: ["thin", "thin", "thin", "thin"],
      titleBorder: null,
    });
    expect(String((read as { area: unknown }).area)).toMatch(/(^|!)\$A\$1:\$B\$6$/); // openpyxl versions differ in the form, not the range
    const again = await loadXlsx(fs.readFileSync(file));
    // All but the row breaks: ExcelJS writes them and does not read them back (its worksheet model keeps none).
    expect(again.data.sheets[0].pageLayout).toEqual({ ...wb.data.sheets[0].pageLayout, rowBreaks: [] });
    expect(again.data.sheets[0].formats["B4"]?.borders).toEqual({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
  });
});
