/**
 * Personal data in a cell's text, looked for before a sheet is published (step 5): national ID
 * numbers and resident certificate numbers with a valid check digit, mobile and landline numbers,
 * e-mail addresses. Pure and fast: a text with no digit and no @ is passed over at once (most of a
 * plan's cells), and full-width forms are read as half-width. What is found comes back masked
 * (A12****789), so a message can name it without publishing it again.
 */
import { toHalfWidth } from "../text/normalize";

export type IdNumberKind = "national-id" | "resident-certificate";
export type PhoneKind = "mobile" | "landline";
export type PersonalDataKind = IdNumberKind | PhoneKind | "email";

export interface PersonalDataMatch<K extends PersonalDataKind = PersonalDataKind> {
  kind: K;
  /** The text found, masked for display: "A12****789", "091*-***-678", "c****@kcg.gov.tw". */
  masked: string;
}

/* ID numbers ------------------------------------------------------------------------------------ */

/**
 * The two-digit code of each first letter, A to Z (I, O, W, Z were given out last). The check-digit
 * rule of the 身分證統一編號 (the letter's code as X1 X2, then the nine digits D1…D9):
 *   Y = X1 + 9·X2 + 8·D1 + 7·D2 + 6·D3 + 5·D4 + 4·D5 + 3·D6 + 2·D7 + D8 + D9, valid when Y is divisible by 10.
 * Sources: https://herb-tw.com/phpBB/viewtopic.php?p=49536 (the table and the formula) and
 * https://dct-bcb.blogspot.com/2010/12/身份證產生器.html (A123456789 worked by hand: its check digit is 9).
 */
const LETTER_CODES = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];

const letterCode = (letter: string) => LETTER_CODES[letter.charCodeAt(0) - 65];

/** Y of the rule above: `first` a capital letter, `d1` the first digit's value, `rest` the eight digits D2…D9. */
function checkSum(first: string, d1: number, rest: string): number {
  const code = letterCode(first);
  let sum = Math.floor(code / 10) + (code % 10) * 9 + d1 * 8;
  for (let i = 0; i < 7; i++) sum += (rest.charCodeAt(i) - 48) * (7 - i);
  return sum + rest.charCodeAt(7) - 48;
}

/**
 * What a 10-character candidate is, when its check digit is right (letters of either case):
 * - national-id: a letter, 1 or 2 (the gender), eight digits;
 * - resident-certificate, the format given out since 2 January 2021: a letter, 8 or 9 (the gender), eight
 *   digits, the same rule (https://newtalk.tw/news/view/2020-12-16/509552: 「比照身分證字號編碼原則」,
 *   第2碼 8 男性 9 女性);
 * - resident-certificate, the format before it: two letters, eight digits, the second letter A, B, C or D
 *   ("2nd digit categorized as A, B, C and D subject to sex and the issuing authority",
 *   http://investintaiwan.nat.gov.tw/faqQContent?lang=eng&search=76); in the rule it stands for the
 *   last digit of its own code (A 10 → 0, B 11 → 1, C 12 → 2, D 13 → 3), as the validators of both formats
 *   compute it (github.com/enylin/taiwan-id-validator, src/nin-arc/index.ts, RESIDENT_CERTIFICATE_NUMBER_LIST;
 *   github.com/mijimc/TaiwanNo1: AA00000009, AB00000001, AC00000003, AD00000005 valid).
 * A number whose check digit is wrong is none of them: null.
 */
export function idNumberKind(candidate: string): IdNumberKind | null {
  const s = candidate.toUpperCase();
  const m = /^([A-Z])([0-9A-Z])(\d{8})$/.exec(s);
  if (!m) return null;
  const [, first, second, rest] = m;
  if (second === "1" || second === "2") return checkSum(first, Number(second), rest) % 10 === 0 ? "national-id" : null;
  if (second === "8" || second === "9") return checkSum(first, Number(second), rest) % 10 === 0 ? "resident-certificate" : null;
  if (second >= "A" && second <= "D") return checkSum(first, letterCode(second) % 10, rest) % 10 === 0 ? "resident-certificate" : null;
  return null;
}

/** A letter, then 1, 2, 8 or 9 and eight digits, or A–D and eight digits; not inside a longer word or number. */
const ID_CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z](?:[1289]\d{8}|[A-Da-d]\d{8})(?!\d)/g;

/* Phone numbers --------------------------------------------------------------------------------- */

/** One separator between groups of digits: a hyphen or dash of any width, or a space. */
const SEP = "[- \\u2010-\\u2013\\u2212]";
/** Not inside a word or a longer number. */
const START = "(?<![A-Za-z0-9+])";
const END = "(?!\\d)";
/** An extension, #123, 分機123, 轉123, ext. 123, or nothing: a landline pattern's third group. */
const EXT = "((?:\\s*(?:#|分機|轉|[Ee]xt\\.?)\\s*\\d{1,6})?)";
/** +886 or (886), with the trunk 0 some write after it in brackets: +886 (0)2 …. */
const COUNTRY = `(?:\\+886|\\(\\+?886\\))${SEP}?(?:\\(0\\)${SEP}?)?`;

/** 09xx-xxx-xxx, 09xxxxxxxx, +886 9xx xxx xxx (a mobile number is 09 and eight digits). */
const MOBILE = new RegExp(`${START}(?:${COUNTRY}0?|0)9\\d{2}${SEP}?\\d{3}${SEP}?\\d{3}${END}`, "g");
/** (02)2345-6789, (07) 123 4567. */
const LANDLINE_BRACKETED = new RegExp(`${START}\\(0(\\d{1,3})\\)${SEP}?(\\d{2,4}${SEP}?\\d{3,4})${END}${EXT}`, "g");
/** 02-2345-6789, 07 123 4567, +886-2-2345-6789. */
const LANDLINE_SEPARATED = new RegExp(`${START}(?:${COUNTRY}|0)(\\d{1,3})${SEP}(\\d{2,4}${SEP}?\\d{3,4})${END}${EXT}`, "g");
/** 0223456789, +886223456789: where the area code ends is read from the table below. */
const LANDLINE_RUN = new RegExp(`${START}(?:${COUNTRY}|0)(\\d{7,9})${END}${EXT}`, "g");
/** 2345-6789 without an area code, only right after a word that says it is a phone number. */
const LANDLINE_LOCAL = new RegExp(
  `(?<=(?:電話|專線|傳真|市話|TEL|Tel|tel|FAX|Fax|fax|Phone|phone)\\s*[:：]?\\s*)([2-9]\\d{2,3}${SEP}?\\d{4})${END}${EXT}`,
  "g",
);

/**
 * The digits after each area code (without its trunk 0), from the table of area codes in
 * https://en.wikipedia.org/wiki/Telephone_numbers_in_Taiwan: 02 eight; 03, 05, 06, 07, 08 and 049 seven;
 * 04 seven or eight (Changhua, Taichung); 037, 082 and 089 six; 0826 and 0836 five; 070 (VoIP) eight.
 * Toll-free 0800 and 0809 numbers are no one's own: not listed.
 */
const SUBSCRIBER_DIGITS: Readonly<Record<string, readonly number[]>> = {
  "2": [8],
  "3": [7],
  "37": [6],
  "4": [7, 8],
  "49": [7],
  "5": [7],
  "6": [7],
  "7": [7],
  "70": [8],
  "8": [7],
  "82": [6],
  "826": [5],
  "836": [5],
  "89": [6],
};
const AREA_CODES = Object.keys(SUBSCRIBER_DIGITS);

/**
 * Whether `digits` (separators removed) is a subscriber number after the area code `area`; `area` null: the
 * digits follow the trunk 0 unseparated, and every area code they start with is tried.
 */
function isLandline(area: string | null, digits: string): boolean {
  const fits = (a: string, subscriber: string) => SUBSCRIBER_DIGITS[a]?.includes(subscriber.length) ?? false;
  if (area !== null) return fits(area, digits);
  return AREA_CODES.some((a) => digits.startsWith(a) && fits(a, digits.slice(a.length)));
}

/* E-mail addresses ------------------------------------------------------------------------------ */

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

/* Masking and finding ------------------------------------------------------------------------------ */

const isAlnum = (ch: string) => /[A-Za-z0-9]/.test(ch);

/** The first and last three letters or digits kept, the others starred, separators kept: A12****789, 091*-***-678. */
export function maskMiddle(text: string, keep = 3): string {
  const n = [...text].filter(isAlnum).length;
  let i = 0;
  let out = "";
  for (const ch of text) {
    if (!isAlnum(ch)) out += ch;
    else out += i < keep || i >= n - keep ? ch : "*";
    if (isAlnum(ch)) i++;
  }
  return out;
}

/** The local part starred but its first character; the domain kept (it tells an agency's address from a person's). */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at);
  return (local.length > 1 ? local[0] + "*".repeat(local.length - 1) : "*") + address.slice(at);
}

interface Span<K extends PersonalDataKind> extends PersonalDataMatch<K> {
  start: number;
  end: number;
}

const MAY_HOLD_NUMBER = /[0-9\uff10-\uff19]/;
const MAY_HOLD_EMAIL = /[@\uff20]/;
const FULL_WIDTH = /[\uff01-\uff5e]/;

/** The text as the detectors read it: half-width when it has full-width forms (０９１２ → 0912). */
const halfWidth = (text: string) => (FULL_WIDTH.test(text) ? toHalfWidth(text) : text);

function idSpans(text: string): Span<IdNumberKind>[] {
  const out: Span<IdNumberKind>[] = [];
  for (const m of text.matchAll(ID_CANDIDATE)) {
    const kind = idNumberKind(m[0]);
    if (kind) out.push({ kind, masked: maskMiddle(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A number right after 第 is an official document's (府授民字第0930012345號), not a phone number. */
const isDocumentNumber = (text: string, start: number) => text.slice(0, start).trimEnd().endsWith("第");

function phoneSpans(text: string): Span<PhoneKind>[] {
  const spans: Span<PhoneKind>[] = [];
  // The number masked; an extension (the pattern's last group) kept as written.
  const add = (kind: PhoneKind, m: RegExpMatchArray, extension = "") => {
    const start = m.index ?? 0;
    const number = m[0].slice(0, m[0].length - extension.length);
    if (!isDocumentNumber(text, start)) spans.push({ kind, masked: maskMiddle(number) + extension, start, end: start + m[0].length });
  };
  for (const m of text.matchAll(MOBILE)) add("mobile", m);
  for (const pattern of [LANDLINE_BRACKETED, LANDLINE_SEPARATED]) {
    for (const m of text.matchAll(pattern)) if (isLandline(m[1], m[2].replace(/\D/g, ""))) add("landline", m, m[3]);
  }
  for (const m of text.matchAll(LANDLINE_RUN)) if (isLandline(null, m[1])) add("landline", m, m[2]);
  // Without an area code: seven or eight digits, a local number in any area.
  for (const m of text.matchAll(LANDLINE_LOCAL)) add("landline", m, m[2]);
  return spans;
}

function emailSpans(text: string): Span<"email">[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: "email" as const,
    masked: maskEmail(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** In text order; of two that overlap, the one that starts first (or, starting together, the longer). */
function ordered<K extends PersonalDataKind>(spans: Span<K>[]): PersonalDataMatch<K>[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalDataMatch<K>[] = [];
  let end = -1;
  for (const s of spans) {
    if (s.start < end) continue;
    out.push({ kind: s.kind, masked: s.masked });
    end = s.end;
  }
  return out;
}

/** National ID and resident certificate numbers with a valid check digit. */
export function findIdNumbers(text: string): PersonalDataMatch<IdNumberKind>[] {
  return MAY_HOLD_NUMBER.test(text) ? ordered(idSpans(halfWidth(text))) : [];
}

/** Mobile and landline numbers (not dates, amounts, plan ids, toll-free numbers nor document numbers). */
export function findPhoneNumbers(text: string): PersonalDataMatch<PhoneKind>[] {
  return MAY_HOLD_NUMBER.test(text) ? ordered(phoneSpans(halfWidth(text))) : [];
}

/** E-mail addresses. */
export function findEmails(text: string): PersonalDataMatch<"email">[] {
  return MAY_HOLD_EMAIL.test(text) ? ordered(emailSpans(halfWidth(text))) : [];
}

/** Everything above in one pass over the text, in text order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const number = MAY_HOLD_NUMBER.test(text);
  const email = MAY_HOLD_EMAIL.test(text);
  if (!number && !email) return [];
  const half = halfWidth(text);
  const spans: Span<PersonalDataKind>[] = email ? emailSpans(half) : [];
  if (number) spans.push(...idSpans(half), ...phoneSpans(half));
  return ordered(spans);
}
