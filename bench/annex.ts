/**
 * The annexes (issue 12): each table at 50, 1,000 and 5,000 measures: core time to build its
 * SheetSpec (best of 5), pages laid out, and in the in-memory Excel the syncs and the largest
 * request / response of writing it (targets: at most 4 syncs whatever the size, none over 5 MB).
 */
import { ANNEX_KINDS, buildAnnex } from "../src/core/annex/annexes";
import { KAOHSIUNG } from "../src/core/framework/kaohsiung";
import { impose } from "../src/core/impose/impose";
import { writeAnnex } from "../src/excel/annexSheet";
import { applySetUp } from "../src/excel/setUp";
import { gridCopySpec } from "../src/files/gridSheet";
import { writeWorkbook } from "../src/files/xlsxWrite";
import { MemoryWorkbook } from "../src/memoryExcel";
import { playgroundExcelHost } from "../src/playground/playgroundHost";
import { bigPlanGrid } from "./bigPlan";

const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;

export async function benchAnnex(sizes: number[]): Promise<boolean> {
  let ok = true;
  console.log("annexes (core build best of 5; in-memory Excel: syncs, largest request / response):");
  for (const n of sizes) {
    const plan = impose(bigPlanGrid(n), { framework: KAOHSIUNG });
    const wb = await MemoryWorkbook.loadXlsx(await writeWorkbook([gridCopySpec(bigPlanGrid(n), "計畫")]));
    const host = playgroundExcelHost(wb, () => undefined);
    const { record } = await applySetUp(host, { sourceSheet: "計畫", framework: { kind: "builtin", id: "kaohsiung" }, units: null });
    const parts: string[] = [];
    for (const kind of ANNEX_KINDS) {
      const title = { agency: "某區公所", year: 115 };
      let best = Infinity;
      let pages = 0;
      for (let i = 0; i < 5; i++) {
        const t0 = process.hrtime.bigint();
        pages = buildAnnex(kind, plan, KAOHSIUNG, title).print!.pageBreaks.length + 1;
        best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
      }
      wb.resetStats();
      await writeAnnex(host, record, { kind, font: "標楷體", ...title });
      const req = Math.max(...wb.stats.requestBytes);
      const res = Math.max(...wb.stats.responseBytes);
      parts.push(`${kind} ${best.toFixed(0)} ms, ${pages} pages, ${wb.stats.syncs} syncs (${kb(req)} / ${kb(res)})`);
      if (wb.stats.syncs > 4 || Math.max(req, res) > 5_000_000) ok = false;
    }
    console.log(`  ${String(n).padStart(5)} measures  ${parts.join("; ")}`);
  }
  return ok;
}
