/**
 * Setting up the plan table through Office.js (in-memory Excel): the CLI's Plan, our sheets read back
 * by openpyxl, the user's sheet untouched, at most 4 syncs, re-runs in place, restore.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bigPlanGrid } from "../../bench/bigPlan";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import { impose } from "../../src/core/impose/impose";
import { checkPlan } from "../../src/excel/checkPlan";
import { ExcelActionError } from "../../src/excel/errors";
import { restoreBackup } from "../../src/excel/restore";
import { applySetUp, previewSetUp, type SetUpRequest } from "../../src/excel/setUp";
import { gridCopySpec } from "../../src/files/gridSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";
import { readSeed, SEEDS } from "../support/seedFixtures";

const FIX = path.join(__dirname, "..", "fixtures");
const DETECT: SetUpRequest = { sourceSheet: null, framework: { kind: "detect" }, units: null };

async function open(bytes: Uint8Array, options: { maxExcelApi?: string; payloadLimitBytes?: number } = {}) {
  const wb = await MemoryWorkbook.loadXlsx(bytes, options);
  return { wb, host: playgroundExcelHost(wb, () => undefined) };
}

/** A sheet's values and merges as plain data, to compare before and after. */
function snapshot(wb: MemoryWorkbook, name: string) {
  const s = wb.sheet(name);
  return JSON.stringify({ values: wb.valuesOf(name), merges: s.merges, formats: s.formats });
}

describe.each(SEEDS)("setting up %s in Excel", (name) => {
  it("gives the CLI's Plan, in at most 4 syncs, and leaves the user's sheet as it was", async () => {
    const bytes = fs.readFileSync(path.join(FIX, `${name}.xlsx`));
    const framework = BUILT_IN_FRAMEWORKS[readSeed(name).framework];
    const cli = impose((await readWorkbook(bytes)).sheets[0], { framework });
    const { wb, host } = await open(bytes);
    const source = wb.data.sheets[0].name;
    const before = snapshot(wb, source);

    const result = await applySetUp(host, DETECT);
    expect(result.plan).toEqual(cli);
    expect(result.syncs).toBe(4);
    expect(wb.stats.syncs).toBe(4);
    expect(snapshot(wb, source)).toBe(before);
    // The backup is a hidden copy of the source, cell for cell.
    const backup = wb.sheet(result.record.backup.name);
    expect(backup.visibility).toBe("Hidden");
    expect(JSON.stringify(wb.valuesOf(backup.name))).toBe(JSON.stringify(wb.valuesOf(source)));
    expect(backup.merges).toEqual(wb.sheet(source).merges);
    expect(wb.eventsEnabled).toBe(true);
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("the set-up workbook saved to .xlsx, read by openpyxl", () => {
  it("has the plan table with its headers, rows, dropdowns, hidden id column and frozen header", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed000.xlsx")));
    const result = await applySetUp(host, DETECT);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "setup-")), "out.xlsx");
    fs.writeFileSync(file, await wb.saveXlsx());
    const book = python(
      `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1])
t=wb["計畫表"]
rows=[[c if c is not None else "" for c in r] for r in t.iter_rows(values_only=True)]
print(json.dumps({"sheets":wb.sheetnames,"states":[wb[n].sheet_state for n in wb.sheetnames],"header":rows[0],"n":len(rows)-1,"ids":[r[0] for r in rows[1:]],
 "tables":dict(t.tables.items()),"freeze":t.freeze_panes,"id_hidden":t.column_dimensions["A"].hidden,
 "validations":sorted([str(v.sqref),v.formula1,v.errorStyle] for v in t.data_validations.dataValidation),
 "units":[r[0] for r in wb["單位"].iter_rows(values_only=True)]}))`,
      file,
    ) as Record<string, unknown>;
    expect(book).toEqual({
      sheets: ["計畫內容", "備份_計畫內容", "計畫表", "單位", "服務架構"],
      states: ["visible", "hidden", "visible", "visible", "visible"],
      header: ["編號", "執行要項", "執行重點", "具體作法", "執行單位", "完成期限", "執行成效"],
      n: 54,
      ids: result.plan.measures.map((m) => m.id),
      tables: { ServicePlanTable: "A1:G55" },
      freeze: "A2",
      id_hidden: true,
      validations: [
        ["B2:B55", "'服務架構'!$D$2:$D$7", "warning"],
        ["C2:C55", "'服務架構'!$E$2:$E$23", "warning"],
        ["E2:E55", "'單位'!$A$2:$A$5", "warning"],
      ],
      units: ["執行單位", "秘書室", "軍務科", "役政科", "動員科"],
    });
  });
});

describe("set-up in place", () => {
  it("a second run updates our sheets and duplicates nothing; results typed in the table are kept", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed002.xlsx")));
    const first = await applySetUp(host, DETECT);
    // A section chief types a result into the plan table (column G, the third measure).
    await wb.simulateUserEdit("計畫表", "G4", [["已完成線上申辦 12 項"]]);
    const sheetsBefore = wb.data.sheets.map((s) => s.name);
    wb.resetStats();

    // The plan table is now the active sheet: the pane names the source.
    const second = await applySetUp(host, { ...DETECT, sourceSheet: first.sourceSheet });
    expect(second.syncs).toBe(4);
    expect(wb.data.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(second.record).toMatchObject({
      backup: first.record.backup,
      plan: first.record.plan,
      units: first.record.units,
      framework: first.record.framework,
    });
    const plan = wb.sheet("計畫表");
    expect(plan.tables).toHaveLength(1);
    expect(plan.validations).toHaveLength(3);
    expect(wb.valuesOf("計畫表")).toHaveLength(first.plan.measures.length + 1);
    expect(wb.valuesOf("計畫表!G4")).toEqual([["已完成線上申辦 12 項"]]);
    expect(second.carried).toBe(1);
    expect(wb.data.sheets.filter((s) => s.name.startsWith("備份_"))).toHaveLength(1);
  });

  it("choosing another framework gives new ids but keeps every result typed, matched by the measure's wording", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed000.xlsx")));
    const first = await applySetUp(host, { ...DETECT, framework: { kind: "builtin", id: "kaohsiung" } });
    const typed = ["G3", "G10", "G40"];
    for (const cell of typed) await wb.simulateUserEdit("計畫表", cell, [[`成效 ${cell}`]]);
    const measureAt = (cell: string) => String(wb.valuesOf(`計畫表!D${cell.slice(1)}`)[0][0]);
    const wordings = typed.map(measureAt);

    const request = { ...DETECT, sourceSheet: first.sourceSheet, framework: { kind: "builtin" as const, id: "vac" } };
    const preview = await previewSetUp(host, request);
    // Before: all 54 old ids were listed for removal. Now only the two measures the VAC reading joins
    // into one across a page break (3-2-2 and 3-3-1 become 3-0-4), neither with a result typed.
    expect(preview.dropped).toEqual(["3-2-2", "3-3-1"]);
    expect(preview.carried).toBe(3);
    await applySetUp(host, request);
    const rows = wb.valuesOf("計畫表");
    for (const [i, cell] of typed.entries()) {
      const row = rows.find((r) => String(r[3]) === wordings[i]);
      expect(row?.[6]).toBe(`成效 ${cell}`);
    }
  });

  it("preview reads in 2 syncs and changes nothing", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed003.xlsx")));
    const before = JSON.stringify(wb.data);
    const preview = await previewSetUp(host, DETECT);
    expect(wb.stats.syncs).toBe(2);
    expect(JSON.stringify(wb.data)).toBe(before);
    expect(preview.plan.measures).toHaveLength(20);
    expect(preview.record).toBeNull();
  });

  it("refuses to use one of its own sheets as the source", async () => {
    const { host } = await open(fs.readFileSync(path.join(FIX, "seed001.xlsx")));
    await applySetUp(host, DETECT);
    await expect(applySetUp(host, { ...DETECT, sourceSheet: "計畫表" })).rejects.toMatchObject({ problem: "source-is-ours" });
  });

  it("turns events off while writing, so its own writes do not trigger change handlers, and back on after", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed001.xlsx")));
    const seen: string[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.address));
    });
    await applySetUp(host, DETECT);
    await wb.eventsDelivered();
    expect(seen).toEqual([]);
    expect(wb.eventsEnabled).toBe(true);
    await wb.simulateUserEdit("計畫表", "G2", [["x"]]);
    expect(seen).toEqual(["G2"]);
  });

  it("below ExcelApi 1.13 it sets up in 3 syncs (merges are inferred, not read)", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed000.xlsx")), { maxExcelApi: "1.9" });
    const result = await applySetUp(host, DETECT);
    expect(wb.stats.syncs).toBe(3);
    expect(result.plan.measures).toHaveLength(54);
  });
});

describe("restore", () => {
  it("puts the source back as it was before set-up and removes the sheets set-up made", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed000.xlsx")));
    const namesBefore = wb.data.sheets.map((s) => s.name);
    const before = snapshot(wb, "計畫內容");
    await applySetUp(host, DETECT);
    await wb.simulateUserEdit("計畫內容", "K40", [["使用者後來打的字"]]);

    const restored = await restoreBackup(host);
    expect(restored).toEqual({ restored: "計畫內容", removed: ["計畫表", "單位", "服務架構"] });
    expect(wb.data.sheets.map((s) => [s.name, s.visibility])).toEqual(namesBefore.map((n) => [n, "Visible"]));
    expect(snapshot(wb, "計畫內容")).toBe(before);
    expect(wb.data.names.filter((n) => n.name.startsWith("ServicePlan."))).toEqual([]);
    await expect(restoreBackup(host)).rejects.toBeInstanceOf(ExcelActionError);
  });

  it("when the restore batch fails, events are back on and the error reaches the caller", async () => {
    const { wb, host } = await open(fs.readFileSync(path.join(FIX, "seed000.xlsx")));
    await applySetUp(host, DETECT);
    // The source is gone and another sheet has taken its name: the backup cannot be named back.
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("計畫內容").delete();
      context.workbook.worksheets.add("計畫內容");
    });
    await expect(restoreBackup(host)).rejects.toMatchObject({ code: expect.any(String) });
    expect(wb.eventsEnabled).toBe(true);
  });
});

describe("syncs and payload by size", () => {
  const bigWorkbook = async (n: number, options: { payloadLimitBytes?: number } = {}) =>
    open(await writeWorkbook([gridCopySpec(bigPlanGrid(n), "計畫")]), options);

  it.each([50, 1000])("%i measures: 4 syncs", async (n) => {
    const { wb, host } = await bigWorkbook(n);
    const result = await applySetUp(host, DETECT);
    expect(result.plan.measures).toHaveLength(n);
    expect(wb.stats.syncs).toBe(4);
    console.log(
      `${n} measures: ${wb.stats.syncs} syncs; request bytes ${wb.stats.requestBytes.join("/")}; response bytes ${wb.stats.responseBytes.join("/")}`,
    );
  });

  it("5,000 measures: no sync over 5 MB", async () => {
    const { wb, host } = await bigWorkbook(5000);
    const result = await applySetUp(host, DETECT);
    expect(result.plan.measures).toHaveLength(5000);
    expect(wb.maxPayloadBytes).toBeLessThan(5_000_000);
    console.log(
      `5,000 measures: ${wb.stats.syncs} syncs; request bytes ${wb.stats.requestBytes.join("/")}; response bytes ${wb.stats.responseBytes.join("/")}`,
    );
  });

  it("values bigger than one sync's cap go in more syncs, one per budget's worth", async () => {
    // A 400 KB cap stands in for 5 MB: the 1,000-measure table (~545 KB of values, escaped JSON) needs two value syncs.
    const limit = 400_000;
    const { wb, host } = await bigWorkbook(1000, { payloadLimitBytes: limit });
    const result = await applySetUp(host, DETECT, { payloadBudgetBytes: limit * 0.8 });
    const valueBytes = wb.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(wb.maxPayloadBytes).toBeLessThanOrEqual(limit);
    expect(result.syncs).toBe(wb.stats.syncs);
    expect(wb.stats.syncs).toBeGreaterThan(4);
    expect(wb.stats.syncs).toBeLessThanOrEqual(4 + Math.ceil(valueBytes / (limit * 0.8)));
    console.log(`1,000 measures under a ${limit}-byte cap: ${wb.stats.syncs} syncs; request bytes ${wb.stats.requestBytes.join("/")}`);
  });
});

describe("the agency's own unit list", () => {
  it("is the unit list (not the plan's wording), stays as it is, and the check then finds the plan's typo and the idle unit", async () => {
    const grid = bigPlanGrid(30);
    const typo = grid.values.flat().findIndex((v) => typeof v === "string" && v.includes("役政災防課"));
    const [r, c] = [Math.floor(typo / grid.colCount), typo % grid.colCount];
    grid.values[r][c] = String(grid.values[r][c]).replace("役政災防課", "役政災防科");
    const agency = ["秘書室", "民政課", "社會課", "役政災防課", "經建課", "人事室", "主計室"];
    const bytes = await writeWorkbook([gridCopySpec(grid, "計畫"), { name: "單位", rows: [["單位"], ...agency.map((u) => [u])] }]);
    const { wb, host } = await open(bytes);
    const theirs = snapshot(wb, "單位");

    const preview = await previewSetUp(host, DETECT);
    expect([preview.units, preview.unitsFrom, preview.unitsSheet]).toEqual([agency, "agency", "單位"]);

    const result = await applySetUp(host, { ...DETECT, units: preview.units });
    expect(result.record.units.name).toBe("單位（標準格式）");
    expect(snapshot(wb, "單位")).toBe(theirs);
    const { validation } = await checkPlan(host, result.record);
    expect(validation.findings.filter((f) => f.code === "unit/unknown").map((f) => [f.params.unit, f.params.suggestion])).toEqual([
      ["役政災防科", "役政災防課"],
    ]);
    expect(validation.findings.filter((f) => f.code === "unit/unassigned").map((f) => f.params.unit)).toEqual(["主計室"]);
  });
});
