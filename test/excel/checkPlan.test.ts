/**
 * A check round in Excel: the plan table set up from the seeds, findings at its cells, re-checked on
 * edits; problem cells highlighted by conditional formats of ours, the user's fills and rules untouched.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HIGHLIGHT_FILL, isHighlightFormula } from "../../src/core/checks/highlights";
import { rangeA1 } from "../../src/core/grid";
import { checkPlan, goToCell, watchSheet } from "../../src/excel/checkPlan";
import { applySetUp } from "../../src/excel/setUp";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { formatAt } from "../../src/memoryExcel/data/cells";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";

async function setUpSeed(name: string) {
  const wb = await MemoryWorkbook.loadXlsx(fs.readFileSync(path.join(__dirname, "..", "fixtures", `${name}.xlsx`)));
  const host = playgroundExcelHost(wb, () => undefined);
  const { record } = await applySetUp(host, { sourceSheet: null, framework: { kind: "detect" }, units: null });
  wb.resetStats();
  return { wb, host, record };
}

const codesAt = (findings: { code: string; cell?: string; sheet: string }[], code: string) =>
  findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell ?? ""}`);

describe("checking the plan table in Excel", () => {
  it("seed 000: the issue's coverage and label findings, on the plan table; 3 syncs, 2 when the highlights stand", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    const { validation } = await checkPlan(host, record);
    expect(wb.stats.syncs).toBe(3);
    wb.resetStats();
    await checkPlan(host, record);
    expect(wb.stats.syncs).toBe(2);
    const missing = validation.findings.filter((f) => f.code === "coverage/focus-missing").map((f) => f.params.focus);
    expect(missing).toEqual(["2-3", "4-2"]);
    const mismatched = validation.findings.filter((f) => f.code === "focus/label-mismatch");
    expect(mismatched.map((f) => f.params.focus)).toEqual(expect.arrayContaining(["2-4", "4-3"]));
    // Every finding with a cell points at our plan table (or the units sheet), not at the user's source sheet.
    expect(new Set(validation.findings.filter((f) => f.cell).map((f) => f.sheet))).toEqual(new Set(["計畫表"]));
    expect(validation.stats.units).toBe(4);
  });

  it.each([
    ["seed001", [], []],
    ["seed002", [], []],
    ["seed003", ["5-2"], ["5-3"]],
  ])("%s through the pane's path: missing %j, mislabelled %j", async (seed, missing, mislabelled) => {
    const { host, record } = await setUpSeed(seed);
    const { validation } = await checkPlan(host, record);
    const focusOf = (code: string) =>
      validation.findings.filter((f) => f.code === code).map((f) => (f.params as Record<string, unknown>).focus);
    expect(focusOf("coverage/focus-missing")).toEqual(missing);
    expect(focusOf("focus/label-mismatch")).toEqual(mislabelled);
    expect(validation.stats.focusPoints).toEqual({ required: 22, covered: 22 - missing.length });
  });

  it("goes to a finding's cell: its sheet activated, the cell selected", async () => {
    const { wb, host } = await setUpSeed("seed001");
    await goToCell(host, "單位", "A3");
    expect(wb.data.activeSheetId).toBe(wb.sheet("單位").id);
    expect(wb.data.selection).toMatchObject({ sheetId: wb.sheet("單位").id });
  });

  it("an edit of the plan table is reported to the watcher; after the fix the finding is gone", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    const before = await checkPlan(host, record);
    const noUnit = (await checkPlan(host, record)).validation.findings.filter((f) => f.code === "measure/no-unit");
    let edits = 0;
    const stop = await watchSheet(host, record.plan.id!, () => edits++);
    // Empty a measure's unit cell: a measure/no-unit error appears at that cell; typing it back removes it.
    const unitCell = "E3";
    const old = wb.valuesOf(`計畫表!${unitCell}`);
    await wb.simulateUserEdit("計畫表", unitCell, [[""]]);
    const broken = await checkPlan(host, record);
    expect(codesAt(broken.validation.findings, "measure/no-unit")).toContain(`計畫表!${unitCell}`);
    await wb.simulateUserEdit("計畫表", unitCell, old);
    const fixed = await checkPlan(host, record);
    expect(codesAt(fixed.validation.findings, "measure/no-unit")).toEqual(noUnit.map((f) => `${f.sheet}!${f.cell}`));
    expect(fixed.validation.findings).toEqual(before.validation.findings);
    expect(edits).toBe(2);
    await stop();
    await wb.simulateUserEdit("計畫表", unitCell, [["秘書室"]]);
    expect(edits).toBe(2);
  });
});

/** Our rules on a sheet: "E3 error" for each, in sheet order. */
const ourRules = (wb: MemoryWorkbook, sheet: string) =>
  wb
    .sheet(sheet)
    .conditionalFormats.filter((f) => isHighlightFormula(f.formula))
    .map(
      (f) =>
        `${rangeA1(f.area)} ${f.format.fill === HIGHLIGHT_FILL.error ? "error" : f.format.fill === HIGHLIGHT_FILL.warning ? "warning" : f.format.fill}`,
    );

/** The cells the findings want highlighted, as ourRules writes them. */
const problemCells = (findings: { severity: string; sheet: string; cell?: string }[], sheet: string) => {
  const cells = new Map<string, string>();
  for (const f of findings) {
    if (f.severity === "info" || !f.cell || f.sheet !== sheet || cells.get(f.cell) === "error") continue;
    cells.set(f.cell, f.severity);
  }
  return [...cells].map(([cell, severity]) => `${cell} ${severity}`);
};

describe("highlighting problem cells", () => {
  it("seed 000: one rule of ours per error or warning cell, on the plan table and the units sheet", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    const { validation, highlighted } = await checkPlan(host, record);
    for (const sheet of ["計畫表", "單位"]) expect(ourRules(wb, sheet).sort()).toEqual(problemCells(validation.findings, sheet).sort());
    expect(ourRules(wb, "計畫表").length).toBeGreaterThan(3);
    expect(highlighted).toBe(ourRules(wb, "計畫表").length + ourRules(wb, "單位").length);
  });

  it("never touches the user's fills or rules; a fixed cell loses its highlight and the others stay as they were", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    await checkPlan(host, record);
    const drawn = wb.sheet("計畫表").conditionalFormats.filter((f) => isHighlightFormula(f.formula));
    // The user fills E3 green and adds a rule of their own on column F; then empties E3's unit.
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫表");
      sheet.getRange("E3").format.fill.color = "#C6EFCE";
      const own = sheet.getRange("F2:F10").conditionalFormats.add("Custom");
      own.custom.rule.formula = '=F2=""';
      own.custom.format.fill.color = "#BDD7EE";
    });
    const fillOfE3 = () => formatAt(wb.sheet("計畫表"), 2, 4).fill;
    const old = wb.valuesOf("計畫表!E3");
    await wb.simulateUserEdit("計畫表", "E3", [[""]]);
    await checkPlan(host, record);
    expect(ourRules(wb, "計畫表")).toContain("E3 error");
    expect(fillOfE3()).toBe("#C6EFCE");

    // Typed back: E3's highlight goes; the others are the very rules drawn first (not redrawn).
    await wb.simulateUserEdit("計畫表", "E3", old);
    await checkPlan(host, record);
    const rules = wb.sheet("計畫表").conditionalFormats;
    expect(ourRules(wb, "計畫表")).not.toContain("E3 error");
    expect(rules.filter((f) => isHighlightFormula(f.formula))).toEqual(drawn);
    for (const r of drawn) expect(rules).toContain(r);
    expect(rules.filter((f) => f.formula === '=F2=""')).toEqual([expect.objectContaining({ format: { fill: "#BDD7EE" } })]);
    expect(fillOfE3()).toBe("#C6EFCE");

    // Turned off: every rule of ours goes, the user's stays.
    const off = await checkPlan(host, record, { highlight: false });
    expect(off.highlighted).toBe(0);
    expect(ourRules(wb, "計畫表")).toEqual([]);
    expect(ourRules(wb, "單位")).toEqual([]);
    expect(wb.sheet("計畫表").conditionalFormats.map((f) => f.formula)).toEqual(['=F2=""']);
    expect(fillOfE3()).toBe("#C6EFCE");
  });

  it("two co-authors' panes checking at once: neither fails; a highlight both drew is left once by the next round", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    const other = playgroundExcelHost(wb, () => undefined);
    const old = wb.valuesOf("計畫表!E3");
    await wb.simulateUserEdit("計畫表", "E3", [[""]]);
    await checkPlan(host, record);
    expect(ourRules(wb, "計畫表")).toContain("E3 error");
    // Fixed: both panes remove E3's rule; whichever writes second finds it gone and reads again.
    await wb.simulateUserEdit("計畫表", "E3", old);
    const [a, b] = await Promise.all([checkPlan(host, record), checkPlan(other, record)]);
    expect(b.highlighted).toBe(a.highlighted);
    expect(ourRules(wb, "計畫表").filter((r) => r.startsWith("E3 "))).toEqual([]);
    // Broken again: both may add the same rule; the next round leaves one.
    await wb.simulateUserEdit("計畫表", "E3", [[""]]);
    await Promise.all([checkPlan(host, record), checkPlan(other, record)]);
    await checkPlan(other, record);
    const rules = ourRules(wb, "計畫表");
    expect(rules.filter((r) => r.startsWith("E3 "))).toEqual(["E3 error"]);
    expect(new Set(rules).size).toBe(rules.length);
  });

  it("a protected plan table refuses highlights: the findings still come, with the reason the cells are not marked", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    await wb.run(async (context) => void context.workbook.worksheets.getItem("計畫表").protection.protect());
    const check = await checkPlan(host, record);
    expect(check.validation.findings.filter((f) => f.code === "coverage/focus-missing").map((f) => f.params.focus)).toEqual(["2-3", "4-2"]);
    expect(check.highlightProblem).toBe("protected");
    expect(check.highlighted).toBe(0);
    expect(ourRules(wb, "計畫表")).toEqual([]);
  });

  it("setting up again clears the plan table's highlights with the rest of the sheet", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    await checkPlan(host, record);
    await applySetUp(host, { sourceSheet: record.source.name, framework: { kind: "detect" }, units: null });
    expect(ourRules(wb, "計畫表")).toEqual([]);
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("highlights saved to .xlsx, read by openpyxl", () => {
  it("are conditional formatting rules on the problem cells with our formulas and fills", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    const { validation } = await checkPlan(host, record);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "highlights-")), "out.xlsx");
    fs.writeFileSync(file, await wb.saveXlsx());
    const rules = python(
      `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1])["計畫表"]
out=[]
for cf in ws.conditional_formatting:
  for rule in cf.rules:
    out.append([str(cf.sqref), rule.type, rule.formula[0], rule.dxf.fill.bgColor.rgb if rule.dxf and rule.dxf.fill else None])
print(json.dumps(out))`,
      file,
    ) as [string, string, string, string][];
    const cells = problemCells(validation.findings, "計畫表");
    expect(
      rules
        .map(([sqref, type, formula, fill]) => `${sqref} ${type} ${formula.includes("提升服務計畫助手") ? "ours" : formula} ${fill}`)
        .sort(),
    ).toEqual(
      cells
        .map(
          (c) => `${c.split(" ")[0]} expression ours FF${(c.endsWith("error") ? HIGHLIGHT_FILL.error : HIGHLIGHT_FILL.warning).slice(1)}`,
        )
        .sort(),
    );
  });
});
