/**
 * The coverage figures as a sheet of the workbook (涵蓋情形), for the secretariat to keep or print:
 * pillar × focus point, then unit × pillar, counts of measures. The sheet speaks the plan's
 * language (Traditional Chinese) whatever the pane's. Column A names the row, B its total, then
 * one narrow column per focus point / pillar, and a last wide column says what is missing.
 */
import type { Area, CellValue } from "../grid";
import type { ColumnSpec, SheetSpec } from "../sheetSpec";
import { wrappedRowHeight } from "../sheetSpec";
import { focusLabel, toChineseNumeral } from "../text/numerals";
import type { CoverageMatrix, UnitPillarMatrix } from "../checks/coverage";

export const COVERAGE_SHEET = "涵蓋情形";

const pillarHeading = (n: number) => (n === 0 ? "訂定計畫" : toChineseNumeral(n));

export function coverageSheetSpec(
  coverage: { focusPoints: CoverageMatrix; units: UnitPillarMatrix },
  options: { name?: string; checkedAt?: string } = {},
): SheetSpec {
  const { focusPoints, units } = coverage;
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
    [`提升服務計畫涵蓋情形${options.checkedAt ? `（${options.checkedAt} 檢查）` : ""}`],
    [],
    ["表1　各執行重點的具體作法數"],
    row("執行要項", "小計", focusHeadings(focusColumns), "未涵蓋的執行重點"),
  ];
  for (const p of focusPoints.pillars) {
    const missing = p.focusPoints.filter((f) => f.measures === 0).map((f) => `${f.label}${f.text}`);
    const note = [...missing, ...(p.withoutFocus > 0 ? [`另有 ${p.withoutFocus} 項未對應執行重點`] : [])].join("\n");
    rows.push(
      row(
        `${pillarHeading(p.pillar)}、${p.title}`,
        p.measures,
        p.focusPoints.map((f) => f.measures),
        note,
      ),
    );
  }
  rows.push([], ["表2　各執行單位在各執行要項的具體作法數"]);
  rows.push(row("執行單位", "合計", units.pillars.map(pillarHeading), "備註"));
  for (const u of units.units) {
    const note = [...(u.listed ? [] : ["不在單位清單"]), ...(u.total === 0 ? ["沒有分配具體作法"] : [])].join("；");
    rows.push(row(u.unit, u.total, u.counts, note));
  }
  if (units.source === "plan") rows.push([], ["沒有單位清單：上表列出計畫中寫到的單位。"]);

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
