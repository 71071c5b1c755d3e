/**
 * Step 4 in Excel (issue 13): the secretariat makes the results sheet; section chiefs fill their own
 * rows through a form in two syncs, writing only their cells and never over a co-author's; the
 * secretariat compiles a period into 附件二. Co-authors are panes on one in-memory workbook.
 */
import * as fs from "fs";
import * as path from "path";
import { RESULTS_SHEET } from "../../src/core/results/resultsSheet";
import { writeAnnex } from "../../src/excel/annexSheet";
import { loadUnitForm, saveUnitForm, type FormEdits, type UnitForm } from "../../src/excel/resultsForm";
import { makeResultsSheet, protectResultsSheet } from "../../src/excel/resultsSheet";
import { restoreBackup } from "../../src/excel/restore";
import { readWorkbookOverview } from "../../src/excel/overview";
import { applySetUp } from "../../src/excel/setUp";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { playgroundExcelHost } from "../../src/playground/playgroundHost";

const DETECT = { sourceSheet: null, framework: { kind: "detect" as const }, units: null };
const seed004 = () => fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed004.xlsx"));

export async function withResultsSheet() {
  const wb = await MemoryWorkbook.loadXlsx(seed004());
  const host = playgroundExcelHost(wb, () => undefined);
  await applySetUp(host, DETECT);
  const made = await makeResultsSheet(host, (await readWorkbookOverview(host)).record!, "年終");
  const record = (await readWorkbookOverview(host)).record!;
  return { wb, host, record, made };
}

const edits = (entries: [string, Partial<Record<"status" | "result" | "figure", string>>][]): FormEdits => new Map(entries);
const cell = (wb: MemoryWorkbook, form: UnitForm, i: number, column: string) =>
  (wb.valuesOf(`${RESULTS_SHEET}!${column}${form.rows[i].row + 1}`) as unknown[][])[0][0];

describe("the results sheet in Excel", () => {
  it("is made for the period, remembered as ours, and kept by restore (it holds what chiefs typed)", async () => {
    const { wb, host, record, made } = await withResultsSheet();
    expect(made).toMatchObject({ sheet: RESULTS_SHEET, parked: 0, retried: 0 });
    expect(made.toFill).toBe(made.rows);
    expect(record.results).toEqual({ id: wb.sheet(RESULTS_SHEET).id, name: RESULTS_SHEET });
    await restoreBackup(host);
    expect(wb.data.sheets.map((s) => s.name)).toContain(RESULTS_SHEET);
    // Set up again: the same sheet is found and made again in place, not a second one.
    await applySetUp(host, DETECT);
    const again = await makeResultsSheet(host, (await readWorkbookOverview(host)).record!, "年終");
    expect(again.sheet).toBe(RESULTS_SHEET);
    expect(wb.data.sheets.filter((s) => s.name.startsWith(RESULTS_SHEET))).toHaveLength(1);
  });

  it("a chief's form: only the unit's rows; saving writes only the cells typed (and the date, the name) in 2 syncs", async () => {
    const { wb, host, record } = await withResultsSheet();
    const form = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    expect(form.rows.length).toBeGreaterThan(2);
    expect(form.rows.every((r) => r.unit === "處綜合" && r.period === "年終" && r.measure !== "")).toBe(true);
    const before = structuredClone(wb.valuesOf(RESULTS_SHEET) as unknown[][]);
    wb.resetStats();
    const saved = await saveUnitForm(
      host,
      form,
      edits([
        [form.rows[0].key, { status: "已完成", result: "辦理 3 場" }],
        [form.rows[1].key, { figure: "12" }],
      ]),
      "王科長",
      new Date(2026, 11, 1),
    );
    expect(wb.stats.syncs).toBe(2);
    expect(saved.conflicts).toEqual([]);
    expect(saved.written).toBe(2 + 1 + 2 * 2); // three cells typed, and each row's date and name
    expect([cell(wb, form, 0, "F"), cell(wb, form, 0, "G"), cell(wb, form, 0, "I"), cell(wb, form, 0, "J")]).toEqual([
      "已完成",
      "辦理 3 場",
      "115年12月1日",
      "王科長",
    ]);
    expect(cell(wb, form, 1, "H")).toBe("12");
    // Nothing else on the sheet changed.
    const after = wb.valuesOf(RESULTS_SHEET) as unknown[][];
    const changed = after.flatMap((row, r) => row.flatMap((v, c) => (v !== before[r][c] ? [[r, c]] : [])));
    expect(changed).toHaveLength(7);
  });

  it("rows too big for one sync are read in halves (the sync refused as too big delivers nothing): the same form", async () => {
    const { wb, host, record } = await withResultsSheet();
    const whole = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    wb.payloadLimitBytes = 2_500;
    wb.resetStats();
    const halved = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    expect(halved).toEqual(whole);
    // 3 syncs when nothing is refused; here some were refused as too big and read again as halves.
    expect(wb.stats.syncs).toBeGreaterThan(3);
    expect(wb.stats.responseBytes.some((b) => b > 2_500)).toBe(true);
  });

  it("a cell a co-author changed since the form loaded is not written: both texts come back for the chief to choose", async () => {
    const { wb, host, record } = await withResultsSheet();
    const other = wb.coauthor();
    const otherHost = playgroundExcelHost(other, () => undefined);
    const mine = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    const theirs = await loadUnitForm(otherHost, record.results!.id!, "處綜合", "年終");
    const key = mine.rows[0].key;
    await saveUnitForm(otherHost, theirs, edits([[key, { result: "同事寫的" }]]));
    const saved = await saveUnitForm(host, mine, edits([[key, { result: "我寫的", status: "已完成" }]]));
    expect(saved.conflicts).toEqual([
      { key, id: mine.rows[0].id, field: "result", mine: "我寫的", theirs: "同事寫的", sheetNow: "同事寫的" },
    ]);
    expect(cell(wb, mine, 0, "G")).toBe("同事寫的");
    expect(cell(wb, mine, 0, "F")).toBe("已完成"); // the cell nobody else touched is saved
    // Choosing mine: the form's base is what the sheet holds now, and saving again writes it.
    const again = await saveUnitForm(host, { ...mine, rows: saved.rows }, edits([[key, { result: "我寫的" }]]));
    expect(again.conflicts).toEqual([]);
    expect(cell(wb, mine, 0, "G")).toBe("我寫的");
  });

  it("a co-author's change between our read and our write is found in the write's own batch, their text in hand", async () => {
    const { wb, host, record } = await withResultsSheet();
    const mine = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    const key = mine.rows[0].key;
    const row = mine.rows[0].row + 1;
    let syncs = 0;
    wb.syncGate = async () => {
      if (++syncs === 2) await wb.simulateUserEdit(RESULTS_SHEET, `G${row}`, [["同事剛打的"]], "Remote");
    };
    const saved = await saveUnitForm(host, mine, edits([[key, { result: "我寫的" }]]));
    wb.syncGate = null;
    expect(saved.conflicts).toEqual([
      { key, id: mine.rows[0].id, field: "result", mine: "我寫的", theirs: "同事剛打的", sheetNow: "我寫的" },
    ]);
  });

  it("made again for 期中 after the year end was typed: every typed cell stays; a chief typing while it is made is not lost", async () => {
    const { wb, host, record } = await withResultsSheet();
    const form = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    await saveUnitForm(host, form, edits([[form.rows[0].key, { result: "年終成效" }]]));
    const key = form.rows[1];
    let syncs = 0;
    wb.syncGate = async () => {
      // The 3rd sync of making it again is the write: a chief types just before it.
      if (++syncs === 4) await wb.simulateUserEdit(RESULTS_SHEET, `G${key.row + 1}`, [["打字中的成效"]], "Remote");
    };
    const made = await makeResultsSheet(host, record, "期中");
    wb.syncGate = null;
    expect(made.retried).toBe(1);
    const yearEnd = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    const byKey = new Map(yearEnd.rows.map((r) => [r.key, r.loaded.result]));
    expect(byKey.get(form.rows[0].key)).toBe("年終成效");
    expect(byKey.get(key.key)).toBe("打字中的成效");
    const mid = await loadUnitForm(host, record.results!.id!, "處綜合", "期中");
    expect(mid.rows).toHaveLength(yearEnd.rows.length);
  });

  it("protected, chiefs can still save their cells; the rest is locked; lifting it works", async () => {
    const { wb, host, record } = await withResultsSheet();
    await protectResultsSheet(host, record.results!.id!, true);
    const form = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    const saved = await saveUnitForm(host, form, edits([[form.rows[0].key, { status: "辦理中" }]]));
    expect(saved.written).toBe(2);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem(RESULTS_SHEET).getRange("C2").values = [["改掉作法"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await protectResultsSheet(host, record.results!.id!, false);
    expect(wb.sheet(RESULTS_SHEET).protection).toBeNull();
  });

  it("compiled into 附件二 for the year end: labelled where a measure has several units, the gaps shown, findings with cells", async () => {
    const { wb, host, record } = await withResultsSheet();
    const a = await loadUnitForm(host, record.results!.id!, "處綜合", "年終");
    await saveUnitForm(host, a, edits([[a.rows[0].key, { status: "已完成", result: "甲的成效" }]]));
    wb.resetStats();
    const written = await writeAnnex(host, record, {
      kind: "results",
      font: "標楷體",
      agency: "花蓮縣榮民服務處",
      year: 115,
      period: "年終",
    });
    expect(wb.stats.syncs).toBeLessThanOrEqual(4);
    const annex = (wb.valuesOf(written.sheet) as unknown[][]).flat().map(String);
    expect(annex.some((t) => t.includes("甲的成效"))).toBe(true);
    expect(annex.some((t) => t.includes("（尚未填報）"))).toBe(true);
    const missing = written.compiled!.findings.filter((f) => f.code === "results/missing");
    expect(missing.map((f) => f.params.unit)).not.toContain(undefined);
    expect(missing.every((f) => f.sheet === RESULTS_SHEET && /^F\d+$/.test(f.cell!))).toBe(true);
    expect(written.compiled!.byUnit.find((u) => u.unit === "處綜合")).toMatchObject({ reported: 1, done: 1 });
  });
});
