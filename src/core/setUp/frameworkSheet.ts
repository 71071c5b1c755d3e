/**
 * The framework as a sheet the agency can edit: 執行要項 | 執行重點 in the layout
 * readCustomFramework reads back (a pillar cell starts a pillar, the focus cells below it follow),
 * plus the two dropdown lists the plan table's pillar and focus columns draw from.
 */
import type { Framework } from "../framework/types";
import type { CellValue } from "../grid";
import { sheetRangeRef, type SheetSpec } from "../sheetSpec";
import { toChineseNumeral } from "../text/numerals";

export const FRAMEWORK_SHEET = "服務架構";

/** Columns of the dropdown lists (D and E), apart from the framework's own two (A and B). */
const PILLAR_LIST_COL = 3;
const FOCUS_LIST_COL = 4;

export const pillarHeading = (n: number, title: string) => `${toChineseNumeral(n)}、${title}`;

export interface FrameworkSheet {
  spec: SheetSpec;
  /** Sources for the plan table's dropdowns. */
  pillarList: string;
  focusList: string;
}

export function frameworkSheet(framework: Framework, name = FRAMEWORK_SHEET): FrameworkSheet {
  const rows: CellValue[][] = [["執行要項", "執行重點", "", "執行要項（下拉選單）", "執行重點（下拉選單）"]];
  if (framework.preamble) rows.push([framework.preamble.title, ""]);
  const pillarList: string[] = [];
  const focusList: string[] = [];
  for (const p of framework.pillars) {
    const heading = pillarHeading(p.number, p.title);
    pillarList.push(heading);
    if (p.focusPoints.length === 0) rows.push([heading, ""]);
    p.focusPoints.forEach((f, i) => {
      const focus = `${f.label}${f.text}`;
      focusList.push(focus);
      rows.push([i === 0 ? heading : "", focus]);
    });
  }
  const listRows = Math.max(pillarList.length, focusList.length);
  for (let i = 0; i < listRows; i++) {
    const row = (rows[i + 1] ??= []);
    while (row.length < PILLAR_LIST_COL) row.push("");
    row[PILLAR_LIST_COL] = pillarList[i] ?? "";
    row[FOCUS_LIST_COL] = focusList[i] ?? "";
  }
  const list = (col: number, n: number) => sheetRangeRef(name, { top: 1, left: col, bottom: Math.max(1, n), right: col });
  return {
    spec: {
      name,
      columns: [
        { header: "執行要項", width: 30, wrap: true },
        { header: "執行重點", width: 50, wrap: true },
        { header: "", width: 4 },
        { header: "執行要項（下拉選單）", width: 30, wrap: true },
        { header: "執行重點（下拉選單）", width: 50, wrap: true },
      ],
      rows: rows.map((r) => Array.from({ length: 5 }, (_, c) => r[c] ?? "")),
      frozenRows: 1,
    },
    pillarList: list(PILLAR_LIST_COL, pillarList.length),
    focusList: list(FOCUS_LIST_COL, focusList.length),
  };
}
