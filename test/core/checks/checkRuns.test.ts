/** A check round as a whole: the order findings come in, what runs without a unit list, and each check's edge cases. */
import { coverageMatrix, unitPillarMatrix } from "../../../src/core/checks/coverage";
import { highlightFormula, highlightHolds } from "../../../src/core/checks/highlights";
import { measureDuplicates, measureEmpty } from "../../../src/core/checks/measureChecks";
import { CHECKS, runChecks } from "../../../src/core/checks/runChecks";
import { unitUnassigned, unitUnknown } from "../../../src/core/checks/unitChecks";
import { validatePlan } from "../../../src/core/checks/validate";
import { focusLabelMismatch, focusUnknown, pillarUnknown } from "../../../src/core/checks/wordingChecks";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import type { FocusPoint, Framework } from "../../../src/core/framework/types";
import { VAC } from "../../../src/core/framework/vac";
import { cleanSpecs, planOf, rowOf, UNITS, type MeasureSpec } from "../../support/planBuilder";

const where = (fs: { code: string; sheet: string; cell?: string }[]) => fs.map((f) => `${f.code} ${f.sheet}!${f.cell ?? "-"}`);

describe("the checks", () => {
  it("each check once, with every code it gives, in the registry's order; the unit-list checks marked", () => {
    expect(CHECKS.map((c) => [c.codes.join(" "), c.needsUnits === true])).toEqual([
      ["coverage/pillar-missing", false],
      ["coverage/focus-missing", false],
      ["focus/label-mismatch", false],
      ["focus/unknown", false],
      ["pillar/unknown", false],
      ["measure/no-unit", false],
      ["measure/empty", false],
      ["measure/duplicate measure/duplicate-across-pillars", false],
      ["measure/hidden", false],
      ["measure/no-deadline deadline/mostly-blank", false],
      ["unit/unknown", true],
      ["unit/unassigned", true],
      ["unit/ambiguous", false],
      ["deadline/invalid", false],
      ["results/missing", false],
      ["results/target-unmet", false],
      ["publish/personal-id publish/phone publish/email", false],
      ["publish/formula publish/formula-like", false],
      ["publish/hidden-rows publish/hidden-columns", false],
      ["publish/comment", false],
      ["publish/results-missing", false],
      ["publish/validation-errors", false],
    ]);
  });

  it("the unit-list checks give nothing when called without a list", () => {
    // 人事室 is named only by an empty measure: with the plan's units standing in for a list, it would have no measure.
    const specs = cleanSpecs().map((s) => (s.focus === "1-1" ? { ...s, units: ["役政災防科"] } : s));
    const plan = planOf([...specs, { pillar: 1, focus: "1-1", title: "無", text: "", units: ["人事室"] }]);
    for (const units of [undefined, []]) {
      expect(unitUnknown(plan, { framework: KAOHSIUNG, units })).toEqual([]);
      expect(unitUnassigned(plan, { framework: KAOHSIUNG, units })).toEqual([]);
    }
  });
});

describe("the order of findings", () => {
  it("errors, warnings, infos; each by the plan sheet in reading order (cell-less first), then other sheets", () => {
    const specs: MeasureSpec[] = cleanSpecs()
      .filter((s) => s.pillar !== 6)
      .map((s) => {
        if (s.focus === "1-1") return { ...s, units: [] };
        if (s.focus === "1-2") return { ...s, title: "無", text: "" };
        if (s.focus === "2-1") return { ...s, hidden: true };
        if (s.focus === "3-2") return { ...s, deadline: "明年再說" };
        return s;
      });
    const last = specs.length + 2;
    specs.push({
      pillar: null,
      focus: null,
      pillarText: "七、推動節能減碳",
      focusText: "(一)辦公室節能",
      title: "辦公室節電",
      units: ["秘書室"],
    });
    const units = [...UNITS, "人事室"];
    const unitsSheet = { sheet: "單位", cells: ["A2", "A3", "A4", "A5"] };
    expect(where(runChecks(planOf(specs), { framework: KAOHSIUNG, units, unitsSheet }).findings)).toEqual([
      "coverage/pillar-missing 計畫表!-",
      "coverage/focus-missing 計畫表!A3",
      "measure/no-unit 計畫表!D3",
      "measure/empty 計畫表!C4",
      `deadline/invalid 計畫表!E${rowOf("3-2")}`,
      `pillar/unknown 計畫表!A${last}`,
      `focus/unknown 計畫表!B${last}`,
      "unit/unassigned 單位!A5",
      `measure/hidden 計畫表!C${rowOf("2-1")}`,
    ]);
  });

  it("a finding with no cell on the plan sheet comes before the plan's cells", () => {
    const specs = cleanSpecs().map((s) => (s.focus === "1-2" ? { ...s, title: "待補", text: "" } : s));
    const plan = planOf(specs);
    expect(where(runChecks(plan, { framework: KAOHSIUNG, units: [...UNITS, "人事室"] }).findings)).toEqual([
      "coverage/focus-missing 計畫表!A3",
      "unit/unassigned 計畫表!-",
      "measure/empty 計畫表!C4",
    ]);
  });

  it("findings at one cell keep the order the check gave them", () => {
    const specs = cleanSpecs().map((s) => (s.focus === "2-2" ? { ...s, units: ["役政災防科", "戶政事務所", "秘書室", "地政課"] } : s));
    expect(
      runChecks(planOf(specs), { framework: KAOHSIUNG, units: UNITS }).findings.map((f) => (f.params as { unit: string }).unit),
    ).toEqual(["役政災防科", "戶政事務所", "地政課"]);
  });
});

describe("unit/unassigned on the units sheet", () => {
  it("points at the first listed unit's cell too, and stays on the plan sheet when the unit has no cell there", () => {
    const plan = planOf(cleanSpecs());
    const units = ["人事室", ...UNITS, "會計室"];
    expect(
      runChecks(plan, { framework: KAOHSIUNG, units, unitsSheet: { sheet: "單位", cells: ["A2", "A3", "A4", "A5"] } }).findings,
    ).toEqual([
      { code: "unit/unassigned", severity: "warning", sheet: "計畫表", params: { unit: "會計室" } },
      { code: "unit/unassigned", severity: "warning", sheet: "單位", cell: "A2", params: { unit: "人事室" } },
    ]);
  });
});

describe("coverage edges", () => {
  it("a focus id the framework does not have (a plan matched under another framework) counts under its pillar only", () => {
    const plan = planOf([
      ...cleanSpecs(),
      { pillar: 1, focus: "1-9", label: "(九)", focusText: "(九)自訂重點", title: "自訂作法", units: ["秘書室"] },
    ]);
    expect(coverageMatrix(plan, KAOHSIUNG).pillars[0]).toMatchObject({ measures: 5, withoutFocus: 1 });
    expect(coverageMatrix(plan, KAOHSIUNG).pillars[0].focusPoints.map((f) => f.measures)).toEqual([1, 1, 1, 1]);
    expect(runChecks(plan, { framework: KAOHSIUNG, units: UNITS }).findings).toEqual([]);
  });

  it("coverageMatrix is made once per plan and framework", () => {
    const plan = planOf(cleanSpecs());
    const matrix = coverageMatrix(plan, KAOHSIUNG);
    expect(coverageMatrix(plan, KAOHSIUNG)).toBe(matrix);
    expect(coverageMatrix(plan, VAC)).not.toBe(matrix);
    expect(coverageMatrix(plan, VAC).framework).toBe("vac");
    expect(coverageMatrix(plan, KAOHSIUNG)).toEqual(matrix);
  });

  it("unitPillarMatrix: the pillars the plan uses in order, no preamble column without a preamble row, empty measures not counted", () => {
    const plan = planOf([
      { pillar: 2, focus: "2-1", title: "甲", units: ["民政課"] },
      { pillar: 1, focus: "1-1", title: "乙", units: ["秘書室"] },
      { pillar: null, focus: null, pillarText: "七、其他", title: "丙", units: ["秘書室"] },
      { pillar: 1, focus: "1-2", title: "無", text: "", units: ["社會課"] },
    ]);
    const matrix = unitPillarMatrix(plan, ["秘書室", "民政課", "社會課"]);
    expect(matrix).toStrictEqual({
      source: "list",
      pillars: [1, 2],
      units: [
        { unit: "秘書室", listed: true, counts: [1, 0], total: 2 },
        { unit: "民政課", listed: true, counts: [0, 1], total: 1 },
        { unit: "社會課", listed: true, counts: [0, 0], total: 0 },
      ],
    });
    expect(Object.keys(matrix.units[0].counts)).toEqual(["0", "1"]);
    expect(unitPillarMatrix(plan, ["秘書室"], [3, 1, 2]).pillars).toEqual([1, 2, 3]);
  });

  it("validatePlan counts the pillars and focus points covered", () => {
    const v = validatePlan(planOf(cleanSpecs().filter((s) => s.pillar !== 6)), { framework: KAOHSIUNG, units: UNITS });
    expect([v.stats.pillars, v.stats.focusPoints, v.stats.units]).toEqual([{ required: 6, covered: 5 }, { required: 22, covered: 18 }, 3]);
  });
});

describe("deadline edges", () => {
  const context = { framework: KAOHSIUNG, units: UNITS };
  const withDeadline = (focus: string, deadline: string | null) => cleanSpecs().map((s) => (s.focus === focus ? { ...s, deadline } : s));

  it.each([["  "], ["　"], [""]])("a deadline of only spaces (%j) is blank, not invalid", (deadline) => {
    expect(where(runChecks(planOf(withDeadline("3-2", deadline)), context).findings)).toEqual([
      `measure/no-deadline 計畫表!E${rowOf("3-2")}`,
    ]);
  });

  it("no measure/no-deadline on a plan without a deadline column, even with some deadlines read", () => {
    expect(runChecks(planOf(withDeadline("3-2", null), { deadlineColumn: false }), context).findings).toEqual([]);
  });
});

describe("measure edges", () => {
  it("measure/empty quotes a title and text on two lines", () => {
    const plan = planOf([{ pillar: 1, focus: "1-1", title: "無", text: "—", units: ["秘書室"] }]);
    expect(measureEmpty(plan, { framework: KAOHSIUNG })).toEqual([
      { code: "measure/empty", severity: "warning", sheet: "計畫表", cell: "C2", params: { id: "1-1-1", text: "無\n—", pillar: 1 } },
    ]);
  });

  it("two empty measures in a pillar are not duplicates of each other", () => {
    const plan = planOf([
      { pillar: 1, focus: "1-1", title: "無", text: "", units: ["秘書室"] },
      { pillar: 1, focus: "1-2", title: "無", text: "", units: ["秘書室"] },
    ]);
    expect(measureDuplicates(plan, { framework: KAOHSIUNG })).toEqual([]);
  });

  it("the same measure under a pillar and under an unknown pillar: no otherPillar", () => {
    const plan = planOf([
      { pillar: null, focus: null, pillarText: "七、其他", title: "共同作法", units: ["秘書室"] },
      { pillar: 2, focus: "2-1", title: "共同作法", units: ["秘書室"] },
    ]);
    expect(measureDuplicates(plan, { framework: KAOHSIUNG })).toStrictEqual([
      {
        code: "measure/duplicate-across-pillars",
        severity: "info",
        sheet: "計畫表",
        cell: "C3",
        params: { id: "2-1-1", title: "共同作法", pillar: 2, otherId: "0-0-1", otherCell: "C2" },
      },
    ]);
  });
});

/** A framework made for these tests: pillar 1 mandates no focus point; pillar 2 has a title only a variant of it is near. */
const fp = (pillar: number, index: number, text: string, variants?: string[]): FocusPoint => ({
  id: `${pillar}-${index}`,
  pillar,
  index,
  label: `(${"一二三四"[index - 1]})`,
  text,
  ...(variants ? { variants } : {}),
});
const TEST_FRAMEWORK: Framework = {
  id: "test",
  name: "測試架構",
  pillars: [
    { number: 1, title: "節約能源推動", focusPoints: [] },
    {
      number: 2,
      title: "甲乙丙丁",
      variants: ["便民服務推動"],
      focusPoints: [fp(2, 1, "甲乙丙丁戊", ["節約用電措施"]), fp(2, 2, "節約能源推動"), fp(2, 3, "節約能源推動辦理計畫")],
    },
    { number: 3, title: "節約能源推動辦理計畫", focusPoints: [] },
    { number: 4, title: "節約用電措施", focusPoints: [] },
  ],
};
const context = { framework: TEST_FRAMEWORK };
const unknownPillar = (pillarText: string) =>
  pillarUnknown(planOf([{ pillar: null, focus: null, pillarText, title: "作法", units: ["秘書室"] }]), context).map((f) => f.params);
const unknownFocus = (focusText: string, pillar: number | null = 2, framework: Framework = TEST_FRAMEWORK) =>
  focusUnknown(planOf([{ pillar, focus: null, pillarText: "二、甲乙丙丁", focusText, title: "作法", units: ["秘書室"] }]), {
    framework,
  }).map((f) => f.params);

describe("pillar/unknown hints", () => {
  it("a pillar is as near as the nearest of its title and variants", () => {
    expect(unknownPillar("便民服務推動")).toEqual([
      { pillarText: "便民服務推動", measures: 1, framework: "測試架構", nearest: 2, nearestTitle: "甲乙丙丁" },
    ]);
  });

  it("the nearest of several near pillars, whether it comes first or last", () => {
    expect(unknownPillar("節約能源推動")[0]).toMatchObject({ nearest: 1, nearestTitle: "節約能源推動" });
    expect(unknownPillar("節約能源推動辦理計畫")[0]).toMatchObject({ nearest: 3, nearestTitle: "節約能源推動辦理計畫" });
  });

  it("the wording is compared without its numbering (十二、); of equally near ones, the first", () => {
    // 節約 is as near to pillar 1 (節約能源推動) as to pillar 4 (節約用電措施): the first wins.
    expect(unknownPillar("十二、節約")[0]).toMatchObject({ nearest: 1, nearestTitle: "節約能源推動" });
    expect(unknownPillar("十二、天氣晴朗")[0]).toStrictEqual({ pillarText: "十二、天氣晴朗", measures: 1, framework: "測試架構" });
  });
});

describe("focus/unknown hints and scope", () => {
  it("a focus point is as near as the nearest of its wording and variants", () => {
    expect(unknownFocus("(五)節約用電措施")[0]).toMatchObject({ nearest: "2-1", nearestLabel: "(一)", nearestText: "甲乙丙丁戊" });
  });

  it("the nearest of several near focus points, whether it comes first or last", () => {
    expect(unknownFocus("節約能源推動")[0]).toMatchObject({ nearest: "2-2" });
    expect(unknownFocus("(五)節約能源推動辦理計畫")[0]).toMatchObject({ nearest: "2-3" });
  });

  it("the wording is compared without its label ((十二)); of equally near ones, the first", () => {
    // 節約 is as near to 2-1's variant 節約用電措施 as to 2-2's 節約能源推動.
    expect(unknownFocus("(十二)節約")[0]).toMatchObject({ nearest: "2-1" });
  });

  it("not run under a pillar that mandates no focus point, nor, for a measure under no pillar, where no pillar does", () => {
    expect(unknownFocus("(一)自訂重點", 1)).toEqual([]);
    expect(unknownFocus("(一)自訂重點", null, VAC)).toEqual([]);
    expect(unknownFocus("(一)天氣晴朗", null, TEST_FRAMEWORK)).toEqual([{ focusText: "(一)天氣晴朗", measures: 1 }]);
  });
});

describe("focus/label-mismatch edges", () => {
  it("no finding for a focus cell written without a label, nor for a focus point the framework lacks", () => {
    const specs = cleanSpecs().map((s) =>
      s.focus === "2-4" ? { ...s, label: null, focusText: "傾聽民眾意見，積極回應，有效協助民眾解決問題" } : s,
    );
    specs.push({ pillar: 1, focus: "1-9", label: "(九)", focusText: "(九)自訂重點", title: "自訂作法", units: ["秘書室"] });
    expect(focusLabelMismatch(planOf(specs), { framework: KAOHSIUNG })).toEqual([]);
  });
});

describe("highlight formulas", () => {
  it("a boolean cell, and text of up to 100 characters compared whole", () => {
    expect(highlightFormula("A1", "error", false)).toBe('=AND(ISTEXT("提升服務計畫助手:error"),A1=FALSE)');
    const hundred = "甲".repeat(100);
    expect(highlightFormula("A1", "warning", hundred)).toBe(`=AND(ISTEXT("提升服務計畫助手:warning"),A1="${hundred}")`);
  });

  it("a rare character inside the compared tail is kept whole", () => {
    const text = "甲".repeat(100) + "𠀀" + "乙".repeat(10);
    expect(highlightFormula("A1", "warning", text)).toContain(`RIGHT(A1,30)="${"甲".repeat(18)}𠀀${"乙".repeat(10)}"`);
  });

  it("a rule with our mark but no severity of ours does not hold", () => {
    expect(highlightHolds('=AND(ISTEXT("提升服務計畫助手:undefined"),A1="x")', "A1", "x")).toBe(false);
    expect(highlightHolds('=AND(ISTEXT("提升服務計畫助手:error"),A1="x")', "A1", "x")).toBe(true);
  });
});
