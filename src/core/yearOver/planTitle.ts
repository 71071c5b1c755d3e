/**
 * The plan's title in next year's workbook: the rows above the plan's table that name the agency and
 * the year (on the plan's sheet, or the first rows of another sheet, as the annexes find them), with
 * the year moved. Kept as a sheet of its own (計畫標題) so the annexes of the new year find it.
 */
import { titleSourceIn } from "../annex/annexTitle";
import { change, type Change } from "../changes";
import { gridA1, type Area, type CellValue, type Grid } from "../grid";
import { rolesOfHeader } from "../impose/headerNames";
import type { Plan } from "../plan";
import type { SheetSpec } from "../sheetSpec";
import { moveYearInText } from "../text/years";

export const TITLE_SHEET = "計畫標題";
/** The notes outside the plan's table (伍、推動及管考…, 備註), carried to the new year on a sheet of their own. */
export const NOTES_SHEET = "計畫附註";

/** The plan's year as its title says (ROC), or null. */
export function planYear(sheets: readonly Grid[], grid: Grid, plan: Plan): number | null {
  return titleSourceIn(sheets, grid, plan).title.year;
}

/** A row that is a table's header (two cells or more name a plan column): the title stops above it. */
const isHeaderRow = (row: readonly CellValue[]) => row.filter((v) => typeof v === "string" && rolesOfHeader(v).length > 0).length >= 2;

/** "花蓮縣榮民服務處提升…" → "花蓮縣榮民服務處116年度提升…": the year after the agency's name (spaces in the name skipped). */
function withYear(text: string, agency: string, year: number): string {
  if (agency === "") return text;
  let i = 0;
  for (let k = 0; k < agency.length; i++) {
    if (i >= text.length) return text;
    if (/\s/.test(text[i])) continue;
    if (text[i] !== agency[k++]) return text;
  }
  return `${text.slice(0, i)}${year}年度${text.slice(i)}`;
}

export interface MovedTitle {
  /** The title sheet, or null when no row above the plan names anything. */
  spec: SheetSpec | null;
  changes: Change[];
}

export function movedTitle(sheets: readonly Grid[], grid: Grid, plan: Plan, from: number | null, to: number): MovedTitle {
  const source = titleSourceIn(sheets, grid, plan);
  const header = source.grid.values.findIndex((row, r) => r < source.rows && isHeaderRow(row));
  const count = Math.min(source.rows, header < 0 ? source.rows : header, source.grid.values.length);
  const changes: Change[] = [];
  let named = false; // a title with no year gets one, once, after the agency's name
  const rows: CellValue[][] = source.grid.values.slice(0, count).map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== "string") return v;
      const after = from !== null ? moveYearInText(v, from, to) : named ? v : withYear(v, source.title.agency, to);
      if (after !== v) {
        named = true;
        changes.push(change("title-moved", gridA1(source.grid, r, c), { sheet: source.grid.sheet, before: v, after }));
      }
      return after;
    }),
  );
  const blank = (v: CellValue) => v === null || String(v).trim() === "";
  for (const row of rows) while (row.length > 0 && blank(row[row.length - 1])) row.pop();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  if (rows.length === 0) return { spec: null, changes: [change("title-missing", "", { year: to })] };
  const merges: Area[] = source.grid.merges.filter((m) => m.bottom < rows.length);
  return { spec: { name: TITLE_SHEET, rows, merges }, changes };
}

export interface MovedNotes {
  /** The plan's notes, the year `from` written as `to`. */
  notes: Plan["notes"];
  /** The notes sheet (one note a row, in the plan's order), or null when the plan has none. */
  spec: SheetSpec | null;
  changes: Change[];
}

/** The plan's notes for the new year: carried, on a sheet of their own, their year moved when last year is known. */
export function movedNotes(plan: Plan, from: number | null, to: number): MovedNotes {
  if (plan.notes.length === 0) return { notes: [], spec: null, changes: [] };
  const notes = plan.notes.map((n) => ({ ...n, text: from === null ? n.text : moveYearInText(n.text, from, to) }));
  const moved = notes.filter((n, i) => n.text !== plan.notes[i].text).length;
  const spec: SheetSpec = { name: NOTES_SHEET, rows: notes.map((n) => [n.text]) };
  return {
    notes,
    spec,
    changes: [change("notes-carried", plan.notes[0].cell, { sheet: NOTES_SHEET, count: notes.length, first: notes[0].text, moved })],
  };
}
