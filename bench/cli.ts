/**
 * The CLI against Python's openpyxl on the same 5,000-measure workbook, side by side in one run
 * (issue "Room for the rest of the year": validate and impose --out at most as long as openpyxl's
 * load + save). Wall time of whole processes, median of 11 taken in turn (one run of each, eleven
 * times, so a slow spell of the machine falls on all three alike), and each process's peak memory.
 * The CLI runs as a user runs it, its bin executed, so the V8 settings in its shebang apply.
 * Needs the built CLI (npm run build:cli) and Debian's python3-openpyxl; says so and skips without.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gridCopySpec } from "../src/files/gridSheet";
import { writeWorkbook } from "../src/files/xlsxWrite";
import { bigPlanGrid } from "./bigPlan";

const ROOT = path.join(__dirname, "..");
const PYTHON = "/usr/bin/python3";
const RUNS = 11;

interface Run {
  ms: number;
  maxRssMB: number;
}

interface Command {
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

/** One run of a command; a stderr line `maxrss N` gives its peak RSS in kB (openpyxl's script prints it, the CLI's preloaded hook). */
function once({ cmd, args, env }: Command): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, maxRssMB: kb / 1024 };
}

/** The commands run in turn RUNS times; each one's median run. */
function timedInTurn(commands: Command[]): Run[] {
  const runs = commands.map((): Run[] => []);
  for (let i = 0; i < RUNS; i++) commands.forEach((c, k) => runs[k].push(once(c)));
  return runs.map((r) => r.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]);
}

/**
 * The CLI as a user runs it: its bin executed (`service-plan …`, `npx service-plan …`), so its
 * shebang's flags apply; peak RSS printed by a preloaded hook.
 */
function cli(...argv: string[]): Command {
  return {
    cmd: path.join(ROOT, "bin", "service-plan.js"),
    args: argv,
    env: { NODE_OPTIONS: `--require=${path.join(__dirname, "peakRss.js")}` },
  };
}

/** What touching fresh memory costs on this machine, per megabyte (page faults: a VM may make them dear). */
function firstTouchMsPerMB(): number {
  const mb = 32;
  const t0 = process.hrtime.bigint();
  new Uint8Array(mb * 1024 * 1024).fill(1);
  return Number(process.hrtime.bigint() - t0) / 1e6 / mb;
}

export async function benchCli(): Promise<void> {
  console.log(`CLI against openpyxl (same 5,000-measure workbook, whole processes, median of ${RUNS} in turn):`);
  if (!fs.existsSync(path.join(ROOT, "build", "service-plan.js"))) {
    console.log("  skipped: the CLI is not built (npm run build:cli)");
    return;
  }
  const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
  if (!hasOpenpyxl) {
    console.log(`  skipped: ${PYTHON} has no openpyxl (Debian package python3-openpyxl)`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  const input = path.join(dir, "plan5000.xlsx");
  fs.writeFileSync(input, await writeWorkbook([gridCopySpec(bigPlanGrid(5000), "計畫")]));
  const [openpyxl, validate, imposeOut] = timedInTurn([
    {
      cmd: PYTHON,
      args: [
        "-c",
        `import openpyxl, resource, sys
wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])
sys.stderr.write("maxrss %d\\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)`,
        input,
        path.join(dir, "openpyxl-out.xlsx"),
      ],
    },
    cli("validate", input, "--json"),
    cli("impose", input, "--out", path.join(dir, "out.xlsx")),
  ]);
  const line = (name: string, r: Run) => `  ${name.padEnd(22)} ${r.ms.toFixed(0).padStart(6)} ms  peak ${r.maxRssMB.toFixed(0)} MB`;
  console.log(line("openpyxl load + save", openpyxl));
  console.log(`${line("validate --json", validate)}  ratio ${(validate.ms / openpyxl.ms).toFixed(2)} (target ≤ 1.0)`);
  console.log(`${line("impose --out", imposeOut)}  ratio ${(imposeOut.ms / openpyxl.ms).toFixed(2)} (target ≤ 1.0)`);
  console.log(`  (memory touched the first time costs ${firstTouchMsPerMB().toFixed(1)} ms a megabyte here: peak memory is time)`);
  fs.rmSync(dir, { recursive: true, force: true });
}
