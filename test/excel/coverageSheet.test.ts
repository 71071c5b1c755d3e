/**
 * The coverage as a sheet of the workbook (涵蓋情形): written from a check of seed 000, rewritten in
 * place, kept by a new set-up, removed by restore; read back by openpyxl.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkPlan } from "../../src/excel/checkPlan";
import { writeCoverageSheet } from "../../src/excel/coverageSheet";
import { readWorkbookOverview } from "../../src/excel/overview";
import { restoreBackup } from "../../src/excel/restore";
import { applySetUp } from "../../src/excel/setUp";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";

const DETECT = { sourceSheet: null, framework: { kind: "detect" as const }, units: null };

async function checkedSeed000() {
  const wb = await MemoryWorkbook.loadXlsx(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed000.xlsx")));
  const host = playgroundExcelHost(wb, () => undefined);
  const { record } = await applySetUp(host, DETECT);
  const check = await checkPlan(host, record);
  wb.resetStats();
  return { wb, host, check };
}

/** The sheet's values, empty cells as "". */
const rowsOf = (wb: MemoryWorkbook, sheet: string) =>
  (wb.valuesOf(sheet) as (string | number | null)[][]).map((r) => r.map((v) => (v === null ? "" : v)));

describe("the coverage sheet", () => {
  it("holds both matrices of seed 000's check: the missing focus points named, each unit's counts; 2 syncs (the sheet is named as ours in the batch that makes it)", async () => {
    const { wb, host, check } = await checkedSeed000();
    const name = await writeCoverageSheet(host, check.validation.coverage, { checkedAt: "2026/11/21 10:00" });
    expect(name).toBe("涵蓋情形");
    expect(wb.stats.syncs).toBe(2);
    expect(wb.data.activeSheetId).toBe(wb.sheet("涵蓋情形").id);
    const rows = rowsOf(wb, "涵蓋情形");
    expect(rows[0][0]).toBe("提升服務計畫涵蓋情形（2026/11/21 10:00 檢查）");
    const pillar2 = rows.find((r) => String(r[0]).startsWith("二、"))!;
    // 二: 5 measures; focus points (一)…(四) = 1, 3, 0, 1; the note names 二(三).
    expect(pillar2.slice(1, 6)).toEqual([5, 1, 3, 0, 1]);
    expect(pillar2[pillar2.length - 1]).toMatch(/^\(三\)依據服務特性辦理滿意度調查/);
    const pillar1 = rows.find((r) => String(r[0]).startsWith("一、"))!;
    expect(pillar1[pillar1.length - 1]).toBe("");
    const secretariat = rows.find((r) => r[0] === "秘書室")!;
    // 合計 36; 訂定計畫 1, then 一…六 = 17, 5, 4, 0, 6, 3 (as the CLI's report prints them).
    expect(secretariat.slice(1, 9)).toEqual([36, 1, 17, 5, 4, 0, 6, 3]);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["執行要項", "執行單位", "軍務科", "役政科", "動員科"]));
  });

  it("is rewritten in place (a rename kept), is kept by setting up again, and restore removes it", async () => {
    const { wb, host, check } = await checkedSeed000();
    await writeCoverageSheet(host, check.validation.coverage);
    await wb.run(async (context) => void (context.workbook.worksheets.getItem("涵蓋情形").name = "涵蓋115"));
    const id = wb.sheet("涵蓋115").id;
    await wb.simulateUserEdit("計畫表", "E3", [[""]]);
    expect(await writeCoverageSheet(host, (await checkPlan(host, (await readWorkbookOverview(host)).record!)).validation.coverage)).toBe(
      "涵蓋115",
    );
    expect(wb.data.sheets.map((s) => s.name).filter((n) => n.startsWith("涵蓋"))).toEqual(["涵蓋115"]);
    expect(wb.sheet("涵蓋115").id).toBe(id);

    const again = await applySetUp(host, { ...DETECT, sourceSheet: "計畫內容" });
    expect(again.record.coverage).toEqual({ id, name: "涵蓋115" });
    expect((await readWorkbookOverview(host)).sourceCandidates).not.toContain("涵蓋115");
    const restored = await restoreBackup(host);
    expect(restored.removed).toContain("涵蓋115");
    expect(wb.data.sheets.map((s) => s.name)).toEqual(["計畫內容"]);
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("the coverage sheet saved to .xlsx, read by openpyxl", () => {
  it("has the counts as numbers and the notes as wrapped text", async () => {
    const { wb, host, check } = await checkedSeed000();
    await writeCoverageSheet(host, check.validation.coverage);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coverage-")), "out.xlsx");
    fs.writeFileSync(file, await wb.saveXlsx());
    const sheet = python(
      `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1])["涵蓋情形"]
rows=[list(r) for r in ws.iter_rows(values_only=True)]
at=[i for i,r in enumerate(rows) if isinstance(r[0],str) and r[0].startswith("二、")][0]
two=rows[at]
last=max(i for i,v in enumerate(rows[3]) if v is not None)
print(json.dumps({"two":two[:6],"note":two[last],"header":[v for v in rows[3] if v is not None],"wrap":ws.cell(row=at+1,column=last+1).alignment.wrap_text,
 "merged":sorted(str(m) for m in ws.merged_cells.ranges)}))`,
      file,
    ) as Record<string, unknown>;
    expect(sheet).toEqual({
      two: [expect.stringMatching(/^二、重視全程意見回饋/), 5, 1, 3, 0, 1],
      note: expect.stringMatching(/^\(三\)依據服務特性辦理滿意度調查/),
      header: ["執行要項", "小計", "(一)", "(二)", "(三)", "(四)", "未涵蓋的執行重點"],
      wrap: true,
      // The title and the table captions span the sheet: A to the note column (J: 訂定計畫 and six pillars before it).
      merged: ["A12:J12", "A1:J1", "A3:J3"],
    });
  });
});
