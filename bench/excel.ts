/**
 * Office.js cost in the in-memory Excel (counted, not timed): syncs and the largest payload of a
 * set-up (issue 3: at most 4 syncs, more only past 5 MB; none over 5 MB at 5,000) and of a check
 * round (issue 4: at most 3 syncs whatever the size): the first (highlights drawn), a second with
 * nothing changed, and one after every unit cell was emptied (the most highlights a round draws).
 */
import { checkPlan } from "../src/excel/checkPlan";
import { applySetUp } from "../src/excel/setUp";
import { gridCopySpec } from "../src/files/gridSheet";
import { writeWorkbook } from "../src/files/xlsxWrite";
import { MemoryWorkbook } from "../src/memoryExcel";
import { playgroundExcelHost } from "../src/playground/playgroundHost";
import { bigPlanGrid } from "./bigPlan";

const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;

export async function benchExcel(sizes: number[]): Promise<boolean> {
  let ok = true;
  console.log("Excel side (in-memory Excel: syncs, largest request / response):");
  for (const n of sizes) {
    const wb = await MemoryWorkbook.loadXlsx(await writeWorkbook([gridCopySpec(bigPlanGrid(n), "計畫")]));
    const host = playgroundExcelHost(wb, () => undefined);
    const { record } = await applySetUp(host, { sourceSheet: "計畫", framework: { kind: "builtin", id: "kaohsiung" }, units: null });
    const setUp = { syncs: wb.stats.syncs, req: Math.max(...wb.stats.requestBytes), res: Math.max(...wb.stats.responseBytes) };
    const round = async () => {
      wb.resetStats();
      const { highlighted } = await checkPlan(host, record);
      return { syncs: wb.stats.syncs, req: Math.max(...wb.stats.requestBytes), res: Math.max(...wb.stats.responseBytes), highlighted };
    };
    const first = await round();
    const again = await round();
    // Every unit cell emptied: a measure/no-unit error per measure, highlights up to the limit.
    await wb.simulateUserEdit(
      "計畫表",
      `E2:E${n + 1}`,
      Array.from({ length: n }, () => [""]),
    );
    const broken = await round();
    const line = (name: string, c: typeof first) => `${name} ${c.syncs} syncs (${kb(c.req)} / ${kb(c.res)}, ${c.highlighted} highlighted)`;
    console.log(`  ${String(n).padStart(5)} measures  set-up ${setUp.syncs} syncs (${kb(setUp.req)} / ${kb(setUp.res)})`);
    console.log(`                   check: ${line("first", first)}; ${line("again", again)}; ${line("units emptied", broken)}`);
    for (const c of [first, again, broken]) if (c.syncs > 3 || Math.max(c.req, c.res) > 5_000_000) ok = false;
    if (setUp.syncs > 4 || Math.max(setUp.req, setUp.res) > 5_000_000) ok = false;
  }
  return ok;
}
