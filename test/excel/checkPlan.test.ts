/** A check round in Excel: the plan table set up from seed 000, checked in one sync, findings at its cells, re-checked on edits. */
import * as fs from "fs";
import * as path from "path";
import { checkPlan, goToCell, watchSheet } from "../../src/excel/checkPlan";
import { applySetUp } from "../../src/excel/setUp";
import { MemoryWorkbook } from "../../src/playground/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";

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
  it("seed 000: the issue's coverage and label findings, on the plan table, in one sync", async () => {
    const { wb, host, record } = await setUpSeed("seed000");
    const { validation } = await checkPlan(host, record);
    expect(wb.stats.syncs).toBe(1);
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
    const focusOf = (code: string) => validation.findings.filter((f) => f.code === code).map((f) => f.params.focus);
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
    const stop = await watchSheet(host, record.plan.id, () => edits++);
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
