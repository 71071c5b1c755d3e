/**
 * `service-plan results` (issue 13): seed 004 with a results sheet filled in by a few units, compiled into
 * 附件二 (read back by openpyxl), its findings and figures as JSON, the results typed beside a plan with no
 * results sheet, bad options in one sentence, English output, the input untouched.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import type { CellValue } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import { NOT_REPORTED } from "../../src/core/results/compile";
import { RESULTS_SHEET, resultColumn, resultsSheetSpec, type ResultField } from "../../src/core/results/resultsSheet";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { measureCellText } from "../../src/core/workbook/planTable";
import { gridCopySpec } from "../../src/files/gridSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";
import { readSeed } from "../support/seedFixtures";
import { cli, sha } from "../support/cli";

const FIX = path.join(__dirname, "..", "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-results-"));
const UNITS = readSeed("seed004").units;

async function seed004() {
  const wb = await readWorkbook(fs.readFileSync(path.join(FIX, "seed004.xlsx")));
  const plan = impose(wb.sheets[0], { framework: BUILT_IN_FRAMEWORKS.vac });
  return { wb, plan };
}

const col = resultColumn;
const at = (row: CellValue[], key: ResultField) => String(row[col(key)] ?? "");

/**
 * Seed 004 with a results sheet for 年終, written first (so the plan must be found past it): 總務 reports on
 * everything; 1-0-2 (總務, 就醫) by both its units; 1-0-4 by its only unit; 處綜合's row of 1-0-6
 * (「每年至少20小時」) with 12 hours; nobody on 1-0-5.
 */
async function bookWithResults(file: string) {
  const { wb, plan } = await seed004();
  const { spec } = resultsSheetSpec(plan, UNITS, "年終");
  const rows = spec.rows;
  const set = (row: CellValue[], values: Partial<Record<ResultField, string>>) =>
    Object.entries(values).forEach(([k, v]) => (row[col(k as ResultField)] = v));
  rows.slice(1).forEach((row) => {
    const [id, unit] = [at(row, "id"), at(row, "unit")];
    if (id === "1-0-2") set(row, { status: "已完成", result: `${unit}完成改善` });
    else if (id === "1-0-4") set(row, { status: "辦理中", result: "每月抽測電話禮貌" });
    else if (id === "1-0-6" && unit === "處綜合") set(row, { status: "辦理中", result: "講習12小時", figure: "12" });
    else if (unit === "總務") set(row, { status: "已完成", result: "總務已辦理" });
  });
  const specs: SheetSpec[] = [spec, ...wb.sheets.map((g) => gridCopySpec(g, g.sheet))];
  fs.writeFileSync(file, await writeWorkbook(specs));
  return { plan, rows };
}

/** The 執行成效 cells of 附件二 (column D, one body row per measure in plan order) as openpyxl reads them. */
function annexResults(file: string): { sheets: string[]; measures: string[]; results: (string | null)[] } {
  return python(
    `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]
rows=[[c.value for c in r] for r in ws.iter_rows(min_row=4)]
print(json.dumps({"sheets": wb.sheetnames, "measures": [r[2] for r in rows], "results": [r[3] for r in rows]}))`,
    file,
  ) as { sheets: string[]; measures: string[]; results: (string | null)[] };
}

describeWithPackage("python3-openpyxl", hasOpenpyxl())("service-plan results --out: 附件二 read by openpyxl", () => {
  it("compiles the results sheet into 附件二: labelled per unit where a measure has two, the gap shown; the input untouched", async () => {
    const book = path.join(tmp, "book.xlsx");
    const { plan } = await bookWithResults(book);
    const before = sha(book);
    const out = path.join(tmp, "annex2.xlsx");
    const r = await cli("results", book, "--out", out);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`已寫出 ${out}：附件二 執行成效一覽表，${plan.measures.length} 項作法`);
    expect(r.out).toContain("計畫工作表「附件一」"); // not the results sheet, written first
    expect(sha(book)).toBe(before);

    const read = annexResults(out);
    expect(read.sheets).toEqual(["附件二"]);
    expect(read.results).toHaveLength(plan.measures.length);
    const resultOf = (id: string) => {
      const i = plan.measures.findIndex((m) => m.id === id);
      expect(read.measures[i]).toContain(measureCellText(plan.measures[i]));
      return read.results[i];
    };
    expect(resultOf("1-0-2")).toBe("總務：總務完成改善\n就醫：就醫完成改善");
    expect(resultOf("1-0-4")).toBe("每月抽測電話禮貌");
    expect(resultOf("1-0-5")).toBe(NOT_REPORTED); // 網綜合 alone, nobody reported
    expect(resultOf("1-0-6")).toBe(
      ["處綜合：講習12小時", `網綜合：${NOT_REPORTED}`, `志工：${NOT_REPORTED}`, `兼辦人事：${NOT_REPORTED}`].join("\n"),
    );
  });

  it("with no results sheet, the results typed beside the plan (its 執行成效 column) reach 附件二", async () => {
    const { wb, plan } = await seed004();
    const sheet = gridCopySpec(wb.sheets[0], wb.sheets[0].sheet);
    const header = sheet.rows.findIndex((row) => row.includes("具體做法"));
    const column = sheet.rows[header].length;
    const put = (r: number, v: string) => {
      while (sheet.rows[r].length < column) sheet.rows[r].push(null);
      sheet.rows[r][column] = v;
    };
    put(header, "執行成效");
    put(header + 1, "已訂定標準作業流程12項");
    put(header + 2, "總務：櫃台改善完成\n就醫：增設停車空間");
    const book = path.join(tmp, "beside.xlsx");
    fs.writeFileSync(book, await writeWorkbook([sheet]));
    const before = sha(book);
    const out = path.join(tmp, "beside-annex2.xlsx");
    const r = await cli("results", book, "--out", out);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`成效來源：計畫旁的執行成效欄（活頁簿沒有「成效填報」工作表）：${plan.measures.length} 項作法中 2 項有填。`);
    expect(sha(book)).toBe(before);
    const read = annexResults(out);
    expect(read.results.slice(0, 3)).toEqual(["已訂定標準作業流程12項", "總務：櫃台改善完成\n就醫：增設停車空間", null]);
  });
});

describe("the results sheet is never read as a plan", () => {
  it("impose and annex on a workbook whose first sheet is 成效填報 find the plan after it (21 measures)", async () => {
    const book = path.join(tmp, "results-first.xlsx");
    await bookWithResults(book);
    const imposed = await cli("impose", book, "--json");
    expect(imposed.code).toBe(0);
    expect((JSON.parse(imposed.out) as { measures: unknown[] }).measures).toHaveLength(21);
    const annex = await cli("annex", book, "--kind", "measures", "--out", path.join(tmp, "results-first-annex.xlsx"));
    expect(annex.out).toMatch(/21 項作法/);
  });
});

describe("service-plan results", () => {
  it("--json: results/missing for each unit not fully reported, at its first unreported 辦理情形 cell; 1-0-6's 12 hours fall short of 每年至少20小時", async () => {
    const book = path.join(tmp, "json.xlsx");
    const { rows } = await bookWithResults(book);
    const r = await cli("results", book, "--json");
    expect(r).toMatchObject({ code: 0, err: "" });
    const json = JSON.parse(r.out) as {
      findings: { code: string; severity: string; sheet: string; cell: string; params: Record<string, unknown>; message: string }[];
      figures: {
        period: string;
        byUnit: { unit: string; rows: number; reported: number; done: number }[];
        byPillar: unknown[];
        missing: number;
        targets: { id: string; target: { text: string }; asked: number; achieved: number | null; met: boolean | null }[];
      };
    };
    const unreported = (row: CellValue[]) => at(row, "status") === "" && at(row, "result") === "";
    const body = rows.map((row, r) => ({ row, r })).slice(1);
    const missingUnits = UNITS.filter((u) => body.some(({ row }) => at(row, "unit") === u && unreported(row)));
    expect(missingUnits).not.toContain("總務");
    const missing = json.findings.filter((f) => f.code === "results/missing");
    expect(missing.map((f) => f.params.unit)).toEqual(missingUnits);
    for (const f of missing) {
      const first = body.find(({ row }) => at(row, "unit") === f.params.unit && unreported(row))!;
      expect(f).toMatchObject({ severity: "warning", sheet: RESULTS_SHEET, cell: `F${first.r + 1}` });
      expect(f.message).toContain(`${String(f.params.unit)}年終尚未填報`);
    }
    const hours = body.find(({ row }) => at(row, "id") === "1-0-6")!;
    expect(json.findings.filter((f) => f.code === "results/target-unmet")).toEqual([
      expect.objectContaining({
        sheet: RESULTS_SHEET,
        cell: `H${hours.r + 1}`,
        params: expect.objectContaining({ id: "1-0-6", target: "每年至少20小時", asked: 20, achieved: 12, period: "年終" }),
        message: "具體作法 1-0-6 訂「每年至少20小時」，年終應達 20小時，填報達成 12小時。",
      }),
    ]);
    expect(json.figures.period).toBe("年終");
    expect(json.figures.missing).toBe(body.filter(({ row }) => unreported(row)).length);
    const general = json.figures.byUnit.find((u) => u.unit === "總務")!;
    expect(general).toMatchObject({ reported: general.rows, done: general.rows });
    expect(json.figures.targets.map((t) => [t.id, t.target.text, t.asked, t.achieved, t.met])).toEqual([
      ["1-0-6", "每年至少20小時", 20, 12, false],
      ["4-0-2", "至少2場次", 2, null, null],
      ["6-0-2", "至少4場次", 4, null, null],
    ]);
  });

  it("prints the figures per unit and pillar, the targets as read, and the findings with sheet!cell", async () => {
    const book = path.join(tmp, "text.xlsx");
    const { rows } = await bookWithResults(book);
    const r = await cli("results", book);
    expect(r.code).toBe(0);
    const general = rows.filter((row) => at(row, "unit") === "總務").length;
    expect(r.out).toMatch(new RegExp(`\\n  總務\\s+${general}\\s+${general}\\s+${general}\\s+0\\s+0\\n`));
    expect(r.out).toMatch(/\n {2}一、完備基礎服務項目，注重服…\s+\d+/);
    const hours = rows.findIndex((row) => at(row, "id") === "1-0-6");
    expect(r.out).toContain(`1-0-6  「每年至少20小時」年終應達 20小時，填報 12小時：未達成  成效填報!H${hours + 1}`);
    expect(r.out).toMatch(/\n {2}警告\s+成效填報!F\d+\s+處綜合年終尚未填報/);
  });

  it("--period mid asks half the year's number and reads only the mid-year rows (none here)", async () => {
    const book = path.join(tmp, "mid.xlsx");
    await bookWithResults(book);
    const r = await cli("results", book, "--period", "mid", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.figures).toMatchObject({ period: "期中", missing: 0, byUnit: [] });
    expect(json.figures.targets[0]).toMatchObject({ id: "1-0-6", asked: 10, achieved: null });
    expect(json.findings).toEqual([]);
  });

  it("in English: the fixed words are English; only the workbook's own words stay Chinese", async () => {
    const book = path.join(tmp, "en.xlsx");
    const { plan } = await bookWithResults(book);
    const r = await cli("results", book, "--lang", "en");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(`File en.xlsx, plan sheet "附件一", framework: ${BUILT_IN_FRAMEWORKS.vac.name}; period: year end`);
    expect(lines[1]).toMatch(/^Results from sheet "成效填報": \d+ rows for year end, \d+ reported, \d+ not yet\.$/);
    expect(r.out).toContain("By unit");
    expect(r.out).toContain('1-0-6  "每年至少20小時" asks 20 小時 by year end; 12 小時 reported: not met');
    let fixed = r.out.replace(/"[^"]*"/g, "").replace(BUILT_IN_FRAMEWORKS.vac.name, "");
    for (const word of [...UNITS, ...new Set(plan.measures.flatMap((m) => m.units)), RESULTS_SHEET, "小時", "場次"])
      fixed = fixed.split(word).join("");
    expect(fixed).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });

  it("prefers our plan table (計畫表) to the original sheet before it", async () => {
    const setUp = path.join(tmp, "setup.xlsx");
    expect((await cli("impose", path.join(FIX, "seed004.xlsx"), "--out", setUp)).code).toBe(0);
    const wb = await readWorkbook(fs.readFileSync(setUp));
    const original = wb.sheets.find((s) => s.sheet.startsWith("原始_"))!;
    const reordered = path.join(tmp, "reordered.xlsx");
    fs.writeFileSync(
      reordered,
      await writeWorkbook([original, ...wb.sheets.filter((s) => s !== original)].map((g) => gridCopySpec(g, g.sheet))),
    );
    const r = await cli("results", reordered);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toContain("計畫工作表「計畫表」");
  });

  it.each([
    [["--period", "spring"], "service-plan: --period 要 mid（期中）或 year（年終），收到「spring」。"],
    [["--sheet", RESULTS_SHEET], `service-plan: --sheet 不可指定「${RESULTS_SHEET}」：那是填報成效的工作表，請指定計畫所在的工作表。`],
    [["--year", "2026"], "service-plan: --year 要民國年，例如 --year 115（收到「2026」）。"],
    [["--lang", "fr"], "service-plan: --lang 只能是 zh-TW 或 en，不是「fr」。"],
  ])("refuses %j in one sentence, exit 2, no stack trace", async (options, sentence) => {
    const r = await cli("results", path.join(FIX, "seed004.xlsx"), ...options);
    expect(r).toEqual({ code: 2, out: "", err: sentence });
  });

  it("refuses to write over the input, and says so for a missing file", async () => {
    const input = path.join(tmp, "input.xlsx");
    fs.copyFileSync(path.join(FIX, "seed004.xlsx"), input);
    const before = sha(input);
    const r = await cli("results", input, "--out", input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out 不可與輸入檔相同/);
    expect(sha(input)).toBe(before);
    expect(await cli("results", path.join(tmp, "nothing.xlsx"))).toMatchObject({
      code: 2,
      err: "service-plan: 找不到檔案「nothing.xlsx」。",
    });
  });
});
