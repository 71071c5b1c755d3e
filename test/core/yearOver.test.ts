/**
 * The year's turn (issue 15, parts 3 and 4), in the core: seed 000 rolled over to the next year and
 * compared with itself reports the year and the cleared results and nothing else; one measure added,
 * one dropped, one reworded and one unit changed in the new year are each reported once. Deadlines,
 * titles and the framework's new wording on their own.
 */
import * as fs from "fs";
import * as path from "path";
import { changeMessage, type Change, type ChangeKind, type ChangeParamsByKind } from "../../src/core/changes";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import type { Framework } from "../../src/core/framework/types";
import { makeGrid, type CellValue, type Grid } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import type { Plan } from "../../src/core/plan";
import { resultRowsOf, resultColumn, resultsSheetSpec } from "../../src/core/results/resultsSheet";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { FRAMEWORK_SHEET } from "../../src/core/workbook/frameworkSheet";
import { PLAN_TABLE_SHEET } from "../../src/core/workbook/planTable";
import { suggestUnits } from "../../src/core/workbook/unitsSheet";
import { compareYears, measuresWithResults, type Comparison } from "../../src/core/yearOver/compare";
import { compareSheetSpec } from "../../src/core/yearOver/compareSheet";
import { moveDeadline } from "../../src/core/yearOver/deadlines";
import { matchMeasures, measureSimilarity } from "../../src/core/yearOver/measureMatch";
import { NOTES_SHEET, planYear, TITLE_SHEET } from "../../src/core/yearOver/planTitle";
import { rollOver, type RollOver } from "../../src/core/yearOver/rollOver";
import { suggestAnnexTitle } from "../../src/core/annex/annexTitle";
import { moveYearInText, yearsIn } from "../../src/core/text/years";
import { PLAN_FRAMEWORK_ID } from "../../src/core/framework/fromPlan";
import { readPlan } from "../../src/core/workflows/frameworkChoice";
import { readWorkbook } from "../../src/files/xlsxRead";
import { changhua108 } from "../support/changhua108";
import { layoutGrid } from "../support/seedFixtures";

const KAOHSIUNG = BUILT_IN_FRAMEWORKS.kaohsiung;

async function seed000() {
  const wb = await readWorkbook(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed000.xlsx")));
  const grid = wb.sheets[0];
  return { grid, plan: impose(grid, { framework: KAOHSIUNG }) };
}

/** Last year's plan with results typed beside three measures, and a results sheet with two rows reported. */
function withResults(plan: Plan): { plan: Plan; resultsSheet: Grid } {
  const typed = new Map([
    ["1-1-1", "辦理研習 2 場"],
    ["1-2-4", "電話禮貌測試 4 次"],
    ["3-3-2", "代檢 120 人次"],
  ]);
  const measures = plan.measures.map((m) => (typed.has(m.id) ? { ...m, results: typed.get(m.id)! } : m));
  const { spec } = resultsSheetSpec(plan, suggestUnits(plan), "年終");
  let reported = 0;
  for (const row of spec.rows.slice(1))
    if (reported < 2 && row[resultColumn("id")] !== "") {
      row[resultColumn("status")] = "已完成";
      row[resultColumn("result")] = "已辦理";
      reported++;
    }
  return { plan: { ...plan, measures }, resultsSheet: makeGrid(spec.name, spec.rows) };
}

/** The ids of measures with a result typed beside them or reported on the sheet. */
/** A seed 000 plan rolled over from 114 to 115, against Kaohsiung's framework, with its own units. */
function seed000To115(grid: Grid, plan: Plan, resultsSheet: Grid | null) {
  return rollOver({ sheets: [grid], grid, plan, framework: KAOHSIUNG, units: suggestUnits(plan), resultsSheet, from: 114, to: 115 });
}

function withResultsIds(plan: Plan, sheet: Grid): Set<string> {
  const reported = resultRowsOf(sheet)
    .filter((r) => r.status !== "")
    .map((r) => r.id);
  return new Set([...plan.measures.filter((m) => m.results).map((m) => m.id), ...reported]);
}

const gridOf = (spec: SheetSpec): Grid => makeGrid(spec.name, spec.rows);

/** The new year's plan, read back from the plan table the roll-over wrote. */
function planOf(rolled: RollOver, framework: Framework = KAOHSIUNG): { grid: Grid; plan: Plan } {
  const grid = gridOf(rolled.sheets.find((s) => s.name === PLAN_TABLE_SHEET)!);
  return { grid, plan: impose(grid, { framework }) };
}

const kinds = (changes: readonly Change[]) => changes.map((c) => c.kind);

/** Chinese characters and CJK punctuation (「」、，). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Every text a change's params hold (the plan's own words, quoted as written). */
function paramTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(paramTexts);
  if (value && typeof value === "object") return Object.values(value).flatMap(paramTexts);
  return [];
}

/** A change's English sentence with its params' texts, and our own sheets' names, taken out: what must be English. */
function englishWithoutParams(c: Change): string {
  let sentence = changeMessage(c, "en");
  const texts = [...paramTexts(c.params), FRAMEWORK_SHEET].flatMap((t) => [t, t.split("\n")[0].trim()]);
  for (const t of texts.sort((a, b) => b.length - a.length)) if (t !== "") sentence = sentence.split(t).join("");
  // Quoted params are shortened to their first 40 characters: take out what is left of a quote.
  return sentence.replace(/"[^"]*…"/g, "");
}

describe("roll-over of seed 000 (114 → 115)", () => {
  it("keeps ids and measures, clears the results, moves the title's year, and lists each change in zh-TW and English", async () => {
    const { grid, plan: read } = await seed000();
    const { plan, resultsSheet } = withResults(read);
    expect(planYear([grid], grid, plan)).toBe(114);
    const rolled = seed000To115(grid, plan, resultsSheet);

    expect(rolled.sheets.map((s) => s.name)).toEqual(["計畫表", "單位", "服務架構", TITLE_SHEET, NOTES_SHEET]);
    // The notes below the table (伍、推動及管考 … 陸、其他) are carried, one a row.
    expect(rolled.sheets[4].rows.map((r) => r[0])).toEqual(plan.notes.map((n) => n.text));
    expect(rolled.sheets[4].rows[0]).toEqual(["伍、推動及管考"]);
    expect(rolled.plan.notes).toEqual(plan.notes);
    expect(rolled.plan.measures.map((m) => m.id)).toEqual(plan.measures.map((m) => m.id));
    expect(rolled.plan.measures.filter((m) => m.results !== null)).toEqual([]);
    const title = rolled.sheets.find((s) => s.name === TITLE_SHEET)!;
    expect(title.rows[0][0]).toBe("高雄市兵役處115年提升服務工作計畫");
    expect(title.rows.flat().join("")).not.toContain("執行要項"); // the title stops above the table's header

    expect(kinds(rolled.changes)).toEqual([
      "year-moved",
      "title-moved",
      "results-cleared",
      "results-sheet-left",
      "focus-reworded",
      "focus-reworded",
      "focus-reworded",
      "notes-carried",
    ]);
    expect(changeMessage(rolled.changes[7])).toBe("表格外的附註 5 則（「伍、推動及管考」等）帶入新年度的「計畫附註」");
    const [year, titled, cleared, left] = rolled.changes;
    expect(year.params).toEqual({ from: 114, to: 115 });
    expect(titled).toEqual({
      kind: "title-moved",
      cell: "A1",
      params: { sheet: "計畫內容", before: "高雄市兵役處114年提升服務工作計畫", after: "高雄市兵役處115年提升服務工作計畫" },
    });
    expect(cleared.params).toEqual({ count: 3, ids: ["1-1-1", "1-2-4", "3-3-2"] });
    expect(left.params).toEqual({ sheet: "成效填報", rows: 2 });
    // Seed 000 labels 傾聽民眾意見 (三) under pillar 2: the framework's (四) and wording are taken.
    const relabelled = rolled.changes.find((c) => c.kind === "focus-reworded" && c.params.focus === "2-4")!;
    expect(relabelled.params).toMatchObject({ before: "(三)傾聽民眾意見，積極回應，有效協助民眾解決問題。", measures: 1 });
    expect(rolled.plan.measures.find((m) => m.id === "2-4-1")).toMatchObject({
      focusText: "(四)傾聽民眾意見，積極回應，有效協助民眾解決問題",
      label: "(四)",
    });

    expect(changeMessage(cleared)).toBe("清空 3 項作法的執行成效（1-1-1、1-2-4、3-3-2），新年度重新填報");
    expect(changeMessage(cleared, "en")).toBe("The results of 3 measures cleared (1-1-1, 1-2-4, 3-3-2), to be reported anew");
    expect(changeMessage(year, "en")).toBe("The plan's year: 114 → 115 (ROC)");
    for (const c of rolled.changes) expect(englishWithoutParams(c)).not.toMatch(CJK);
  });

  it("then compared with last year: the year and the cleared results, nothing else", async () => {
    const { grid, plan: read } = await seed000();
    const { plan, resultsSheet } = withResults(read);
    const rolled = seed000To115(grid, plan, resultsSheet);
    const next = planOf(rolled);
    const sheets = [next.grid, ...rolled.sheets.slice(1).map(gridOf)];
    expect(planYear(sheets, next.grid, next.plan)).toBe(115);

    const comparison = compareYears(
      { plan, framework: KAOHSIUNG, year: 114, results: measuresWithResults(plan, resultRowsOf(resultsSheet)) },
      { plan: next.plan, framework: KAOHSIUNG, year: planYear(sheets, next.grid, next.plan), results: measuresWithResults(next.plan, []) },
    );
    expect(comparison.differences).toEqual([
      { kind: "year-changed", cell: "", params: { before: 114, after: 115 } },
      { kind: "results-changed", cell: "", params: { before: withResultsIds(plan, resultsSheet).size, after: 0 } },
    ]);
    expect(comparison.before).toEqual({ year: 114, measures: 54, results: 4 }); // 3 typed beside, 2 rows on the sheet, one of them 1-1-1's
  });
});

/** The rolled plan table with the four edits of the issue: one added, one dropped, one reworded, one unit changed. */
function editedPlanTable(rolled: RollOver): Grid {
  const rows = rolled.sheets[0].rows.map((r) => [...r]);
  const col = (h: string) => rows[0].indexOf(h);
  const [id, measure, units] = [col("編號"), col("具體作法"), col("執行單位")];
  const rowOf = (x: string) => rows.findIndex((r) => r[id] === x);
  rows[rowOf("1-2-4")][measure] = "注意電話禮貌，並每季辦理電話禮貌測試，建立親切、友善的服務形象。";
  rows[rowOf("3-3-2")][units] = "役政科、秘書室";
  const added: CellValue[] = [...rows[rowOf("5-1-4")]];
  added[id] = "";
  added[measure] = "建置役政資料開放專區，每月更新役男徵集統計。";
  added[units] = "役政科";
  rows.splice(rowOf("5-1-4") + 1, 0, added);
  rows.splice(rowOf("1-3-8"), 1);
  return makeGrid(PLAN_TABLE_SHEET, rows);
}

describe("comparing two years", () => {
  async function editedComparison(): Promise<Comparison> {
    const { grid, plan } = await seed000();
    const rolled = seed000To115(grid, plan, null);
    const edited = impose(editedPlanTable(rolled), { framework: KAOHSIUNG });
    return compareYears(
      { plan, framework: KAOHSIUNG, year: 114, results: 0 },
      { plan: edited, framework: KAOHSIUNG, year: 115, results: 0 },
    );
  }

  it("reports each edit of the new year once: added, dropped, reworded, units changed", async () => {
    const comparison = await editedComparison();
    expect(comparison.differences.map((d) => [d.kind, "id" in d.params ? d.params.id : ""])).toEqual([
      ["year-changed", ""],
      ["measure-added", "5-1-5"],
      ["measure-dropped", "1-3-8"],
      ["measure-reworded", "1-2-4"],
      ["units-changed", "3-3-2"],
    ]);
    const reworded = comparison.differences.find((d) => d.kind === "measure-reworded")!;
    expect(reworded.params).toMatchObject({
      oldId: "1-2-4",
      before: expect.stringContaining("定期辦理"),
      after: expect.stringContaining("每季辦理"),
    });
    expect(comparison.differences.find((d) => d.kind === "units-changed")!.params).toEqual({
      id: "3-3-2",
      before: ["役政科"],
      after: ["役政科", "秘書室"],
    });
    expect(comparison.differences.map((d) => changeMessage(d))).toEqual([
      "年度：114 → 115",
      "新增作法 5-1-5：「建置役政資料開放專區，每月更新役男徵集統計。」",
      "刪除作法 1-3-8：「廁所設置緊急按鈕警鈴，增加民眾使用安全。」",
      expect.stringMatching(/^作法 1-2-4 文字修改（相似度 \d+%）：「注意電話禮貌，並定期/),
      "作法 3-3-2 的執行單位：役政科 → 役政科、秘書室",
    ]);
  });

  it("as the 比較 sheet: a header, then one row per difference with both years' text, in either language", async () => {
    const comparison = await editedComparison();
    const zh = compareSheetSpec(comparison);
    expect(zh.name).toBe("比較");
    expect(zh.rows[0]).toEqual(["差異", "編號", "舊年度（114年）", "新年度（115年）", "說明"]);
    expect(zh.rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["年度", ""],
      ["新增作法", "5-1-5"],
      ["刪除作法", "1-3-8"],
      ["文字修改", "1-2-4"],
      ["執行單位變更", "3-3-2"],
    ]);
    expect(zh.rows[4][2]).toContain("定期辦理");
    expect(zh.rows[4][3]).toContain("每季辦理");
    const en = compareSheetSpec(comparison, "en");
    expect(en.rows[0]).toEqual(["Difference", "Id", "Earlier year (114)", "Later year (115)", "Note"]);
    expect(en.rows[5][4]).toBe("The units of measure 3-3-2: 役政科 → 役政科, 秘書室");
    expect(compareSheetSpec({ ...comparison, differences: [] }).rows[1][0]).toBe("兩個年度的計畫沒有差異");
  });

  it("coverage gained or lost: a focus point covered in one year and by no measure in the other", async () => {
    const { plan } = await seed000();
    const without = { ...plan, measures: plan.measures.filter((m) => m.focus !== "5-2") };
    const side = (p: Plan) => ({ plan: p, framework: KAOHSIUNG, year: 115, results: 0 });
    const lost = compareYears(side(plan), side(without)).differences;
    expect(lost.map((d) => d.kind)).toEqual(["measure-dropped", "coverage-lost"]);
    expect(lost[1].params).toMatchObject({ focus: "5-2", label: "五(二)" });
    expect(compareYears(side(without), side(plan)).differences.map((d) => d.kind)).toEqual(["measure-added", "coverage-gained"]);
  });

  it("an id a dropped measure left to an unrelated one is no rewording; the same wording under a new id is no change", async () => {
    const { plan } = await seed000();
    const [a, b] = [plan.measures[1], plan.measures[2]];
    const swapped = matchMeasures([a], [{ ...b, id: a.id }]);
    expect(swapped.pairs).toEqual([]);
    expect([swapped.added.length, swapped.dropped.length]).toEqual([1, 1]);
    const renumbered = matchMeasures([a], [{ ...a, id: "9-9-9" }]);
    expect(renumbered.pairs).toEqual([{ before: a, after: { ...a, id: "9-9-9" }, similarity: 1 }]);
  });

  it("a heavy rewording pairs under its own id (Dice 0.57 ≥ 0.5), not under another (< 0.6); a light one under either", async () => {
    const { plan } = await seed000();
    const phone = plan.measures.find((m) => m.id === "1-2-4")!;
    const heavy = { ...phone, text: "注意電話禮貌，每季抽測，建立友善的服務形象。" };
    const light = { ...phone, text: "注意電話禮貌，並每季辦理電話禮貌測試，建立親切、友善的服務形象。" };
    expect(measureSimilarity(phone, heavy)).toBeCloseTo(0.57, 2);
    expect(matchMeasures([phone], [heavy]).pairs).toHaveLength(1);
    expect(matchMeasures([phone], [{ ...heavy, id: "1-2-8" }])).toMatchObject({
      pairs: [],
      added: [{ id: "1-2-8" }],
      dropped: [{ id: "1-2-4" }],
    });
    expect(matchMeasures([phone], [{ ...light, id: "1-2-8" }]).pairs).toEqual([
      { before: phone, after: { ...light, id: "1-2-8" }, similarity: 0.875 },
    ]);
  });
});

describe("deadlines and titles in the new year", () => {
  it("moves a date to the same day of the new year as it was written; clears a day the year lacks; keeps phrases", () => {
    expect(moveDeadline("114年12月31日", 1)).toEqual({ kind: "moved", text: "115年12月31日", iso: "2026-12-31" });
    expect(moveDeadline("民國114年6月30日前", 1)).toEqual({ kind: "moved", text: "民國115年6月30日前", iso: "2026-06-30" });
    expect(moveDeadline("114/3/31", 1)).toEqual({ kind: "moved", text: "115/3/31", iso: "2026-03-31" });
    expect(moveDeadline("2025-12-31", 1)).toEqual({ kind: "moved", text: "2026-12-31", iso: "2026-12-31" });
    expect(moveDeadline("113年2月29日", 1)).toEqual({ kind: "cleared" });
    expect(moveDeadline("持續辦理", 1)).toEqual({ kind: "kept" });
    expect(moveDeadline("113/02/30", 1)).toEqual({ kind: "kept" });
  });

  it("reports the deadlines moved once per wording, and measures that name the old year", async () => {
    const { grid, plan } = await seed000();
    const dated = {
      ...plan,
      measures: plan.measures.map((m, i) =>
        i === 0
          ? { ...m, text: `${m.text}114年度完成。` }
          : { ...m, deadline: i % 2 ? "114年12月31日" : i === 2 ? "113年2月29日" : "持續辦理" },
      ),
    };
    const rolled = rollOver({ sheets: [grid], grid, plan: dated, framework: KAOHSIUNG, units: [], resultsSheet: null, from: 114, to: 115 });
    const byKind = (k: string) => rolled.changes.filter((c) => c.kind === k).map((c) => c.params);
    expect(byKind("deadlines-moved")).toEqual([{ from: "114年12月31日", to: "115年12月31日", count: 27 }]);
    expect(byKind("deadline-cleared")).toEqual([{ text: "113年2月29日", count: 1 }]);
    expect(byKind("year-in-measure")).toEqual([{ year: 114, ids: ["0-0-1"] }]);
    expect(rolled.plan.measures[1]).toMatchObject({ deadline: "115年12月31日", deadlineDate: "2026-12-31" });
    expect(rolled.plan.measures[2]).toMatchObject({ deadline: null, deadlineDate: null });
    expect(rolled.plan.measures[4].deadline).toBe("持續辦理");
  });

  it("moves the title's year only where it is a year, and gives a title with none the new year after the agency", () => {
    expect(moveYearInText("高雄市鳥松區公所 113 年度提升服務執行計畫", 113, 114)).toBe("高雄市鳥松區公所 114 年度提升服務執行計畫");
    expect(moveYearInText("依1130年計畫", 113, 114)).toBe("依1130年計畫");
    expect(moveYearInText("１１３年度計畫", 113, 114)).toBe("114年度計畫");
    const grid = makeGrid("計畫", [
      ["花蓮縣榮民服務處提升政府服務效能具體作法"],
      [],
      ["實施要領", "具體做法", "負責業參"],
      ["一、完備基礎服務項目", "1.訂定標準作業流程", "總務"],
    ]);
    const plan = impose(grid, { framework: BUILT_IN_FRAMEWORKS.vac });
    expect(planYear([grid], grid, plan)).toBeNull();
    const rolled = rollOver({
      sheets: [grid],
      grid,
      plan,
      framework: BUILT_IN_FRAMEWORKS.vac,
      units: ["總務"],
      resultsSheet: null,
      from: null,
      to: 116,
    });
    expect(rolled.sheets[3].rows).toEqual([["花蓮縣榮民服務處116年度提升政府服務效能具體作法"]]);
    expect(rolled.changes.map((c) => changeMessage(c))).toEqual([
      "計畫年度訂為 116 年（原計畫標題沒有年度）",
      "「計畫」的標題「花蓮縣榮民服務處提升政府服務效能具體作法」改為「花蓮縣榮民服務處116年度提升政府服務效能具體作法」",
      // The pillar as the plan shortened it takes the framework's wording.
      "執行要項依架構的新文字更新（1 項作法）：「一、完備基礎服務項目」→「一、完備基礎服務項目，注重服務特性差異化」",
    ]);
  });
});

describe("one reading of years (text/years.ts): titles, deadlines and measures", () => {
  it("reads ROC and AD years, full-width digits, 中華民國, and no number inside a longer one", () => {
    const rocs = (t: string) => yearsIn(t).map((y) => y.roc);
    expect(rocs("高雄市兵役處１１４年提升服務工作計畫")).toEqual([114]);
    expect(rocs("高雄市兵役處2025年提升服務工作計畫")).toEqual([114]);
    expect(rocs("中華民國114年高雄市兵役處提升服務工作計畫")).toEqual([114]);
    expect(rocs("（114 年度）")).toEqual([114]);
    expect(rocs("114/6/30、2025-12-31、114.3.1")).toEqual([114, 114, 114]);
    expect(rocs("依1130年計畫，文號1140012345，2114年，第5年")).toEqual([]);
    expect(moveYearInText("高雄市兵役處2025年提升", 114, 115)).toBe("高雄市兵役處2026年提升");
    expect(moveYearInText("高雄市兵役處１１４年（文號１１４００１）", 114, 115)).toBe("高雄市兵役處115年（文號１１４００１）");
  });

  /** A plan of three measures under `titles`, with `deadlines` and, below the table, a note. */
  function titled(titles: string[], deadlines: string[] = ["114年12月31日"]): { grid: Grid; plan: Plan } {
    const rows: CellValue[][] = [
      ...titles.map((t) => [t]),
      ["執行要項", "執行重點", "具體作法", "執行單位", "完成期限"],
      ["一、優質服務", "(一)建立標準作業流程", "1.訂定標準作業流程，並公開於網站。", "役政科", deadlines[0]],
      ["一、優質服務", "(一)建立標準作業流程", "2.每年檢討作業流程，簡化申辦程序。", "秘書室", deadlines[1 % deadlines.length]],
      ["一、優質服務", "(二)提升服務品質", "1.辦理員工服務禮儀訓練。", "秘書室", deadlines[2 % deadlines.length]],
      [],
      ["備註：本計畫114年度經費由各科室自行編列。"],
    ];
    const grid = makeGrid("計畫內容", rows);
    return { grid, plan: impose(grid, { framework: KAOHSIUNG }) };
  }

  const roll = (p: { grid: Grid; plan: Plan }, to = 115, from: number | null = planYear([p.grid], p.grid, p.plan)) =>
    rollOver({ sheets: [p.grid], grid: p.grid, plan: p.plan, framework: KAOHSIUNG, units: [], resultsSheet: null, from, to });

  it.each([
    [["高雄市兵役處１１４年提升服務工作計畫"], "高雄市兵役處115年提升服務工作計畫"],
    [["高雄市兵役處2025年提升服務工作計畫"], "高雄市兵役處2026年提升服務工作計畫"],
    [["中華民國114年高雄市兵役處提升服務工作計畫"], "中華民國115年高雄市兵役處提升服務工作計畫"],
    [["高雄市兵役處提升服務工作計畫", "（114年度）"], "（115年度）"],
  ])("a title %j names the year: it is found, with the agency, and moved", (titles, moved) => {
    const p = titled(titles);
    expect(suggestAnnexTitle(p.grid, p.plan)).toEqual({ agency: "高雄市兵役處", year: 114 });
    const rolled = roll(p);
    expect(rolled.changes[0].params).toEqual({ from: 114, to: 115 });
    expect(rolled.changes.map((c) => changeMessage(c)).join("\n")).not.toContain("原計畫標題沒有年度");
    expect(rolled.sheets.find((s) => s.name === TITLE_SHEET)!.rows.flat()).toContain(moved);
  });

  it("moves deadlines that name the old year, phrases too; the notes' year moved", () => {
    const phrases = ["114年底前", "114年下半年", "114年1月至12月", "114年度", "114年12月31日前完成"];
    const rolled = roll(titled(["高雄市兵役處114年提升服務工作計畫"], phrases.slice(0, 3)));
    expect(rolled.plan.measures.map((m) => m.deadline)).toEqual(["115年底前", "115年下半年", "115年1月至12月"]);
    const rest = roll(titled(["高雄市兵役處114年提升服務工作計畫"], phrases.slice(3)));
    expect(rest.plan.measures.map((m) => m.deadline)).toEqual(["115年度", "115年12月31日前完成", "115年度"]);
    expect(rest.changes.filter((c) => c.kind === "deadlines-moved").map((c) => c.params)).toEqual([
      { from: "114年度", to: "115年度", count: 2 },
      { from: "114年12月31日前完成", to: "115年12月31日前完成", count: 1 },
    ]);
    expect(moveDeadline("113/02/30", 1)).toEqual({ kind: "kept" });
    expect(rest.plan.notes.map((n) => n.text)).toEqual(["備註：本計畫115年度經費由各科室自行編列。"]);
    expect(rest.sheets.find((s) => s.name === NOTES_SHEET)!.rows).toEqual([["備註：本計畫115年度經費由各科室自行編列。"]]);
    const notes = rest.changes.find((c) => c.kind === "notes-carried")!;
    expect(changeMessage(notes, "en")).toBe(
      '1 note outside the plan\'s table ("備註：本計畫115年度經費由各科室自行編列。") carried to "計畫附註", the year moved in 1',
    );
  });

  it("last year unknown (a title with no year, the new year given): the deadlines are said not to be moved", () => {
    const p = titled(["高雄市兵役處提升服務工作計畫"], ["114年底前", "持續辦理", "114/6/30"]);
    expect(planYear([p.grid], p.grid, p.plan)).toBeNull();
    const rolled = roll(p, 115, null);
    expect(rolled.plan.measures.map((m) => m.deadline)).toEqual(["114年底前", "持續辦理", "114/6/30"]);
    const said = rolled.changes.find((c) => c.kind === "deadlines-not-moved")!;
    expect(said.params).toEqual({ count: 2, to: 115 });
    expect(changeMessage(said)).toBe("原計畫標題沒有年度，2 項作法的完成期限寫有年度，未移到 115 年，請檢查");
    expect(changeMessage(said, "en")).toBe(
      "The plan's title names no year: the deadlines of 2 measures name a year and were not moved to 115, to be checked",
    );
  });
});

describe("comparing plans read against their own frameworks: focus points by wording", () => {
  it("a focus point inserted in 108 is one gained, and moves nothing (the frameworks differ, matched by wording)", () => {
    const [old, next] = [layoutGrid("changhua107"), changhua108()].map((g) => readPlan({ kind: "detect" }, g));
    expect(old.framework.id).toBe(PLAN_FRAMEWORK_ID);
    const year = (r: typeof old, y: number) => ({ plan: r.plan, framework: r.framework, year: y, results: 0 });
    const comparison = compareYears(year(old, 107), year(next, 108));
    expect(comparison.differences.map((d) => d.kind)).toEqual(["year-changed", "measure-added", "coverage-gained"]);
    expect(comparison.differences[2].params).toMatchObject({ text: "數位服務便利化", label: "一(一)" });
    expect(comparison.frameworks).toMatchObject({ differ: true, matchedBy: "wording" });
    // The same plan on both sides: nothing but the year.
    expect(
      compareYears(year(old, 107), year(readPlan({ kind: "detect" }, layoutGrid("changhua107")), 108)).differences.map((d) => d.kind),
    ).toEqual(["year-changed"]);
  });

  it("one built-in framework on both sides: by id, the frameworks the same", async () => {
    const { plan } = await seed000();
    const side = { plan, framework: KAOHSIUNG, year: 114, results: 0 };
    expect(compareYears(side, side).frameworks).toEqual({ before: KAOHSIUNG.name, after: KAOHSIUNG.name, differ: false, matchedBy: "id" });
  });
});

/** A sample of every change kind's params, the plan's own words in Chinese (tsc asks for a new kind's). */
const SAMPLES: { [K in ChangeKind]: ChangeParamsByKind[K][] } = {
  "header-found": [{ row: 3, columns: [{ role: "measure", column: "C" }] }],
  "column-kept": [{ header: "備註" }],
  "column-unmapped": [{ column: "F", header: "經費", name: "經費" }],
  "column-role-decided": [
    { column: "B", header: "實施要項", role: "focus", alternatives: ["pillar"], because: "pillars-on-left", neighbour: "A" },
    { column: "B", header: "工作重點", role: "measure", alternatives: ["focus"], because: "content", neighbour: "" },
  ],
  "framework-from-plan": [
    {
      tried: "高雄市政府提升服務實施計畫",
      pillarsMatched: 1,
      pillarsWritten: 4,
      focusMatched: 0,
      focusWritten: 9,
      pillars: 4,
      focusPoints: 9,
    },
  ],
  "repeated-header-skipped": [{}],
  "page-break-joined": [{ previousRow: 12 }],
  "merge-filled": [{}],
  "measures-split": [{ count: 2 }],
  "subitems-joined": [{ previousCell: "C7" }],
  "units-aligned": [{ how: "by-group" }, { how: "by-line" }],
  "units-ambiguous": [{ measures: 3 }],
  "blanket-unit": [{ units: ["各科室", "全處"] }],
  "spacing-cleaned": [{}],
  "pillar-unmatched": [{ text: "一、便民服務", framework: "高雄市政府提升服務實施計畫" }],
  "focus-unmatched": [{ text: "(一)數位服務便利化", framework: "高雄市政府提升服務實施計畫" }],
  "focus-relabelled": [{ label: "(三)", focus: "2-4", focusLabel: "(四)" }],
  "focus-group": [{ focusPoints: ["1-1", "1-2"] }],
  "hidden-row": [{}],
  "error-value": [{ value: "#REF!" }],
  "formula-text": [{ formula: '=CONCATENATE("公式")' }],
  "date-value": [{ text: "114年12月31日" }],
  "number-as-text": [{ value: "12345" }],
  "note-kept": [{}],
  "id-duplicate": [{ id: "1-1-1" }],
  "far-cells": [{ count: 2, cells: ["XFD1048576", "Z900"] }],
  "beyond-read": [{ read: "A1:AD10000", used: "A1:AZ20000" }],
  "mapping-applied": [
    { what: "header", written: "負責業參", role: "units", column: "D", sheet: "對照表" },
    { what: "unit", written: "役政災防科", unit: "役政災防課", sheet: "對照表" },
  ],
  "year-moved": [
    { from: 114, to: 115 },
    { from: null, to: 116 },
  ],
  "title-moved": [{ sheet: "計畫內容", before: "高雄市兵役處114年提升服務工作計畫", after: "高雄市兵役處115年提升服務工作計畫" }],
  "title-missing": [{ year: 115 }],
  "results-cleared": [{ count: 1, ids: ["1-1-1"] }],
  "results-sheet-left": [{ sheet: "成效填報", rows: 4 }],
  "deadlines-moved": [{ from: "114年底前", to: "115年底前", count: 2 }],
  "deadline-cleared": [{ text: "113年2月29日", count: 1 }],
  "pillar-reworded": [{ pillar: 1, before: "一、完備基礎服務項目", after: "一、完備基礎服務項目，注重服務特性差異化", measures: 2 }],
  "focus-reworded": [{ focus: "2-4", before: "(三)傾聽民眾意見", after: "(四)傾聽民眾意見，積極回應", measures: 1 }],
  "year-in-measure": [{ year: 114, ids: ["0-0-1"] }],
  "deadlines-not-moved": [{ count: 2, to: 115 }],
  "notes-carried": [{ sheet: "計畫附註", count: 5, first: "伍、推動及管考", moved: 1 }],
  "year-changed": [
    { before: 114, after: 115 },
    { before: null, after: null },
  ],
  "results-changed": [{ before: 4, after: 0 }],
  "measure-added": [{ id: "5-1-5", text: "建置役政資料開放專區，每月更新役男徵集統計。" }],
  "measure-dropped": [{ id: "1-3-8", text: "廁所設置緊急按鈕警鈴，增加民眾使用安全。" }],
  "measure-reworded": [
    { id: "1-2-4", oldId: "1-2-3", before: "注意電話禮貌，並定期辦理", after: "注意電話禮貌，並每季辦理", similarity: 0.88 },
  ],
  "measure-moved": [{ id: "1-2-1", before: "一(一)", after: "一(二)" }],
  "units-changed": [
    { id: "3-3-2", before: ["役政科"], after: ["役政科", "秘書室"] },
    { id: "3-3-2", before: [], after: ["役政科"] },
  ],
  "coverage-gained": [{ focus: "1-1", label: "一(一)", text: "數位服務便利化" }],
  "coverage-lost": [{ focus: "5-2", label: "五(二)", text: "創新服務方式" }],
};

describe("every change kind's English sentence is English (the plan's own words aside)", () => {
  const samples = (Object.entries(SAMPLES) as [ChangeKind, unknown[]][]).flatMap(([kind, list]) =>
    list.map((params) => ({ kind, cell: "A1", params }) as Change),
  );
  it.each(samples.map((c) => [c.kind, c] as const))("%s", (_, c) => {
    expect(englishWithoutParams(c)).not.toMatch(CJK);
    expect(changeMessage(c)).toMatch(CJK); // and the zh-TW one is Chinese
  });
});

describe("matching large plans", () => {
  it("3,000 measures with 3,000 others, all opening 辦理服務…: the one reworded pair found (the old matcher scored all 9 million pairs)", async () => {
    const { plan } = await seed000();
    const phone = plan.measures.find((m) => m.id === "1-2-4")!;
    const chars =
      "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經";
    const wording = (seed: number) => {
      let [s, x] = ["辦理服務", seed];
      for (let i = 0; i < 40; i++) s += chars[(x = (x * 1103515245 + 12345) & 0x7fffffff) % chars.length];
      return s;
    };
    const n = 3000;
    const before = Array.from({ length: n }, (_, i) => ({ ...phone, id: `1-1-${i}`, text: wording(i) }));
    const after = Array.from({ length: n }, (_, i) => ({ ...phone, id: `2-1-${i}`, text: wording(i + 7 * n) }));
    before.push(phone);
    after.push({ ...phone, id: "9-9-9", text: "注意電話禮貌，並每季辦理電話禮貌測試，建立親切、友善的服務形象。" });
    const match = matchMeasures(before, after);
    expect(match.pairs.map((p) => [p.before.id, p.after.id])).toContainEqual(["1-2-4", "9-9-9"]);
  }, 5000);
});
