/** Compiling results into 附件二 (issue 13): labelled by unit where a measure has several, what is missing, the figures. */
import * as fs from "fs";
import * as path from "path";
import { buildAnnex } from "../../src/core/annex/annexes";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import { makeGrid } from "../../src/core/grid";
import { impose } from "../../src/core/impose/impose";
import { runChecks } from "../../src/core/checks/runChecks";
import { checkTargets, compileResults, NOT_REPORTED } from "../../src/core/results/compile";
import { resultRowsOf, resultsSheetSpec } from "../../src/core/results/resultsSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { readSeed } from "../support/seedFixtures";

it("seed 004: two chiefs' results reach 附件二, labelled where a measure has two units; the rest are missing; figures per unit and pillar", async () => {
  const grid = (await readWorkbook(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed004.xlsx")))).sheets[0];
  const framework = BUILT_IN_FRAMEWORKS.vac;
  const plan = impose(grid, { framework });
  const units = readSeed("seed004").units;
  const rows = resultRowsOf(makeGrid("成效填報", resultsSheetSpec(plan, units, "年終").spec.rows));
  const twoUnits = plan.measures.find((m) => !m.allUnits && m.units.length === 2)!; // 1-0-2: 總務, 就醫
  const oneUnit = plan.measures.find((m) => !m.allUnits && m.units.length === 1)!;
  const filled = rows.map((r) => {
    if (r.id === twoUnits.id) return { ...r, status: "已完成", result: `${r.unit}完成改善` };
    if (r.id === oneUnit.id) return { ...r, status: "辦理中", result: "持續辦理中" };
    return r;
  });
  const compiled = compileResults(plan, filled, "年終");
  const byId = new Map(compiled.plan.measures.map((m) => [m.id, m]));
  expect(byId.get(twoUnits.id)!.results).toBe(twoUnits.units.map((u) => `${u}：${u}完成改善`).join("\n"));
  expect(byId.get(oneUnit.id)!.results).toBe("持續辦理中");
  // A measure nobody reported on shows the gap, labelled per unit where it has several.
  const silent = plan.measures.find((m) => m !== twoUnits && m !== oneUnit && !m.allUnits && m.units.length === 2)!;
  expect(byId.get(silent.id)!.results).toBe(silent.units.map((u) => `${u}：${NOT_REPORTED}`).join("\n"));
  expect(compiled.missing).toHaveLength(rows.length - twoUnits.units.length - 1);
  expect(compiled.byUnit.find((u) => u.unit === twoUnits.units[0])).toMatchObject({ done: 1, reported: 1 });
  const pillar = compiled.byPillar.find((p) => p.pillar === twoUnits.pillar)!;
  expect(pillar.done).toBe(2);
  // 附件二's 執行成效 column shows them.
  const annex = buildAnnex("results", compiled.plan, framework, { agency: "花蓮縣榮民服務處", year: 112 });
  expect(annex.rows.flat()).toContain(twoUnits.units.map((u) => `${u}：${u}完成改善`).join("\n"));
  expect(annex.rows.flat()).toContain("持續辦理中");
});

it("a result typed beside the plan in the source stays when no row reports on that measure", async () => {
  const grid = (await readWorkbook(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed004.xlsx")))).sheets[0];
  const plan = impose(grid, { framework: BUILT_IN_FRAMEWORKS.vac });
  const withResult = { ...plan, measures: plan.measures.map((m, i) => (i === 0 ? { ...m, results: "已於 3 月公告" } : m)) };
  expect(compileResults(withResult, [], "年終").plan.measures[0].results).toBe("已於 3 月公告");
});

it("holds seed 004's stated targets to the figures reported: 至少2場次 met by 1+2, 每年至少20小時 not by 12; nothing reported, not told", async () => {
  const grid = (await readWorkbook(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed004.xlsx")))).sheets[0];
  const plan = impose(grid, { framework: BUILT_IN_FRAMEWORKS.vac });
  const units = readSeed("seed004").units;
  const rows = resultRowsOf(makeGrid("成效填報", resultsSheetSpec(plan, units, "年終").spec.rows));
  const talks = rows.filter((r) => r.id === "4-0-2"); // 宣導講座至少 2場次: 就醫, 網綜合
  const hours = rows.filter((r) => r.id === "1-0-6"); // 每年至少 20小時
  const filled = rows.map((r) =>
    r === talks[0] ? { ...r, figure: "1" } : r === talks[1] ? { ...r, figure: "２場" } : r === hours[0] ? { ...r, figure: "12" } : r,
  );
  const checks = checkTargets(plan, filled, "年終");
  expect(checks.map((c) => [c.id, c.target.text, c.achieved, c.asked, c.met])).toEqual([
    ["1-0-6", "每年至少20小時", 12, 20, false],
    ["4-0-2", "至少2場次", 3, 2, true],
    ["6-0-2", "至少4場次", null, 4, null],
  ]);
  // At mid-year half the year's number is asked.
  expect(
    checkTargets(
      plan,
      filled.map((r) => ({ ...r, period: "期中" })),
      "期中",
    ).find((c) => c.id === "1-0-6"),
  ).toMatchObject({ asked: 10, met: true });
});

it("as findings: results/missing once per unit at its first unreported row's 辦理情形 cell, results/target-unmet at the measure's 達成數值 cell", async () => {
  const grid = (await readWorkbook(fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed004.xlsx")))).sheets[0];
  const framework = BUILT_IN_FRAMEWORKS.vac;
  const plan = impose(grid, { framework });
  const units = readSeed("seed004").units;
  const sheet = makeGrid("成效填報", resultsSheetSpec(plan, units, "年終").spec.rows);
  const rows = resultRowsOf(sheet);
  const firstUnit = rows[0].unit;
  const own = rows.filter((r) => r.unit === firstUnit);
  // The first unit reports on everything, with 12 hours against 每年至少20小時 where 1-0-6 is its own.
  const filled = rows.map((r) => (r.unit === firstUnit ? { ...r, status: "已完成", figure: r.id === "1-0-6" ? "12" : "" } : r));
  const results = { sheet: "成效填報", rows: filled, period: "年終" as const };
  const found = runChecks(plan, { framework, units, results }).findings.filter((f) => f.code.startsWith("results/"));
  const missing = found.filter((f) => f.code === "results/missing");
  const others = [...new Set(rows.filter((r) => r.unit !== firstUnit).map((r) => r.unit))];
  expect(missing.map((f) => f.params.unit)).toEqual(others);
  for (const f of missing) {
    const first = rows.find((r) => r.unit === f.params.unit)!;
    expect(f.cell).toBe(`F${first.row! + 1}`);
    expect(sheet.values[first.row!][5]).toBe(""); // 辦理情形, blank
    expect(f.params.ids).toEqual(rows.filter((r) => r.unit === f.params.unit).map((r) => r.id));
  }
  const unmet = found.filter((f) => f.code === "results/target-unmet");
  if (own.some((r) => r.id === "1-0-6")) {
    expect(unmet.map((f) => [f.params, f.cell])).toEqual([
      [
        { id: "1-0-6", target: "每年至少20小時", asked: 20, unit: "小時", achieved: 12, period: "年終", pillar: 1 },
        `H${rows.find((r) => r.id === "1-0-6")!.row! + 1}`,
      ],
    ]);
  } else expect(unmet).toEqual([]);
  // Without results in the context, nothing of theirs.
  expect(runChecks(plan, { framework, units }).findings.filter((f) => f.code.startsWith("results/"))).toEqual([]);
});
