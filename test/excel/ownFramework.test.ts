/**
 * A plan no built-in framework fits (issue 15, Changhua 107), set up and checked in Excel: the set-up
 * records the plan's own framework, keeps it as the 服務架構 sheet, and the check reads it from there.
 */
import * as fs from "fs";
import * as path from "path";
import { checkPlan } from "../../src/excel/checkPlan";
import { applySetUp } from "../../src/excel/setUp";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";
import { LAYOUT_DIR } from "../support/seedFixtures";

describe("a plan of its own framework, set up and checked in Excel", () => {
  it("is checked against the 服務架構 sheet: a 實施要項 whose measures are cleared is reported", async () => {
    const wb = await MemoryWorkbook.loadXlsx(fs.readFileSync(path.join(LAYOUT_DIR, "changhua107.xlsx")));
    const host = playgroundExcelHost(wb, () => undefined);
    const { record } = await applySetUp(host, { sourceSheet: null, framework: { kind: "detect" }, units: null });
    expect(record.frameworkId).toBe("plan");
    const first = await checkPlan(host, record);
    expect(first.validation.findings).toEqual([]);
    expect(first.validation.stats.focusPoints).toEqual({ required: 10, covered: 10 });

    // The secretariat clears the measures of 三(二)跨域合作 in the plan table (ids 3-2-*).
    const rows = wb.valuesOf("計畫表");
    const cleared = rows.flatMap((r, i) => (String(r[0]).startsWith("3-2-") ? [i + 1] : []));
    expect(cleared).toHaveLength(3);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("計畫表");
      for (const row of cleared) sheet.getRange(`D${row}`).values = [[""]];
      await context.sync();
    });
    const again = await checkPlan(host, record);
    expect(again.validation.findings.filter((f) => f.code.startsWith("coverage/")).map((f) => [f.code, f.params])).toEqual([
      ["coverage/focus-missing", { pillar: 3, focus: "3-2", focusLabel: "(二)", focusText: "跨域合作" }],
    ]);
  });
});
