/** Pillar and focus wording against the framework: reported once per written cell. */
import { runChecks } from "../../../src/core/checks/runChecks";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import { VAC } from "../../../src/core/framework/vac";
import { cleanSpecs, planOf, rowOf, UNITS, type MeasureSpec } from "../../support/planBuilder";

const context = { framework: KAOHSIUNG, units: UNITS };
const findings = (specs: MeasureSpec[]) => runChecks(planOf(specs), context).findings;
const LAST = cleanSpecs().length + 2; // the row below the clean plan

describe("pillar/unknown", () => {
  it("a pillar cell matching no pillar, once for its measures, at the pillar cell", () => {
    const extra: MeasureSpec = { pillar: null, focus: null, pillarText: "七、推動節能減碳", title: "辦公室節電", units: ["秘書室"] };
    expect(findings([...cleanSpecs(), extra, { ...extra, title: "垃圾減量" }])).toEqual([
      {
        code: "pillar/unknown",
        severity: "warning",
        sheet: "計畫表",
        cell: `A${LAST}`,
        params: { pillarText: "七、推動節能減碳", measures: 2, framework: "高雄市政府提升服務實施計畫" },
      },
    ]);
  });

  it("offers the nearest pillar when the wording is close to one", () => {
    const extra: MeasureSpec = { pillar: null, focus: null, pillarText: "三、便捷服務遞送過程", title: "辦公室節電", units: ["秘書室"] };
    expect(findings([...cleanSpecs(), extra])[0].params).toMatchObject({
      nearest: 3,
      nearestTitle: "便捷服務遞送過程與方式，提升民眾生活便利度",
    });
  });
});

describe("focus/label-mismatch", () => {
  it("a focus cell labelled (三) whose wording is (四) (seed 000's 二(三) 傾聽民眾意見)", () => {
    const specs = cleanSpecs().map((s) =>
      s.focus === "2-4" ? { ...s, label: "(三)", focusText: "(三)傾聽民眾意見，積極回應，有效協助民眾解決問題" } : s,
    );
    expect(findings(specs)).toEqual([
      {
        code: "focus/label-mismatch",
        severity: "warning",
        sheet: "計畫表",
        cell: `B${rowOf("2-4")}`,
        params: { pillar: 2, label: "(三)", focus: "2-4", focusLabel: "(四)", focusText: "傾聽民眾意見，積極回應，有效協助民眾解決問題" },
      },
    ]);
  });

  it("each mislabelled part of a cell grouping several focus points (seed 003's 五 (二) is 5-3)", () => {
    const [p1, p2, p3] = KAOHSIUNG.pillars[4].focusPoints;
    const grouped: MeasureSpec = {
      pillar: 5,
      focus: "5-1",
      focusGroup: ["5-1", "5-2", "5-3"],
      label: "(一)",
      title: "開放政府",
      units: ["秘書室"],
      focusText: `(一)${p1.text}\n(二)${p2.text}\n(二)${p3.text}`,
    };
    const specs = cleanSpecs().filter((s) => s.pillar !== 5);
    const at = specs.findIndex((s) => s.pillar === 6);
    specs.splice(at, 0, grouped, { ...grouped, title: "精實內部作業" });
    expect(findings(specs)).toEqual([
      {
        code: "focus/label-mismatch",
        severity: "warning",
        sheet: "計畫表",
        cell: `B${at + 2}`,
        params: { pillar: 5, label: "(二)", focus: "5-3", focusLabel: "(三)", focusText: p3.text },
      },
    ]);
  });
});

describe("focus/unknown", () => {
  it("a focus cell matching no focus point, at the focus cell", () => {
    const extra: MeasureSpec = { pillar: 3, focus: null, focusText: "(五)推動節能減碳", title: "辦公室節電", units: ["秘書室"] };
    expect(findings([...cleanSpecs(), extra])).toEqual([
      {
        code: "focus/unknown",
        severity: "warning",
        sheet: "計畫表",
        cell: `B${LAST}`,
        params: { pillar: 3, focusText: "(五)推動節能減碳", measures: 1 },
      },
    ]);
  });

  it("names the nearest focus point, of any pillar (the wording may sit under the wrong pillar)", () => {
    const extra: MeasureSpec = { pillar: 3, focus: null, focusText: "(五)辦理滿意度調查，瞭解民眾看法", title: "問卷", units: ["秘書室"] };
    expect(findings([...cleanSpecs(), extra])[0].params).toEqual({
      pillar: 3,
      focusText: "(五)辦理滿意度調查，瞭解民眾看法",
      measures: 1,
      nearest: "2-3",
      nearestLabel: "(三)",
      nearestText: KAOHSIUNG.pillars[1].focusPoints[2].text,
    });
  });

  it("is not run where the framework mandates no focus point (VAC)", () => {
    const plan = planOf(
      KAOHSIUNG.pillars.map((p) => ({ pillar: p.number, focus: null, focusText: "自訂項目", title: `作法${p.number}`, units: ["秘書室"] })),
    );
    expect(runChecks(plan, { framework: VAC, units: ["秘書室"] }).findings).toEqual([]);
  });
});
