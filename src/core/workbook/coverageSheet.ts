/**
 * The coverage figures as a sheet of the workbook (涵蓋情形), for the secretariat to keep or print:
 * pillar × focus point, then unit × pillar, counts of measures. Its labels are in the user's
 * language (zh-TW unless asked for English); the plan's own wording is quoted as written. Column A
 * names the row, B its total, then one narrow column per focus point / pillar, and a last wide
 * column says what is missing.
 */
import type { Area, CellValue } from "../grid";
import type { ColumnSpec, SheetSpec } from "../sheetSpec";
import { wrappedRowHeight } from "../sheetSpec";
import { focusLabel, toChineseNumeral } from "../text/numerals";
import type { CoverageMatrix, UnitPillarMatrix } from "../checks/coverage";
import type { Locale } from "../locale";

export const COVERAGE_SHEET = "涵蓋情形";

/** The sheet's own words, per language. */
const WORDS = {
  "zh-TW": {
    title: (at?: string) => `提升服務計畫涵蓋情形${at ? `（${at} 檢查）` : ""}`,
    table1: "表1　各執行重點的具體作法數",
    pillar: "執行要項",
    subtotal: "小計",
    uncovered: "未涵蓋的執行重點",
    withoutFocus: (n: number) => `另有 ${n} 項未對應執行重點`,
    table2: "表2　各執行單位在各執行要項的具體作法數",
    unit: "執行單位",
    total: "合計",
    note: "備註",
    notListed: "不在單位清單",
    noMeasure: "沒有分配具體作法",
    noteSeparator: "；",
    noList: "沒有單位清單：上表列出計畫中寫到的單位。",
    pillarHeading: (n: number) => (n === 0 ? "訂定計畫" : toChineseNumeral(n)),
    pillarRow: (n: number, title: string) => `${n === 0 ? "訂定計畫" : toChineseNumeral(n)}、${title}`,
  },
  en: {
    title: (at?: string) => `Coverage of the service-improvement plan${at ? ` (checked ${at})` : ""}`,
    table1: "Table 1  Measures per focus point",
    pillar: "Pillar",
    subtotal: "Subtotal",
    uncovered: "Focus points with no measure",
    withoutFocus: (n: number) => `${n} more measure${n === 1 ? " matches" : "s match"} no focus point`,
    table2: "Table 2  Measures per unit and pillar",
    unit: "Unit",
    total: "Total",
    note: "Note",
    notListed: "not on the unit list",
    noMeasure: "no measure assigned",
    noteSeparator: "; ",
    noList: "No unit list: the table lists the units the plan names.",
    pillarHeading: (n: number) => (n === 0 ? "Plan" : String(n)),
    pillarRow: (n: number, title: string) => `${n === 0 ? "Plan" : n}. ${title}`,
  },
} satisfies Record<Locale, unknown>;

export function coverageSheetSpec(
  coverage: { focusPoints: CoverageMatrix; units: UnitPillarMatrix },
  options: { name?: string; checkedAt?: string; locale?: Locale } = {},
): SheetSpec {
  const { focusPoints, units } = coverage;
  const w = WORDS[options.locale ?? "zh-TW"];
  const focusColumns = Math.max(0, ...focusPoints.pillars.map((p) => p.focusPoints.length));
  const counts = Math.max(focusColumns, units.pillars.length);
  const noteColumn = 2 + counts;
  const columns: ColumnSpec[] = [
    { header: "", width: 30, wrap: true },
    { header: "", width: 8 },
    ...Array.from({ length: counts }, () => ({ header: "", width: 7 })),
    { header: "", width: 44, wrap: true },
  ];
  /** A row of the sheet: name, total, counts, and the note in the last column. */
  const row = (name: string, total: CellValue, cells: CellValue[], note = ""): CellValue[] => {
    const r: CellValue[] = [name, total, ...cells, ...new Array(counts - cells.length).fill(null)];
    r[noteColumn] = note;
    return r;
  };

  const rows: CellValue[][] = [
    [w.title(options.checkedAt)],
    [],
    [w.table1],
    row(w.pillar, w.subtotal, focusHeadings(focusColumns), w.uncovered),
  ];
  for (const p of focusPoints.pillars) {
    const missing = p.focusPoints.filter((f) => f.measures === 0).map((f) => `${f.label}${f.text}`);
    // Under a framework with no focus points at all, a measure without one is as it should be.
    const note = [...missing, ...(p.withoutFocus > 0 && focusColumns > 0 ? [w.withoutFocus(p.withoutFocus)] : [])].join("\n");
    rows.push(
      row(
        w.pillarRow(p.pillar, p.title),
        p.measures,
        p.focusPoints.map((f) => f.measures),
        note,
      ),
    );
  }
  rows.push([], [w.table2]);
  rows.push(row(w.unit, w.total, units.pillars.map(w.pillarHeading), w.note));
  for (const u of units.units) {
    const note = [...(u.listed ? [] : [w.notListed]), ...(u.total === 0 ? [w.noMeasure] : [])].join(w.noteSeparator);
    rows.push(row(u.unit, u.total, u.counts, note));
  }
  if (units.source === "plan") rows.push([], [w.noList]);

  // A line of its own (the title, a table's caption, the closing remark) spans the sheet's width
  // instead of wrapping inside column A.
  const merges: Area[] = [];
  const rowHeights: Record<number, number> = {};
  rows.forEach((r, i) => {
    if (r.length === 1) merges.push({ top: i, left: 0, bottom: i, right: noteColumn });
    else {
      const h = wrappedRowHeight(r, columns);
      if (h > 16) rowHeights[i] = h;
    }
  });
  return { name: options.name ?? COVERAGE_SHEET, columns, rows, merges, rowHeights };
}

/** "(一)", "(二)", … as the framework labels the focus points. */
function focusHeadings(n: number): string[] {
  return Array.from({ length: n }, (_, i) => focusLabel(i + 1));
}
