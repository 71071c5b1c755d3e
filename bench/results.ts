/**
 * Step 4 (issue 13) on 5,000 measures × 3 units (15,000 rows a period): making the results sheet,
 * a chief's form loaded and 30 results saved (target: at most 2 syncs), every row then filled and the
 * period compiled into 附件二 (target: at most 4 syncs), no sync over 5 MB; and the core's compile time.
 */
import { KAOHSIUNG } from "../src/core/framework/kaohsiung";
import { impose } from "../src/core/impose/impose";
import { resultRowsOf } from "../src/core/results/resultsSheet";
import { compilePeriod } from "../src/core/workflows/results";
import { makeGrid } from "../src/core/grid";
import { writeAnnex } from "../src/excel/annexSheet";
import { readWorkbookOverview } from "../src/excel/overview";
import { loadUnitForm, saveUnitForm } from "../src/excel/resultsForm";
import { makeResultsSheet } from "../src/excel/resultsSheet";
import { applySetUp } from "../src/excel/setUp";
import { gridCopySpec } from "../src/files/gridSheet";
import { writeWorkbook } from "../src/files/xlsxWrite";
import { MemoryWorkbook } from "../src/memoryExcel";
import { playgroundExcelHost } from "../src/playground/playgroundHost";
import { bigPlanGrid } from "./bigPlan";

const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;
const LIMIT = 5_000_000;

export async function benchResults(measures = 5000): Promise<boolean> {
  const grid = bigPlanGrid(measures, 3);
  const wb = await MemoryWorkbook.loadXlsx(await writeWorkbook([gridCopySpec(grid, "計畫")]));
  const host = playgroundExcelHost(wb, () => undefined);
  await applySetUp(host, { sourceSheet: "計畫", framework: { kind: "builtin", id: "kaohsiung" }, units: null });
  let record = (await readWorkbookOverview(host)).record!;
  /** The syncs and the largest payloads since the last step, printed; then counting starts again. */
  const step = (label: string, target?: number) => {
    const req = Math.max(0, ...wb.stats.requestBytes);
    const res = Math.max(0, ...wb.stats.responseBytes);
    const syncs = wb.stats.syncs;
    console.log(`${label}: ${syncs} syncs (largest ${kb(req)} / ${kb(res)})${target ? ` (target ≤ ${target})` : ""}`);
    wb.resetStats();
    return (target === undefined || syncs <= target) && Math.max(req, res) <= LIMIT;
  };
  console.log(`results, ${measures} measures × 3 units (in-memory Excel: syncs, largest request / response):`);
  wb.resetStats();
  const made = await makeResultsSheet(host, record, "年終");
  const ok = [step(`  make the sheet (${made.rows} rows)`)];
  record = (await readWorkbookOverview(host)).record!;
  wb.resetStats();
  const form = await loadUnitForm(host, record.results!.id!, "民政課", "年終");
  ok.push(step(`  a chief's form (${form.rows.length} rows)`));
  const edits = new Map(
    form.rows.slice(0, 30).map((r, i) => [r.key, { status: "已完成", result: `辦理第${i + 1}場說明會，參加 40 人。`, figure: "1" }]),
  );
  await saveUnitForm(host, form, edits, "王科長");
  ok.push(step("  save 30 results", 2));

  // Every chief reports: each row gets a result (written straight into the workbook, not measured).
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(record.results!.id!);
    const used = sheet.getUsedRange().load("rowCount");
    await context.sync();
    for (let top = 1; top < used.rowCount; top += 2000) {
      const n = Math.min(2000, used.rowCount - top);
      sheet.getRangeByIndexes(top, 5, n, 3).values = Array.from({ length: n }, (_, i) => ["已完成", `辦理完成，第${top + i}列成效。`, "1"]);
      await context.sync();
    }
  });
  wb.resetStats();
  const written = await writeAnnex(host, record, { kind: "results", font: "標楷體", agency: "某區公所", year: 115, period: "年終" });
  ok.push(step(`  compile into 附件二 (${written.measures} measures, ${written.pages} pages; results of about 15 characters)`, 4));

  // The core alone: compiling the period from the sheet's rows.
  const plan = impose(grid, { framework: KAOHSIUNG });
  const rows = resultRowsOf(makeGrid("成效填報", wb.valuesOf("成效填報") as never));
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    compilePeriod(plan, KAOHSIUNG, rows, "年終");
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`  core compile of ${rows.length} rows: ${best.toFixed(0)} ms (best of 5)`);
  return ok.every(Boolean);
}
