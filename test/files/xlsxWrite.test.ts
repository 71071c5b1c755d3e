/**
 * Our .xlsx writer, read back by openpyxl and by our reader: text that XML cannot carry as such
 * (control characters, a literal "_x000D_", leading "=" that must stay text), numbers, booleans,
 * merges, a table, a frozen header, hidden columns and row heights.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { readWorkbook } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";

const TRICKY = ["=SUM(A1:A2)", "行一\r\n行二", "tab\there", "bell\u0007", "_x000D_ literal", "  spaces  ", "<&>\"'", "𠀋 surrogate"];

const specs: SheetSpec[] = [
  {
    name: "計畫表",
    columns: [
      { header: "編號", width: 8, hidden: true },
      { header: "具體作法", width: 40, wrap: true },
      { header: "數", width: 6 },
    ],
    rows: [["編號", "具體作法", "數"], ...TRICKY.map((t, i) => [`1-1-${i + 1}`, t, i % 2 ? true : i + 0.5])],
    frozenRows: 1,
    rowHeights: { 2: 48 },
    table: { name: "ServicePlanTable" },
  },
  { name: "原始 'copy'", rows: [[], [null, "合併"]], merges: [{ top: 1, left: 1, bottom: 2, right: 3 }] },
];

describeWithPackage("python3-openpyxl", hasOpenpyxl())("the .xlsx writer, read back", () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-write-")), "out.xlsx");
    fs.writeFileSync(file, await writeWorkbook(specs));
  });

  it("by openpyxl: every value as written, the structure as specified", () => {
    const book = python(
      `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); t=wb["計畫表"]; o=wb.worksheets[1]
print(json.dumps({"sheets":wb.sheetnames,"values":[list(r) for r in t.iter_rows(values_only=True)],
 "types":[t.cell(row=r,column=2).data_type for r in range(2,10)],
 "freeze":t.freeze_panes,"hidden":t.column_dimensions["A"].hidden,"width":t.column_dimensions["B"].width,
 "wrap":t["B3"].alignment.wrap_text,"bold":t["B1"].font.b,"height":t.row_dimensions[3].height,
 "tables":{k:v for k,v in t.tables.items()},"merges":[str(m) for m in o.merged_cells.ranges],"o":o["B2"].value}))`,
      file,
    ) as Record<string, unknown>;
    expect(book).toEqual({
      sheets: ["計畫表", "原始 'copy'"],
      // openpyxl 3.0 does not decode ECMA-376's "_xHHHH_" (Excel and our reader do): the bell shows as written.
      values: [
        ["編號", "具體作法", "數"],
        ...TRICKY.map((t, i) => [`1-1-${i + 1}`, t.replace("\u0007", "_x0007_"), i % 2 ? true : i + 0.5]),
      ],
      types: TRICKY.map(() => "s"),
      freeze: "A2",
      hidden: true,
      width: 40,
      wrap: true,
      bold: true,
      height: 48,
      tables: { ServicePlanTable: "A1:C9" },
      merges: ["B2:D3"],
      o: "合併",
    });
  });

  it("by our reader: the same values", async () => {
    const book = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
    expect(book.sheets[0].values.slice(1).map((r) => r[1])).toEqual(TRICKY);
    expect(book.sheets[1].merges).toEqual([]); // clipped to the one cell with a value
  });
});
