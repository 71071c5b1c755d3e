/** The coverage sheet as data: counts under their headings, and notes naming what is missing. */
import { coverageSheetSpec } from "../../../src/core/workbook/coverageSheet";
import { validatePlan } from "../../../src/core/checks/validate";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import { cleanSpecs, planOf, UNITS } from "../../support/planBuilder";

const sheetOf = (specs: ReturnType<typeof cleanSpecs>, units: string[]) =>
  coverageSheetSpec(validatePlan(planOf(specs), { framework: KAOHSIUNG, units }).coverage, { checkedAt: "115年11月21日 09:05" });
const rowNamed = (rows: unknown[][], name: string) => rows.find((r) => typeof r[0] === "string" && r[0].startsWith(name))!;
const note = (row: unknown[]) => row[row.length - 1];

describe("coverageSheetSpec", () => {
  it("a clean plan: every pillar's counts, no note; every unit with work, no note", () => {
    const { rows, name } = sheetOf(cleanSpecs(), UNITS);
    expect(name).toBe("涵蓋情形");
    expect(rows[0]).toEqual(["提升服務計畫涵蓋情形（115年11月21日 09:05 檢查）"]);
    for (const n of ["一、", "二、", "三、", "四、", "五、", "六、"]) expect(note(rowNamed(rows, n))).toBe("");
    for (const u of UNITS) expect(note(rowNamed(rows, u))).toBe("");
    expect(rows.some((r) => r[0] === "沒有單位清單：上表列出計畫中寫到的單位。")).toBe(false);
  });

  it("names a focus point with no measure, a unit with none, a unit not on the list, and a measure with no focus point", () => {
    const specs = cleanSpecs().filter((s) => s.focus !== "2-3");
    specs.push({ pillar: 3, focus: null, title: "其他作法", units: ["外來課"] });
    const { rows } = sheetOf(specs, [...UNITS, "人事室"]);
    const two = rowNamed(rows, "二、");
    expect(two.slice(2, 6)).toEqual([expect.any(Number), expect.any(Number), 0, expect.any(Number)]);
    expect(note(two)).toBe("(三)依據服務特性辦理滿意度調查，瞭解民眾對服務的看法，並據以檢討改善既有措施");
    expect(note(rowNamed(rows, "三、"))).toBe("另有 1 項未對應執行重點");
    expect(note(rowNamed(rows, "人事室"))).toBe("沒有分配具體作法");
    expect(note(rowNamed(rows, "外來課"))).toBe("不在單位清單");
    expect(rowNamed(rows, "執行要項").slice(0, 3)).toEqual(["執行要項", "小計", "(一)"]);
  });

  it("with no unit list, says the units are the ones the plan names", () => {
    const { rows } = sheetOf(cleanSpecs(), []);
    expect(rows[rows.length - 1]).toEqual(["沒有單位清單：上表列出計畫中寫到的單位。"]);
  });
});
