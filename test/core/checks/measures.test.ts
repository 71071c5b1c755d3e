/** Each measure: a unit behind it, words in it, said once, visible. */
import { runChecks } from "../../../src/core/checks/runChecks";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import { cleanSpecs, planOf, rowOf, UNITS, type MeasureSpec } from "../../support/planBuilder";

const context = { framework: KAOHSIUNG, units: UNITS };
const findings = (specs: MeasureSpec[]) => runChecks(planOf(specs), context).findings;
const LAST = cleanSpecs().length + 2;
const withChange = (focus: string, change: Partial<MeasureSpec>) => cleanSpecs().map((s) => (s.focus === focus ? { ...s, ...change } : s));

describe("measure/no-unit", () => {
  it("a measure with no unit: an error at its (empty) units cell", () => {
    expect(findings(withChange("1-1", { units: [] }))).toEqual([
      {
        code: "measure/no-unit",
        severity: "error",
        sheet: "計畫表",
        cell: `D${rowOf("1-1")}`,
        params: { ids: ["1-1-1"], title: "作法1-1", pillar: 1 },
      },
    ]);
  });

  it("measures split from one cell share its units cell: one finding naming them all", () => {
    const specs = cleanSpecs();
    const i = specs.findIndex((s) => s.focus === "1-1");
    specs.splice(i, 1, { ...specs[i], units: [] }, { ...specs[i], title: "作法1-1之二", units: [], row: rowOf("1-1") });
    expect(findings(specs).map((f) => [f.code, f.cell, (f.params as Record<string, unknown>).ids])).toEqual([
      ["measure/no-unit", `D${rowOf("1-1")}`, ["1-1-1", "1-1-2"]],
    ]);
  });
});

describe("measure/empty", () => {
  it.each([["—"], ["無"], ["待補"], ["1."]])("a measure that says %j: a warning at the measure cell", (title) => {
    expect(findings([...cleanSpecs(), { pillar: 1, focus: "1-1", title, text: "", units: ["秘書室"] }])).toEqual([
      { code: "measure/empty", severity: "warning", sheet: "計畫表", cell: `C${LAST}`, params: { id: "1-1-2", text: title, pillar: 1 } },
    ]);
  });
});

describe("measure/duplicate", () => {
  it("the same measure twice in a pillar (seed 002's 建立輿情回應機制 in 二(二) and 二(四)): a warning at the second", () => {
    const copy: MeasureSpec = { pillar: 2, focus: "2-4", title: "作法2-2", text: "作法2-2的說明。", units: ["秘書室"] };
    expect(findings([...cleanSpecs(), copy])).toEqual([
      {
        code: "measure/duplicate",
        severity: "warning",
        sheet: "計畫表",
        cell: `C${LAST}`,
        params: { id: "2-4-2", title: "作法2-2", pillar: 2, firstId: "2-2-1", firstCell: `C${rowOf("2-2")}` },
      },
    ]);
  });

  it("compares the words, not spacing or punctuation", () => {
    const copy: MeasureSpec = { pillar: 2, focus: "2-4", title: "作法 2-2", text: "作法2-2的說明", units: ["秘書室"] };
    expect(findings([...cleanSpecs(), copy]).map((f) => f.code)).toEqual(["measure/duplicate"]);
  });

  it("the same measure under two pillars (seed 000's 常見問題集 under 1-2 and 2-2): only an info", () => {
    const copy: MeasureSpec = { pillar: 3, focus: "3-1", title: "作法1-2", units: ["秘書室"] };
    expect(findings([...cleanSpecs(), copy])).toEqual([
      {
        code: "measure/duplicate-across-pillars",
        severity: "info",
        sheet: "計畫表",
        cell: `C${LAST}`,
        params: { id: "3-1-2", title: "作法1-2", pillar: 3, otherId: "1-2-1", otherCell: `C${rowOf("1-2")}`, otherPillar: 1 },
      },
    ]);
  });
});

describe("measure/hidden (added)", () => {
  it("a measure in a hidden row: an info at the measure cell", () => {
    expect(findings(withChange("4-1", { hidden: true }))).toEqual([
      {
        code: "measure/hidden",
        severity: "info",
        sheet: "計畫表",
        cell: `C${rowOf("4-1")}`,
        params: { id: "4-1-1", title: "作法4-1", pillar: 4 },
      },
    ]);
  });
});
