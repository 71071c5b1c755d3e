/**
 * What Excel makes of a string written through Range.values into a cell that is not formatted as
 * Text ("@"). Sources:
 * - Range.values reference: "If the returned value starts with a plus ("+"), minus ("-"), or equal
 *   sign ("="), Excel interprets this value as a formula."
 * - office-js#229: writing "2018-12-31" stores a date and changes the cell's number format.
 * - office-js#1559 (by design): the APIs parse with the en-US locale.
 * Unconfirmed (the double takes Excel's documented behaviour for typing into a Text cell, and the
 * contract suite checks it in real Excel): a string written into a cell formatted "@" stays text.
 * The double parses only what it must to be stricter than kind: numbers, en-US/ISO dates, TRUE/FALSE,
 * and the three formula signs; everything else stays text.
 */
import type { CellValue } from "./model";

export interface Coerced {
  value: CellValue;
  /** The number format Excel gives the cell along with the value (a date format for a date). */
  numberFormat?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const US_DATE = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/;

/** Excel's serial number of a date (1900 date system), or null when it is not a real date from 1900 on. */
function serialOf(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86400000;
}

function dateOf(text: string): number | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return serialOf(+iso[1], +iso[2], +iso[3]);
  const us = US_DATE.exec(text);
  if (!us) return null;
  const y = +us[3];
  return serialOf(us[3].length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y, +us[1], +us[2]);
}

/** The value a General cell ends up holding when `text` is written to it. */
export function coerceString(text: string): Coerced {
  const t = text.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, "")) };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  const date = dateOf(t);
  if (date !== null) return { value: date, numberFormat: "m/d/yyyy" };
  // The double keeps a formula as its text starting with "=" (it does not calculate).
  if (text.startsWith("=") && text.length > 1) return { value: text };
  if (text.startsWith("+") || text.startsWith("-")) return { value: `=${text}` };
  return { value: text };
}
