/**
 * The five real plans, imposed from their hand-transcribed sheets and checked with the agency's
 * units (test/fixtures/seeds/*.sheet.json `units`): what the issue expects of each, and nothing else.
 */
import { validatePlan } from "../../../src/core/checks/validate";
import { BUILT_IN_FRAMEWORKS } from "../../../src/core/framework/catalog";
import { impose } from "../../../src/core/impose/impose";
import { readSeed, seedGrid } from "../../support/seedFixtures";

function validateSeed(name: string) {
  const seed = readSeed(name);
  const framework = BUILT_IN_FRAMEWORKS[seed.framework];
  return validatePlan(impose(seedGrid(name), { framework }), { framework, units: seed.units });
}

const brief = (v: ReturnType<typeof validateSeed>) => v.findings.map((f) => `${f.severity} ${f.code} ${f.cell ?? "-"}`);

describe("seed 000 (高雄市兵役處)", () => {
  const v = validateSeed("seed000");

  it("lacks 2-3 (滿意度調查) and 4-2 (延伸服務據點), labels 2-4 as (三) and 4-3 as (二), lists 常見問題集 under two pillars", () => {
    expect(brief(v)).toEqual([
      "error coverage/focus-missing A13",
      "error coverage/focus-missing A23",
      "warning focus/label-mismatch B17",
      "warning focus/label-mismatch B26",
      "warning unit/ambiguous D35",
      "info measure/duplicate-across-pillars C14",
    ]);
    expect(v.findings.map((f) => f.params as Record<string, unknown>).map((p) => [p.focus, p.label ?? null])).toEqual([
      ["2-3", null],
      ["4-2", null],
      ["2-4", "(三)"],
      ["4-3", "(二)"],
      [undefined, null],
      [undefined, null],
    ]);
    expect(v.findings[5].params).toMatchObject({ title: "於網站建置「常見問題集」", pillar: 2, otherPillar: 1, otherCell: "C6" });
    expect(v.valid).toBe(false);
    expect(v.stats.focusPoints).toEqual({ required: 22, covered: 20 });
  });

  it("the unit cell of 六(四) stacks units that cannot be lined up with its two measures", () => {
    expect(v.findings[4].params).toEqual({ ids: ["6-4-1", "6-4-2"], units: ["動員科", "軍務科", "秘書室"], pillar: 6 });
  });
});

describe.each(["seed001", "seed002"])("%s", (name) => {
  it("covers all 22 focus points", () => {
    const v = validateSeed(name);
    expect(v.stats.focusPoints).toEqual({ required: 22, covered: 22 });
    expect(v.findings.filter((f) => f.code.startsWith("coverage/"))).toEqual([]);
    expect(v.valid).toBe(true);
  });
});

it("seed 001 gives no finding", () => {
  expect(brief(validateSeed("seed001"))).toEqual([]);
});

it("seed 002 repeats 建立輿情回應機制 in 二(二) and 二(四)", () => {
  const v = validateSeed("seed002");
  expect(v.findings).toEqual([
    {
      code: "measure/duplicate",
      severity: "warning",
      sheet: "計畫內容",
      cell: "C28",
      params: { id: "2-4-1", title: "建立輿情回應機制", pillar: 2, firstId: "2-2-1", firstCell: "C22" },
    },
  ]);
});

it("seed 003 lacks 5-2 and labels 5-3 as (二) in a cell grouping focus points", () => {
  const v = validateSeed("seed003");
  expect(brief(v)).toEqual(["error coverage/focus-missing A19", "warning focus/label-mismatch B19"]);
  expect(v.findings.map((f) => (f.params as Record<string, unknown>).focus)).toEqual(["5-2", "5-3"]);
  expect(v.stats.focusPoints).toEqual({ required: 22, covered: 21 });
});

it("seed 004 (VAC: no mandated focus points, a deadline column) gives no finding", () => {
  const v = validateSeed("seed004");
  expect(brief(v)).toEqual([]);
  expect(v.stats.pillars).toEqual({ required: 6, covered: 6 });
  expect(v.stats.focusPoints).toEqual({ required: 0, covered: 0 });
});
