/**
 * A workbook from the pane maps in the CLI as it does in the pane (issue 15, part 2): the alias the user
 * confirmed (the sheet 對照表) is read by `impose` and `validate`, and `impose --out` keeps it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { rememberMappings } from "../../src/excel/mappingsSheet";
import { applySetUp } from "../../src/excel/setUp";
import { readWorkbook } from "../../src/files/xlsxRead";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";
import { readSeed, seedGrid } from "../support/seedFixtures";
import { cli } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-mappings-"));

interface JsonFinding {
  code: string;
  cell: string;
}
interface JsonChange {
  kind: string;
  cell: string;
  detail: string;
}

/** Seed 001 pasted with 役政災防科 for 役政災防課, the agency's unit list, set up in the pane; saved before and after the alias is remembered. */
async function workbooksFromThePane(): Promise<{ before: string; after: string }> {
  const grid = seedGrid("seed001");
  const values = grid.values.map((row) => row.map((v) => (typeof v === "string" ? v.split("役政災防課").join("役政災防科") : v)));
  const wb = new MemoryWorkbook();
  wb.addSheet("114年計畫", values).merges.push(...grid.merges);
  wb.addSheet("單位", [["單位名稱"], ...readSeed("seed001").units.map((u) => [u])]);
  const excel = playgroundExcelHost(wb, () => undefined);
  await applySetUp(excel, { sourceSheet: "114年計畫", framework: { kind: "detect" }, units: null });
  const before = path.join(tmp, "before.xlsx");
  fs.writeFileSync(before, await wb.saveXlsx());
  await rememberMappings(excel, [{ kind: "unit", written: "役政災防科", unit: "役政災防課" }]);
  const after = path.join(tmp, "after.xlsx");
  fs.writeFileSync(after, await wb.saveXlsx());
  return { before, after };
}

let files: { before: string; after: string };
beforeAll(async () => {
  files = await workbooksFromThePane();
});

describe("service-plan with the pane's 對照表", () => {
  it("validate: the alias the pane remembered is read as the listed unit; without it, each units cell is an error", async () => {
    const unknown = async (file: string) => {
      const r = await cli("validate", file, "--json");
      const json = JSON.parse(r.out);
      return { code: r.code, cells: json.findings.filter((f: JsonFinding) => f.code === "unit/unknown").map((f: JsonFinding) => f.cell) };
    };
    expect(await unknown(files.before)).toEqual({ code: 1, cells: ["D11", "D13", "D27", "D28", "D29", "D35", "D36"] });
    expect(await unknown(files.after)).toEqual({ code: 0, cells: [] });
  });

  it("impose: the units mapped, each mapping applied listed in the change list (zh-TW and English); --out keeps 對照表", async () => {
    const r = await cli("impose", files.after, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.sheet).toBe("114年計畫");
    expect(JSON.stringify(json.measures)).not.toContain("役政災防科");
    const applied = json.changes.filter((c: JsonChange) => c.kind === "mapping-applied");
    // Each where the alias is written: D30's sub-items join the measure of row 29 (the finding's cell was D29).
    expect(applied.map((c: JsonChange) => c.cell)).toEqual(["D11", "D13", "D27", "D28", "D30", "D35", "D36"]);
    expect(applied[0].detail).toBe("依「對照表」記住的對應，執行單位「役政災防科」讀作「役政災防課」");
    const en = JSON.parse((await cli("impose", files.after, "--json", "--lang", "en")).out);
    expect(en.changes.find((c: JsonChange) => c.kind === "mapping-applied").detail).toBe(
      'As remembered in "對照表": the unit "役政災防科" is read as "役政災防課"',
    );

    const out = path.join(tmp, "out.xlsx");
    expect((await cli("impose", files.after, "--out", out)).code).toBe(0);
    const written = await readWorkbook(fs.readFileSync(out), "out.xlsx");
    expect(written.sheets.find((s) => s.sheet === "對照表")?.values).toEqual([
      ["類別", "原本寫法", "對應為"],
      ["單位", "役政災防科", "役政災防課"],
    ]);
  });
});
