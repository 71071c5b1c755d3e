/**
 * The results sheet (issue 13): a row per measure × unit for the period, grouped by unit; made again
 * from a changed plan, every typed result is kept (parked when its measure or unit left the plan).
 */
import * as fs from "fs";
import * as path from "path";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import { makeGrid, type CellValue } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import { PARKED_MARK, resultRowsOf, resultsSheetSpec, type ResultRow } from "../../src/core/results/resultsSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { readSeed } from "../support/seedFixtures";

async function seed004() {
  const grid = (await readWorkbook(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed004.xlsx")))).sheets[0];
  return impose(grid, { framework: BUILT_IN_FRAMEWORKS.vac });
}

const UNITS = readSeed("seed004").units;
const asGrid = (rows: CellValue[][]) => makeGrid("成效填報", rows);

describe("the results sheet", () => {
  it("has a row for each measure and each of its units (a blanket unit: every listed unit), grouped by unit in the list's order", async () => {
    const plan = await seed004();
    const { spec, toFill, parked } = resultsSheetSpec(plan, UNITS, "期中");
    const rows = resultRowsOf(asGrid(spec.rows));
    const expected = plan.measures.reduce(
      (n, m) => n + (m.allUnits ? new Set([...m.units.filter((u) => UNITS.includes(u)), ...UNITS]).size : m.units.length),
      0,
    );
    expect(rows).toHaveLength(expected);
    expect(toFill).toBe(expected);
    expect(parked).toEqual([]);
    // Grouped: each unit's rows together, units in the list's order.
    const order = rows.map((r) => r.unit).filter((u, i, all) => all.indexOf(u) === i);
    expect(order).toEqual(order.slice().sort((a, b) => (UNITS.indexOf(a) + 1 || 99) - (UNITS.indexOf(b) + 1 || 99)));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(["期中"]));
    expect(spec.validations?.map((v) => v.source)).toEqual(["'成效填報'!$K$2:$K$5", "'成效填報'!$K$6:$K$7"]);
  });

  it("made again (the year end, a measure removed, a unit changed): every typed result stays; the ones that left the plan are parked, not dropped", async () => {
    const plan = await seed004();
    const first = resultRowsOf(asGrid(resultsSheetSpec(plan, UNITS, "期中").spec.rows));
    const typedRows: ResultRow[] = first.map((r, i) => (i < 3 ? { ...r, status: "已完成", result: `成效 ${i}`, by: "王科長" } : r));
    const removed = typedRows[0];
    const changed = { ...plan, measures: plan.measures.filter((m) => m.id !== removed.id) };
    const again = resultsSheetSpec(changed, UNITS, "年終", typedRows);
    const rows = resultRowsOf(asGrid(again.spec.rows));
    // The 期中 rows with results are kept, the removed measure's among the parked, after the mark.
    for (const { row: _at, ...r } of typedRows.slice(0, 3)) expect(rows).toContainEqual(expect.objectContaining(r));
    expect(again.parked.map((r) => r.id)).toContain(removed.id);
    const mark = again.spec.rows.findIndex((r) => r[0] === PARKED_MARK);
    expect(mark).toBeGreaterThan(0);
    expect(again.spec.rows.slice(mark + 1).map((r) => r[0])).toContain(removed.id);
    // The year end gets its own rows, nothing typed in them yet.
    const yearEnd = rows.filter((r) => r.period === "年終");
    expect(yearEnd.length).toBeGreaterThan(0);
    expect(again.toFill).toBe(yearEnd.length);
    expect(yearEnd.every((r) => r.result === "")).toBe(true);
  });
});

describe("results typed beside the plan", () => {
  it("start the rows: a cell labelling two units gives each its part; an unlabelled one goes to the measure's first unit", async () => {
    const plan = await seed004();
    const two = plan.measures.find((m) => !m.allUnits && m.units.length === 2)!;
    const one = plan.measures.find((m) => !m.allUnits && m.units.length === 1)!;
    const [a, b] = two.units;
    const typed = {
      ...plan,
      measures: plan.measures.map((m) =>
        m.id === two.id ? { ...m, results: `${a}：辦理 3 場\n${b}:完成 2 件` } : m.id === one.id ? { ...m, results: "已公告" } : m,
      ),
    };
    const rows = resultRowsOf(asGrid(resultsSheetSpec(typed, UNITS, "年終").spec.rows));
    const of = (id: string, unit: string) => rows.find((r) => r.id === id && r.unit === unit)!.result;
    expect([of(two.id, a), of(two.id, b), of(one.id, one.units[0])]).toEqual(["辦理 3 場", "完成 2 件", "已公告"]);
    expect(rows.filter((r) => r.result !== "")).toHaveLength(3);
  });
});
