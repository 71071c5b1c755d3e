/**
 * `service-plan rollover` and `service-plan compare` (issue 15, parts 3 and 4) on real files: last year's
 * seed 000, set up with results typed beside the plan and on the results sheet, rolled over to 115 (read
 * back by openpyxl); compared, it differs only in the year and the results; edited in the new year by
 * openpyxl (a measure added, one dropped, one reworded, one unit changed), each edit is reported once,
 * and the 比較 sheet of --out is read back. Bad input: one sentence, exit 2; inputs untouched.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import { impose } from "../../src/core/impose/impose";
import { makeGrid } from "../../src/core/grid";
import { isReported, resultColumn, resultRowsOf, resultsSheetSpec } from "../../src/core/results/resultsSheet";
import { setUpSheets } from "../../src/core/workbook/setUpSheets";
import { suggestUnits } from "../../src/core/workbook/unitsSheet";
import { gridCopySpec } from "../../src/files/gridSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { changhua108 } from "../support/changhua108";
import { describeWithPackage, hasOpenpyxl, python } from "../support/debian";
import { cli, sha } from "../support/cli";

const FIX = path.join(__dirname, "..", "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-year-"));

/** Seed 000 as a workbook set up last year (impose --out) and used: three results typed beside the plan, two more rows reported. */
async function lastYear(file: string) {
  const wb = await readWorkbook(fs.readFileSync(path.join(FIX, "seed000.xlsx")));
  const grid = wb.sheets[0];
  const read = impose(grid, { framework: BUILT_IN_FRAMEWORKS.kaohsiung });
  const typed = new Map([
    ["1-1-1", "辦理研習 2 場"],
    ["1-2-4", "電話禮貌測試 4 次"],
    ["3-3-2", "代檢 120 人次"],
  ]);
  const plan = { ...read, measures: read.measures.map((m) => (typed.has(m.id) ? { ...m, results: typed.get(m.id)! } : m)) };
  const units = suggestUnits(plan);
  const sheets = setUpSheets(plan, BUILT_IN_FRAMEWORKS.kaohsiung, units);
  const { spec: results } = resultsSheetSpec(plan, units, "年終");
  const reportedRows = results.rows.filter((r) => ["1-1-1", "5-1-1"].includes(String(r[resultColumn("id")]))).slice(0, 2);
  for (const row of reportedRows) [row[resultColumn("status")], row[resultColumn("result")]] = ["已完成", "已辦理"];
  fs.writeFileSync(
    file,
    await writeWorkbook([sheets.plan, sheets.units, sheets.framework, results, gridCopySpec(grid, `原始_${grid.sheet}`)]),
  );
  // The sheet starts with the results typed beside the plan (each for its measure's first unit), then the two rows reported.
  const reported = resultRowsOf(makeGrid(results.name, results.rows)).filter(isReported).length;
  return { plan, reported };
}

/** The new year's workbook as openpyxl reads it: sheet names, the plan table's ids and results, the title. */
function readNext(file: string): { sheets: string[]; ids: string[]; results: (string | null)[]; title: string } {
  return python(
    `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb["計畫表"]
rows=[[c.value for c in r] for r in ws.iter_rows()]
h=rows[0]; i=h.index("編號"); r=h.index("執行成效")
print(json.dumps({"sheets": wb.sheetnames, "ids": [x[i] for x in rows[1:]], "results": [x[r] for x in rows[1:]], "title": wb["計畫標題"]["A1"].value}))`,
    file,
  ) as { sheets: string[]; ids: string[]; results: (string | null)[]; title: string };
}

/** The clerk's edits of the new year, made by openpyxl (not our writer): 5-1-5 added, 1-3-8 dropped, 1-2-4 reworded, 3-3-2's units. */
function editInOpenpyxl(from: string, to: string): void {
  python(
    `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb["計畫表"]
h=[c.value for c in ws[1]]; col=lambda name: h.index(name)+1
row=lambda id: next(r for r in range(2, ws.max_row+1) if ws.cell(r, col("編號")).value == id)
ws.cell(row("1-2-4"), col("具體作法")).value = "注意電話禮貌，並每季辦理電話禮貌測試，建立親切、友善的服務形象。"
ws.cell(row("3-3-2"), col("執行單位")).value = "役政科、秘書室"
at = row("5-1-4") + 1
ws.insert_rows(at)
for c in range(1, ws.max_column+1): ws.cell(at, c).value = ws.cell(at-1, c).value
ws.cell(at, col("編號")).value = None
ws.cell(at, col("具體作法")).value = "建置役政資料開放專區，每月更新役男徵集統計。"
ws.cell(at, col("執行單位")).value = "役政科"
ws.delete_rows(row("1-3-8"))
wb.save(sys.argv[2]); print(json.dumps(True))`,
    from,
    to,
  );
}

/** The 比較 sheet of compare --out as openpyxl reads it. */
function readComparison(file: string): { sheets: string[]; rows: (string | null)[][] } {
  return python(
    `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]
print(json.dumps({"sheets": wb.sheetnames, "rows": [[c.value for c in r] for r in ws.iter_rows()]}))`,
    file,
  ) as { sheets: string[]; rows: (string | null)[][] };
}

const last = path.join(tmp, "114年計畫.xlsx");
const next = path.join(tmp, "115年計畫.xlsx");

/** Last year's workbook and the roll-over's output, made once whichever test asks first: each test runs alone. */
let made: Promise<{
  plan: Awaited<ReturnType<typeof lastYear>>["plan"];
  reported: number;
  rolled: Awaited<ReturnType<typeof cli>>;
}> | null = null;
function years() {
  made ??= (async () => {
    const { plan, reported } = await lastYear(last);
    const before = sha(last);
    const rolled = await cli("rollover", last, "--out", next);
    expect(sha(last)).toBe(before);
    return { plan, reported, rolled };
  })();
  return made;
}

/** A workbook of one sheet, the grid as pasted. */
async function workbookOf(grid: ReturnType<typeof changhua108>, file: string): Promise<string> {
  fs.writeFileSync(file, await writeWorkbook([gridCopySpec(grid, grid.sheet)]));
  return file;
}

describe("service-plan rollover and compare", () => {
  it("rollover writes the plan for 115: ids kept, results cleared, the title's year moved; the input untouched", async () => {
    const { reported, rolled: r } = await years();
    expect(reported).toBe(4);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(
      `已寫出 ${next}：114年度 → 115年度，54 項作法（編號不變），工作表：計畫表、單位、服務架構、計畫標題。輸入檔不變。`,
    );
    expect(r.out).toContain("計畫年度 114 年 → 115 年");
    expect(r.out).toContain("「原始_計畫內容」的標題「高雄市兵役處114年提升服務工作計畫」改為「高雄市兵役處115年提升服務工作計畫」");
    expect(r.out).toContain("清空 3 項作法的執行成效（1-1-1、1-2-4、3-3-2），新年度重新填報");
    expect(r.out).toContain("「成效填報」的 4 列填報屬於舊年度，不帶入新年度");
  });

  it("compare of the two years: the year and the cleared results, nothing else", async () => {
    await years();
    const r = await cli("compare", last, next, "--json");
    expect(r).toMatchObject({ code: 0, err: "" });
    const json = JSON.parse(r.out);
    expect(json.before).toEqual({ file: "114年計畫.xlsx", sheet: "計畫表", year: 114, measures: 54, results: 4 });
    expect(json.after).toEqual({ file: "115年計畫.xlsx", sheet: "計畫表", year: 115, measures: 54, results: 0 });
    expect(json.notes).toEqual([]);
    expect(json.differences).toEqual([
      { kind: "year-changed", cell: "", side: null, params: { before: 114, after: 115 }, message: "年度：114 → 115" },
      { kind: "results-changed", cell: "", side: null, params: { before: 4, after: 0 }, message: "有執行成效的作法：4 項 → 0 項" },
    ]);
  });

  it("a raw plan (seed 000 as pasted) rolls over, its notes carried and what reading it found listed first, and compares with only the year", async () => {
    const raw = path.join(FIX, "seed000.xlsx");
    const out = path.join(tmp, "seed000_115.xlsx");
    const rolled = await cli("rollover", raw, "--out", out, "--lang", "en");
    expect(rolled.code).toBe(0);
    expect(rolled.out).toContain('5 notes outside the plan\'s table ("伍、推動及管考", …) carried to "計畫附註"');
    const json = JSON.parse((await cli("compare", raw, out, "--json")).out);
    expect(json.differences.map((d: { kind: string }) => d.kind)).toEqual(["year-changed"]);
    const taichung = await cli("rollover", path.join(FIX, "layouts", "taichung106.xlsx"), "--out", path.join(tmp, "t107.xlsx"));
    const lines = taichung.out.split("\n");
    expect(lines[1]).toBe("讀取「taichung106.xlsx」時請注意 2 筆：");
    expect(lines[2]).toContain("內建架構對不上本計畫");
    expect(lines.indexOf("調整紀錄 3 筆：")).toBe(4);
  });

  it("Changhua 107 and 108 (a focus point inserted): one measure added, one focus point gained, nothing moved; the frameworks differ", async () => {
    const next108 = await workbookOf(changhua108(), path.join(tmp, "changhua108.xlsx"));
    const old107 = path.join(FIX, "layouts", "changhua107.xlsx");
    const r = await cli("compare", old107, next108);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out.split("\n").slice(0, 3)).toEqual([
      "比較 changhua107.xlsx（107年度，22 項作法） → changhua108.xlsx（108年度，23 項作法）",
      expect.stringMatching(/^注意：兩個年度的架構不同.*執行重點依文字對應/),
      "差異 年度 1、新增作法 1、新涵蓋 1",
    ]);
    expect(r.out).toContain("新涵蓋 一(一)「數位服務便利化」");

    // The other way round, in English: the measure dropped is marked as the earlier file's, in the text,
    // the JSON and the 比較 sheet; OLD's year after NEW's is a note, not an error.
    const en = await cli("compare", next108, old107, "--lang", "en", "--out", path.join(tmp, "back.xlsx"));
    expect(en).toMatchObject({ code: 0, err: "" });
    expect(en.out).toContain("Note: the earlier year (108) is after the later one (107): are OLD and NEW swapped?");
    expect(en.out).toMatch(/\n {2}old C3 +Measure 1-1-1 dropped: "推動行動支付繳納各項規費。"/);
    const ours = en.out.split("\n").filter((line) => !line.startsWith("  ")); // a difference's line quotes the plans
    expect(ours.join("\n")).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(ours).toContain(
      "Note: the two years follow different frameworks: focus points are matched by their wording, not their numbers.",
    );
    const json = JSON.parse((await cli("compare", next108, old107, "--json", "--lang", "en")).out);
    expect(json.differences.find((d: { kind: string }) => d.kind === "measure-dropped")).toMatchObject({ cell: "C3", side: "before" });
    expect(json.frameworks).toMatchObject({ differ: true, matchedBy: "wording" });
    const sheet = (await readWorkbook(fs.readFileSync(path.join(tmp, "back.xlsx")))).sheets[0];
    expect(sheet.values.find((row) => row[0] === "Measure dropped")?.[4]).toMatch(/\(earlier year, C3\)$/);
  });

  it("notes, not errors: two agencies, the same file twice", async () => {
    const seed = path.join(FIX, "seed000.xlsx");
    const agencies = await cli("compare", seed, path.join(FIX, "seed004.xlsx"), "--json");
    expect(agencies.code).toBe(0);
    expect(JSON.parse(agencies.out).notes).toContainEqual(expect.stringMatching(/^兩個計畫的機關不同（「高雄市兵役處」、「.+」）/));
    const same = await cli("compare", seed, seed, "--lang", "en");
    expect(same).toMatchObject({ code: 0, err: "" });
    expect(same.out.split("\n")[1]).toBe("Note: the two files are one and the same: nothing to compare.");
  });
});

describeWithPackage("python3-openpyxl", hasOpenpyxl())("service-plan rollover and compare, read back and edited by openpyxl", () => {
  const edited = path.join(tmp, "115年計畫_修訂.xlsx");

  it("the new year's workbook as openpyxl reads it: ids kept, results cleared, the title's year moved", async () => {
    const { plan } = await years();
    const read = readNext(next);
    expect(read.sheets).toEqual(["計畫表", "單位", "服務架構", "計畫標題"]);
    expect(read.ids).toEqual(plan.measures.map((m) => m.id));
    expect(read.results.filter((x) => x !== null && x !== "")).toEqual([]);
    expect(read.title).toBe("高雄市兵役處115年提升服務工作計畫");
  });

  it("edits of the new year are each reported once, in the report, as JSON and in the 比較 sheet (English)", async () => {
    await years();
    editInOpenpyxl(next, edited);
    const [beforeLast, beforeEdited] = [sha(last), sha(edited)];
    const text = await cli("compare", last, edited);
    expect(text.code).toBe(0);
    expect(text.out.split("\n").slice(0, 2)).toEqual([
      "比較 114年計畫.xlsx（114年度，54 項作法） → 115年計畫_修訂.xlsx（115年度，54 項作法）",
      "差異 年度 1、執行成效 1、新增作法 1、刪除作法 1、文字修改 1、執行單位變更 1",
    ]);

    const json = JSON.parse((await cli("compare", last, edited, "--json", "--lang", "en")).out);
    expect(json.counts).toEqual({
      "year-changed": 1,
      "results-changed": 1,
      "measure-added": 1,
      "measure-dropped": 1,
      "measure-reworded": 1,
      "units-changed": 1,
    });
    expect(json.differences.slice(2).map((d: { kind: string; params: { id: string } }) => `${d.kind} ${d.params.id}`)).toEqual([
      "measure-added 5-1-5",
      "measure-dropped 1-3-8",
      "measure-reworded 1-2-4",
      "units-changed 3-3-2",
    ]);
    expect(json.differences[5].message).toBe("The units of measure 3-3-2: 役政科 → 役政科, 秘書室");

    const out = path.join(tmp, "比較.xlsx");
    const r = await cli("compare", last, edited, "--out", out, "--lang", "en");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`Wrote ${out} (the comparison sheet).`);
    const sheet = readComparison(out);
    expect(sheet.sheets).toEqual(["比較"]);
    expect(sheet.rows[0]).toEqual(["Difference", "Id", "Earlier year (114)", "Later year (115)", "Note"]);
    expect(sheet.rows.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ["Year", null],
      ["Results", null],
      ["Measure added", "5-1-5"],
      ["Measure dropped", "1-3-8"],
      ["Reworded", "1-2-4"],
      ["Units changed", "3-3-2"],
    ]);
    expect(sheet.rows[5][2]).toContain("定期辦理");
    expect(sheet.rows[5][3]).toContain("每季辦理");
    expect([sha(last), sha(edited)]).toEqual([beforeLast, beforeEdited]);
  });
});

describe("service-plan rollover and compare: bad input in one sentence, exit 2", () => {
  it.each([
    [["rollover", path.join(FIX, "seed000.xlsx")], /--out/],
    [["rollover"], /請指定去年度的活頁簿/],
    [["rollover", path.join(FIX, "seed000.xlsx"), "--out", path.join(FIX, "seed000.xlsx")], /--out 不可與輸入檔相同/],
    [["rollover", path.join(FIX, "seed004.xlsx"), "--out", path.join(tmp, "x.xlsx")], /找不到計畫年度：請用 --year 指定新年度/],
    [["rollover", path.join(FIX, "seed000.xlsx"), "--out", path.join(tmp, "x.xlsx"), "--year", "next"], /--year 要民國年/],
    [
      ["rollover", path.join(FIX, "seed000.xlsx"), "--out", path.join(tmp, "x.xlsx"), "--year", "113"],
      /--year 113 不在「seed000.xlsx」的計畫年度 114 之後/,
    ],
    [["rollover", path.join(tmp, "missing.xlsx"), "--out", path.join(tmp, "x.xlsx")], /找不到檔案「missing.xlsx」/],
    [["compare", path.join(FIX, "seed000.xlsx")], /請指定兩個年度的活頁簿/],
    [["compare", path.join(FIX, "seed000.xlsx"), path.join(FIX, "not-a-workbook.xlsx")], /「not-a-workbook.xlsx」不是 Excel 活頁簿/],
    [
      ["compare", path.join(FIX, "seed000.xlsx"), path.join(FIX, "seed001.xlsx"), "--out", path.join(FIX, "seed001.xlsx")],
      /--out 不可與輸入檔相同/,
    ],
  ])("%j", async (argv, said) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(said);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(path.join(tmp, "x.xlsx"))).toBe(false);
  });

  it("in English throughout: too many workbooks, a bad --year, a file's framework sheet that is none (named)", async () => {
    const seed = path.join(FIX, "seed000.xlsx");
    const three = await cli("compare", seed, seed, seed, "--lang", "en");
    expect(three).toMatchObject({ code: 2, out: "" });
    expect(three.err).toMatch(/compare compares two workbooks, 3 given/);
    const year = await cli("rollover", seed, "--out", path.join(tmp, "x.xlsx"), "--year", "next", "--lang", "en");
    expect([year.code, year.err]).toEqual([2, expect.stringMatching(/--year takes a ROC year, e\.g\. --year 116 \(got "next"\)/)]);
    const annex = await cli("annex", seed, "--out", path.join(tmp, "x.xlsx"), "--year", "１１５x", "--lang", "en");
    expect([annex.code, annex.err]).toEqual([2, expect.stringMatching(/--year takes a ROC year, e\.g\. --year 115/)]);

    const plan = impose(
      makeGrid("計畫內容", [
        ["執行要項", "執行重點", "具體作法", "執行單位"],
        ["一、優質服務", "(一)建立標準作業流程", "1.訂定標準作業流程。", "役政科"],
      ]),
      {
        framework: BUILT_IN_FRAMEWORKS.kaohsiung,
      },
    );
    const badFramework = path.join(tmp, "badfw.xlsx");
    const made = setUpSheets(plan, BUILT_IN_FRAMEWORKS.kaohsiung, ["役政科"]);
    fs.writeFileSync(badFramework, await writeWorkbook([made.plan, made.units, { name: made.framework.name, rows: [["x"], ["y"]] }]));
    for (const lang of ["en", "zh-TW"]) {
      const r = await cli("compare", seed, badFramework, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(lang === "en" ? /"badfw\.xlsx": Framework sheet "服務架構"/ : /「badfw\.xlsx」：架構工作表「服務架構」/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(fs.existsSync(path.join(tmp, "x.xlsx"))).toBe(false);
  });

  it("the usage lists both commands", async () => {
    const r = await cli("--help");
    expect(r.out).toContain("service-plan rollover <workbook.xlsx> --out NEXT.xlsx");
    expect(r.out).toContain("service-plan compare <OLD.xlsx> <NEW.xlsx>");
  });
});
