import fc from "fast-check";
import { changeMessage } from "../../src/core/changes";
import { KAOHSIUNG } from "../../src/core/framework/kaohsiung";
import { makeGrid, type CellValue } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import { ImposeError } from "../../src/core/impose/errors";
import { planTableSpec } from "../../src/core/workbook/planTable";
import { splitMeasureCell, titleAndText } from "../../src/core/impose/measureText";
import { alignUnits } from "../../src/core/impose/alignUnits";

const F11 = "(一)建立業務標準作業流程，維持服務措施處理一致性";
const F12 = "(二)提供民眾易讀、易懂、易用的服務申辦資訊及進度查詢管道，提升服務流程透明度";
const P1 = "一、完備基礎服務項目，注重服務特性差異化";
const P2 = "二、重視全程意見回饋及參與，力求服務切合民眾需求";
const F24 = "(四)傾聽民眾意見，積極回應，有效協助民眾解決問題";

const run = (rows: CellValue[][]) => impose(makeGrid("計畫", rows), { framework: KAOHSIUNG });

describe("splitting a measure cell", () => {
  const titles = (text: string) => splitMeasureCell(text).pieces.map((p) => titleAndText(p));
  it("makes one measure per top-level item, title line over detail", () => {
    expect(titles("1. 訂定SOP\n訂定各項作業程序。\n2. 定期檢討表單\n減併表單。")).toEqual([
      { title: "訂定SOP", text: "訂定各項作業程序。", titled: true },
      { title: "定期檢討表單", text: "減併表單。", titled: true },
    ]);
  });
  it("keeps (1)(2) under a numbered title as its detail", () => {
    expect(titles("1. 服務人員專業\n(1)鼓勵同仁參加培訓。 (2)落實代理制度。")).toEqual([
      { title: "服務人員專業", text: "(1)鼓勵同仁參加培訓。\n(2)落實代理制度。", titled: true },
    ]);
  });
  it("splits (1)(2) when nothing outranks them", () => {
    expect(splitMeasureCell("(1)甲作法。(2)乙作法。").pieces).toHaveLength(2);
  });
  it("reads 一、二、 numbering (VAC) and an unnumbered sentence before numbered items as its own measure", () => {
    expect(splitMeasureCell("一、建立SOP。\n二、辦理滿意度調查。").pieces).toHaveLength(2);
    expect(splitMeasureCell("網站提供他機關連結，提升政府資訊資源共享。\n1. 線上代檢\n2. 線上申報").pieces).toHaveLength(3);
  });
  it("treats an unnumbered heading over numbered items as one measure", () => {
    expect(titles("合宜的服務環境\n\n1.規劃節能綠化的洽公環境。\n2.設置合宜的服務設施。")).toEqual([
      { title: "合宜的服務環境", text: "1.規劃節能綠化的洽公環境。\n2.設置合宜的服務設施。", titled: true },
    ]);
  });
});

describe("aligning stacked units", () => {
  it("by blank-line groups, by line position, or every unit for every measure", () => {
    expect(alignUnits("秘書室\n\n民政課\n社會課", [0, 2], 4)).toEqual({ perPiece: [["秘書室"], ["民政課", "社會課"]], how: "by-group" });
    expect(alignUnits("秘書室\n民政課\n社會課", [0, 2], 3)).toEqual({ perPiece: [["秘書室", "民政課"], ["社會課"]], how: "by-line" });
    expect(alignUnits("秘書室\n民政課\n社會課", [0, 1], 2)).toEqual({
      perPiece: [
        ["秘書室", "民政課", "社會課"],
        ["秘書室", "民政課", "社會課"],
      ],
      how: "ambiguous",
    });
  });
});

describe("impose", () => {
  it("finds the header under title rows and maps headers by their many names", () => {
    const plan = run([
      ["某區公所113年度提升服務執行計畫"],
      ["肆、計畫內容"],
      ["實施要項", "工作重點", "執行方法", "承辦單位", "辦理期程", "辦理情形", "備註"],
      [P1, F11, "1. 訂定SOP", "民政課", "113年12月31日", "已完成", "無"],
    ]);
    expect(plan.header.row).toBe(2);
    expect(plan.header.columns).toEqual({
      pillar: 0,
      focus: 1,
      measure: 2,
      units: 3,
      deadline: 4,
      results: 5,
      id: undefined,
      extra: [{ name: "備註", col: 6 }],
    });
    expect(plan.measures[0]).toMatchObject({
      id: "1-1-1",
      deadline: "113年12月31日",
      deadlineDate: "2024-12-31",
      results: "已完成",
      extra: { 備註: "無" },
    });
  });

  it("decides a column by content when the header lies (執行重點 over two columns, a blank header)", () => {
    const plan = run([
      ["執行要項", "執行重點", "執行重點", "執行單位"],
      [P1, F11, "1. 訂定SOP\n2. 定期檢討", "民政課\n\n社會課"],
    ]);
    expect(plan.header.columns).toMatchObject({ pillar: 0, focus: 1, measure: 2, units: 3 });
    const blank = run([
      ["執行要項", "", "執行重點", "執行課室"],
      [P1, F11, "1. 訂定SOP", "民政課"],
    ]);
    expect(blank.header.columns).toMatchObject({ focus: 1, measure: 2 });
    // 工作重點 as the measures column when another column holds the focus wording.
    const work = run([
      ["執行要項", "執行策略", "工作重點", "執行單位"],
      [P1, F11, "1. 訂定SOP", "民政課"],
    ]);
    expect(work.header.columns).toMatchObject({ focus: 1, measure: 2 });
  });

  it("reports a column it cannot map and keeps it", () => {
    const plan = run([
      ["執行要項", "執行重點", "具體作法", "執行單位", ""],
      [P1, F11, "1. 訂定SOP", "民政課", "某某補充"],
    ]);
    expect(plan.header.columns.extra).toEqual([{ name: "E欄", col: 4 }]);
    const changes = plan.changes.map((c) => ({ kind: c.kind, cell: c.cell, detail: changeMessage(c) }));
    expect(changes).toContainEqual({ kind: "column-unmapped", cell: "E1", detail: expect.stringContaining("E 欄") });
    expect(plan.measures[0].extra).toEqual({ E欄: "某某補充" });
  });

  it("carries blank and merged pillar / focus cells down", () => {
    const plan = run([
      ["執行要項", "執行重點", "具體作法", "執行單位"],
      [P1, F11, "1. 甲", "民政課"],
      [null, F12, "1. 乙", "社會課"],
      [P2, F24, "1. 丙", "秘書室"],
    ]);
    expect(plan.measures.map((m) => [m.id, m.focus])).toEqual([
      ["1-1-1", "1-1"],
      ["1-2-1", "1-2"],
      ["2-4-1", "2-4"],
    ]);
  });

  it("flags blanket units and keeps them as written", () => {
    const plan = run([
      ["執行要項", "執行重點", "具體作法", "執行單位"],
      [P1, F11, "1. 甲", "各課室"],
    ]);
    expect(plan.measures[0]).toMatchObject({ units: ["各課室"], allUnits: true });
    expect(plan.changes.map((c) => c.kind)).toContain("blanket-unit");
  });

  it("explains a sheet with no recognisable header, with the sheet name", () => {
    expect(() =>
      run([
        ["姓名", "電話"],
        ["王小明", "0912"],
      ]),
    ).toThrow(ImposeError);
    expect(() => run([["姓名", "電話"]])).toThrow(/工作表「計畫」的前 60 列找不到計畫表的表頭/);
  });

  it("keeps ids through the plan table when rows are moved, edited or added", () => {
    const first = run([
      ["執行要項", "執行重點", "具體作法", "執行單位"],
      [P1, F11, "1. 甲\n2. 乙\n3. 丙", "民政課"],
    ]);
    const table = planTableSpec(first).rows;
    const [header, a, b, c] = table;
    const moved = [header, [...c], [...a], [...b]];
    moved[2][3] = "甲（修訂）";
    moved.push(["", P1, F11, "新增作法", "社會課", "", ""]);
    const again = run(moved);
    expect(again.measures.map((m) => [m.id, m.title])).toEqual([
      ["1-1-3", "丙"],
      ["1-1-1", "甲（修訂）"],
      ["1-1-2", "乙"],
      ["1-1-4", "新增作法"],
    ]);
  });

  it("round-trips: imposing the plan table it wrote gives the same plan (property)", () => {
    const unit = fc.constantFrom("秘書室", "民政課", "社會課", "人事室");
    const measure = fc.record({
      pillar: fc.constantFrom(1, 2),
      title: fc.constantFrom("訂定標準作業流程", "辦理滿意度調查", "設置單一窗口", "推動線上申辦"),
      detail: fc.constantFrom("", "定期檢討並公告於網站。", "(1)每季辦理。\n(2)年底檢討。"),
      units: fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(measure, { minLength: 1, maxLength: 12 }), (ms) => {
        const rows: CellValue[][] = [["執行要項", "執行重點", "具體作法", "執行單位"]];
        for (const m of ms)
          rows.push([
            m.pillar === 1 ? P1 : P2,
            m.pillar === 1 ? F11 : F24,
            `1. ${m.title}${m.detail ? "\n" + m.detail : ""}`,
            m.units.join("、"),
          ]);
        const plan = run(rows);
        const again = run(planTableSpec(plan).rows);
        const strip = (p: typeof plan) => p.measures.map(({ source: _s, ...m }) => m);
        expect(strip(again)).toEqual(strip(plan));
        expect(plan.measures.map((m) => m.units)).toEqual(ms.map((m) => m.units));
      }),
      { numRuns: 60 },
    );
  });
});

describe("a sheet of 5,000 measures", () => {
  it("finds every one, with unique ids, focus points and aligned units", () => {
    const { bigPlanGrid } = jest.requireActual("../../bench/bigPlan") as typeof import("../../bench/bigPlan");
    const plan = impose(bigPlanGrid(5000), { framework: KAOHSIUNG });
    expect(plan.measures).toHaveLength(5000);
    expect(new Set(plan.measures.map((m) => m.id)).size).toBe(5000);
    expect(plan.measures.every((m) => m.focus !== null && m.units.length === 1)).toBe(true);
    expect(plan.measures.slice(0, 4).map((m) => [m.title, m.units[0], m.focus])).toEqual([
      ["作法1", "秘書室", "1-1"],
      ["作法2", "民政課", "1-1"],
      ["作法3", "社會課", "1-1"],
      ["作法4", "役政災防課", "1-2"],
    ]);
    expect(plan.changes.filter((c) => c.kind === "repeated-header-skipped").length).toBeGreaterThan(40);
    expect(plan.changes.filter((c) => c.kind === "focus-unmatched")).toEqual([]);
  });
});
