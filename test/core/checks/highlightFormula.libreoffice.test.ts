/**
 * The highlight formulas, evaluated by a spreadsheet engine we did not write (LibreOffice): true
 * while the cell holds what it held at check time, false once it is edited. Each formula is put in
 * a cell of its own (a conditional format evaluates the same formula for its cell).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { highlightFormula } from "../../../src/core/checks/highlights";
import { describeWithPackage, hasLibreOffice, libreOfficeConvert } from "../../support/debian";

type Value = string | number | null;

/** [value at check time, the value after an edit]. */
const CASES: [string, Value, Value][] = [
  ["a unit", "役政災防科", "役政災防課"],
  ["an empty cell", null, "秘書室"],
  ["spaces only", "  ", "秘書室"],
  ["a full-width space (pasted from Word)", "　", "秘書室"],
  ["a no-break space", "\u00a0", ""],
  ["a tab", "\t", ""],
  ["quotes", '辦理「"便民"」服務', '辦理「"便民"」服務。'],
  ["a long measure", "建立標準作業流程並定期檢討".repeat(12), "建立標準作業流程並定期檢討".repeat(12) + "。"],
  ["a long measure, its last character changed", "甲".repeat(120), "甲".repeat(119) + "乙"],
  ["a long measure, its first character changed", "甲".repeat(120), "乙" + "甲".repeat(119)],
  ["line breaks", "1.第一項\n2.第二項", "1.第一項\n2.第二項\n3.第三項"],
  ["line breaks, same length", "1.第一項\n2.第二項", "1.第一項\n2.第三項"],
  ["a number", 46022, 46023],
  ["text emptied", "秘書室", null],
];

describeWithPackage("libreoffice-calc-nogui", hasLibreOffice())("highlight formulas in LibreOffice", () => {
  it("hold while each cell is unchanged and stop holding once it is edited", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "highlight-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("計畫表");
    CASES.forEach(([, before, after], i) => {
      const row = i + 1;
      ws.getCell(`B${row}`).value = before;
      ws.getCell(`C${row}`).value = after;
      // A: the formula on the unchanged cell B; D: the same highlight on C, which was edited.
      ws.getCell(`A${row}`).value = { formula: highlightFormula(`B${row}`, "error", before).slice(1) } as ExcelJS.CellFormulaValue;
      ws.getCell(`D${row}`).value = { formula: highlightFormula(`C${row}`, "warning", before).slice(1) } as ExcelJS.CellFormulaValue;
    });
    const input = path.join(dir, "highlights.xlsx");
    await wb.xlsx.writeFile(input);
    const csv = fs.readFileSync(libreOfficeConvert(input, "csv:Text - txt - csv (StarCalc):44,34,76", dir), "utf8");
    const unchanged = csvColumn(csv, 0);
    const edited = csvColumn(csv, 3);
    expect(unchanged).toHaveLength(CASES.length);
    expect(Object.fromEntries(CASES.map(([name], i) => [name, [unchanged[i], edited[i]]]))).toEqual(
      Object.fromEntries(CASES.map(([name]) => [name, ["TRUE", "FALSE"]])),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** One column of a CSV (quoted fields may hold commas and line breaks). */
function csvColumn(csv: string, column: number): string[] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  const endField = () => {
    rows[rows.length - 1].push(field);
    field = "";
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== "," && ch !== "\n" && ch !== "\r")) field += ch;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      endField();
      rows.push([]);
    }
  }
  if (field) endField();
  return rows.filter((r) => r.length > 0).map((r) => r[column] ?? "");
}
