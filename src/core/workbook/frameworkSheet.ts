/**
 * The framework sheet (服務架構), one of the sheets we own, and the layout of a framework sheet of
 * the agency's own: 執行要項 | 執行重點 (a pillar cell starts a pillar, the focus cells below it
 * follow), written with the two dropdown lists the plan table's pillar and focus columns draw from,
 * and read back by readCustomFramework.
 */
import { buildFramework, isPreambleText, type FrameworkSource } from "../framework/build";
import { FrameworkError, type Framework } from "../framework/types";
import { a1, cellText, type CellValue, type Grid } from "../grid";
import { sheetRangeRef, type SheetSpec } from "../sheetSpec";
import { splitEnumLabel, splitParenLabel, toChineseNumeral } from "../text/numerals";

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

/**
 * A framework sheet kept in the workbook, so an agency can follow a new year's wording without a
 * new release. Two columns: 執行要項 (pillar, "一、…") and 執行重點 (focus, "(一)…", may be blank);
 * a pillar cell starts a pillar, every non-blank focus cell below it adds a focus point.
 * A row whose pillar cell says 訂定「提升服務…計畫」 is the preamble. Focus labels are kept as written.
 */
export function readCustomFramework(grid: Grid, id = "custom"): Framework {
  const source: FrameworkSource = { id, name: `自訂架構（${grid.sheet}）`, pillars: [] };
  let started = false;
  for (let r = 0; r < grid.rowCount; r++) {
    const pillarCell = cellText(grid, r, 0).trim();
    const focusCell = cellText(grid, r, 1).trim();
    if (pillarCell !== "" && isPreambleText(pillarCell)) {
      source.preamble = { title: pillarCell, variants: focusCell ? [focusCell] : [] };
      continue;
    }
    if (!started) {
      // Skip the header row(s) until the first pillar "一、".
      if (!splitEnumLabel(pillarCell)) continue;
      started = true;
    }
    const numbered = splitEnumLabel(pillarCell);
    if (numbered) {
      if (numbered.n !== source.pillars.length + 1) {
        const cell = a1(r + grid.top, grid.left);
        throw new FrameworkError({
          code: "pillar-out-of-order",
          sheet: grid.sheet,
          cell,
          expected: source.pillars.length + 1,
          found: pillarCell,
        });
      }
      source.pillars.push({ title: numbered.rest.trim(), focus: [] });
    } else if (pillarCell !== "") {
      throw new FrameworkError({ code: "pillar-unnumbered", sheet: grid.sheet, cell: a1(r + grid.top, grid.left) });
    }
    if (focusCell !== "") {
      const pillar = source.pillars[source.pillars.length - 1];
      if (!pillar) throw new FrameworkError({ code: "focus-without-pillar", sheet: grid.sheet, cell: a1(r + grid.top, grid.left + 1) });
      // The label as written is kept ("(三)" after "(一)" stays (三)): the sheet may say a plan's own numbering.
      const labelled = splitParenLabel(focusCell);
      pillar.focus.push(labelled ? { text: labelled.rest.trim(), label: labelled.label } : focusCell);
    }
  }
  if (source.pillars.length === 0) {
    throw new FrameworkError({ code: "no-pillars", sheet: grid.sheet });
  }
  return buildFramework(source);
}
