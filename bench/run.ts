/**
 * npm run bench: core time and memory of imposing 50, 500 and 5,000 measures, and of validating
 * 500 and 5,000 (every check, both coverage matrices); then the Excel side's syncs and payloads (bench/excel.ts),
 * the annexes (bench/annex.ts), step 4's results (bench/results.ts), and the CLI against openpyxl on the same file (bench/cli.ts).
 * Targets: impose (issue 2) 5,000 measures under 1 s of core time, growth linear (5,000/500 under
 * 12); validate (issue 4) 5,000 measures under 200 ms; comparing two years (issue 15) 5,000 measures with 5,000 under 2 s.
 */
import { KAOHSIUNG } from "../src/core/framework/kaohsiung";
import { impose } from "../src/core/impose/impose";
import { validatePlan } from "../src/core/checks/validate";
import { bigPlanGrid, UNITS } from "./bigPlan";
import { benchCli } from "./cli";
import { benchCompare } from "./compare";
import { benchExcel } from "./excel";
import { benchAnnex } from "./annex";
import { benchResults } from "./results";
import { benchSize } from "./size";

const SIZES = [50, 500, 5000];
const RUNS = 5;

function measure(size: number) {
  const grid = bigPlanGrid(size);
  impose(grid, { framework: KAOHSIUNG }); // warm-up
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    const plan = impose(grid, { framework: KAOHSIUNG });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    if (plan.measures.length !== size) throw new Error(`expected ${size} measures, got ${plan.measures.length}`);
  }
  return { size, ms: Math.min(...times), median: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)], heapMB: peak / 1048576 };
}

const results = SIZES.map(measure);
console.log("impose (core only, best / median of 5 runs):");
for (const r of results)
  console.log(
    `  ${String(r.size).padStart(5)} measures  ${r.ms.toFixed(1).padStart(8)} ms  (median ${r.median.toFixed(1)} ms)  heap +${r.heapMB.toFixed(1)} MB`,
  );
const [, r500, r5000] = results;
const ratio = r5000.ms / r500.ms;
console.log(`  5,000 / 500 time ratio: ${ratio.toFixed(2)} (target < 12); 5,000 in ${r5000.ms.toFixed(0)} ms (target < 1000)`);
console.log(`  peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
if (r5000.ms >= 1000 || ratio >= 12) process.exitCode = 1;

/** Validation of an imposed plan: the plan is built once, outside the timing. */
function validateTimes(size: number) {
  const plan = impose(bigPlanGrid(size), { framework: KAOHSIUNG });
  const context = { framework: KAOHSIUNG, units: [...UNITS, "政風室"] }; // one unit with no work
  validatePlan(plan, context); // warm-up
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    global.gc?.();
    const t0 = process.hrtime.bigint();
    findings = validatePlan(plan, context).findings.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { size, ms: Math.min(...times), median: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)], findings };
}

console.log("validate (core only: every check and both coverage matrices, best / median of 5 runs):");
const validations = [500, 5000].map(validateTimes);
for (const v of validations)
  console.log(
    `  ${String(v.size).padStart(5)} measures  ${v.ms.toFixed(1).padStart(8)} ms  (median ${v.median.toFixed(1)} ms)  ${v.findings} findings`,
  );
const v5000 = validations[1];
console.log(`  5,000 validated in ${v5000.ms.toFixed(0)} ms (target < 200)`);
if (v5000.ms >= 200) process.exitCode = 1;
if (!benchCompare(5000)) process.exitCode = 1;

void benchExcel([50, 1000, 5000])
  .then(async (ok) => {
    if (!ok || !(await benchAnnex([50, 1000, 5000])) || !(await benchResults(5000))) process.exitCode = 1;
  })
  .then(() => benchCli())
  .then(() => {
    if (!benchSize()) process.exitCode = 1;
  });
