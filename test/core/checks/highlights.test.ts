/** Highlights as data: which cells, which colour, a formula that holds while the cell is unchanged, and the changes a round makes. */
import { finding, type Finding, type FindingCode, type FindingParams } from "../../../src/core/checks/finding";

/** Highlights look only at a finding's code, sheet and cell: these findings carry partial params. */
const looseFinding = <C extends FindingCode>(code: C, sheet: string, cell: string | undefined, params: object): Finding =>
  finding(code, sheet, cell, params as FindingParams<C>) as Finding;
import {
  HIGHLIGHT_LIMIT,
  highlightChanges,
  highlightFormula,
  highlightHolds,
  highlightsOf,
  isHighlightFormula,
} from "../../../src/core/checks/highlights";

const values: Record<string, string | number | null> = {
  "計畫表!E3": "役政災防科",
  "計畫表!C4": "",
  "計畫表!A2": "一、完備基礎服務項目",
  "單位!A3": "人事室",
};
const valueAt = (sheet: string, cell: string) => values[`${sheet}!${cell}`] ?? null;
const SHEETS = ["計畫表", "單位"];
const drawn = (findings: Finding[]) => highlightsOf(findings, SHEETS, valueAt).highlights;

describe("highlightsOf", () => {
  it("one highlight per error or warning cell; info findings and findings without a cell are left to the pane", () => {
    const findings: Finding[] = [
      looseFinding("unit/unknown", "計畫表", "E3", { unit: "役政災防科" }),
      looseFinding("measure/empty", "計畫表", "C4", {}),
      looseFinding("measure/no-deadline", "計畫表", "F5", {}),
      looseFinding("coverage/pillar-missing", "計畫表", undefined, { pillar: 6 }),
      looseFinding("unit/unassigned", "單位", "A3", { unit: "人事室" }),
    ];
    expect(drawn([...findings, looseFinding("unit/unknown", "其他工作表", "B2", {})]).map((h) => [h.sheet, h.cell, h.severity])).toEqual([
      ["計畫表", "E3", "error"],
      ["計畫表", "C4", "warning"],
      ["單位", "A3", "warning"],
    ]);
  });

  it("a cell with an error and a warning is highlighted once, as an error, whichever comes first", () => {
    const both = [
      looseFinding("focus/label-mismatch", "計畫表", "A2", { focus: "1-1" }),
      looseFinding("coverage/focus-missing", "計畫表", "A2", { focus: "1-2" }),
    ];
    for (const findings of [both, [...both].reverse()]) {
      expect(drawn(findings)).toEqual([expect.objectContaining({ cell: "A2", severity: "error" })]);
    }
  });

  it(`at most ${HIGHLIGHT_LIMIT} cells`, () => {
    const many = Array.from({ length: HIGHLIGHT_LIMIT + 20 }, (_, i) => looseFinding("measure/no-unit", "計畫表", `E${i + 2}`, {}));
    const { highlights, capped } = highlightsOf(many, SHEETS, valueAt);
    expect(capped).toBe(true);
    expect(highlightsOf(many.slice(0, HIGHLIGHT_LIMIT), SHEETS, valueAt).capped).toBe(false);
    expect(highlights).toHaveLength(HIGHLIGHT_LIMIT);
    expect(highlights[HIGHLIGHT_LIMIT - 1].cell).toBe(`E${HIGHLIGHT_LIMIT + 1}`);
  });
});

describe("highlightFormula", () => {
  it("carries our mark and severity, and the cell's content at check time", () => {
    expect(highlightFormula("E3", "error", "役政災防科")).toBe('=AND(ISTEXT("提升服務計畫助手:error"),E3="役政災防科")');
    expect(highlightFormula("C4", "warning", null)).toBe('=AND(ISTEXT("提升服務計畫助手:warning"),C4="")');
    // Blank-looking text as it is: Excel's TRIM would keep a full-width space.
    expect(highlightFormula("C4", "warning", "　")).toContain(',C4="　")');
    expect(highlightFormula("F2", "warning", 46022)).toContain(",F2=46022)");
    expect(highlightFormula("F2", "warning", 0.1 + 0.2)).toBe('=AND(ISTEXT("提升服務計畫助手:warning"))');
    expect(highlightFormula("F2", "warning", true)).toContain(",F2=TRUE)");
    expect(highlightFormula("A2", "error", undefined)).toBe('=AND(ISTEXT("提升服務計畫助手:error"))');
  });

  it("doubles quotes; long text and text with line breaks by length and leading characters (formula strings stop at 255 characters)", () => {
    expect(highlightFormula("C2", "error", '辦理「"便民"」服務')).toContain('C2="辦理「""便民""」服務"');
    const long = "建立標準作業流程".repeat(20);
    const f = highlightFormula("C2", "warning", long);
    expect(f).toContain(`LEN(C2)=${long.length}`);
    expect(f).toContain(`LEFT(C2,30)="${long.slice(0, 30)}"`);
    expect(f).toContain(`RIGHT(C2,30)="${long.slice(-30)}"`);
    expect(f.length).toBeLessThan(255);
    expect(highlightFormula("C2", "warning", '"'.repeat(200)).length).toBeLessThan(255);
    expect(highlightFormula("C2", "warning", "第一行\n第二行")).toContain('LEN(C2)=7,LEFT(C2,3)="第一行",RIGHT(C2,3)="第二行")');
    expect(highlightFormula("C2", "warning", "\n後面\n")).toMatch(/,LEN\(C2\)=4\)$/);
    // A rare character (a surrogate pair) is never cut in half at either end.
    const rare = `甲${"𠀀".repeat(60)}乙`;
    expect(highlightFormula("C2", "warning", rare)).toContain(`LEFT(C2,29)="甲${"𠀀".repeat(14)}",RIGHT(C2,29)="${"𠀀".repeat(14)}乙"`);
  });

  it("holds exactly while the cell gives the same formula (how the playground draws highlights)", () => {
    const long = "甲".repeat(120);
    expect(highlightHolds(highlightFormula("E3", "error", "役政災防科"), "E3", "役政災防科")).toBe(true);
    expect(highlightHolds(highlightFormula("E3", "error", "役政災防科"), "E3", "役政災防課")).toBe(false);
    expect(highlightHolds(highlightFormula("C4", "warning", ""), "C4", null)).toBe(true);
    expect(highlightHolds(highlightFormula("C4", "warning", ""), "C4", "補上")).toBe(false);
    expect(highlightHolds(highlightFormula("C2", "warning", long), "C2", long)).toBe(true);
    expect(highlightHolds(highlightFormula("C2", "warning", long), "C2", long.slice(1) + "乙")).toBe(false);
    expect(highlightHolds(highlightFormula("A2", "error", undefined), "A2", "anything")).toBe(true);
    expect(highlightHolds('=E3="役政災防科"', "E3", "役政災防科")).toBe(false);
  });

  it("tells our rules from the user's", () => {
    expect(isHighlightFormula(highlightFormula("E3", "error", "x"))).toBe(true);
    expect(isHighlightFormula('=E3="役政災防科"')).toBe(false);
    expect(isHighlightFormula(null)).toBe(false);
  });
});

describe("highlightChanges", () => {
  const wanted = drawn([looseFinding("unit/unknown", "計畫表", "E3", {}), looseFinding("measure/empty", "計畫表", "C4", {})]);
  const ours = (cell: string, value: string) => ({ formula: highlightFormula(cell, "error", value) });

  it("keeps what is already drawn (with or without the leading =), removes our stale rules, never the user's", () => {
    const users = { formula: '=$C4=""' };
    const other = { formula: null };
    const drawn = { formula: wanted[0].formula.slice(1) };
    const stale = ours("E9", "舊單位");
    const { remove, add } = highlightChanges([users, other, drawn, stale], wanted);
    expect(remove).toEqual([stale]);
    expect(add).toEqual([wanted[1]]);
  });

  it("removes a duplicate (two co-authors' panes drew the same highlight) and nothing when all is drawn", () => {
    const first = { formula: wanted[0].formula };
    const second = { formula: wanted[0].formula };
    const third = { formula: wanted[1].formula };
    expect(highlightChanges([first, second, third], wanted)).toEqual({ remove: [second], add: [] });
    expect(highlightChanges([first, third], wanted)).toEqual({ remove: [], add: [] });
  });

  it("with nothing wanted (highlighting turned off) removes all of ours", () => {
    const a = ours("E3", "x");
    const b = ours("C4", "");
    expect(highlightChanges([a, { formula: "=TRUE" }, b], [])).toEqual({ remove: [a, b], add: [] });
  });
});
