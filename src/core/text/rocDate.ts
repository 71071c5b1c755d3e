/**
 * Deadlines as agencies write them: ROC dates (113年12月31日, 113/12/31, 113.12.31), AD dates,
 * and recurring phrases (持續辦理, 每季, 年底前).
 */
import type { Locale } from "../locale";
import { adYearOf as adYear, ROC_OFFSET } from "./years";

export type Deadline = { kind: "date"; iso: string } | { kind: "phrase"; phrase: string } | { kind: "invalid"; text: string };

/** Phrases that stand for a deadline without a date. */
export const DEADLINE_PHRASES = [
  "持續辦理",
  "持續執行",
  "全年",
  "全年度",
  "每月",
  "每季",
  "每半年",
  "每年",
  "年底前",
  "年度結束前",
  "上半年",
  "下半年",
  "隨時",
  "不定期",
  "定期",
  "依規定",
  "經常性",
  "長期",
] as const;

/** An ISO date (yyyy-mm-dd) when year/month/day form a real day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

const YMD_CJK = /^(?:民國)?\s*(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?(?:前|止|以前)?$/;
const YMD_SEP = /^(\d{2,4})\s*([/.\-．])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const YM_CJK = /^(?:民國)?\s*(\d{2,4})\s*年\s*(\d{1,2})\s*月(?:底)?(?:前|止|以前)?$/;

/** Parses a date written in one of the usual ways; null when it is not one. */
export function parseDate(text: string): string | null {
  const s = text.normalize("NFKC").trim();
  let m = YMD_CJK.exec(s);
  if (m) return isoDate(adYear(Number(m[1])), Number(m[2]), Number(m[3]));
  m = YMD_SEP.exec(s);
  if (m) return isoDate(adYear(Number(m[1])), Number(m[3]), Number(m[4]));
  m = YM_CJK.exec(s);
  if (m) {
    const year = adYear(Number(m[1]));
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
  }
  return null;
}

/** Classifies a deadline cell's text. */
export function parseDeadline(text: string): Deadline {
  const s = text.normalize("NFKC").replace(/\s+/g, "");
  const iso = parseDate(s);
  if (iso) return { kind: "date", iso };
  const phrase = DEADLINE_PHRASES.find((p) => s === p || s.startsWith(p));
  if (phrase) return { kind: "phrase", phrase };
  return { kind: "invalid", text };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial (1900 system) as an ISO date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

/** A date (its UTC day and time) as an Excel serial, as Office.js `values` gives dates. */
export function dateToExcelSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

/** A moment written the ROC way, to the minute: "115年11月21日 09:05" (a stamp on a sheet kept and printed). */
export function rocDateTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${isoToRoc(`${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A moment as an English reader expects it, to the minute: "2026-11-21 09:05". */
export function isoDateTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A moment in the reader's way: ROC in zh-TW, ISO in English. */
export function dateTimeIn(locale: Locale, d: Date): string {
  return locale === "en" ? isoDateTime(d) : rocDateTime(d);
}

/** An ISO date written the ROC way: 2024-12-31 → "113年12月31日". */
export function isoToRoc(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y - ROC_OFFSET}年${m}月${d}日`;
}
