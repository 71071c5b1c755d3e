/**
 * The pre-publication checks (step 5): what a sheet about to be exported would publish that it should
 * not, or leave out that it should. They read `context.published` and give nothing without it, so a
 * plan's validation is unchanged; `prePublicationCheck` (src/core/workflows/prePublication.ts) runs them
 * with the counts they summarise (checks never run checks).
 */
import { a1, columnLetter, type CellValue } from "../grid";
import type { Plan } from "../plan";
import { findPersonalData } from "../publish/personalData";
import type { PublishedSheet } from "../publish/publishedSheet";
import type { CheckContext } from "./context";
import { finding, type Finding } from "./finding";
import { shortText } from "./phrases";

/** Each cell of the sheet that is not empty, with its address, row by row. */
function* cells(sheet: PublishedSheet): Generator<{ cell: string; value: CellValue }> {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    for (let c = 0; c < row.length; c++) if (row[c] !== null && row[c] !== "") yield { cell: a1(r, c), value: row[c] };
  }
}

/** Each text cell of the sheet with its address, row by row. */
function* textCells(sheet: PublishedSheet): Generator<{ cell: string; text: string }> {
  for (const { cell, value } of cells(sheet)) if (typeof value === "string") yield { cell, text: value };
}

/**
 * The text a cell's personal data is looked for in: its text, or, for a number of nine digits starting
 * with 9, the mobile number it is once Excel has dropped the leading 0 of 0912345678 typed into a General
 * cell. Other numbers are amounts and counts.
 */
function* personalDataCells(sheet: PublishedSheet): Generator<{ cell: string; text: string }> {
  for (const { cell, value } of cells(sheet)) {
    if (typeof value === "string") yield { cell, text: value };
    else if (typeof value === "number" && Number.isInteger(value) && value >= 900_000_000 && value <= 999_999_999)
      yield { cell, text: `0${value}` };
  }
}

/** National ID and resident certificate numbers (valid check digit), phone numbers and e-mail addresses, one finding each. */
export function publishPersonalData(_plan: Plan, context: CheckContext): Finding[] {
  const sheet = context.published;
  if (!sheet) return [];
  const out: Finding[] = [];
  for (const { cell, text } of personalDataCells(sheet)) {
    for (const found of findPersonalData(text)) {
      const { kind, masked } = found;
      if (kind === "national-id" || kind === "resident-certificate")
        out.push(finding("publish/personal-id", sheet.name, cell, { cell, kind, masked }));
      else if (kind === "mobile" || kind === "landline") out.push(finding("publish/phone", sheet.name, cell, { cell, kind, masked }));
      else out.push(finding("publish/email", sheet.name, cell, { cell, masked }));
    }
  }
  return out;
}

/**
 * A spreadsheet opening a CSV runs a cell that starts with = + - @, and one where tabs, CRs, LFs or NULs
 * come before them (https://owasp.org/www-community/attacks/CSV_Injection lists tab, CR and, since 2025,
 * LF; OWASP ASVS 5.0, 1.2.10, NUL). What follows must be something: "-" alone, or a unit cell that starts
 * with a blank line, runs nothing. (src/files/csvWrite.ts neutralises every cell that starts with any of them.)
 */
const FORMULA_LIKE = /^[\t\r\n\0]*[=+\-@](.*)/s;
const CONTROL_START: Record<string, FormulaStart> = { "\t": "tab", "\r": "cr", "\n": "lf", "\0": "nul" };

export type FormulaStart = "=" | "+" | "-" | "@" | "tab" | "cr" | "lf" | "nul";

/** The sheet exported, then the sheet its plan was read from: what the structural checks look at. */
const structuralSheets = (context: CheckContext): PublishedSheet[] =>
  context.published ? [context.published, ...(context.publishedFrom ? [context.publishedFrom] : [])] : [];

/**
 * Formula cells, of the sheet exported and of the sheet its plan was read from (one finding per sheet,
 * at its first, listing them all), and text a spreadsheet opening the CSV would run as a formula (one
 * finding per cell), named by its first character.
 */
export function publishFormulas(_plan: Plan, context: CheckContext): Finding[] {
  const sheet = context.published;
  if (!sheet) return [];
  const out: Finding[] = [];
  for (const from of structuralSheets(context)) {
    const formulaCells: string[] = [];
    (from.formulas ?? []).forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === "string" && f !== "") formulaCells.push(a1(r, c));
      }),
    );
    if (formulaCells.length > 0) out.push(finding("publish/formula", from.name, formulaCells[0], { cells: formulaCells }));
  }
  for (const { cell, text } of textCells(sheet)) {
    const after = FORMULA_LIKE.exec(text)?.[1];
    if (after === undefined || after.trim() === "") continue;
    const start = CONTROL_START[text[0]] ?? (text[0] as FormulaStart);
    out.push(finding("publish/formula-like", sheet.name, cell, { cell, start, text: shortText(text.replace(/[\0-\x1f]/g, "")) }));
  }
  return out;
}

const holds = (v: CellValue | undefined) => v !== null && v !== undefined && v !== "";

/**
 * Hidden rows and columns that hold something: every export writes them (the .xlsx keeps them hidden, the
 * others show them), so what was hidden is published. One finding for the rows, one for the columns, of
 * the sheet exported and of the sheet its plan was read from (there, rows with a measure, columns of the plan).
 */
export function publishHidden(_plan: Plan, context: CheckContext): Finding[] {
  return structuralSheets(context).flatMap(hiddenIn);
}

function hiddenIn(sheet: PublishedSheet): Finding[] {
  const hasFormula = (r: number, c: number) => holds(sheet.formulas?.[r]?.[c]);
  const rowHolds = (r: number) => (sheet.rows[r] ?? []).some((v, c) => holds(v) || hasFormula(r, c));
  const columnHolds = (c: number) => sheet.rows.some((row, r) => holds(row[c]) || hasFormula(r, c));
  const rows = [...new Set(sheet.hiddenRows ?? [])].sort((a, b) => a - b).filter(rowHolds);
  const columns = [...new Set(sheet.hiddenColumns ?? [])].sort((a, b) => a - b).filter(columnHolds);
  const out: Finding[] = [];
  if (rows.length > 0) out.push(finding("publish/hidden-rows", sheet.name, a1(rows[0], 0), { rows: rows.map((r) => r + 1) }));
  if (columns.length > 0)
    out.push(
      finding("publish/hidden-columns", sheet.name, a1(Math.max(0, sheet.bodyRow), columns[0]), {
        columns: columns.map(columnLetter),
      }),
    );
  return out;
}

/** Each comment or note, of the sheet exported and of the sheet its plan was read from, at its cell: none is exported. */
export function publishComments(_plan: Plan, context: CheckContext): Finding[] {
  return structuralSheets(context).flatMap((sheet) =>
    (sheet.comments ?? []).map(({ cell, text }) => finding("publish/comment", sheet.name, cell, { cell, text: shortText(text) })),
  );
}

/** The period's results not all reported (counted by the results checks, passed in as `missingResults`). */
export function publishResultsMissing(_plan: Plan, context: CheckContext): Finding[] {
  const sheet = context.published;
  const units = (context.missingResults ?? []).filter((u) => u.count > 0);
  if (!sheet || units.length === 0) return [];
  const period = context.results?.period;
  return [
    finding("publish/results-missing", sheet.name, undefined, { units: units.map((u) => ({ ...u })), ...(period ? { period } : {}) }),
  ];
}

/** The plan's error-level findings still open (counted by the workflow, passed in as `openErrors`). */
export function publishValidationErrors(_plan: Plan, context: CheckContext): Finding[] {
  const sheet = context.published;
  const errors = context.openErrors ?? 0;
  if (!sheet || errors <= 0) return [];
  return [finding("publish/validation-errors", sheet.name, undefined, { errors })];
}
