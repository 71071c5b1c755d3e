/**
 * A1 addresses: parsing what Office.js accepts ("A1", "$A$2:$A$20", "A:C", "3:5",
 * "'My sheet'!B2") and formatting what Excel reports ("Sheet1!A1:B2", "單位!$A$2:$A$20").
 */
import type { Area } from "./area";
import { fail } from "../errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface ParsedAddress {
  /** The sheet name before "!", unquoted, when there is one. */
  sheet?: string;
  area: Area;
}

/** "A" for column 0, "AA" for 26. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits "'It''s'!A1" into the sheet name and the rest. */
function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

function invalid(address: string): never {
  return fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format: address "${address}".`);
}

function checkCell(address: string, row: number, col: number): void {
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) invalid(address);
}

/** Parses an A1 address; throws InvalidArgument (at sync, when called inside an operation). */
export function parseAddress(address: string): ParsedAddress {
  if (typeof address !== "string") return invalid(String(address));
  const { sheet, ref } = splitSheet(address.trim());
  if (sheet === "") invalid(address);
  const parts = ref.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) invalid(address);
  const [a, b = a] = parts;
  let area: Area;
  const ca = CELL.exec(a),
    cb = CELL.exec(b);
  const colA = COLUMN.exec(a),
    colB = COLUMN.exec(b);
  const rowA = ROW.exec(a),
    rowB = ROW.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1,
      c1 = columnNumber(ca[1]),
      r2 = Number(cb[2]) - 1,
      c2 = columnNumber(cb[1]);
    checkCell(address, r1, c1);
    checkCell(address, r2, c2);
    area = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  } else if (parts.length === 2 && colA && colB) {
    const c1 = columnNumber(colA[1]),
      c2 = columnNumber(colB[1]);
    checkCell(address, 0, c1);
    checkCell(address, 0, c2);
    area = { top: 0, left: Math.min(c1, c2), bottom: MAX_ROWS - 1, right: Math.max(c1, c2) };
  } else if (parts.length === 2 && rowA && rowB) {
    const r1 = Number(rowA[1]) - 1,
      r2 = Number(rowB[1]) - 1;
    checkCell(address, r1, 0);
    checkCell(address, r2, 0);
    area = { top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: MAX_COLUMNS - 1 };
  } else {
    return invalid(address);
  }
  return sheet === undefined ? { area } : { sheet, area };
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1:B2", "A1", "A:C", "3:5" (absolute with $ when asked). */
export function areaA1(area: Area, absolute = false): string {
  const d = absolute ? "$" : "";
  const wholeColumns = area.top === 0 && area.bottom === MAX_ROWS - 1;
  const wholeRows = area.left === 0 && area.right === MAX_COLUMNS - 1;
  if (wholeRows) return `${d}${area.top + 1}:${d}${area.bottom + 1}`;
  if (wholeColumns) return `${d}${columnLetters(area.left)}:${d}${columnLetters(area.right)}`;
  const start = `${d}${columnLetters(area.left)}${d}${area.top + 1}`;
  const end = `${d}${columnLetters(area.right)}${d}${area.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** "Sheet1!A1:B2" as Range.address reports it. */
export function sheetAddress(sheetName: string, area: Area, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${areaA1(area, absolute)}`;
}
