/**
 * Workbooks that are bad in the ways real files are (issue "Steps 1 and 2 as a clerk meets them",
 * items 19–24): a stray value at XFD1048576, merges over whole rows, columns and the sheet, 50,000
 * merges, 2,000,000 formatted empty rows, cells of 32,767 characters, 500 long unit names, a range
 * no plan could fill. Each is run through `impose --json`, `validate --json` and `impose --out` as a
 * user runs the CLI (a process of its own), and must end with a plan or one sentence, within 500 MB,
 * the input unchanged. (Run times are printed by the test, not asserted: this machine is shared.)
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CellValue } from "../../src/core/grid";
import { columnLetter } from "../../src/core/grid";
import { gridCopySpec } from "../../src/files/gridSheet";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { unzip, zip } from "../../src/files/zip";
import { bigPlanGrid } from "../../bench/bigPlan";

const ROOT = path.join(__dirname, "..", "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bad-workbooks-"));

/** The plan's first sheet rewritten by `edit` (the XML as our writer made it). */
function editSheet(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzip(bytes, () => true);
  const sheet = "xl/worksheets/sheet1.xml";
  parts[sheet] = new TextEncoder().encode(edit(new TextDecoder().decode(parts[sheet])));
  return zip(Object.keys(parts).map((n) => [n, parts[n]]));
}

const withMerges = (refs: string[]) => (xml: string) =>
  xml.includes("<mergeCells")
    ? xml.replace(/<mergeCells count="\d+">/, `<mergeCells count="0">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}`)
    : xml.replace("</sheetData>", `</sheetData><mergeCells>${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`);
const withRows = (rows: string) => (xml: string) => xml.replace("</sheetData>", `${rows}</sheetData>`);
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

async function cases(): Promise<Record<string, Uint8Array>> {
  const plan = await writeWorkbook([gridCopySpec(bigPlanGrid(60), "計畫")]);
  const longCells = bigPlanGrid(60).values.map((r, i): CellValue[] => (i < 2 ? r : r.map((v) => (v === null ? v : "長".repeat(32767)))));
  const spread = Array.from(
    { length: 1000 },
    (_, i) => `<row r="${i * 900 + 200}">${inline(`${columnLetter(i * 15)}${i * 900 + 200}`, "x")}</row>`,
  );
  return {
    "stray-value": editSheet(plan, withRows(`<row r="1048576">${inline("XFD1048576", "x")}</row>`)),
    "stray-merge": editSheet(plan, withMerges(["XFC1048575:XFD1048576"])),
    "merge-whole-sheet": editSheet(plan, withMerges(["A1:XFD1048576"])),
    "merge-whole-columns": editSheet(plan, withMerges(["A1:E1048576"])),
    "merge-whole-row": editSheet(plan, withMerges(["A5:XFD5"])),
    "merges-50000": editSheet(plan, withMerges(Array.from({ length: 50000 }, (_, i) => `H${2 * i + 1}:I${2 * i + 2}`))),
    "merges-10000-of-100x100": editSheet(
      plan,
      withMerges(
        Array.from(
          { length: 10000 },
          (_, k) =>
            `${columnLetter(10 + (k % 100) * 100)}${1 + Math.floor(k / 100) * 100}:${columnLetter(109 + (k % 100) * 100)}${100 + Math.floor(k / 100) * 100}`,
        ),
      ),
    ),
    "empty-rows-2000000": editSheet(
      plan,
      withRows(Array.from({ length: 2_000_000 - 300 }, (_, i) => `<row r="${i + 300}" s="1" customFormat="1"/>`).join("")),
    ),
    "cells-32767": await writeWorkbook([{ name: "計畫", rows: longCells }]),
    "units-500-of-1000": await writeWorkbook([
      gridCopySpec(bigPlanGrid(60), "計畫"),
      { name: "單位", rows: [["單位"], ...Array.from({ length: 500 }, (_, i) => [`單位${i}${"科".repeat(1000)}`])] },
    ]),
    "range-no-plan-fills": editSheet(plan, withRows(spread.join(""))),
  };
}

/** The CLI in a process of its own, printing its peak memory on exit. */
function runCli(args: string[]) {
  const script = `process.on("exit", () => process.stderr.write("\\nmaxrss " + process.resourceUsage().maxRSS + "\\n"));
    process.argv = [process.argv[0], "service-plan", ...${JSON.stringify(args)}]; require(${JSON.stringify(path.join(ROOT, "bin", "service-plan.js"))});`;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 28, timeout: 60_000 });
  const rssMB = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/\n?maxrss \d+\n$/, ""), rssMB, ms: Date.now() - t0 };
}

const sha = (b: Uint8Array) => crypto.createHash("sha256").update(b).digest("hex");

describe("bad workbooks end with a plan or one sentence, within 500 MB", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = {};
    for (const [name, bytes] of Object.entries(await cases())) {
      files[name] = path.join(tmp, `${name}.xlsx`);
      fs.writeFileSync(files[name], bytes);
    }
  }, 120_000);

  const names = [
    "stray-value",
    "stray-merge",
    "merge-whole-sheet",
    "merge-whole-columns",
    "merge-whole-row",
    "merges-50000",
    "merges-10000-of-100x100",
    "empty-rows-2000000",
    "cells-32767",
    "units-500-of-1000",
    "range-no-plan-fills",
  ];

  it.each(names)("%s", (name) => {
    const input = files[name];
    const before = sha(fs.readFileSync(input));
    const runs = [
      runCli(["impose", input, "--json"]),
      runCli(["validate", input, "--json", ...(name === "units-500-of-1000" ? ["--units-sheet", "單位"] : [])]),
      runCli(["impose", input, "--out", path.join(tmp, `${name}-out.xlsx`)]),
    ];
    console.log(`${name}: ${runs.map((r) => `exit ${r.code}, ${r.ms} ms, ${r.rssMB.toFixed(0)} MB`).join("; ")}`);
    for (const r of runs) {
      expect(r.code === 0 || r.code === 1 || r.code === 2).toBe(true);
      expect(r.rssMB).toBeLessThan(500);
      // A plan, or one sentence naming the file or sheet: never a stack trace.
      if (r.code === 2) expect(r.stderr.trim()).toMatch(/^service-plan: [^\n]*(「|工作表)[^\n]*。$/);
      else expect(r.stderr.trim()).toBe("");
    }
    expect(sha(fs.readFileSync(input))).toBe(before);
    if (name === "stray-value") {
      const plan = JSON.parse(runs[0].stdout) as { measures: unknown[]; changes: { kind: string; cell: string }[] };
      expect(plan.measures).toHaveLength(60);
      expect(plan.changes.filter((c) => c.kind === "far-cells")).toEqual([expect.objectContaining({ cell: "XFD1048576" })]);
    }
    if (name === "range-no-plan-fills") expect(runs[0].stderr).toMatch(/工作表「計畫」的資料範圍 A1:\w+ 有 [\d,]+ 格，太大/);
  });
});
