/**
 * The publish checks on a sheet about to be exported: each planted thing caught at its cell (A1 on the
 * sheet, title and header rows counted), what looks like it and is not left alone, and nothing at all
 * without a sheet to publish, so validation is unchanged.
 */
import { runChecks } from "../../../src/core/checks/runChecks";
import {
  publishComments,
  publishFormulas,
  publishHidden,
  publishPersonalData,
  publishResultsMissing,
  publishValidationErrors,
} from "../../../src/core/checks/publishChecks";
import { validatePlan } from "../../../src/core/checks/validate";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import { parseA1, type CellValue } from "../../../src/core/grid";
import { impose } from "../../../src/core/impose/impose";
import { sourceSheetOf, type PublishedSheet } from "../../../src/core/publish/publishedSheet";
import { seedGrid } from "../../support/seedFixtures";
import { cleanSpecs, planOf, UNITS } from "../../support/planBuilder";

const plan = planOf(cleanSpecs());
const where = (fs: { code: string; severity: string; cell?: string }[]) => fs.map((f) => `${f.severity} ${f.code} ${f.cell ?? "-"}`);

/** 附件一 as exported: a caption, a title, the header on row 3, the body from row 4 (bodyRow 3). */
function sheetOf(body: CellValue[][], extra: Partial<PublishedSheet> = {}): PublishedSheet {
  return {
    name: "附件一",
    rows: [
      ["附件一", null, null, null],
      ["高雄市○○區公所113年度提升服務執行計畫", null, null, null],
      ["項次", "具體作法", "執行單位", "備註"],
      ...body,
    ],
    bodyRow: 3,
    ...extra,
  };
}

describe("personal data", () => {
  it("an ID number, a phone number and an e-mail address, each at its cell; a number with a wrong check digit is not one", () => {
    const sheet = sheetOf([
      ["1", "訂定SOP", "秘書室", "承辦人身分證 A123456789"],
      ["2", "設置服務台", "民政課", "洽詢：0912-345-678、(07)799-5678"],
      ["3", "辦理滿意度調查", "社會課", "意見請寄 service@kcg.gov.tw"],
      ["4", "編號 A123456788", "社會課", "113-12-31 前完成，經費 1,234,567 元（1-2-3）"],
    ]);
    const found = publishPersonalData(plan, { framework: KAOHSIUNG, published: sheet });
    expect(found).toEqual([
      {
        code: "publish/personal-id",
        severity: "error",
        sheet: "附件一",
        cell: "D4",
        params: { cell: "D4", kind: "national-id", masked: "A12****789" },
      },
      {
        code: "publish/phone",
        severity: "error",
        sheet: "附件一",
        cell: "D5",
        params: { cell: "D5", kind: "mobile", masked: "091*-***-678" },
      },
      {
        code: "publish/phone",
        severity: "error",
        sheet: "附件一",
        cell: "D5",
        params: { cell: "D5", kind: "landline", masked: "(07)7**-*678" },
      },
      { code: "publish/email", severity: "warning", sheet: "附件一", cell: "D6", params: { cell: "D6", masked: "s******@kcg.gov.tw" } },
    ]);
  });

  it("a number cell is an amount or a count, unless it is a mobile number Excel dropped the leading 0 of", () => {
    const numbers = sheetOf([
      [1, 912345678, 223456789, true],
      [1234567890, 91234567.8, 99999999, 1e9],
    ]);
    expect(publishPersonalData(plan, { framework: KAOHSIUNG, published: numbers })).toEqual([
      {
        code: "publish/phone",
        severity: "error",
        sheet: "附件一",
        cell: "B4",
        params: { cell: "B4", kind: "mobile", masked: "091****678" },
      },
    ]);
  });
});

describe("a number read as a mobile number: nine digits starting with 9, whole", () => {
  it("from 900000000 to 999999999, and nothing just outside or with a fraction", () => {
    const edges = sheetOf([[900_000_000, 899_999_999, 999_999_999, 912_345_678.5]]);
    expect(publishPersonalData(plan, { framework: KAOHSIUNG, published: edges }).map((f) => f.params)).toEqual([
      { cell: "A4", kind: "mobile", masked: "090****000" },
      { cell: "C4", kind: "mobile", masked: "099****999" },
    ]);
  });
});

describe("formulas and text that starts like one", () => {
  const sheet = sheetOf(
    [
      ["1", "-辦理研習", "秘書室", 12],
      ["2", "=這不是公式", "民政課", 30],
      ["3", "-", "社會課", null],
      ["4", "\t=1+1", "社會課", "+886 912 345 678"],
      ["5", "@SUM(A1)", "社會課", "－全形不算"],
    ],
    { formulas: [[], [], [], [null, null, null, "=SUM(1,11)"], [null, null, null, "=D4+18"]] },
  );
  const found = publishFormulas(plan, { framework: KAOHSIUNG, published: sheet });

  it("the formula cells once, at the first, listing them", () => {
    expect(found[0]).toEqual({
      code: "publish/formula",
      severity: "warning",
      sheet: "附件一",
      cell: "D4",
      params: { cells: ["D4", "D5"] },
    });
  });

  it("each cell a spreadsheet would run, with the character it starts with; a cell of the character alone is left alone", () => {
    expect(found.slice(1).map((f) => [f.cell, f.params])).toEqual([
      ["B4", { cell: "B4", start: "-", text: "-辦理研習" }],
      ["B5", { cell: "B5", start: "=", text: "=這不是公式" }],
      ["B7", { cell: "B7", start: "tab", text: "=1+1" }],
      ["D7", { cell: "D7", start: "+", text: "+886912345678" }],
      ["B8", { cell: "B8", start: "@", text: "@SUM(A1)" }],
    ]);
    expect(found.slice(1).every((f) => f.code === "publish/formula-like" && f.severity === "error")).toBe(true);
  });

  it("a carriage return, a line break or a NUL at the start too, as the CSV writer neutralises them", () => {
    const controls = sheetOf([["1", "\r=HYPERLINK()", "\n-1+2", "\0@x"]]);
    expect(publishFormulas(plan, { framework: KAOHSIUNG, published: controls }).map((f) => [f.code, f.cell, f.params])).toEqual([
      ["publish/formula-like", "B4", { cell: "B4", start: "cr", text: "=HYPERLINK()" }],
      ["publish/formula-like", "C4", { cell: "C4", start: "lf", text: "-1+2" }],
      ["publish/formula-like", "D4", { cell: "D4", start: "nul", text: "@x" }],
    ]);
  });

  it("a line break or a tab before plain text, or before a lone character, runs nothing", () => {
    const plain = sheetOf([["1", "\n秘書室\n秘書室", "\t民政課", "\t-"]]);
    expect(publishFormulas(plan, { framework: KAOHSIUNG, published: plain })).toEqual([]);
  });
});

describe("hidden rows and columns, comments", () => {
  const sheet = sheetOf(
    [
      ["1", "訂定SOP", "秘書室", null],
      ["2", "設置服務台", "民政課", null],
      [null, null, null, null],
    ],
    { hiddenRows: [5, 4, 6], hiddenColumns: [3, 1, 5], comments: [{ cell: "B4", text: "請再確認，承辦人會再補上" }] },
  );
  const context = { framework: KAOHSIUNG, published: sheet };

  it("the rows and the columns that hold something, each in one finding; an empty one publishes nothing", () => {
    expect(publishHidden(plan, context)).toEqual([
      { code: "publish/hidden-rows", severity: "warning", sheet: "附件一", cell: "A5", params: { rows: [5] } },
      { code: "publish/hidden-columns", severity: "warning", sheet: "附件一", cell: "B4", params: { columns: ["B", "D"] } },
    ]);
  });

  it("hidden rows listed once each, in order, however the sheet lists them", () => {
    const full = sheetOf([
      ["1", "訂定SOP", "秘書室", null],
      ["2", "設置服務台", "民政課", null],
      ["3", "辦理研習", "社會課", null],
    ]);
    expect(publishHidden(plan, { framework: KAOHSIUNG, published: { ...full, hiddenRows: [5, 3, 5] } })).toEqual([
      { code: "publish/hidden-rows", severity: "warning", sheet: "附件一", cell: "A4", params: { rows: [4, 6] } },
    ]);
  });

  it("a formula list shorter than the sheet, and an empty formula, are no formula", () => {
    const short = sheetOf([["1", "", "", null]], { hiddenRows: [3], hiddenColumns: [4], formulas: [[], [], [], ["", null, "", "=1", ""]] });
    expect(where(publishHidden(plan, { framework: KAOHSIUNG, published: short }))).toEqual(["warning publish/hidden-rows A4"]);
    expect(where(publishFormulas(plan, { framework: KAOHSIUNG, published: short }))).toEqual(["warning publish/formula D4"]);
    const fewer = sheetOf([["1", "訂定SOP", "秘書室", null]], { hiddenColumns: [4], formulas: [[]] });
    expect(publishHidden(plan, { framework: KAOHSIUNG, published: fewer })).toEqual([]);
  });

  it("a column holding only a formula holds something", () => {
    const formulaOnly = sheetOf([["1", "", "", null]], { hiddenColumns: [4], formulas: [[], [], [], [null, null, null, null, '=""']] });
    expect(where(publishHidden(plan, { framework: KAOHSIUNG, published: formulaOnly }))).toEqual(["warning publish/hidden-columns E4"]);
  });

  it("each comment at its cell, its words shortened", () => {
    expect(publishComments(plan, context)).toEqual([
      { code: "publish/comment", severity: "warning", sheet: "附件一", cell: "B4", params: { cell: "B4", text: "請再確認…" } },
    ]);
  });
});

describe("results and validation, from the counts the workflow passes", () => {
  const published = sheetOf([]);

  it("results missing: one finding, the units and their counts, with the period when results are given", () => {
    const missingResults = [
      { unit: "民政課", count: 2 },
      { unit: "社會課", count: 0 },
    ];
    expect(publishResultsMissing(plan, { framework: KAOHSIUNG, published, missingResults })).toEqual([
      { code: "publish/results-missing", severity: "warning", sheet: "附件一", params: { units: [{ unit: "民政課", count: 2 }] } },
    ]);
    const results = { sheet: "成效填報", rows: [], period: "年終" as const };
    expect(publishResultsMissing(plan, { framework: KAOHSIUNG, published, missingResults, results })[0].params).toEqual({
      units: [{ unit: "民政課", count: 2 }],
      period: "年終",
    });
    expect(publishResultsMissing(plan, { framework: KAOHSIUNG, published, missingResults: [] })).toEqual([]);
  });

  it("validation errors: the count, none when none", () => {
    expect(publishValidationErrors(plan, { framework: KAOHSIUNG, published, openErrors: 3 })).toEqual([
      { code: "publish/validation-errors", severity: "warning", sheet: "附件一", params: { errors: 3 } },
    ]);
    expect(publishValidationErrors(plan, { framework: KAOHSIUNG, published, openErrors: 0 })).toEqual([]);
    expect(publishValidationErrors(plan, { framework: KAOHSIUNG, published })).toEqual([]);
  });
});

describe("without a sheet to publish", () => {
  it("every publish check gives nothing, whatever else the context holds, and a plan's validation is as before", () => {
    const context = { framework: KAOHSIUNG, units: UNITS, openErrors: 4, missingResults: [{ unit: "民政課", count: 1 }] };
    for (const check of [
      publishPersonalData,
      publishFormulas,
      publishHidden,
      publishComments,
      publishResultsMissing,
      publishValidationErrors,
    ])
      expect(check(plan, context)).toEqual([]);
    const dirty = planOf(cleanSpecs().map((s) => (s.focus === "1-1" ? { ...s, title: "承辦人 0912-345-678", text: "=A123456789" } : s)));
    expect(runChecks(dirty, context).findings.filter((f) => f.code.startsWith("publish/"))).toEqual([]);
    expect(Object.entries(validatePlan(dirty, context).stats.byCode).filter(([c, n]) => c.startsWith("publish/") && n > 0)).toEqual([]);
  });
});

describe("the sheet the plan was read from (sourceSheetOf)", () => {
  // Seed 000 as read, a hidden row with a measure and one without, a hidden plan column and one beyond the table,
  // a formula and a comment: what the .xlsx reader gives of a sheet (addresses on the sheet).
  const grid = seedGrid("seed000");
  const first = impose(grid, { framework: KAOHSIUNG });
  const measureRow = parseA1(first.measures[3].source.cell)!.row;
  const measureColumn = first.header.columns.measure;
  const marked = {
    ...grid,
    hiddenRows: [measureRow - grid.top, 0],
    hiddenColumns: [measureColumn, grid.colCount + 3],
    formulaCells: ["D7"],
    comments: [{ cell: "C9", text: "聯絡窗口另洽" }],
  };
  const plan = impose(marked, { framework: KAOHSIUNG });
  const context = {
    framework: KAOHSIUNG,
    published: sheetOf([["1", "訂定SOP", "秘書室", null]]),
    publishedFrom: sourceSheetOf(marked, plan),
  };
  const on = <F extends { sheet: string }>(fs: F[]) => fs.filter((f) => f.sheet === grid.sheet);

  it("its formulas, once, at the first", () => {
    expect(on(publishFormulas(plan, context))).toEqual([
      { code: "publish/formula", severity: "warning", sheet: grid.sheet, cell: "D7", params: { cells: ["D7"] } },
    ]);
  });

  it("its hidden rows that hold a measure (not the title's), and its hidden columns of the plan", () => {
    const letter = String.fromCharCode(65 + grid.left + measureColumn);
    expect(where(on(publishHidden(plan, context)))).toEqual([
      `warning publish/hidden-rows A${measureRow + 1}`,
      `warning publish/hidden-columns ${letter}${grid.top + plan.header.row + 2}`,
    ]);
    expect(on(publishHidden(plan, context))[0].params).toEqual({ rows: [measureRow + 1] });
  });

  it("its comments, at their cells", () => {
    expect(where(on(publishComments(plan, context)))).toEqual(["warning publish/comment C9"]);
  });

  it("not its text: personal data on the source sheet is looked for only in what is published", () => {
    const withId = { ...marked, values: marked.values.map((r, i) => (i === 0 ? ["A123456789", ...r.slice(1)] : r)) };
    const from = sourceSheetOf(withId, impose(withId, { framework: KAOHSIUNG }));
    expect(publishPersonalData(plan, { ...context, publishedFrom: from })).toEqual([]);
  });
});
