/** Units against the agency's list: every unit real, every unit with work, stacked units confirmed. */
import { runChecks } from "../../../src/core/checks/runChecks";
import { unitListFromSheet } from "../../../src/core/workbook/unitsSheet";
import { makeGrid } from "../../../src/core/grid";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import { cleanSpecs, planOf, rowOf, UNITS, type MeasureSpec } from "../../support/planBuilder";

const withUnits = (focus: string, units: string[]) => cleanSpecs().map((s) => (s.focus === focus ? { ...s, units } : s));
const findings = (specs: MeasureSpec[], units: string[] = UNITS) => runChecks(planOf(specs), { framework: KAOHSIUNG, units }).findings;

describe("unit/unknown", () => {
  it("a unit not on the list: an error at the units cell, suggesting the nearest listed name (役政災防科 → 役政災防課)", () => {
    const specs = [...withUnits("1-1", ["秘書室", "役政災防科"]), { pillar: 6, focus: "6-4", title: "防災演練", units: ["役政災防課"] }];
    expect(findings(specs, [...UNITS, "役政災防課"])).toEqual([
      {
        code: "unit/unknown",
        severity: "error",
        sheet: "計畫表",
        cell: `D${rowOf("1-1")}`,
        params: { unit: "役政災防科", suggestion: "役政災防課", ids: ["1-1-1"], pillar: 1 },
      },
    ]);
  });

  it("no suggestion when no listed name is close", () => {
    expect(findings(withUnits("1-1", ["戶政事務所"]))[0].params).toEqual({ unit: "戶政事務所", ids: ["1-1-1"], pillar: 1 });
  });

  it("a name spaced out by a PDF or written full-width is the listed unit", () => {
    expect(findings(withUnits("1-1", ["秘 書 室"]))).toEqual([]);
  });
});

describe("unit/unassigned", () => {
  it("a listed unit with no measure: a warning, on the units sheet's cell when the list came from one", () => {
    const plan = planOf(cleanSpecs());
    const units = [...UNITS, "人事室"];
    expect(runChecks(plan, { framework: KAOHSIUNG, units }).findings).toEqual([
      { code: "unit/unassigned", severity: "warning", sheet: "計畫表", params: { unit: "人事室" } },
    ]);
    const unitsSheet = { sheet: "單位", cells: ["A2", "A3", "A4", "A5"] };
    expect(runChecks(plan, { framework: KAOHSIUNG, units, unitsSheet }).findings).toEqual([
      { code: "unit/unassigned", severity: "warning", sheet: "單位", cell: "A5", params: { unit: "人事室" } },
    ]);
  });

  it("a blanket unit (各課室) assigns every unit of the list", () => {
    expect(findings(withUnits("1-1", ["各課室"]), [...UNITS, "人事室"])).toEqual([]);
  });
});

describe("without a unit list", () => {
  it("unit/unknown and unit/unassigned are not run, and the run says so", () => {
    const plan = planOf(withUnits("1-1", ["役政災防科"]));
    expect(runChecks(plan, { framework: KAOHSIUNG })).toEqual({
      findings: [],
      skipped: [
        { codes: ["unit/unknown"], reason: "no-unit-list" },
        { codes: ["unit/unassigned"], reason: "no-unit-list" },
      ],
    });
  });
});

describe("unit/ambiguous (added)", () => {
  const row = rowOf("6-4");
  const split = (units: string[]) => {
    const specs = cleanSpecs().filter((s) => s.focus !== "6-4");
    specs.push({ pillar: 6, focus: "6-4", title: "作法6-4", units, row }, { pillar: 6, focus: "6-4", title: "作法6-4之二", units, row });
    return planOf(specs, { changes: [{ kind: "units-ambiguous", cell: `D${row}`, params: { measures: 2 } }] });
  };

  it("units impose could not line up with the measures of a cell: a warning at the units cell", () => {
    expect(runChecks(split(["秘書室", "民政課"]), { framework: KAOHSIUNG, units: UNITS }).findings).toEqual([
      {
        code: "unit/ambiguous",
        severity: "warning",
        sheet: "計畫表",
        cell: `D${row}`,
        params: { ids: ["6-4-1", "6-4-2"], units: ["秘書室", "民政課"], pillar: 6 },
      },
    ]);
  });

  it("one unit for the whole cell leaves nothing to confirm", () => {
    expect(runChecks(split(["各課室"]), { framework: KAOHSIUNG, units: UNITS }).findings).toEqual([]);
  });
});

describe("unitListFromSheet", () => {
  it("reads the units under the 執行單位 header with their cells, blanks and repeats dropped", () => {
    const grid = makeGrid("單位", [["執行單位"], ["秘書室"], [null], ["民政課"], ["秘書室"], [" 社會課 "]], { top: 2, left: 1 });
    expect(unitListFromSheet(grid)).toEqual({
      units: ["秘書室", "民政課", "社會課"],
      unitsSheet: { sheet: "單位", cells: ["B4", "B6", "B8"] },
    });
  });
});
