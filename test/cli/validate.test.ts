/** `service-plan validate` on the seed workbooks: exit codes, the JSON shape, the seed expectations, the report. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";
import { readSeed } from "../support/seedFixtures";
import { cli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const FIX = path.join(ROOT, "test", "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-validate-"));

/** validate --json with the agency's units as the seed lists them. */
async function validateSeed(seed: string, ...more: string[]) {
  const r = await cli("validate", path.join(FIX, `${seed}.xlsx`), "--json", "--units", readSeed(seed).units.join(","), ...more);
  return { code: r.code, json: JSON.parse(r.out) };
}

type JsonFinding = { code: string; severity: string; cell?: string; params: Record<string, unknown>; message: string };
const brief = (json: { findings: JsonFinding[] }) => json.findings.map((f) => `${f.severity} ${f.code} ${f.cell ?? "-"}`);

describe("validate --json", () => {
  it("prints {valid, findings, coverage, stats} and exits 1 when there is an error (seed 000)", async () => {
    const { code, json } = await validateSeed("seed000");
    expect(code).toBe(1);
    expect(Object.keys(json)).toEqual(["valid", "findings", "coverage", "stats"]);
    expect(json.valid).toBe(false);
    expect(json.findings[0]).toEqual({
      code: "coverage/focus-missing",
      severity: "error",
      sheet: "計畫內容",
      cell: "A13",
      params: {
        pillar: 2,
        focus: "2-3",
        focusLabel: "(三)",
        focusText: "依據服務特性辦理滿意度調查，瞭解民眾對服務的看法，並據以檢討改善既有措施",
      },
      message: "執行重點 二(三)「依據服務特性辦理滿意度調查…」沒有任何具體作法。",
    });
    expect(Object.keys(json.coverage)).toEqual(["focusPoints", "units"]);
    expect(json.coverage.focusPoints.pillars[1].focusPoints.map((f: { id: string; measures: number }) => [f.id, f.measures])).toEqual([
      ["2-1", 1],
      ["2-2", 3],
      ["2-3", 0],
      ["2-4", 1],
    ]);
    expect(json.coverage.units.units.map((u: { unit: string; total: number }) => [u.unit, u.total])).toEqual([
      ["秘書室", 36],
      ["軍務科", 25],
      ["役政科", 17],
      ["動員科", 17],
    ]);
    expect(json.stats).toMatchObject({
      sheet: "計畫內容",
      framework: "kaohsiung",
      measures: 54,
      pillars: { required: 6, covered: 6 },
      focusPoints: { required: 22, covered: 20 },
      findings: { error: 2, warning: 3, info: 1 },
      skipped: [],
      unitList: { from: "--units", count: 4 },
    });
    expect(json.stats.byCode).toMatchObject({
      "coverage/focus-missing": 2,
      "focus/label-mismatch": 2,
      "unit/ambiguous": 1,
      "measure/duplicate-across-pillars": 1,
      "unit/unknown": 0,
    });
  });

  it("seed 000: lacks 2-3 and 4-2, labels 2-4 as (三) and 4-3 as (二), 常見問題集 under 1-2 and 2-2", async () => {
    const { json } = await validateSeed("seed000");
    expect(brief(json)).toEqual([
      "error coverage/focus-missing A13",
      "error coverage/focus-missing A23",
      "warning focus/label-mismatch B17",
      "warning focus/label-mismatch B26",
      "warning unit/ambiguous D35",
      "info measure/duplicate-across-pillars C14",
    ]);
    expect(json.findings.slice(0, 4).map((f: JsonFinding) => [f.params.focus, f.params.label ?? null])).toEqual([
      ["2-3", null],
      ["4-2", null],
      ["2-4", "(三)"],
      ["4-3", "(二)"],
    ]);
  });

  it.each([
    ["seed001", []],
    ["seed002", ["warning measure/duplicate C28"]],
  ])("%s covers all 22 focus points and exits 0", async (seed, expected) => {
    const { code, json } = await validateSeed(seed);
    expect([code, json.valid, json.stats.focusPoints, brief(json)]).toEqual([0, true, { required: 22, covered: 22 }, expected]);
  });

  it("seed 002 repeats 建立輿情回應機制 in 二(二) and 二(四)", async () => {
    const { json } = await validateSeed("seed002");
    expect(json.findings[0].params).toEqual({ id: "2-4-1", title: "建立輿情回應機制", pillar: 2, firstId: "2-2-1", firstCell: "C22" });
  });

  it("seed 003 lacks 5-2 and labels 5-3 as (二); exits 1", async () => {
    const { code, json } = await validateSeed("seed003");
    expect([code, brief(json), json.findings.map((f: JsonFinding) => f.params.focus)]).toEqual([
      1,
      ["error coverage/focus-missing A19", "warning focus/label-mismatch B19"],
      ["5-2", "5-3"],
    ]);
  });

  it("seed 004 (VAC) passes", async () => {
    const { code, json } = await validateSeed("seed004");
    expect([code, json.stats.framework, json.findings]).toEqual([0, "vac", []]);
  });

  it("a unit missing from the list is an error at each units cell naming it", async () => {
    const units = readSeed("seed001")
      .units.filter((u) => u !== "役政災防課")
      .join(",");
    const r = await cli("validate", path.join(FIX, "seed001.xlsx"), "--json", "--units", units);
    const json = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(json.findings.filter((f: JsonFinding) => f.code === "unit/unknown").map((f: JsonFinding) => f.cell)).toEqual([
      "D11",
      "D13",
      "D27",
      "D28",
      "D29",
      "D35",
      "D36",
    ]);
  });

  it("with no unit list, the unit-list checks are skipped and stats say so", async () => {
    const r = await cli("validate", path.join(FIX, "seed002.xlsx"), "--json");
    const json = JSON.parse(r.out);
    expect(json.stats.skipped).toEqual([
      { codes: ["unit/unknown"], reason: "no-unit-list" },
      { codes: ["unit/unassigned"], reason: "no-unit-list" },
    ]);
    expect(json.stats.unitList).toEqual({ from: "none", count: 0 });
    expect(json.coverage.units.source).toBe("plan");
  });

  it("--lang en gives English messages", async () => {
    const { json } = await validateSeed("seed003", "--lang", "en");
    expect(json.findings[0].message).toBe('Focus point 5-2 "促進民眾運用實體或網路等多方管道參與決策…" has no measure.');
  });
});

describe("the workbook's own units sheet (單位)", () => {
  let book: string;
  let noBlanket: string;
  beforeAll(async () => {
    // What `impose --out` writes, with a unit added to 單位 that no measure names …
    const out = path.join(tmp, "setup.xlsx");
    expect((await cli("impose", path.join(FIX, "seed000.xlsx"), "--out", out)).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet("單位")!.addRow(["人事室"]);
    book = path.join(tmp, "with-units.xlsx");
    await wb.xlsx.writeFile(book);
    // … and the same with the blanket 各科室 of the plan table (column E) replaced by 秘書室.
    wb.getWorksheet("計畫表")!
      .getColumn(5)
      .eachCell((cell) => {
        if (typeof cell.value === "string") cell.value = cell.value.replace(/各科室/g, "秘書室");
      });
    noBlanket = path.join(tmp, "no-blanket.xlsx");
    await wb.xlsx.writeFile(noBlanket);
  });

  it("is used when neither --units nor --units-sheet is given; the plan table gives the findings at its own cells", async () => {
    const r = await cli("validate", book, "--json");
    const json = JSON.parse(r.out);
    expect(json.stats).toMatchObject({ sheet: "計畫表", unitList: { from: "workbook", sheet: "單位", count: 5 } });
    // 人事室 has work: the blanket 各科室 assigns every unit of the list.
    expect(brief(json)).toEqual([
      "error coverage/focus-missing B25",
      "error coverage/focus-missing B39",
      "warning focus/label-mismatch C29",
      "warning focus/label-mismatch C43",
      "info measure/duplicate-across-pillars D28",
    ]);
  });

  it("a listed unit with no measure points at its cell on the units sheet", async () => {
    const json = JSON.parse((await cli("validate", noBlanket, "--json")).out);
    expect(json.findings.filter((f: JsonFinding) => f.code === "unit/unassigned")).toEqual([
      {
        code: "unit/unassigned",
        severity: "warning",
        sheet: "單位",
        cell: "A6",
        params: { unit: "人事室" },
        message: "單位「人事室」沒有負責任何具體作法。",
      },
    ]);
  });

  it("--units-sheet names the sheet explicitly; --units overrides it", async () => {
    expect(JSON.parse((await cli("validate", book, "--json", "--units-sheet", "單位")).out).stats.unitList).toEqual({
      from: "--units-sheet",
      sheet: "單位",
      count: 5,
    });
    expect(JSON.parse((await cli("validate", book, "--json", "--units", "秘書室,軍務科,役政科,動員科")).out).stats.unitList).toEqual({
      from: "--units",
      count: 4,
    });
  });
});

describe("the terminal report", () => {
  it("counts by severity, findings under their pillar with cell and message, the coverage grids", async () => {
    const r = await cli("validate", path.join(FIX, "seed000.xlsx"), "--units", readSeed("seed000").units.join(","));
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "檔案 seed000.xlsx，工作表「計畫內容」，架構：高雄市政府提升服務實施計畫",
      "54 項具體作法；執行要項 6/6、執行重點 20/22 有具體作法。",
      "單位清單：--units（4 個單位）",
      "錯誤 2、警告 3、提示 1 — 未通過（有錯誤）",
    ]);
    const at = lines.indexOf("二、重視全程意見回饋及參與，力求服務切合民眾需求");
    expect(lines.slice(at + 1, at + 3)).toEqual([
      "  錯誤  A13      執行重點 二(三)「依據服務特性辦理滿意度調查…」沒有任何具體作法。",
      "  警告  B17      執行重點標為 二(三)，但文字是架構的 二(四)「傾聽民眾意見…」。",
    ]);
    expect(lines).toContain("  二、     1     3     0     1");
    expect(lines).toContain("沒有具體作法的執行重點：2-3、4-2");
    expect(lines).toContain("  秘書室     1  17   5   4   0   6   3  36");
  });

  it("says which checks it skipped without a unit list", async () => {
    const r = await cli("validate", path.join(FIX, "seed002.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("未檢查執行單位是否在單位清單內、各單位是否都有作法：沒有單位清單");
  });
});

describe("bad input: one clear line, exit 2", () => {
  it.each([
    [["validate", path.join(FIX, "nope.xlsx")], "找不到檔案「nope.xlsx」。"],
    [["validate", path.join(FIX, "not-a-workbook.xlsx")], "「not-a-workbook.xlsx」不是 Excel 活頁簿（.xlsx）。"],
    [["validate"], "請指定活頁簿檔案，例如 service-plan validate 計畫.xlsx"],
    [
      ["validate", path.join(FIX, "seed000.xlsx"), "--framework", "taipei"],
      "不認得架構「taipei」：請用 kaohsiung、vac，或一個含架構工作表的 .xlsx 檔。",
    ],
    [["validate", path.join(FIX, "seed000.xlsx"), "--units-sheet", "單位"], "「seed000.xlsx」沒有名為「單位」的工作表（有：計畫內容）。"],
    [["validate", path.join(FIX, "seed000.xlsx"), "--units", "秘書室", "--units-sheet", "單位"], "--units 與 --units-sheet 只能擇一。"],
    [["validate", path.join(FIX, "seed000.xlsx"), "--units", " , "], "--units 需要至少一個單位，例如 --units 秘書室,民政課。"],
    [["validate", path.join(FIX, "seed000.xlsx"), "--lang", "fr"], "--lang 只能是 zh-TW 或 en，不是「fr」。"],
  ])("%j", async (argv, message) => {
    expect(await cli(...(argv as string[]))).toEqual({ code: 2, out: "", err: `service-plan: ${message}` });
  });

  it("--coverage-out writes the coverage sheet to a new workbook; never over the input", async () => {
    const out = path.join(tmp, "coverage-003.xlsx");
    const r = await cli("validate", path.join(FIX, "seed003.xlsx"), "--coverage-out", out);
    expect(r.out).toContain(`已寫出 ${out}（涵蓋情形工作表）。`);
    expect(fs.existsSync(out)).toBe(true);
    const input = path.join(tmp, "same.xlsx");
    fs.copyFileSync(path.join(FIX, "seed003.xlsx"), input);
    const before = fs.readFileSync(input);
    const same = await cli("validate", input, "--coverage-out", input);
    expect(same.code).toBe(2);
    expect(same.err).toContain("--coverage-out 不可與輸入檔相同");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("the bin exits 1 on errors and 2 on unreadable input, as a process", () => {
    const bin = (...argv: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, "bin", "service-plan.js"), "validate", ...argv], { encoding: "utf8" });
    expect(bin(path.join(FIX, "seed003.xlsx"), "--json").status).toBe(1);
    const bad = bin("missing.xlsx");
    expect([bad.status, bad.stderr.trim()]).toEqual([2, "service-plan: 找不到檔案「missing.xlsx」。"]);
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("validate --coverage-out, read by openpyxl", () => {
  it("holds the coverage sheet only; seed 003's pillar 五 lacks (二), named in its note", async () => {
    const out = path.join(tmp, "coverage.xlsx");
    await cli("validate", path.join(FIX, "seed003.xlsx"), "--units", readSeed("seed003").units.join(","), "--coverage-out", out);
    const sheet = python(
      `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1])
rows=[[v for v in r if v is not None] for r in wb["涵蓋情形"].iter_rows(values_only=True)]
print(json.dumps({"sheets":wb.sheetnames,"five":[r for r in rows if r and str(r[0]).startswith("五、")][0]}))`,
      out,
    ) as { sheets: string[]; five: (string | number)[] };
    expect(sheet.sheets).toEqual(["涵蓋情形"]);
    expect(sheet.five[3]).toBe(0);
    expect(sheet.five[sheet.five.length - 1]).toMatch(/^\(二\)/);
  });
});
