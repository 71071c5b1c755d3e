/** The small pieces findings are made of: shortened wording, pillar and id phrases, cell order, runs, unit names. */
import { finding, findingPillar, pillarParam, SEVERITY_ORDER } from "../../../src/core/checks/finding";
import { countText, SEVERITY_NAMES } from "../../../src/core/checks/messages";
import { isEmptyMeasure } from "../../../src/core/checks/measureContent";
import { editDistance, nearestName } from "../../../src/core/checks/nearestName";
import { focusZh, idsEn, idsZh, numberEn, pillarZh, shortText } from "../../../src/core/checks/phrases";
import { cellOrder, pillarCellKey, pillarFirstCell, roleCell, runsOf } from "../../../src/core/checks/planCells";
import { UnitList } from "../../../src/core/checks/unitAssignment";
import type { Measure } from "../../../src/core/plan";
import { planOf } from "../../support/planBuilder";

describe("shortText", () => {
  it("drops every space and line break of the wording", () => {
    expect(shortText("傾聽 民眾\n意見　積極回應")).toBe("傾聽民眾意見積極回應");
    expect(shortText("傾聽 民眾 意見，積極回應")).toBe("傾聽民眾意見…");
  });

  it("keeps a wording of exactly 20 characters whole, and cuts a longer one at 20", () => {
    const twenty = "一二三四五六七八九十一二三四五六七八九十";
    expect(shortText(twenty)).toBe(twenty);
    expect(shortText(twenty + "一")).toBe(twenty + "…");
  });

  it("cuts at a clause break only within the first 20 characters, and only after 4", () => {
    expect(shortText("一二三四五六七八九十一二三四五六七八九十一二，三四")).toBe("一二三四五六七八九十一二三四五六七八九十…");
    expect(shortText("甲，乙丙丁戊己，庚")).toBe("甲，乙丙丁戊己…");
    expect(shortText("建立標準作業流程；確保正確")).toBe("建立標準作業流程…");
    expect(shortText("")).toBe("");
  });
});

describe("pillar, focus point and id phrases", () => {
  it("pillarZh: a numbered pillar, the preamble row 訂定計畫 for 0, nothing when there is no pillar", () => {
    expect([pillarZh(2), pillarZh(6), pillarZh(0), pillarZh(null), pillarZh(undefined)]).toEqual(["二、", "六、", "訂定計畫", "", ""]);
  });

  it("focusZh: the pillar's numeral and the focus point's label", () => {
    expect([focusZh("2-3", "(三)"), focusZh("6-1", "(一)"), focusZh("12-1", "(一)")]).toEqual(["二(三)", "六(一)", "十二(一)"]);
  });

  it("idsZh and idsEn: up to three ids in full, more as the first three and a count", () => {
    expect([idsZh(["1-1-1"]), idsEn(["1-1-1"])]).toEqual(["1-1-1", "1-1-1"]);
    expect([idsZh(["1-1-1", "1-1-2", "1-1-3"]), idsEn(["1-1-1", "1-1-2", "1-1-3"])]).toEqual([
      "1-1-1、1-1-2、1-1-3",
      "1-1-1, 1-1-2, 1-1-3",
    ]);
    const four = ["1-1-1", "1-1-2", "1-1-3", "1-1-4"];
    expect([idsZh(four), idsEn(four)]).toEqual(["1-1-1、1-1-2、1-1-3 等 4 項", "1-1-1, 1-1-2, 1-1-3 and 1 more"]);
    const six = [...four, "1-1-5", "1-1-6"];
    expect([idsZh(six), idsEn(six)]).toEqual(["1-1-1、1-1-2、1-1-3 等 6 項", "1-1-1, 1-1-2, 1-1-3 and 3 more"]);
  });

  it("numberEn: the number, or nothing for an absent pillar", () => {
    expect([numberEn(3), numberEn(0), numberEn(undefined)]).toEqual(["3", "0", ""]);
  });
});

describe("a finding's pillar", () => {
  it("pillarParam gives {pillar} for a pillar (0 included), nothing otherwise", () => {
    expect(pillarParam(3)).toStrictEqual({ pillar: 3 });
    expect(pillarParam(0)).toStrictEqual({ pillar: 0 });
    expect(pillarParam(null)).toStrictEqual({});
    expect(pillarParam(undefined)).toStrictEqual({});
  });

  it("findingPillar reads it back: the pillar a report groups the finding under, or null", () => {
    expect(findingPillar(finding("measure/hidden", "計畫表", "C4", { id: "4-1-1", title: "分眾服務", pillar: 4 }))).toBe(4);
    expect(findingPillar(finding("measure/hidden", "計畫表", "C2", { id: "0-0-1", title: "訂定計畫", pillar: 0 }))).toBe(0);
    expect(findingPillar(finding("unit/unassigned", "計畫表", undefined, { unit: "人事室" }))).toBeNull();
  });

  it("finding leaves the cell out when there is none", () => {
    expect(finding("unit/unassigned", "計畫表", undefined, { unit: "人事室" })).toStrictEqual({
      code: "unit/unassigned",
      severity: "warning",
      sheet: "計畫表",
      params: { unit: "人事室" },
    });
  });
});

describe("where findings point", () => {
  const plan = planOf([
    { pillar: 1, focus: "1-1", title: "甲", units: ["秘書室"] },
    { pillar: 1, focus: "1-2", title: "乙", units: ["秘書室"] },
    { pillar: 2, focus: "2-1", title: "丙", units: ["秘書室"] },
  ]);

  it("cellOrder: row and column of a cell (0-based), a cell-less finding before every cell", () => {
    expect([cellOrder("C12"), cellOrder("A1"), cellOrder("AB3"), cellOrder(undefined), cellOrder("")]).toEqual([
      [11, 2],
      [0, 0],
      [2, 27],
      [-1, -1],
      [-1, -1],
    ]);
  });

  it("roleCell: the role's cell on the measure's row, the measure cell when the plan has no such column", () => {
    const m = plan.measures[1];
    expect(["pillar", "focus", "units", "deadline"].map((r) => roleCell(plan, m, r as "pillar"))).toEqual(["A3", "B3", "D3", "E3"]);
    const noDeadline = planOf([{ pillar: 1, focus: "1-1", title: "甲", units: ["秘書室"] }], { deadlineColumn: false });
    expect(roleCell(noDeadline, noDeadline.measures[0], "deadline")).toBe("C2");
    // The grid may start right of column A: the measure cell tells where.
    const shifted: Measure = { ...m, source: { sheet: "計畫表", cell: "F7" } };
    expect(roleCell(plan, shifted, "units")).toBe("G7");
    // A measure whose cell is not an A1 address (none was read) points at what it has.
    const unplaced: Measure = { ...m, source: { sheet: "計畫表", cell: "" } };
    expect(roleCell(plan, unplaced, "units")).toBe("");
  });

  it("pillarFirstCell: the pillar cell of the pillar's first measure", () => {
    expect([pillarFirstCell(plan, 1), pillarFirstCell(plan, 2), pillarFirstCell(plan, 3)]).toEqual(["A2", "A4", undefined]);
  });

  it("runsOf: consecutive measures with the same key, in order", () => {
    const specs = ["一、甲", "一、甲", "二、乙", "一、甲"].map((pillarText, i) => ({
      pillar: null,
      focus: null,
      pillarText,
      title: `作法${i}`,
      units: ["秘書室"],
    }));
    const runs = runsOf(planOf(specs).measures, pillarCellKey);
    expect(runs.map((run) => run.map((m) => m.title))).toEqual([["作法0", "作法1"], ["作法2"], ["作法3"]]);
    expect(runsOf([], pillarCellKey)).toEqual([]);
  });
});

describe("unit names", () => {
  it("editDistance counts edits of whole characters", () => {
    expect([
      editDistance("役政災防科", "役政災防課"),
      editDistance("kitten", "sitting"),
      editDistance("abc", ""),
      editDistance("", "ab"),
      editDistance("秘書室", "秘書室"),
      editDistance("𠀀室", "室"),
    ]).toEqual([1, 3, 3, 2, 0, 1]);
  });

  it("nearestName: the name with the fewest edits, the first listed on a tie, none past half the name", () => {
    expect(nearestName("役政災防科", ["役政災防課", "民政課"])).toBe("役政災防課");
    expect(nearestName("民政科", ["社會課", "民政課", "秘書室"])).toBe("民政課");
    expect(nearestName("甲乙", ["甲丙", "甲丁"])).toBe("甲丙");
    // 5 characters: 2 edits is half of it (rounded down), 3 too many.
    expect(nearestName("役政災防科", ["役政災課"])).toBe("役政災課");
    expect(nearestName("役政災防科", ["役政課"])).toBeUndefined();
    expect(nearestName("戶政事務所", UNIT_NAMES)).toBeUndefined();
    expect(nearestName("秘書室", [])).toBeUndefined();
  });

  it("UnitList: the first listed spelling of a name, whatever the spacing written", () => {
    const list = new UnitList(["秘書室", "秘 書 室", "民政課"]);
    expect([list.known("秘書　室"), list.known("秘 書 室"), list.known("民政課"), list.known("社會課")]).toEqual([
      "秘書室",
      "秘 書 室",
      "民政課",
      undefined,
    ]);
  });

  it("UnitList.assigned: all units for a blanket word or a measure marked all-units, else the listed ones named", () => {
    const list = new UnitList(["秘書室", "民政課", "社會課"]);
    const [m] = planOf([{ pillar: 1, focus: "1-1", title: "甲", units: ["民政課", "役政災防科", "民 政 課"] }]).measures;
    expect(list.assigned(m)).toEqual(["民政課"]);
    expect(list.assigned({ ...m, units: ["秘書室"], allUnits: true })).toEqual(["秘書室", "民政課", "社會課"]);
    expect(list.assigned({ ...m, units: ["各課室", "秘書室"], allUnits: false })).toEqual(["秘書室", "民政課", "社會課"]);
    expect(list.assigned({ ...m, units: [], allUnits: false })).toEqual([]);
  });
});

const UNIT_NAMES = ["秘書室", "民政課", "社會課"];

describe("empty measures", () => {
  const measure = (title: string, text = "") => planOf([{ pillar: 1, focus: "1-1", title, text, units: ["秘書室"] }]).measures[0];

  it.each([["無"], ["尚無"], ["暫無"], ["待補"], ["待定"], ["未定"], ["略"], ["空白"], ["N/A"], ["na"], ["TBD"], ["ＴＢＤ"], ["（待補）"]])(
    "%j is a placeholder: the measure is empty",
    (title) => {
      expect(isEmptyMeasure(measure(title))).toBe(true);
    },
  );

  it.each([["—"], ["1."], ["(1)"], ["…"]])("%j has no words: the measure is empty", (title) => {
    expect(isEmptyMeasure(measure(title))).toBe(true);
  });

  it("a measure that says something is not, nor is a placeholder word inside a sentence", () => {
    expect(isEmptyMeasure(measure("建立標準作業流程"))).toBe(false);
    expect(isEmptyMeasure(measure("無障礙環境", ""))).toBe(false);
    expect(isEmptyMeasure(measure("待補", "下半年提出具體作法"))).toBe(false);
  });

  it("a placeholder is a few characters: spaced out to 12 it still is one, past 12 it is taken as written", () => {
    expect(isEmptyMeasure(measure("待" + "　".repeat(10) + "補"))).toBe(true);
    expect(isEmptyMeasure(measure("待" + "　".repeat(11) + "補"))).toBe(false);
  });
});

describe("counts by severity", () => {
  it("severities in the order reports list them: errors, warnings, infos", () => {
    expect(SEVERITY_ORDER).toEqual(["error", "warning", "info"]);
  });

  it("names each severity in both languages", () => {
    expect(SEVERITY_NAMES).toEqual({
      "zh-TW": { error: "錯誤", warning: "警告", info: "提示" },
      en: { error: "error", warning: "warning", info: "info" },
    });
    expect([
      countText("zh-TW", "warning", 1),
      countText("zh-TW", "info", 3),
      countText("en", "warning", 1),
      countText("en", "info", 1),
    ]).toEqual(["警告 1", "提示 3", "1 warning", "1 info"]);
  });
});
