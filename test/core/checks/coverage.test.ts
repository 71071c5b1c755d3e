/** Coverage: every pillar and mandated focus point has a measure; the figures as data. */
import { coverageMatrix, unitPillarMatrix } from "../../../src/core/checks/coverage";
import { runChecks } from "../../../src/core/checks/runChecks";
import { validatePlan } from "../../../src/core/checks/validate";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import { cleanPlan, cleanSpecs, planOf, rowOf, UNITS } from "../../support/planBuilder";

const context = { framework: KAOHSIUNG, units: UNITS };
const findings = (specs: ReturnType<typeof cleanSpecs>) => runChecks(planOf(specs), context).findings;

describe("a clean plan", () => {
  it("gives no finding at all", () => {
    expect(runChecks(cleanPlan(), context)).toEqual({ findings: [], skipped: [] });
  });
});

describe("coverage/pillar-missing", () => {
  it("a pillar with no measure: an error with no cell, naming the pillar and its focus points", () => {
    expect(findings(cleanSpecs().filter((s) => s.pillar !== 6))).toEqual([
      {
        code: "coverage/pillar-missing",
        severity: "error",
        sheet: "計畫表",
        params: { pillar: 6, pillarTitle: "掌握社經發展趨勢，專案規劃前瞻服務", focusPoints: ["6-1", "6-2", "6-3", "6-4"] },
      },
    ]);
  });
});

describe("coverage/focus-missing", () => {
  it("a focus point with no measure points at its pillar's first cell", () => {
    expect(findings(cleanSpecs().filter((s) => s.focus !== "2-3"))).toEqual([
      {
        code: "coverage/focus-missing",
        severity: "error",
        sheet: "計畫表",
        cell: `A${rowOf("2-1")}`,
        params: {
          pillar: 2,
          focus: "2-3",
          focusLabel: "(三)",
          focusText: "依據服務特性辦理滿意度調查，瞭解民眾對服務的看法，並據以檢討改善既有措施",
        },
      },
    ]);
  });

  it("a cell grouping several focus points covers each of them", () => {
    const specs = cleanSpecs().filter((s) => s.pillar !== 1);
    specs.splice(1, 0, { pillar: 1, focus: "1-1", focusGroup: ["1-1", "1-2", "1-3", "1-4"], title: "合宜的服務環境", units: ["各課室"] });
    expect(findings(specs)).toEqual([]);
    specs[1] = { ...specs[1], focusGroup: ["1-1", "1-3"] };
    expect(findings(specs).map((f) => [f.code, f.cell, (f.params as Record<string, unknown>).focus])).toEqual([
      ["coverage/focus-missing", "A3", "1-2"],
      ["coverage/focus-missing", "A3", "1-4"],
    ]);
  });

  it("an empty measure (「無」) covers nothing", () => {
    const specs = cleanSpecs().map((s) => (s.focus === "2-3" ? { ...s, title: "無", text: "" } : s));
    expect(findings(specs).map((f) => `${f.code} ${f.cell}`)).toEqual([
      `coverage/focus-missing A${rowOf("2-1")}`,
      `measure/empty C${rowOf("2-3")}`,
    ]);
  });
});

describe("coverageMatrix", () => {
  it("counts measures per pillar × focus point, a grouped cell under each of its focus points", () => {
    const plan = planOf([
      { pillar: 0, focus: null, title: "訂定計畫", units: ["秘書室"] },
      { pillar: 1, focus: "1-1", title: "甲", units: ["秘書室"] },
      { pillar: 1, focus: "1-1", title: "乙", units: ["秘書室"] },
      { pillar: 1, focus: "1-2", focusGroup: ["1-2", "1-3"], title: "丙", units: ["秘書室"] },
      { pillar: 1, focus: null, focusText: "(九)自訂重點", title: "丁", units: ["秘書室"] },
      { pillar: 1, focus: "1-4", title: "—", text: "", units: ["秘書室"] },
      { pillar: null, focus: null, pillarText: "七、其他", title: "戊", units: ["秘書室"] },
    ]);
    const m = coverageMatrix(plan, KAOHSIUNG);
    expect(m.pillars[0]).toEqual({
      pillar: 1,
      title: KAOHSIUNG.pillars[0].title,
      measures: 4,
      withoutFocus: 1,
      focusPoints: KAOHSIUNG.pillars[0].focusPoints.map((f, i) => ({ id: f.id, label: f.label, text: f.text, measures: [2, 1, 1, 0][i] })),
    });
    expect(m.pillars.slice(1).map((p) => p.measures)).toEqual([0, 0, 0, 0, 0]);
    expect([m.framework, m.preamble, m.withoutPillar]).toEqual(["kaohsiung", 1, 1]);
  });
});

describe("unitPillarMatrix", () => {
  const plan = planOf([
    { pillar: 0, focus: null, title: "訂定計畫", units: ["秘書室"] },
    { pillar: 1, focus: "1-1", title: "甲", units: ["各課室"] },
    { pillar: 2, focus: "2-1", title: "乙", units: ["民政課", "役政災防科"] },
    { pillar: 2, focus: "2-2", title: "丙", units: ["民政課"] },
  ]);

  it("counts each unit's measures per pillar; a blanket unit assigns every listed unit; unlisted names get their own row", () => {
    expect(unitPillarMatrix(plan, ["秘書室", "民政課", "社會課"], [1, 2, 3, 4, 5, 6])).toEqual({
      source: "list",
      pillars: [0, 1, 2, 3, 4, 5, 6],
      units: [
        { unit: "秘書室", listed: true, counts: [1, 1, 0, 0, 0, 0, 0], total: 2 },
        { unit: "民政課", listed: true, counts: [0, 1, 2, 0, 0, 0, 0], total: 3 },
        { unit: "社會課", listed: true, counts: [0, 1, 0, 0, 0, 0, 0], total: 1 },
        { unit: "役政災防科", listed: false, counts: [0, 0, 1, 0, 0, 0, 0], total: 1 },
      ],
    });
  });

  it("without a list, the units the plan names stand in for it", () => {
    expect(unitPillarMatrix(plan, [])).toEqual({
      source: "plan",
      pillars: [0, 1, 2],
      units: [
        { unit: "秘書室", listed: true, counts: [1, 1, 0], total: 2 },
        { unit: "民政課", listed: true, counts: [0, 1, 2], total: 3 },
        { unit: "役政災防科", listed: true, counts: [0, 1, 1], total: 2 },
      ],
    });
  });
});

describe("validatePlan", () => {
  it("sums the findings up and says which checks it skipped", () => {
    const v = validatePlan(planOf(cleanSpecs().filter((s) => s.focus !== "2-3")), { framework: KAOHSIUNG });
    expect(v.valid).toBe(false);
    expect({ ...v.stats, byCode: Object.fromEntries(Object.entries(v.stats.byCode).filter(([, n]) => n > 0)) }).toEqual({
      measures: 22,
      pillars: { required: 6, covered: 6 },
      focusPoints: { required: 22, covered: 21 },
      units: 0,
      findings: { error: 1, warning: 0, info: 0 },
      byCode: { "coverage/focus-missing": 1 },
      skipped: [
        { codes: ["unit/unknown"], reason: "no-unit-list" },
        { codes: ["unit/unassigned"], reason: "no-unit-list" },
      ],
    });
    expect(v.coverage.units.source).toBe("plan");
  });
});
