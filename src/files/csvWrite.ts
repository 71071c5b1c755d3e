/**
 * An annex as CSV, for open data (issue 14): a header row, then one row per measure with every column of
 * the annex written out (a pillar's text on each of its rows: open data must not rely on merges), no
 * title rows. RFC 4180: fields with a comma, quote, CR or LF quoted, quotes doubled, CRLF between records.
 * UTF-8 with a byte order mark by default, since Excel on Windows reads a CSV without one in the
 * system's ANSI code page (Big5 on zh-TW Windows); `bom: false` for open-data portals that want plain UTF-8.
 *
 * Pure: no Node, no DOM (the pane runs it in the browser); TextEncoder is in both.
 */
import { annexTable, type AnnexKind, type AnnexOptions, type AnnexTable } from "../core/annex/annexes";
import type { Framework } from "../core/framework/types";
import type { CellValue } from "../core/grid";
import type { Plan, SourceRef } from "../core/plan";

export interface CsvOptions {
  /** Start with U+FEFF (EF BB BF). Default true. */
  bom?: boolean;
}

/** A cell that would have run as a formula, written with a `'` before it. */
export interface NeutralisedCell {
  /** 0-based record in the file: 0 is the header row, 1 the first measure. */
  row: number;
  /** 0-based column. */
  column: number;
  /** The column's header (具體做法). */
  header: string;
  /** The cell's text as it was, before the `'`. */
  text: string;
  /** For an annex: the measure of the row ("2-3-1") and where the plan read it; null for the header row. */
  measureId?: string | null;
  source?: SourceRef | null;
}

export interface CsvFile {
  /** The file's text; it starts with U+FEFF when the BOM is on. */
  text: string;
  /** The text as UTF-8 bytes, the BOM's EF BB BF first when it is on. */
  bytes: Uint8Array;
  /** Cells written with a `'` before them, in file order (empty when none). */
  neutralised: NeutralisedCell[];
}

/**
 * The characters that make a spreadsheet read a cell as a formula (or start a DDE call) when they come
 * first: OWASP's "CSV Injection" page (owasp.org/www-community/attacks/CSV_Injection) lists `=`, `+`,
 * `-`, `@`, tab (0x09), carriage return (0x0D) and, since 2025, line feed (0x0A); OWASP ASVS 5.0
 * requirement 1.2.10 adds NUL (0x00). Its remedy, followed here: prefix such a cell with a single quote
 * `'`, which Excel and LibreOffice show as text, and quote and double-quote fields as RFC 4180 says, so
 * no separator or quote inside a field can start a new cell with one of them. Symfony's CsvEncoder
 * does the same since CVE-2021-41270.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** Whether a spreadsheet would run this cell's text as a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A cell's text with a `'` before it when it starts like a formula. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** One field as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, a quote, CR or LF. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const cellText = (v: CellValue): string =>
  v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

/**
 * Rows as a CSV file. Text cells that start like a formula are neutralised and listed; numbers and
 * booleans are written as values (a negative number is a number to a spreadsheet, not a formula; a
 * boolean is TRUE or FALSE, as Excel writes it), and empty cells as empty fields. Every record gets the
 * same number of fields, the longest row's.
 */
export function writeCsv(rows: readonly (readonly CellValue[])[], options: CsvOptions = {}): CsvFile {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const neutralised: NeutralisedCell[] = [];
  const header = rows[0] ?? [];
  const lines = rows.map((row, r) => {
    const fields: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c] ?? null;
      let text = cellText(v);
      if (typeof v === "string" && startsLikeFormula(text)) {
        neutralised.push({ row: r, column: c, header: cellText(header[c] ?? null), text });
        text = `'${text}`;
      }
      fields.push(csvField(text));
    }
    return fields.join(",");
  });
  // RFC 4180 ends the last record with CRLF too ("may or may not"); ending it is what Excel writes.
  const text = (options.bom === false ? "" : "\uFEFF") + lines.map((l) => `${l}\r\n`).join("");
  return { text, bytes: new TextEncoder().encode(text), neutralised };
}

/** An annex's table as CSV: its header row and one row per measure, each cell whole. */
export function annexTableCsv(table: AnnexTable, options: CsvOptions = {}): CsvFile {
  const file = writeCsv([table.columns.map((c) => c.header), ...table.rows], options);
  return {
    ...file,
    neutralised: file.neutralised.map((n) => {
      const m = n.row > 0 ? table.measures[n.row - 1] : undefined;
      return { ...n, measureId: m?.id ?? null, source: m?.source ?? null };
    }),
  };
}

/**
 * An annex (the plan table, 附件一, 附件二) as CSV. `title` as for `buildAnnex` (agency, year); the CSV
 * writes no title rows, so only the annex's columns and rows come of it.
 */
export function annexCsv(kind: AnnexKind, plan: Plan, framework: Framework, title: AnnexOptions, options: CsvOptions = {}): CsvFile {
  return annexTableCsv(annexTable(kind, plan, framework, title), options);
}
