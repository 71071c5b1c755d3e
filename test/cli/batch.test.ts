/**
 * `validate` and `export` over several workbooks or a folder (issue 14, item 3: a supervising agency):
 * a folder with three seeds, a corrupt file and an old .xls; the summary read back by openpyxl (.xlsx)
 * and Python's csv module (.csv): one row per workbook, agency, year, measures, coverage and findings
 * as `validate` gives them on each workbook alone, the unreadable ones saying why; the results not
 * reported counted from a results sheet; export's files in --out-dir, never over an input; the exit
 * codes; the progress lines (one each, or redrawn in place on a terminal); the inputs unchanged.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { suggestAnnexTitleIn } from "../../src/core/annex/annexTitle";
import type { CellValue } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import { RESULT_COLUMNS, resultsSheetSpec, type ResultField } from "../../src/core/results/resultsSheet";
import { chooseFramework } from "../../src/core/workflows/frameworkChoice";
import { gridCopySpec } from "../../src/files/gridSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";
import { readSeed } from "../support/seedFixtures";
import { runCli as cli, sha } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const FIX = path.join(ROOT, "test", "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-batch-"));
const SEEDS = ["seed000", "seed001", "seed004"] as const;

/** Bytes that are no workbook, the same every run (a linear congruential generator). */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** An OLE2 compound file's signature (what every .xls starts with), then noise. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A folder of its own holding `files` (name → source path or bytes). */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const [file, from] of Object.entries(files))
    if (typeof from === "string") fs.copyFileSync(from, path.join(dir, file));
    else fs.writeFileSync(path.join(dir, file), from);
  return dir;
}

const seedFiles = () => Object.fromEntries(SEEDS.map((s) => [`${s}.xlsx`, path.join(FIX, `${s}.xlsx`)]));
const BAD = { "損毀.xlsx": noise(4096, 7), "舊格式.xls": Buffer.concat([OLE2, noise(4088, 11)]) };

/** The order the batch reads the mixed folder in: by name as Taiwan sorts it, Chinese names (by strokes: 損 13, 舊 18) first. */
const ORDER = ["損毀.xlsx", "舊格式.xls", "seed000.xlsx", "seed001.xlsx", "seed004.xlsx"];

/** Every file's sha256 in a folder. */
const hashes = (dir: string) => Object.fromEntries(fs.readdirSync(dir).map((f) => [f, sha(path.join(dir, f))]));

/** What the core says of a seed on its own: measures, agency and year from its title. */
async function fromCore(seed: string) {
  const wb = await readWorkbook(fs.readFileSync(path.join(FIX, `${seed}.xlsx`)));
  const grid = wb.sheets[0];
  const plan = impose(grid, { framework: chooseFramework({ kind: "detect" }, grid) });
  return { measures: plan.measures.length, title: suggestAnnexTitleIn(wb.sheets, grid, plan) };
}

/** `validate --json` on one workbook alone: its stats. */
async function aloneStats(file: string, ...more: string[]) {
  const r = await cli(["validate", file, "--json", ...more]);
  return JSON.parse(r.out).stats as {
    sheet: string;
    measures: number;
    pillars: { required: number; covered: number };
    focusPoints: { required: number; covered: number };
    findings: { error: number; warning: number; info: number };
  };
}

/** The summary's rows as openpyxl reads the .xlsx, with what a reader needs to judge it. */
function readXlsx(file: string) {
  return python(
    `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]
print(json.dumps({"sheets": wb.sheetnames, "frozen": ws.freeze_panes, "tables": list(ws.tables.keys()),
 "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(1, ws.max_column + 1)],
 "bold": [c.font.b for c in ws[1]],
 "rows": [list(r) for r in ws.iter_rows(values_only=True)]}, ensure_ascii=False))`,
    file,
  ) as { sheets: string[]; frozen: string; tables: string[]; widths: number[]; bold: boolean[]; rows: (string | number | null)[][] };
}

/** A CSV file's rows as Python's csv module reads it (the BOM taken off by utf-8-sig), and whether it had one. */
const readCsv = (file: string) =>
  python(
    `import csv,json,sys
raw=open(sys.argv[1],"rb").read()
print(json.dumps({"bom": raw.startswith(b"\\xef\\xbb\\xbf"), "rows": list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))}))`,
    file,
  ) as { bom: boolean; rows: string[][] };

/** Rows as records by header, cells as text ("" for empty), so the .xlsx and the .csv compare. */
function records(rows: (string | number | null)[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, c) => [String(h), r[c] === null || r[c] === undefined ? "" : String(r[c])])));
}

describeWithPackage("python3-openpyxl", hasOpenpyxl())("validate over a folder: the summary read back", () => {
  const dir = folder("mixed", { ...seedFiles(), ...BAD });
  const before = hashes(dir);
  const xlsx = path.join(tmp, "彙整.xlsx");
  const csv = path.join(tmp, "彙整.csv");
  let result: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    result = await cli(["validate", dir, "--summary", xlsx, "--summary", csv]);
  });
  afterAll(() => expect(hashes(dir)).toEqual(before));

  it("exits 2 (a workbook could not be read), after reading every one: a progress line each, the unreadable ones saying why", () => {
    expect(result.code).toBe(2);
    expect(result.errLines.filter((l) => /^\[\d\/5\] \S+…$/.test(l))).toEqual(ORDER.map((f, i) => `[${i + 1}/5] ${f}…`));
    expect(result.errLines).toContain("[1/5] 損毀.xlsx：「損毀.xlsx」不是 Excel 活頁簿（.xlsx）。");
    expect(result.errLines).toContain("[2/5] 舊格式.xls：「舊格式.xls」是舊版 .xls 格式，請在 Excel 另存為 .xlsx 後再試。");
    expect(result.errLines).toHaveLength(7);
    expect(result.out).toContain(`已寫出彙整表 ${xlsx}、${csv}。`);
    expect(result.out).toContain("共 5 本活頁簿：無法讀取 2 本、有錯誤 1 本、通過 2 本。");
  });

  it("the .xlsx: one sheet, the header row bold and frozen, a filterable table, columns as wide as their text", () => {
    const read = readXlsx(xlsx);
    expect(read.sheets).toEqual(["彙整"]);
    expect(read.frozen).toBe("A2");
    expect(read.tables).toEqual(["ServicePlanSummary"]);
    expect(read.bold.every((b) => b)).toBe(true);
    const header = read.rows[0].map(String);
    expect(header).toEqual([
      "檔案",
      "狀態",
      "機關",
      "年度",
      "工作表",
      "具體作法",
      "執行要項涵蓋",
      "執行要項應有",
      "執行重點涵蓋",
      "執行重點應有",
      "錯誤",
      "警告",
      "提示",
      "成效填報列數（年終）",
      "尚未填報（年終）",
      "說明",
    ]);
    expect(read.widths).toHaveLength(header.length);
    // Each column at least as wide as its header and its values (a CJK character two), the note capped at 60 and wrapped.
    const wide = (v: unknown) => [...String(v ?? "")].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    header.forEach((_, c) => {
      const need = Math.max(...read.rows.map((r) => wide(r[c])));
      expect(read.widths[c]).toBeGreaterThanOrEqual(Math.min(need, c === header.length - 1 ? 58 : 22));
      expect(read.widths[c]).toBeLessThanOrEqual(60);
    });
  });

  it("one row per workbook in folder order; the .xlsx and the .csv (UTF-8 with BOM) hold the same", () => {
    const fromXlsx = records(readXlsx(xlsx).rows);
    const fromCsv = readCsv(csv);
    expect(fromCsv.bom).toBe(true);
    expect(records(fromCsv.rows)).toEqual(fromXlsx);
    expect(fromXlsx.map((r) => r["檔案"])).toEqual(ORDER);
  });

  it("each seed's row: agency and ROC year from its title, measures, coverage and findings as validate gives them alone", async () => {
    const rows = records(readXlsx(xlsx).rows);
    for (const seed of SEEDS) {
      const row = rows.find((r) => r["檔案"] === `${seed}.xlsx`)!;
      const core = await fromCore(seed);
      const alone = await aloneStats(path.join(FIX, `${seed}.xlsx`));
      expect(row["機關"]).toBe(readSeed(seed).agency);
      expect(row["年度"]).toBe(core.title.year === null ? "" : String(core.title.year));
      expect(row["具體作法"]).toBe(String(core.measures));
      expect(row).toMatchObject({
        工作表: alone.sheet,
        具體作法: String(alone.measures),
        執行要項涵蓋: String(alone.pillars.covered),
        執行要項應有: String(alone.pillars.required),
        執行重點涵蓋: String(alone.focusPoints.covered),
        執行重點應有: String(alone.focusPoints.required),
        錯誤: String(alone.findings.error),
        警告: String(alone.findings.warning),
        提示: String(alone.findings.info),
        狀態: alone.findings.error > 0 ? "有錯誤" : "通過",
        // No results sheet in a seed: nothing to count, left blank.
        "成效填報列數（年終）": "",
        "尚未填報（年終）": "",
      });
    }
    const at = (seed: string) => rows.find((r) => r["檔案"] === `${seed}.xlsx`)!;
    expect([at("seed000")["具體作法"], at("seed004")["具體作法"]]).toEqual(["54", "21"]);
    expect([at("seed000")["年度"], at("seed001")["年度"], at("seed004")["年度"]]).toEqual(["114", "113", ""]);
    expect(at("seed000")["錯誤"]).toBe("2");
  });

  it("the unreadable files' rows say why, and nothing else", () => {
    const rows = records(readXlsx(xlsx).rows);
    const blankBut = (r: Record<string, string>) => Object.entries(r).filter(([k, v]) => v !== "" && !["檔案", "狀態", "說明"].includes(k));
    expect(rows[0]).toMatchObject({ 檔案: "損毀.xlsx", 狀態: "無法讀取", 說明: "「損毀.xlsx」不是 Excel 活頁簿（.xlsx）。" });
    expect(rows[1]).toMatchObject({
      檔案: "舊格式.xls",
      狀態: "無法讀取",
      說明: "「舊格式.xls」是舊版 .xls 格式，請在 Excel 另存為 .xlsx 後再試。",
    });
    expect(blankBut(rows[0])).toEqual([]);
    expect(blankBut(rows[1])).toEqual([]);
  });
});

describe("a batch's exit code", () => {
  const three = folder("three", seedFiles());
  const clean = folder("clean", { "seed001.xlsx": path.join(FIX, "seed001.xlsx"), "seed004.xlsx": path.join(FIX, "seed004.xlsx") });
  const mixed = folder("mixed-codes", { ...seedFiles(), ...BAD });
  const before = [three, clean, mixed].map(hashes);
  afterAll(() => expect([three, clean, mixed].map(hashes)).toEqual(before));

  it("validate: 0 none with an error, 1 one with an error (seed 000), 2 one unreadable", async () => {
    expect((await cli(["validate", clean])).code).toBe(0);
    expect((await cli(["validate", three])).code).toBe(1);
    expect((await cli(["validate", mixed])).code).toBe(2);
    // Files given one by one are a batch too, read in the order given.
    const given = await cli(["validate", path.join(clean, "seed004.xlsx"), path.join(clean, "seed001.xlsx")]);
    expect([given.code, given.errLines]).toEqual([0, ["[1/2] seed004.xlsx…", "[2/2] seed001.xlsx…"]]);
  });

  it("export: 1 when one was not exported (seed 000's open errors), 0 with --force, 2 with one unreadable", async () => {
    const out = (name: string) => path.join(tmp, `codes-${name}`);
    expect((await cli(["export", clean, "--format", "csv", "--out-dir", out("clean")])).code).toBe(0);
    expect((await cli(["export", three, "--format", "csv", "--out-dir", out("three")])).code).toBe(1);
    expect(fs.readdirSync(out("three")).sort()).toEqual(["seed001_附件一.csv", "seed004_附件一.csv"]);
    expect((await cli(["export", three, "--format", "csv", "--out-dir", out("forced"), "--force"])).code).toBe(0);
    expect(fs.readdirSync(out("forced")).sort()).toEqual(["seed000_附件一.csv", "seed001_附件一.csv", "seed004_附件一.csv"]);
    expect((await cli(["export", mixed, "--format", "csv", "--out-dir", out("mixed"), "--force"])).code).toBe(2);
  });

  it("a missing file given among others gets its row and exit 2; an empty folder is refused in one sentence", async () => {
    const r = await cli(["validate", path.join(clean, "seed001.xlsx"), path.join(tmp, "nowhere.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as { workbooks: { file: string; status: string; note: string }[] };
    expect(json.workbooks.map((w) => [w.file, w.status])).toEqual([
      ["seed001.xlsx", "passed"],
      ["nowhere.xlsx", "unreadable"],
    ]);
    expect(json.workbooks[1].note).toBe("找不到檔案「nowhere.xlsx」。");
    const empty = folder("empty", { "readme.txt": Buffer.from("x") });
    expect(await cli(["validate", empty])).toMatchObject({ code: 2, err: `service-plan: 資料夾「${empty}」裡沒有任何 .xlsx 活頁簿。` });
  });
});

describe("export over a folder", () => {
  const dir = folder("to-export", { ...seedFiles(), ...BAD });
  const before = hashes(dir);
  afterAll(() => expect(hashes(dir)).toEqual(before));

  describeWithPackage("python3-openpyxl", hasOpenpyxl())("files and summary", () => {
    it("writes <name>_附件一.csv per exportable workbook, each read by Python's csv; the summary says what was written or why not", async () => {
      const outDir = path.join(tmp, "published");
      const summary = path.join(tmp, "export-summary.xlsx");
      const r = await cli(["export", dir, "--kind", "measures", "--format", "csv", "--out-dir", outDir, "--summary", summary]);
      expect(r.code).toBe(2);
      expect(fs.readdirSync(outDir).sort()).toEqual(["seed001_附件一.csv", "seed004_附件一.csv"]);
      for (const seed of ["seed001", "seed004"]) {
        const rows = readCsv(path.join(outDir, `${seed}_附件一.csv`)).rows;
        expect(rows).toHaveLength((await fromCore(seed)).measures + 1);
      }
      const rows = records(readXlsx(summary).rows);
      expect(rows.map((x) => [x["檔案"], x["狀態"]])).toEqual([
        ["損毀.xlsx", "無法讀取"],
        ["舊格式.xls", "無法讀取"],
        ["seed000.xlsx", "未匯出"],
        ["seed001.xlsx", "已匯出"],
        ["seed004.xlsx", "已匯出"],
      ]);
      // The pre-publication findings counted as `export` counts them on each workbook alone.
      for (const row of rows.slice(2)) {
        const alone = await cli(["export", path.join(dir, row["檔案"]), "--kind", "measures", "--out", path.join(tmp, "alone.csv")]);
        const said = /發布前檢查：有 (\d+) 項需要留意/.exec(alone.out);
        expect(row["發布前檢查"]).toBe(said ? said[1] : "0");
        expect(row["匯出檔案"]).toBe(alone.code === 0 ? path.join(outDir, row["檔案"].replace(".xlsx", "_附件一.csv")) : "");
        expect((await aloneStats(path.join(dir, row["檔案"]))).findings).toEqual({
          error: Number(row["錯誤"]),
          warning: Number(row["警告"]),
          info: Number(row["提示"]),
        });
      }
      expect(rows[2]["說明"]).toBe(`未寫出：發布前檢查有 ${rows[2]["發布前檢查"]} 項（加 --force 照樣匯出）。`);
      // What stopped seed 000, with its reason, on stdout.
      expect(r.out).toContain("seed000.xlsx：\n  計畫還有 2 個錯誤尚未修正。");
    });
  });

  it("never over an input: an --out-dir where an output would be an input is refused before any work", async () => {
    const own = folder("own", { "seed001.xlsx": path.join(FIX, "seed001.xlsx"), "seed001_附件一.xlsx": path.join(FIX, "seed004.xlsx") });
    const inputs = hashes(own);
    const r = await cli(["export", own, "--format", "xlsx", "--out-dir", own]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^service-plan: 匯出的檔「.*seed001_附件一\.xlsx」會蓋過輸入的活頁簿/);
    expect(r.errLines.some((l) => l.startsWith("["))).toBe(false);
    expect(hashes(own)).toEqual(inputs);
  });

  it("two inputs onto one output, --out, --agency and a missing --format or --out-dir are refused in one sentence", async () => {
    const a = folder("a", { "plan.xlsx": path.join(FIX, "seed001.xlsx") });
    const b = folder("b", { "plan.xlsx": path.join(FIX, "seed004.xlsx") });
    const clash = await cli(["export", path.join(a, "plan.xlsx"), path.join(b, "plan.xlsx"), "--format", "csv", "--out-dir", tmp]);
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(/會寫到同一個檔/);
    const refused = async (...argv: string[]) => (await cli(["export", dir, ...argv])).err;
    expect(await refused("--format", "csv", "--out", path.join(tmp, "x.csv"))).toMatch(/批次匯出請用 --out-dir/);
    expect(await refused("--format", "csv", "--out-dir", tmp, "--agency", "某機關")).toMatch(/--agency/);
    expect(await refused("--out-dir", tmp)).toMatch(/批次匯出請用 --format/);
    expect(await refused("--format", "csv")).toMatch(/批次匯出請用 --out-dir/);
    expect(await cli(["validate", dir, "--coverage-out", path.join(tmp, "c.xlsx")])).toMatchObject({ code: 2 });
    expect(await refused("--format", "csv", "--out-dir", tmp, "--summary", path.join(tmp, "s.txt"))).toMatch(/--summary 要 .xlsx 或 .csv/);
    expect(await refused("--format", "csv", "--out-dir", tmp, "--summary", path.join(dir, "seed001.xlsx"))).toMatch(/不可與輸入檔相同/);
    expect(hashes(dir)).toEqual(before);
  });
});

/** Seed 004 with a results sheet for 年終 (written first) where 總務 has reported all its rows and nobody else anything. */
async function withResults(file: string): Promise<{ rows: number; missing: number }> {
  const wb = await readWorkbook(fs.readFileSync(path.join(FIX, "seed004.xlsx")));
  const plan = impose(wb.sheets[0], { framework: chooseFramework({ kind: "detect" }, wb.sheets[0]) });
  const { spec } = resultsSheetSpec(plan, readSeed("seed004").units, "年終");
  const col = (key: ResultField) => RESULT_COLUMNS.findIndex((c) => c.key === key);
  const body = spec.rows.slice(1) as CellValue[][];
  for (const row of body) if (row[col("unit")] === "總務") row[col("status")] = "已完成";
  fs.writeFileSync(file, await writeWorkbook([spec, ...wb.sheets.map((g) => gridCopySpec(g, g.sheet))]));
  const missing = body.filter((r) => !r[col("status")] && !r[col("result")]).length;
  return { rows: body.length, missing };
}

describeWithPackage("python3-openpyxl", hasOpenpyxl())("the results not reported, counted from the results sheet", () => {
  it("for the period asked (--period), as `results` counts them alone; blank where there is no results sheet", async () => {
    const dir = folder("results", { "seed001.xlsx": path.join(FIX, "seed001.xlsx") });
    const expected = await withResults(path.join(dir, "seed004-成效.xlsx"));
    expect(expected.missing).toBeGreaterThan(0);
    expect(expected.missing).toBeLessThan(expected.rows);
    const csv = path.join(tmp, "results-summary.csv");
    const r = await cli(["validate", dir, "--summary", csv]);
    expect(r.code).toBe(0);
    const rows = records(readCsv(csv).rows);
    const book = rows.find((x) => x["檔案"] === "seed004-成效.xlsx")!;
    expect(book).toMatchObject({ "成效填報列數（年終）": String(expected.rows), "尚未填報（年終）": String(expected.missing) });
    const alone = JSON.parse((await cli(["results", path.join(dir, "seed004-成效.xlsx"), "--json"])).out);
    expect(alone.figures.missing).toBe(expected.missing);
    // The plan read from 附件一, not from the results sheet before it, as `validate` alone reads it.
    const stats = await aloneStats(path.join(dir, "seed004-成效.xlsx"));
    expect(stats.sheet).toBe("附件一");
    expect(book).toMatchObject({
      工作表: "附件一",
      具體作法: "21",
      錯誤: String(stats.findings.error),
      警告: String(stats.findings.warning),
    });
    expect(rows.find((x) => x["檔案"] === "seed001.xlsx")).toMatchObject({ "成效填報列數（年終）": "", "尚未填報（年終）": "" });
    // The sheet was made for 年終: 期中 has no rows, so none missing.
    const mid = path.join(tmp, "results-mid.csv");
    await cli(["validate", dir, "--summary", mid, "--period", "mid"]);
    expect(records(readCsv(mid).rows).find((x) => x["檔案"] === "seed004-成效.xlsx")).toMatchObject({
      "成效填報列數（期中）": "0",
      "尚未填報（期中）": "0",
    });
  });
});

describe("the progress line", () => {
  const dir = folder("progress", { ...seedFiles(), "損毀.xlsx": BAD["損毀.xlsx"] });

  it("on a terminal, redrawn in place with \\r (a line that cannot be read stays), cut to the terminal's width, cleared at the end", async () => {
    const written: string[] = [];
    const r = await cli(["validate", dir], { terminal: { write: (s) => written.push(s), columns: 16 } });
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([]); // nothing line by line
    expect(written).toEqual([
      "\r\x1b[K[1/4] 損毀.xls…", // 15 columns: 損 and 毀 two each
      "\r\x1b[K[1/4] 損毀.xlsx：「損毀.xlsx」不是 Excel 活頁簿（.xlsx）。\n",
      "\r\x1b[K[2/4] seed000.…",
      "\r\x1b[K[3/4] seed001.…",
      "\r\x1b[K[4/4] seed004.…",
      "\r\x1b[K",
    ]);
  });

  it("in English with --lang en: the summary's headers and words too", async () => {
    const csv = path.join(tmp, "summary-en.csv");
    const r = await cli(["validate", dir, "--lang", "en", "--summary", csv]);
    expect(r.errLines[1]).toBe("[1/4] 損毀.xlsx: 「損毀.xlsx」不是 Excel 活頁簿（.xlsx）。");
    expect(r.out).toContain("4 workbook(s): 1 unreadable, 1 errors, 2 passed.");
    const text = fs.readFileSync(csv, "utf8");
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFFile,Status,Agency,Year (ROC),Sheet,Measures,Pillars covered,Pillars required,Focus points covered,Focus points required," +
        "Errors,Warnings,Info,Result rows (year end),Not reported (year end),Note",
    );
  });

  it("one workbook alone runs as before: no progress line, no summary", async () => {
    const r = await cli(["validate", path.join(FIX, "seed004.xlsx")]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^檔案 seed004\.xlsx，工作表「附件一」/);
  });

  it("the bin, as a process with stderr not a terminal: a line each on stderr, the table on stdout, exit 2", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "service-plan.js"), "validate", dir], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("["))).toHaveLength(5);
    expect(r.stderr).not.toContain("\r");
    expect(r.stdout).toContain("共 4 本活頁簿");
  });
});
