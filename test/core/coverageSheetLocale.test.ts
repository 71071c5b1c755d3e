/** The coverage sheet in English: its own words English, the plan's wording quoted as written. */
import { validatePlan } from "../../src/core/checks/validate";
import { KAOHSIUNG } from "../../src/core/framework/kaohsiung";
import { coverageSheetSpec } from "../../src/core/workbook/coverageSheet";
import { cleanSpecs, planOf, UNITS } from "../support/planBuilder";

it("in English, no Chinese outside the plan's own wording and unit names", () => {
  const specs = cleanSpecs().filter((s) => s.focus !== "2-3");
  specs.push({ pillar: 3, focus: null, title: "其他作法", units: ["外來課"] });
  const validation = validatePlan(planOf(specs), { framework: KAOHSIUNG, units: [...UNITS, "人事室"] });
  const { rows } = coverageSheetSpec(validation.coverage, { checkedAt: "2026-11-21 09:05", locale: "en" });
  const planWords = [
    ...KAOHSIUNG.pillars.flatMap((p) => [p.title, ...p.focusPoints.map((f) => f.label + f.text)]),
    ...KAOHSIUNG.pillars.flatMap((p) => p.focusPoints.map((f) => f.label)),
    ...UNITS,
    "人事室",
    "外來課",
  ];
  const ours = rows
    .flat()
    .filter((v): v is string => typeof v === "string")
    .map((v) => planWords.reduce((t, w) => t.split(w).join(""), v));
  expect(ours.filter((t) => /\p{Script=Han}/u.test(t))).toEqual([]);
  expect(rows[0]).toEqual(["Coverage of the service-improvement plan (checked 2026-11-21 09:05)"]);
  const three = rows.find((r) => typeof r[0] === "string" && r[0].startsWith("3. "))!;
  expect(three[three.length - 1]).toBe("1 more measure matches no focus point");
});
