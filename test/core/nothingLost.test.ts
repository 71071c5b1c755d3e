/**
 * Nothing the clerk pasted is lost without a word (issue "Steps 1 and 2 as a clerk meets them",
 * Done when, first point): every line of every non-empty cell under the header of the sample, the
 * five seeds and our fixtures reaches the plan table that set-up writes (the same SheetSpec the pane
 * and `impose --out` write), compared line by line with spaces, punctuation and numbering set aside;
 * or its row is in the change list as left on the original sheet (the preview lists every change).
 */
import * as fs from "fs";
import * as path from "path";
import { cellText, parseA1 } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import { matchKey } from "../../src/core/text/normalize";
import { setUpSheets } from "../../src/core/workbook/setUpSheets";
import { suggestUnits } from "../../src/core/workbook/unitsSheet";
import { chooseFramework } from "../../src/core/workflows/frameworkChoice";
import { readWorkbook } from "../../src/files/xlsxRead";

const ROOT = path.join(__dirname, "..", "..");
const FILES = [
  path.join(ROOT, "samples", "sample-plan.xlsx"),
  ...["seed000", "seed001", "seed002", "seed003", "seed004", "nasty-cells", "long-cell"].map((f) =>
    path.join(ROOT, "test", "fixtures", `${f}.xlsx`),
  ),
];
/** Changes that say a row's text stays on the original sheet rather than in the plan table. */
const LEFT_ON_SOURCE = new Set(["note-kept", "repeated-header-skipped", "far-cells"]);

/** A line as compared: no spaces or punctuation, half-width, and no leading numbering ("1.", "(一)", "一、"). */
const key = (line: string) => matchKey(line).replace(/^([0-9]+|[一二三四五六七八九十]{1,3})(?=.)/, "");

it.each(FILES.map((f) => [path.relative(ROOT, f), f]))(
  "%s: every line under the header is in the plan table, or said to stay on the source",
  async (_, file) => {
    const grid = (await readWorkbook(new Uint8Array(fs.readFileSync(file)))).sheets[0];
    const framework = chooseFramework({ kind: "detect" }, grid);
    const plan = impose(grid, { framework });
    const written = setUpSheets(plan, framework, suggestUnits(plan))
      .plan.rows.flat()
      .map((v) => (v === null ? "" : matchKey(String(v))))
      .join("|");
    const leftRows = new Set(plan.changes.filter((c) => LEFT_ON_SOURCE.has(c.kind)).map((c) => parseA1(c.cell.split(":")[0])?.row ?? -1));
    const headerRow = plan.header.row - grid.top; // header.row: the sheet row, 0-based
    const lost: string[] = [];
    for (let r = headerRow + 1; r < grid.rowCount; r++) {
      if (leftRows.has(grid.top + r)) continue;
      for (let c = 0; c < grid.colCount; c++) {
        for (const line of cellText(grid, r, c).split(/\r?\n/)) {
          const k = key(line);
          if (k !== "" && !written.includes(k)) lost.push(`${String.fromCharCode(65 + grid.left + c)}${grid.top + r + 1}: ${line}`);
        }
      }
    }
    expect(lost).toEqual([]);
  },
);
