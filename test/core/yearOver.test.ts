/**
 * The year's turn (issue 15, parts 3 and 4), in the core: seed 000 rolled over to the next year and
 * compared with itself reports the year and the cleared results and nothing else; one measure added,
 * one dropped, one reworded and one unit changed in the new year are each reported once. Deadlines,
 * titles and the framework's new wording on their own.
 */
import * as fs from "fs";
import * as path from "path";
import { changeMessage, type Change } from "../../src/core/changes";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import type { Framework } from "../../src/core/framework/types";
import { makeGrid, type CellValue, type Grid } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import type { Plan } from "../../src/core/plan";
import { resultRowsOf, resultColumn, resultsSheetSpec } from "../../src/core/results/resultsSheet";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { PLAN_TABLE_SHEET } from "../../src/core/workbook/planTable";
import { suggestUnits } from "../../src/core/workbook/unitsSheet";
import { compareYears, measuresWithResults, type Comparison } from "../../src/core/yearOver/compare";
import { compareSheetSpec } from "../../src/core/yearOver/compareSheet";
import { moveDeadline } from "../../src/core/yearOver/deadlines";
import { matchMeasures, measureSimilarity, REWORDED_DICE, SIMILAR_DICE } from "../../src/core/yearOver/measureMatch";
import { planYear, TITLE_SHEET } from "../../src/core/yearOver/planTitle";
import { rollOver, type RollOver } from "../../src/core/yearOver/rollOver";
import { moveYearInText } from "../../src/core/yearOver/yearText";
import { readWorkbook } from "../../src/files/xlsxRead";

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

describe("roll-over of seed 000 (114 → 115)", () => {
  it("keeps ids and measures, clears the results, moves the title's year, and lists each change in zh-TW and English", async () => {
    const { grid, plan: read } = await seed000();
    const { plan, resultsSheet } = withResults(read);
    expect(planYear([grid], grid, plan)).toBe(114);
    const rolled = rollOver({
      sheets: [grid],
      grid,
      plan,
      framework: KAOHSIUNG,
      units: suggestUnits(plan),
      resultsSheet,
      from: 114,
      to: 115,
    });

    expect(rolled.sheets.map((s) => s.name)).toEqual(["計畫表", "單位", "服務架構", TITLE_SHEET]);
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
    ]);
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
    for (const c of rolled.changes) expect(changeMessage(c, "en")).not.toMatch(/[年項作法清空標題執行]{2}/); // quoted plan text aside
  });

  it("then compared with last year: the year and the cleared results, nothing else", async () => {
    const { grid, plan: read } = await seed000();
    const { plan, resultsSheet } = withResults(read);
    const rolled = rollOver({
      sheets: [grid],
      grid,
      plan,
      framework: KAOHSIUNG,
      units: suggestUnits(plan),
      resultsSheet,
      from: 114,
      to: 115,
    });
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
    const rolled = rollOver({
      sheets: [grid],
      grid,
      plan,
      framework: KAOHSIUNG,
      units: suggestUnits(plan),
      resultsSheet: null,
      from: 114,
      to: 115,
    });
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
    expect([REWORDED_DICE, SIMILAR_DICE]).toEqual([0.5, 0.6]);
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
