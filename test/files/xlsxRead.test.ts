/**
 * Our .xlsx reader against openpyxl (a reader we did not write), cell by cell, on the seeds, the
 * sample, our fixtures, and the 37 files of ExcelJS's test data (written by Excel, LibreOffice and
 * Google Sheets, some malformed on purpose). A file openpyxl cannot open must give one sentence.
 */
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../../src/core/grid";
import { WorkbookReadError } from "../../src/files/errors";
import { readWorkbook, type WorkbookGrids } from "../../src/files/xlsxRead";
import { DEBIAN_PYTHON, describeWithPackage, hasOpenpyxl } from "../support/debian";
import { spawnSync } from "child_process";

const ROOT = path.join(__dirname, "..", "..");
const FILES = [
  path.join(ROOT, "samples", "sample-plan.xlsx"),
  ...["seed000", "seed001", "seed002", "seed003", "seed004", "nasty-cells", "long-cell"].map((f) =>
    path.join(ROOT, "test", "fixtures", `${f}.xlsx`),
  ),
  ...fs
    .readdirSync(path.join(ROOT, "test", "fixtures", "exceljs"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(ROOT, "test", "fixtures", "exceljs", f)),
];

interface OpenpyxlSheet {
  name: string;
  state: string;
  cells: [number, number, CellValue][];
  hidden: number[];
}
type OpenpyxlBook = { sheets: OpenpyxlSheet[] } | { error: string };

function openpyxlBooks(): Record<string, OpenpyxlBook> {
  const r = spawnSync(DEBIAN_PYTHON, [path.join(__dirname, "openpyxlCells.py"), ...FILES], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, OpenpyxlBook>;
}

/** Our cells as [row, column, value] on the sheet, as openpyxl lists them. */
function ourCells(book: WorkbookGrids, sheet: number): [number, number, CellValue][] {
  const g = book.sheets[sheet];
  const out: [number, number, CellValue][] = [];
  g.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && out.push([g.top + r, g.left + c, v])));
  return out;
}

/**
 * Where openpyxl 3.0 is the one that is wrong, and what Excel shows instead: in a workbook counting
 * days from 1904, serial 0 formatted as a date is 1904-01-01 (1462 in the 1900 system we give the
 * core); openpyxl reads it as the time 00:00.
 */
const OPENPYXL_WRONG: Record<string, [number, number, CellValue]> = { "1904.xlsx": [3, 1, 1462] };

/** Dates come as floats from both sides; the rest must be equal. */
const same = (a: CellValue, b: CellValue) => a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-6);

describeWithPackage("python3-openpyxl", hasOpenpyxl())("the .xlsx reader, cell by cell against openpyxl", () => {
  const books = openpyxlBooks();

  it.each(FILES.map((f) => [path.relative(ROOT, f), f]))("%s", async (_, file) => {
    const expected = books[file];
    let ours: WorkbookGrids | WorkbookReadError;
    try {
      ours = await readWorkbook(new Uint8Array(fs.readFileSync(file)), "檔案");
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      ours = e;
    }
    if ("error" in expected) {
      // openpyxl cannot open it either: we read what we can, or say so in one sentence.
      if (ours instanceof WorkbookReadError) expect(ours.message).toMatch(/^檔案[^\n]+。$/);
      return;
    }
    if (ours instanceof WorkbookReadError) throw new Error(`openpyxl reads ${file}, we do not: ${ours.message}`);
    expect(ours.names).toEqual(expected.sheets.map((s) => s.name));
    expect(ours.hidden).toEqual(expected.sheets.filter((s) => s.state !== "visible").map((s) => s.name));
    const correction = OPENPYXL_WRONG[path.basename(file)];
    if (correction) {
      const [r, c, v] = correction;
      expected.sheets[0].cells = expected.sheets[0].cells.map((x) => (x[0] === r && x[1] === c ? [r, c, v] : x));
    }
    expected.sheets.forEach((sheet, i) => {
      const cells = ourCells(ours as WorkbookGrids, i);
      const mismatched = sheet.cells.filter(
        ([r, c, v], k) => !(cells[k] && cells[k][0] === r && cells[k][1] === c && same(cells[k][2], v)),
      );
      expect({ sheet: sheet.name, count: cells.length, mismatched: mismatched.slice(0, 3) }).toEqual({
        sheet: sheet.name,
        count: sheet.cells.length,
        mismatched: [],
      });
      const g = (ours as WorkbookGrids).sheets[i];
      const hiddenInGrid = sheet.hidden.filter((r) => r >= g.top && r < g.top + g.rowCount).map((r) => r - g.top);
      expect(g.hiddenRows ?? []).toEqual(hiddenInGrid);
    });
  });
});
