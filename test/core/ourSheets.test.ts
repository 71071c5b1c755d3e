/** Reading the record of our sheets from the workbook's names (pure; the Office.js side is test/excel/realExcel.test.ts). */
import { makeGrid } from "../../src/core/grid";
import { recordFromNames, sheetOfFormula } from "../../src/core/workbook/ourSheets";
import { unitListFromSheet } from "../../src/core/workbook/unitsSheet";

describe("sheetOfFormula", () => {
  it("reads quoted and plain sheet names, and nothing from #REF! or a constant", () => {
    expect(
      ["='計畫表'!$A$1", "=計畫表!$A$1", "='It''s (2)'!$A$1", "=Plan!$A$1:$B$2", "=#REF!$A$1", "=2", '="x"'].map(sheetOfFormula),
    ).toEqual(["計畫表", "計畫表", "It's (2)", "Plan", null, null, null]);
  });
});

describe("recordFromNames", () => {
  const sheets = [
    { id: "{1}", name: "計畫內容" },
    { id: "{2}", name: "備份_計畫內容" },
    { id: "{3}", name: "113年計畫表" },
    { id: "{4}", name: "單位" },
    { id: "{5}", name: "服務架構" },
  ];
  const names = [
    { name: "ServicePlan.source", formula: "=計畫內容!$A$1", comment: "計畫內容" },
    { name: "ServicePlan.backup", formula: "=備份_計畫內容!$A$1", comment: "備份_計畫內容" },
    { name: "ServicePlan.plan", formula: "='113年計畫表'!$A$1", comment: "計畫表" },
    { name: "ServicePlan.units", formula: "=#REF!$A$1", comment: "單位" },
    { name: "ServicePlan.framework", formula: "=服務架構!$A$1", comment: "服務架構" },
    { name: "ServicePlan.record", formula: "=2", comment: '{"frameworkId":"kaohsiung","measures":54,"at":"2026-11-30T10:00:00.000Z"}' },
    { name: "UsersOwnName", formula: "=單位!$A$1", comment: "" },
  ];

  it("finds our sheets by the names, under their names now; a deleted one is known by its last name, with no id", () => {
    const reading = recordFromNames(names, sheets);
    expect(reading.sheets).toEqual({
      source: { id: "{1}", name: "計畫內容" },
      backup: { id: "{2}", name: "備份_計畫內容" },
      plan: { id: "{3}", name: "113年計畫表" },
      framework: { id: "{5}", name: "服務架構" },
    });
    expect(reading.record).toEqual({
      frameworkId: "kaohsiung",
      measures: 54,
      at: "2026-11-30T10:00:00.000Z",
      source: { id: "{1}", name: "計畫內容" },
      backup: { id: "{2}", name: "備份_計畫內容" },
      plan: { id: "{3}", name: "113年計畫表" },
      units: { id: null, name: "單位" },
      framework: { id: "{5}", name: "服務架構" },
    });
    expect([...reading.names].sort()).toEqual(
      names
        .slice(0, 6)
        .map((n) => n.name.toLowerCase())
        .sort(),
    );
  });

  it("has no record without the facts (a set-up that stopped part-way), but still knows the sheets", () => {
    const reading = recordFromNames(names.slice(0, 5), sheets);
    expect(reading.record).toBeNull();
    expect(Object.keys(reading.sheets)).toEqual(["source", "backup", "plan", "framework"]);
  });
});

describe("an agency's own unit list", () => {
  it("is read under its header word, in that column, numbers aside: 序號 | 單位名稱 | 電話", () => {
    const grid = makeGrid("單位", [
      ["○○處單位一覽表", null, null],
      ["序號", "單位名稱", "電話"],
      [1, "秘書室", "07-1234567"],
      [2, "民政課", "07-1234568"],
    ]);
    expect(unitListFromSheet(grid)).toEqual({ units: ["秘書室", "民政課"], unitsSheet: { sheet: "單位", cells: ["B3", "B4"] } });
  });
});
