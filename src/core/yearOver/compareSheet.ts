/**
 * The comparison of two years as a sheet (比較): one row per difference, what it is, the measure's id
 * (or the focus point's label), the earlier and later year's text side by side, and the sentence.
 * Headers and kind names in the reader's language; the plans' own text as written.
 */
import { changeMessage } from "../changes";
import type { CellValue } from "../grid";
import type { Locale } from "../locale";
import { wrappedRowHeight, type ColumnSpec, type SheetSpec } from "../sheetSpec";
import { differenceSide, type CompareKind, type Comparison, type Difference } from "./compare";

export const COMPARE_SHEET = "比較";

const KIND_NAMES: Record<Locale, Record<CompareKind, string>> = {
  "zh-TW": {
    "year-changed": "年度",
    "results-changed": "執行成效",
    "measure-added": "新增作法",
    "measure-dropped": "刪除作法",
    "measure-reworded": "文字修改",
    "measure-moved": "移動",
    "units-changed": "執行單位變更",
    "coverage-lost": "不再涵蓋",
    "coverage-gained": "新涵蓋",
  },
  en: {
    "year-changed": "Year",
    "results-changed": "Results",
    "measure-added": "Measure added",
    "measure-dropped": "Measure dropped",
    "measure-reworded": "Reworded",
    "measure-moved": "Moved",
    "units-changed": "Units changed",
    "coverage-lost": "Coverage lost",
    "coverage-gained": "Coverage gained",
  },
};

/** A difference's kind as the reader calls it ("新增作法", "Measure added"). */
export const compareKindName = (kind: CompareKind, locale: Locale) => KIND_NAMES[locale][kind];

const HEADERS: Record<
  Locale,
  { kind: string; id: string; before: string; after: string; note: string; none: string; oldCell: (cell: string) => string }
> = {
  "zh-TW": {
    kind: "差異",
    id: "編號",
    before: "舊年度",
    after: "新年度",
    note: "說明",
    none: "兩個年度的計畫沒有差異",
    oldCell: (cell) => `（舊年度 ${cell}）`,
  },
  en: {
    oldCell: (cell) => ` (earlier year, ${cell})`,
    kind: "Difference",
    id: "Id",
    before: "Earlier year",
    after: "Later year",
    note: "Note",
    none: "The two years' plans do not differ",
  },
};

/** The id, earlier and later cells of a difference's row. */
function sides(d: Difference, locale: Locale): [string, string, string] {
  const units = (u: string[]) => u.join(locale === "en" ? ", " : "、");
  switch (d.kind) {
    case "year-changed":
      return ["", String(d.params.before ?? ""), String(d.params.after ?? "")];
    case "results-changed":
      return ["", String(d.params.before), String(d.params.after)];
    case "measure-added":
      return [d.params.id, "", d.params.text];
    case "measure-dropped":
      return [d.params.id, d.params.text, ""];
    case "measure-reworded":
      return [d.params.oldId === d.params.id ? d.params.id : `${d.params.oldId} → ${d.params.id}`, d.params.before, d.params.after];
    case "measure-moved":
      return [d.params.id, d.params.before, d.params.after];
    case "units-changed":
      return [d.params.id, units(d.params.before), units(d.params.after)];
    case "coverage-lost":
      return [d.params.label, d.params.text, ""];
    case "coverage-gained":
      return [d.params.label, "", d.params.text];
  }
}

export function compareSheetSpec(comparison: Comparison, locale: Locale = "zh-TW"): SheetSpec {
  const h = HEADERS[locale];
  const year = (y: number | null, label: string) => (y === null ? label : locale === "en" ? `${label} (${y})` : `${label}（${y}年）`);
  const columns: ColumnSpec[] = [
    { header: h.kind, width: 14, wrap: true },
    { header: h.id, width: 12, wrap: true },
    { header: year(comparison.before.year, h.before), width: 44, wrap: true },
    { header: year(comparison.after.year, h.after), width: 44, wrap: true },
    { header: h.note, width: 40, wrap: true },
  ];
  const body: CellValue[][] =
    comparison.differences.length === 0
      ? [[h.none, "", "", "", ""]]
      : comparison.differences.map((d) => [
          KIND_NAMES[locale][d.kind],
          ...sides(d, locale),
          // A dropped measure's cell is the earlier year's sheet's: said so.
          changeMessage(d, locale) + (differenceSide(d) === "before" ? h.oldCell(d.cell) : ""),
        ]);
  const rowHeights: Record<number, number> = {};
  body.forEach((row, i) => (rowHeights[i + 1] = wrappedRowHeight(row, columns)));
  return { name: COMPARE_SHEET, columns, rows: [columns.map((c) => c.header), ...body], frozenRows: 1, rowHeights };
}
