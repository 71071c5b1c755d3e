/**
 * Plans of other cities' frameworks (issue 15): Taichung 106 (實施要項 | 執行策略 | 執行方法 | 承辦單位) and
 * Changhua 107 (實施構面 | 實施要項 | 推動策略 | 執行單位), built in the seeds' format
 * (test/fixtures/layouts/). No built-in framework fits them, so each is read against its own pillars
 * and focus points, kept as the 服務架構 sheet and checked against it.
 */
import * as fs from "fs";
import * as path from "path";
import { changeMessage, type Change } from "../../src/core/changes";
import { validatePlan } from "../../src/core/checks/validate";
import { frameworkFit, fits } from "../../src/core/framework/fit";
import { frameworkFromPlan, PLAN_FRAMEWORK_ID } from "../../src/core/framework/fromPlan";
import { KAOHSIUNG } from "../../src/core/framework/kaohsiung";
import type { Framework } from "../../src/core/framework/types";
import { makeGrid, type CellValue, type Grid } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import type { Plan } from "../../src/core/plan";
import { readCustomFramework } from "../../src/core/workbook/frameworkSheet";
import { setUpSheets } from "../../src/core/workbook/setUpSheets";
import { checkPlanTable } from "../../src/core/workflows/check";
import { chooseFramework, readPlan, recordedFramework } from "../../src/core/workflows/frameworkChoice";
import { planSetUp } from "../../src/core/workflows/setUp";
import { readWorkbook } from "../../src/files/xlsxRead";
import { layoutGrid, LAYOUT_DIR, readLayout, rowsToGrid, seedGrid, SEEDS } from "../support/seedFixtures";

const ofKind = <K extends Change["kind"]>(plan: Plan, kind: K) =>
  plan.changes.filter((c): c is Extract<Change, { kind: K }> => c.kind === kind);
const outline = (fw: Framework) => fw.pillars.map((p) => [p.title, p.focusPoints.map((f) => `${f.id}${f.label}${f.text}`)]);
const codes = (plan: Plan, framework: Framework, units: string[]) =>
  validatePlan(plan, { framework, units }).findings.map((f) =>
    `${f.code} ${f.cell ?? "-"} ${"focus" in f.params ? f.params.focus : ""}`.trim(),
  );

/** A sheet's values as the pane or the CLI reads them back (a SheetSpec's rows). */
const gridOf = (name: string, rows: CellValue[][]): Grid => makeGrid(name, rows);

describe("Taichung 106: 實施要項 | 執行策略 | 執行方法 | 承辦單位", () => {
  const grid = layoutGrid("taichung106");
  const { units } = readLayout("taichung106");

  it("reads 執行策略 as the focus column, not an extra one, even against a framework whose wording it does not share", () => {
    const plan = impose(grid, { framework: KAOHSIUNG });
    expect(plan.header.columns).toEqual({ pillar: 0, focus: 1, measure: 2, units: 3, extra: [] });
    expect(plan.measures.every((m) => m.focusText !== "" && m.focus === null)).toBe(true);
    expect(frameworkFit(plan)).toEqual({ pillars: { written: 6, matched: 6 }, focus: { written: 13, matched: 0 } });
    expect(fits(frameworkFit(plan), KAOHSIUNG)).toBe(false);
  });

  it("takes the plan's own six pillars and 13 strategies as its framework, numbered and worded as written", () => {
    const { framework, plan } = readPlan({ kind: "detect" }, grid);
    expect(framework.id).toBe(PLAN_FRAMEWORK_ID);
    expect(plan.frameworkId).toBe(PLAN_FRAMEWORK_ID);
    expect(framework.pillars.map((p) => p.title)).toEqual(KAOHSIUNG.pillars.map((p) => p.title));
    expect(outline(framework)[0]).toEqual([
      "完備基礎服務項目，注重服務特性差異化",
      ["1-1(一)建立標準作業程序，提升服務一致性", "1-2(二)營造親切友善之洽公環境", "1-3(三)強化服務人員專業知能"],
    ]);
    expect(framework.pillars.map((p) => p.focusPoints.length)).toEqual([3, 2, 2, 2, 2, 2]);
    const [own] = ofKind(plan, "framework-from-plan");
    expect(own.params).toEqual({
      tried: KAOHSIUNG.name,
      pillarsMatched: 6,
      pillarsWritten: 6,
      focusMatched: 0,
      focusWritten: 13,
      pillars: 6,
      focusPoints: 13,
    });
    expect(changeMessage(own)).toContain("改以計畫自己的 6 個執行要項、13 個執行重點為架構");
    expect(changeMessage(own, "en")).toContain("the plan's own 6 pillars and 13 focus points are its framework");
    // It is the second change, under the header's: it decides how the rest reads.
    expect(plan.changes.map((c) => c.kind).slice(0, 2)).toEqual(["header-found", "framework-from-plan"]);
  });

  it("finds 28 measures with their pillar, strategy and units; 實施要項 is the pillar, and the change list says why", () => {
    const { plan } = readPlan({ kind: "detect" }, grid);
    expect(plan.header.columns).toEqual({ pillar: 0, focus: 1, measure: 2, units: 3, extra: [] });
    expect(plan.measures).toHaveLength(28);
    const perFocus = new Map<string, number>();
    for (const m of plan.measures) perFocus.set(m.focus!, (perFocus.get(m.focus!) ?? 0) + 1);
    expect(Object.fromEntries(perFocus)).toEqual({
      "1-1": 2,
      "1-2": 3,
      "1-3": 2,
      "2-1": 2,
      "2-2": 3,
      "3-1": 2,
      "3-2": 2,
      "4-1": 2,
      "4-2": 2,
      "5-1": 2,
      "5-2": 2,
      "6-1": 2,
      "6-2": 2,
    });
    // Two measures in one cell (C5), their units in blank-line groups.
    expect(plan.measures.slice(2, 5).map((m) => [m.id, m.label, m.title.slice(0, 6), m.units, m.source.cell])).toEqual([
      ["1-2-1", "(二)", "設置無障礙坡", ["秘書室"], "C5"],
      ["1-2-2", "(二)", "於服務台設置", ["秘書室", "民政課"], "C5"],
      ["1-2-3", "(二)", "辦理服務禮儀", ["人事室"], "C6"],
    ]);
    expect(ofKind(plan, "column-role-decided").map((c) => c.params)).toEqual([
      { column: "A", header: "實施要項", role: "pillar", alternatives: ["focus"], because: "focus-on-right", neighbour: "B" },
    ]);
    expect(plan.notes.map((n) => n.text)).toEqual(["備註：本計畫經區長核定後實施，修正時亦同。"]);
  });

  it("is checked against its own framework: every pillar and strategy covered, no wording unknown", () => {
    const { framework, plan } = readPlan({ kind: "detect" }, grid);
    const v = validatePlan(plan, { framework, units });
    expect(v.stats.pillars).toEqual({ required: 6, covered: 6 });
    expect(v.stats.focusPoints).toEqual({ required: 13, covered: 13 });
    expect(v.findings).toEqual([]);
  });
});

describe("Changhua 107: 實施構面 | 實施要項 | 推動策略 | 執行單位", () => {
  const grid = layoutGrid("changhua107");
  const { units } = readLayout("changhua107");

  it("no longer stops for want of a 具體作法 column, even against a built-in framework", () => {
    const plan = impose(grid, { framework: KAOHSIUNG });
    expect(plan.header.columns).toEqual({ pillar: 0, focus: 1, measure: 2, units: 3, extra: [] });
    expect(plan.measures).toHaveLength(22);
  });

  it("takes 實施構面 as the pillars, 實施要項 as the focus points, 推動策略 as the measures, and lists both decisions", () => {
    const { plan } = readPlan({ kind: "detect" }, grid);
    expect(plan.header.columns).toEqual({ pillar: 0, focus: 1, measure: 2, units: 3, extra: [] });
    const decided = ofKind(plan, "column-role-decided");
    expect(decided.map((c) => [c.cell, c.params.role, c.params.because, c.params.neighbour])).toEqual([
      ["B2", "focus", "pillars-on-left", "A"],
      ["C2", "measure", "focus-on-left", "B"],
    ]);
    expect(changeMessage(decided[0])).toBe("B 欄「實施要項」也可指執行要項；左邊的 A 欄已是執行要項，當作執行重點");
    expect(changeMessage(decided[0], "en")).toBe(
      'Column B ("實施要項") could also be the pillar column; column A, to its left, holds the pillars, so it is taken as the focus point column',
    );
  });

  it("takes the four dimensions and their ten 實施要項 as its framework; 22 measures under them", () => {
    const { framework, plan } = readPlan({ kind: "detect" }, grid);
    expect(outline(framework)).toEqual([
      ["基礎服務", ["1-1(一)服務流程標準化", "1-2(二)服務環境友善化", "1-3(三)服務人員專業化"]],
      ["服務遞送", ["2-1(一)申辦便捷化", "2-2(二)服務可近性", "2-3(三)資訊透明化"]],
      ["服務量能", ["3-1(一)內部作業精進", "3-2(二)跨域合作"]],
      ["服務評價", ["4-1(一)民眾滿意度", "4-2(二)意見回應處理"]],
    ]);
    expect(plan.measures).toHaveLength(22);
    expect(plan.measures.map((m) => m.pillar)).toEqual([
      ...Array(7).fill(1),
      ...Array(6).fill(2),
      ...Array(5).fill(3),
      ...Array(4).fill(4),
    ]);
    expect(plan.measures.every((m) => m.focus !== null && m.label !== null)).toBe(true);
    expect(plan.measures.find((m) => m.id === "3-2-2")).toMatchObject({
      title: "與鄰近鄉鎮合作辦理農業產銷推廣",
      units: ["農業課", "建設課"],
    });
    const [own] = ofKind(plan, "framework-from-plan");
    expect(own.params).toMatchObject({ pillarsWritten: 4, focusMatched: 0, focusWritten: 10, pillars: 4, focusPoints: 10 });
    expect(own.params.pillarsMatched).toBeLessThan(2);
    expect(validatePlan(plan, { framework, units }).findings).toEqual([]);
  });

  it("reports a 實施要項 whose measures the source leaves blank: the framework keeps it, coverage finds it bare", () => {
    const { sheets } = readLayout("changhua107");
    // (二)跨域合作 and the two rows its merged cell spans: their measure and unit cells emptied.
    const first = sheets[0].rows.findIndex((r) => r[1] === "(二)跨域合作");
    const rows = sheets[0].rows.map((r, i) => (i >= first && i < first + 3 ? [r[0], r[1], "", ""] : r));
    const { framework, plan } = readPlan({ kind: "detect" }, rowsToGrid("計畫內容", rows));
    expect(framework.pillars[2].focusPoints.map((f) => f.text)).toEqual(["內部作業精進", "跨域合作"]);
    expect(plan.measures).toHaveLength(19);
    // 農業課's one measure was among them: the unit list's check sees it idle too.
    expect(codes(plan, framework, units)).toEqual(["coverage/focus-missing A15 3-2", "unit/unassigned -"]);
  });
});

describe("a header that names two roles, decided by content", () => {
  it("實施要項 over the framework's focus wording, with no pillar column, is the focus column", () => {
    const plan = impose(
      makeGrid("計畫", [
        ["實施要項", "具體作法", "執行單位"],
        ["(一)建立業務標準作業流程，維持服務措施處理一致性", "1.訂定標準作業流程", "民政課"],
        ["(二)提供民眾易讀、易懂、易用的服務申辦資訊及進度查詢管道，提升服務流程透明度", "1.網站公開申辦須知", "秘書室"],
      ]),
      { framework: KAOHSIUNG },
    );
    expect(plan.header.columns).toMatchObject({ pillar: undefined, focus: 0, measure: 1, units: 2 });
    expect(plan.measures.map((m) => [m.id, m.pillar, m.focus])).toEqual([
      ["1-1-1", 1, "1-1"],
      ["1-2-1", 1, "1-2"],
    ]);
    expect(ofKind(plan, "column-role-decided").map((c) => changeMessage(c))).toEqual([
      "A 欄「實施要項」也可指執行要項；依欄位內容判斷，當作執行重點",
    ]);
  });
});

describe("the framework read from the plan, kept as the 服務架構 sheet", () => {
  /** Set up as the pane and the CLI do: the plan table and the framework sheet, then read back. */
  function setUp(name: "taichung106" | "changhua107") {
    const outcome = planSetUp({ source: layoutGrid(name), framework: { kind: "detect" } });
    const sheets = setUpSheets(outcome.plan, outcome.framework, outcome.units);
    const kept = recordedFramework(outcome.framework.id, gridOf(sheets.framework.name, sheets.framework.rows))!;
    return { outcome, sheets, kept };
  }

  it("says so in the set-up preview, among what to confirm", () => {
    const { outcome } = setUp("changhua107");
    expect(outcome.framework.id).toBe(PLAN_FRAMEWORK_ID);
    expect(outcome.toConfirm.map((c) => c.kind)).toEqual(["framework-from-plan", "column-role-decided", "column-role-decided"]);
    expect(outcome.unmapped).toEqual([]);
  });

  it.each(["taichung106", "changhua107"] as const)("%s: is read back from the sheet as the same pillars and focus points", (name) => {
    const { outcome, sheets, kept } = setUp(name);
    expect(sheets.framework.name).toBe("服務架構");
    expect(outline(kept)).toEqual(outline(outcome.framework));
    // One piece: the sheet is the framework sheet module's own, read by readCustomFramework like an agency's.
    expect(outline(readCustomFramework(gridOf("服務架構", sheets.framework.rows)))).toEqual(outline(outcome.framework));
    expect(chooseFramework({ kind: "custom", grid: gridOf("服務架構", sheets.framework.rows) }, layoutGrid(name)).pillars).toEqual(
      kept.pillars,
    );
  });

  it("checks the plan table against it: drop a strategy's measures and coverage reports it, and only it", () => {
    const { sheets, kept } = setUp("taichung106");
    const rows = sheets.plan.rows;
    expect(checkPlanTable(gridOf("計畫表", rows), null, kept).findings).toEqual([]);
    // 二(二)辦理服務品質調查並檢討改善: its three measures removed from the plan table.
    const without = rows.filter((r) => !String(r[0]).startsWith("2-2-"));
    expect(without).toHaveLength(rows.length - 3);
    const v = checkPlanTable(gridOf("計畫表", without), null, kept);
    expect(v.findings.map((f) => [f.code, f.params])).toEqual([
      ["coverage/focus-missing", { pillar: 2, focus: "2-2", focusLabel: "(二)", focusText: "辦理服務品質調查並檢討改善" }],
    ]);
    expect(v.stats.focusPoints).toEqual({ required: 13, covered: 12 });
    // A whole pillar removed: one finding for the pillar, none per focus point.
    const noSix = rows.filter((r) => !String(r[0]).startsWith("6-"));
    expect(
      checkPlanTable(gridOf("計畫表", noSix), null, kept).findings.map((f) => [f.code, (f.params as { pillar?: number }).pillar]),
    ).toEqual([["coverage/pillar-missing", 6]]);
  });

  it("checks the labels against it: a strategy relabelled in the plan table is reported with the label the plan gave it", () => {
    const { sheets, kept } = setUp("taichung106");
    const rows = sheets.plan.rows.map((r) =>
      r[2] === "(二)辦理服務品質調查並檢討改善" ? [...r.slice(0, 2), "(三)辦理服務品質調查並檢討改善", ...r.slice(3)] : r,
    );
    const v = checkPlanTable(gridOf("計畫表", rows), null, kept);
    expect(v.findings.map((f) => [f.code, f.params])).toEqual([
      ["focus/label-mismatch", { pillar: 2, label: "(三)", focus: "2-2", focusLabel: "(二)", focusText: "辦理服務品質調查並檢討改善" }],
    ]);
  });

  it("keeps the labels an agency writes on its framework sheet, as written", () => {
    const fw = readCustomFramework(
      makeGrid("架構", [
        ["執行要項", "執行重點"],
        ["一、便民服務", "(一)線上申辦"],
        [null, "(三)行動支付"],
      ]),
    );
    expect(fw.pillars[0].focusPoints.map((f) => [f.id, f.label])).toEqual([
      ["1-1", "(一)"],
      ["1-2", "(三)"],
    ]);
  });
});

describe("the .xlsx fixtures of the two layouts", () => {
  it.each(["taichung106", "changhua107"] as const)("%s.xlsx reads as its sheet.json does", async (name) => {
    const wb = await readWorkbook(fs.readFileSync(path.join(LAYOUT_DIR, `${name}.xlsx`)));
    const fromFile = readPlan({ kind: "detect" }, wb.sheets[0]);
    const fromJson = readPlan({ kind: "detect" }, layoutGrid(name));
    expect(fromFile.plan.measures).toEqual(fromJson.plan.measures);
    expect(fromFile.framework.pillars).toEqual(fromJson.framework.pillars);
  });
});

describe("the five seeds", () => {
  it.each(SEEDS)("%s: a built-in framework fits, so detection reads it as before", (name) => {
    const grid = seedGrid(name);
    const framework = chooseFramework({ kind: "detect" }, grid);
    const read = readPlan({ kind: "detect" }, grid);
    expect(read.framework).toBe(framework);
    expect(read.plan).toEqual(impose(grid, { framework }));
    expect(fits(frameworkFit(read.plan), framework)).toBe(true);
    expect(ofKind(read.plan, "framework-from-plan")).toEqual([]);
    expect(ofKind(read.plan, "column-role-decided")).toEqual([]);
  });

  it("read against their own wording instead, give the same measures under the same pillars", () => {
    // Seed 001 writes the focus wording slightly differently: its own framework has it as written.
    const grid = seedGrid("seed001");
    const builtIn = impose(grid, { framework: KAOHSIUNG });
    const own = frameworkFromPlan(builtIn)!;
    const plan = impose(grid, { framework: own });
    expect(plan.measures.map((m) => [m.pillar, m.title])).toEqual(builtIn.measures.map((m) => [m.pillar, m.title]));
    expect(own.preamble?.title).toBe("訂定「提升服務計畫」");
  });
});
