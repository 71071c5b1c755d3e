/** Remembered mappings (issue 15, part 2): kept on the sheet 對照表, applied by impose, each use a change. */
import { changeMessage } from "../../src/core/changes";
import { validatePlan } from "../../src/core/checks/validate";
import { KAOHSIUNG } from "../../src/core/framework/kaohsiung";
import { makeGrid, type CellValue, type Grid } from "../../src/core/grid";
import { ImposeError } from "../../src/core/impose/errors";
import { impose } from "../../src/core/impose/impose";
import { noMappings, withMapping, type MappingEntry, type Mappings } from "../../src/core/impose/mappings";
import { MAPPINGS_SHEET, mappingsSheetSpec, readMappings } from "../../src/core/workbook/mappingsSheet";
import { planSetUp } from "../../src/core/workflows/setUp";
import { readSeed, seedGrid } from "../support/seedFixtures";

const remember = (...entries: MappingEntry[]): Mappings => entries.reduce(withMapping, noMappings(MAPPINGS_SHEET));
const ALIAS = remember({ kind: "unit", written: "役政災防科", unit: "役政災防課" });

/** Seed 001 as next year's paste might come: every 役政災防課 written 役政災防科. */
function seed001WithTypo(): Grid {
  const grid = seedGrid("seed001");
  const values = grid.values.map((row) => row.map((v) => (typeof v === "string" ? v.split("役政災防課").join("役政災防科") : v)));
  return { ...grid, values };
}

describe("withMapping", () => {
  it("adds, replaces what a name meant (the latest word wins), and ignores a unit meaning itself or a blank name", () => {
    const m = remember(
      { kind: "unit", written: "役政災防科", unit: "民政課" },
      { kind: "header", written: "工作說明", role: "measure" },
      { kind: "unit", written: " 役政災防科 ", unit: "役政災防課" },
      { kind: "unit", written: "秘書室", unit: "秘書室" },
      { kind: "unit", written: "  ", unit: "秘書室" },
    );
    expect(m.units).toEqual([{ written: "役政災防科", unit: "役政災防課" }]);
    expect(m.headers).toEqual([{ written: "工作說明", role: "measure" }]);
  });

  it("returns the same mappings when the confirmation is already kept (nothing to write)", () => {
    expect(withMapping(ALIAS, { kind: "unit", written: "役政災防科", unit: "役政災防課" })).toBe(ALIAS);
  });
});

describe("the sheet 對照表", () => {
  it("is written and read back as the same mappings", () => {
    const m = remember(
      { kind: "header", written: "工作說明", role: "measure" },
      { kind: "unit", written: "役政災防科", unit: "役政災防課" },
    );
    const spec = mappingsSheetSpec(m);
    expect(spec.rows).toEqual([
      ["類別", "原本寫法", "對應為"],
      ["表頭", "工作說明", "具體作法"],
      ["單位", "役政災防科", "役政災防課"],
    ]);
    expect(readMappings(makeGrid(spec.name, spec.rows))).toEqual(m);
  });

  it("reads lines the user typed: other names of a role, English kinds and roles; skips what it cannot understand", () => {
    const rows: CellValue[][] = [
      ["類別", "原本寫法", "對應為"],
      ["表頭", "辦理事項", "執行方法"],
      ["header", "Owner", "units"],
      ["表頭", "說明", "工作重點"], // two roles: not understood
      ["表頭", "備註", "不是欄位"],
      ["單位", "", "秘書室"],
      ["其他", "甲", "乙"],
      ["unit", "秘 書 處", "秘書室"],
      [null, null, null],
    ];
    const m = readMappings(makeGrid("我的對照表", rows));
    expect(m).toEqual({
      sheet: "我的對照表",
      headers: [
        { written: "辦理事項", role: "measure" },
        { written: "Owner", role: "units" },
      ],
      units: [{ written: "秘 書 處", unit: "秘書室" }],
    });
  });
});

describe("impose with remembered mappings", () => {
  it("reads a remembered unit alias as the listed unit, says so once per cell in both languages, and the check finds nothing", () => {
    const grid = seed001WithTypo();
    const units = readSeed("seed001").units;
    const before = impose(grid, { framework: KAOHSIUNG });
    expect(validatePlan(before, { framework: KAOHSIUNG, units }).findings.filter((f) => f.code === "unit/unknown")).not.toEqual([]);

    const plan = impose(grid, { framework: KAOHSIUNG, mappings: ALIAS });
    const original = impose(seedGrid("seed001"), { framework: KAOHSIUNG });
    expect(plan.measures.map((m) => m.units)).toEqual(original.measures.map((m) => m.units));
    const applied = plan.changes.filter((c) => c.kind === "mapping-applied");
    const cells = applied.map((c) => c.cell);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells).toContain("D11");
    const d11 = applied.find((c) => c.cell === "D11")!;
    expect(changeMessage(d11)).toBe("依「對照表」記住的對應，執行單位「役政災防科」讀作「役政災防課」");
    expect(changeMessage(d11, "en")).toBe('As remembered in "對照表": the unit "役政災防科" is read as "役政災防課"');
    expect(validatePlan(plan, { framework: KAOHSIUNG, units }).findings.filter((f) => f.code === "unit/unknown")).toEqual([]);
  });

  it("changes nothing without mappings, or with mappings that name nothing in the sheet", () => {
    const grid = seedGrid("seed000");
    const plain = impose(grid, { framework: KAOHSIUNG });
    expect(impose(grid, { framework: KAOHSIUNG, mappings: ALIAS })).toEqual(plain);
    expect(impose(grid, { framework: KAOHSIUNG, mappings: noMappings(MAPPINGS_SHEET) })).toEqual(plain);
  });

  it("a header remembered as the measures' column is taken as it, where detection could not tell", () => {
    const rows: CellValue[][] = [
      ["執行要項", "工作說明", "執行單位"],
      ["一、完備基礎服務項目，注重服務特性差異化", "定期檢討作業流程，簡化申辦手續。", "秘書室"],
      ["二、重視全程意見回饋及參與，力求服務切合民眾需求", "辦理滿意度調查並據以改善。", "役政災防科"],
    ];
    const grid = makeGrid("計畫", rows);
    expect(() => impose(grid, { framework: KAOHSIUNG })).toThrow(ImposeError);
    const mappings = withMapping(ALIAS, { kind: "header", written: "工作說明", role: "measure" });
    const plan = impose(grid, { framework: KAOHSIUNG, mappings });
    expect(plan.header.columns.measure).toBe(1);
    expect(plan.measures.map((m) => [m.text, m.units])).toEqual([
      ["定期檢討作業流程，簡化申辦手續。", ["秘書室"]],
      ["辦理滿意度調查並據以改善。", ["役政災防課"]],
    ]);
    const header = plan.changes.find((c) => c.kind === "mapping-applied" && c.params.what === "header")!;
    expect(header.cell).toBe("B1");
    expect(changeMessage(header)).toBe("依「對照表」記住的對應，B 欄「工作說明」當作具體作法");
    expect(changeMessage(header, "en")).toBe('As remembered in "對照表": column B ("工作說明") is taken as the measure column');
  });

  it("the user's choice now outranks a remembered header; a remembered header over an empty column is not taken", () => {
    const rows: CellValue[][] = [
      ["執行要項", "工作說明", "辦理方式", "執行單位"],
      ["一、完備基礎服務項目，注重服務特性差異化", "", "定期檢討作業流程，簡化申辦手續。", "秘書室"],
    ];
    const mappings = remember({ kind: "header", written: "工作說明", role: "measure" });
    const grid = makeGrid("計畫", rows);
    const plan = impose(grid, { framework: KAOHSIUNG, mappings });
    expect(plan.header.columns.measure).toBe(2);
    expect(plan.changes.some((c) => c.kind === "mapping-applied")).toBe(false);
    const chosen = impose(
      makeGrid("計畫", [rows[0], ["一、完備基礎服務項目，注重服務特性差異化", "甲", "乙作法較長的一句話。", "秘書室"]]),
      {
        framework: KAOHSIUNG,
        mappings,
        columns: { measure: "C" },
      },
    );
    expect(chosen.header.columns.measure).toBe(2);
    expect(chosen.changes.some((c) => c.kind === "mapping-applied")).toBe(false);
  });

  it("set-up lists each mapping applied among what it remembered, and suggests the listed unit", () => {
    const outcome = planSetUp({ source: seed001WithTypo(), framework: { kind: "detect" }, mappings: ALIAS });
    expect(outcome.remembered.length).toBeGreaterThan(0);
    expect(outcome.remembered.every((c) => c.kind === "mapping-applied")).toBe(true);
    expect(outcome.units).toContain("役政災防課");
    expect(outcome.units).not.toContain("役政災防科");
  });
});
