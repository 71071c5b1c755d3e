/** Deadlines: a real date or a usual phrase, and one for every measure where the plan has the column. */
import { runChecks } from "../../../src/core/checks/runChecks";
import { KAOHSIUNG } from "../../../src/core/framework/kaohsiung";
import { cleanSpecs, planOf, rowOf, UNITS, type MeasureSpec } from "../../support/planBuilder";

const context = { framework: KAOHSIUNG, units: UNITS };
const withDeadline = (focus: string, deadline: string | null) => cleanSpecs().map((s) => (s.focus === focus ? { ...s, deadline } : s));
const findings = (specs: MeasureSpec[], deadlineColumn = true) => runChecks(planOf(specs, { deadlineColumn }), context).findings;

describe("deadline/invalid", () => {
  it.each([["113年13月1日"], ["113年2月30日"], ["明年再說"], ["2024/02/30"]])("%j: a warning at the deadline cell", (deadline) => {
    expect(findings(withDeadline("3-2", deadline))).toEqual([
      {
        code: "deadline/invalid",
        severity: "warning",
        sheet: "計畫表",
        cell: `E${rowOf("3-2")}`,
        params: { deadline, ids: ["3-2-1"], pillar: 3 },
      },
    ]);
  });

  it.each([["持續辦理"], ["每季"], ["年底前"], ["113年12月31日"], ["113/6/30"], ["2024-06-30"], ["114年6月底前"]])(
    "%j is fine",
    (deadline) => {
      expect(findings(withDeadline("3-2", deadline))).toEqual([]);
    },
  );
});

describe("measure/no-deadline (added)", () => {
  it("a blank deadline among filled ones: an info at the deadline cell", () => {
    expect(findings(withDeadline("6-4", null))).toEqual([
      {
        code: "measure/no-deadline",
        severity: "info",
        sheet: "計畫表",
        cell: `E${rowOf("6-4")}`,
        params: { ids: ["6-4-1"], title: "作法6-4", pillar: 6 },
      },
    ]);
  });

  it("while more deadlines are blank than filled (the clerk typed the first one), one info for the whole column, at the first blank cell", () => {
    const specs = cleanSpecs().map((s, i) => ({ ...s, deadline: i === 0 ? "113年12月31日" : null }));
    const got = findings(specs);
    expect(got.map((f) => [f.code, f.cell])).toEqual([["deadline/mostly-blank", `E${rowOf(specs[1].focus!)}`]]);
    expect(got[0].params).toEqual({
      blank: specs.length - 1,
      filled: 1,
      ids: planOf(specs)
        .measures.slice(1)
        .map((m) => m.id),
    });
  });

  it("once half or more are filled, each blank one is listed", () => {
    const specs = cleanSpecs().map((s, i, all) => ({ ...s, deadline: i < all.length / 2 ? "持續辦理" : null }));
    const got = findings(specs);
    expect(new Set(got.map((f) => f.code))).toEqual(new Set(["measure/no-deadline"]));
    expect(got.flatMap((f) => (f.code === "measure/no-deadline" ? f.params.ids : []))).toHaveLength(
      specs.length - Math.ceil(specs.length / 2),
    );
  });

  it("is not run on a plan without a deadline column (the Kaohsiung seeds), nor on one where no deadline is filled (a fresh plan table)", () => {
    const none = cleanSpecs().map((s) => ({ ...s, deadline: null }));
    expect(findings(none, false)).toEqual([]);
    expect(findings(none, true)).toEqual([]);
  });
});
