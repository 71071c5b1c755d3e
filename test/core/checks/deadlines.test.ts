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

  it("is not run on a plan without a deadline column (the Kaohsiung seeds), nor on one where no deadline is filled (a fresh plan table)", () => {
    const none = cleanSpecs().map((s) => ({ ...s, deadline: null }));
    expect(findings(none, false)).toEqual([]);
    expect(findings(none, true)).toEqual([]);
  });
});
