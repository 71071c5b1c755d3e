/**
 * Plans for the .csv and .html export tests, made as annexPrint.test.ts makes them: a seed workbook read
 * by our .xlsx reader and imposed; for 附件二, seed 004 with its year end compiled from a results sheet
 * every unit filled in but on the first row (so one measure says （尚未填報）, and measures with several
 * units have their results labelled per unit).
 */
import * as fs from "fs";
import * as path from "path";
import type { AnnexKind, AnnexOptions } from "../../src/core/annex/annexes";
import { suggestAnnexTitle } from "../../src/core/annex/annexTitle";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import type { Framework } from "../../src/core/framework/types";
import { makeGrid } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import type { Measure, Plan } from "../../src/core/plan";
import { RESULTS_SHEET, resultRowsOf, resultsSheetSpec } from "../../src/core/results/resultsSheet";
import { compilePeriod } from "../../src/core/workflows/results";
import { readWorkbook } from "../../src/files/xlsxRead";
import { readSeed } from "../support/seedFixtures";

const FIX = path.join(__dirname, "..", "fixtures");

export interface AnnexFixture {
  plan: Plan;
  framework: Framework;
  title: AnnexOptions;
}

/** The seed's plan for an annex kind, with its suggested title (高雄市兵役處 114; 花蓮縣榮民服務處). */
export async function annexFixture(seed: string, kind: AnnexKind): Promise<AnnexFixture> {
  const grid = (await readWorkbook(fs.readFileSync(path.join(FIX, `${seed}.xlsx`)))).sheets[0];
  const framework = BUILT_IN_FRAMEWORKS[readSeed(seed).framework];
  const imposed = impose(grid, { framework });
  const plan = kind === "results" ? withResults(imposed, framework, readSeed(seed).units) : imposed;
  return { plan, framework, title: suggestAnnexTitle(grid, plan) };
}

function withResults(plan: Plan, framework: Framework, units: string[]): Plan {
  const rows = resultRowsOf(makeGrid(RESULTS_SHEET, resultsSheetSpec(plan, units, "年終").spec.rows)).map((r, i) =>
    i === 0 ? r : { ...r, status: "已完成", result: `${r.unit}辦理第${r.id}項，完成宣導 2 場，服務 35 人次。` },
  );
  return compilePeriod(plan, framework, rows, "年終").plan;
}

/** The plan with some measures changed (by index), the rest as they were. */
export function withMeasures(plan: Plan, changes: Record<number, Partial<Measure>>): Plan {
  return { ...plan, measures: plan.measures.map((m, i) => (changes[i] ? { ...m, ...changes[i] } : m)) };
}
