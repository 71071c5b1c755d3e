/** Setting up again keeps what was typed into the plan table, and gives it to the right measure. */
import { carryOverEdits } from "../../src/core/workflows/carryOver";
import { planTableSpec } from "../../src/core/workbook/planTable";
import type { CellValue } from "../../src/core/grid";
import { planOf, type MeasureSpec } from "../support/planBuilder";

const two: MeasureSpec[] = [
  { pillar: 1, focus: "1-1", title: "", text: "定期檢討作業流程，簡化申辦手續。", units: ["秘書室"] },
  { pillar: 1, focus: "1-1", title: "", text: "服務人員在職訓練，提升專業能力。", units: ["民政課"] },
];

/** The plan table as written for `specs`, with results typed by id. */
function tableWith(specs: MeasureSpec[], results: Record<string, string>): CellValue[][] {
  const rows = planTableSpec(planOf(specs)).rows.map((r) => [...r]);
  for (const r of rows.slice(1)) if (results[String(r[0])]) r[6] = results[String(r[0])];
  return rows;
}

it("a measure deleted from the source leaves its id to the next one, which does not inherit its results", () => {
  const before = tableWith(two, { "1-1-1": "A 的成效", "1-1-2": "B 的成效" });
  // A is gone; B now has A's id (1-1-1) and a wording of its own.
  const now = planOf([{ ...two[1], text: "服務人員每季在職訓練，並辦理專業測驗。" }]);
  const carried = carryOverEdits(now, before);
  expect(now.measures.map((m) => m.id)).toEqual(["1-1-1"]);
  expect(carried.plan.measures[0].results).toBe(null);
  expect(carried.dropped).toEqual(["1-1-1", "1-1-2"]);
});

it("a measure reworded a little keeps its results under its id", () => {
  const before = tableWith(two, { "1-1-1": "A 的成效" });
  const now = planOf([{ ...two[0], text: "定期檢討作業流程，並簡化申辦手續。" }, two[1]]);
  const carried = carryOverEdits(now, before);
  expect(carried.plan.measures.map((m) => m.results)).toEqual(["A 的成效", null]);
  expect(carried.dropped).toEqual([]);
});

it("measures under new ids (another framework) keep their results by wording", () => {
  const before = tableWith(two, { "1-1-1": "A 的成效", "1-1-2": "B 的成效" });
  const now = planOf(two.map((s) => ({ ...s, pillar: 2, focus: "2-1" })));
  const carried = carryOverEdits(now, before);
  expect(carried.plan.measures.map((m) => [m.id, m.results])).toEqual([
    ["2-1-1", "A 的成效"],
    ["2-1-2", "B 的成效"],
  ]);
});
