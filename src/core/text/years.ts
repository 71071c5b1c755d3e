/**
 * The one reading of the years a text names, for titles, deadlines and measures alike: "114年",
 * "114 年度", "１１４年" (full-width digits read as NFKC reads them), "民國114年", "中華民國114年",
 * "2025年" (AD, four digits), and the year of a date written with separators ("114/6/30", "2025-12-31").
 * A number inside a longer one is no year (1140年, 文號1140012345, 2114年). Each year is given as
 * ROC (AD − 1911), with where its digits are written, so a year can be moved where it stands.
 */

/** AD − ROC. */
export const ROC_OFFSET = 1911;

/** A year as written, read as ROC: two or three digits are ROC (113), four are AD (2024). */
export function rocYearOf(written: number): number {
  return written >= 1000 ? written - ROC_OFFSET : written;
}

/** A year as written, read as AD. */
export function adYearOf(written: number): number {
  return written >= 1000 ? written : written + ROC_OFFSET;
}

export interface YearMention {
  /** Where its digits start in the text, and how many there are (the text's own digits, full-width or not). */
  index: number;
  length: number;
  /** The year as ROC. */
  roc: number;
  /** Written as AD (four digits). */
  ad: boolean;
  /** Followed by 年 ("114年"), or the year of a date written with separators ("114/6/30"). */
  form: "year" | "date";
}

const DIGIT = "[0-9０-９]";
/** A year: 2–4 digits not inside a longer number, followed by 年, or starting a date y/m/d (y-m-d, y.m.d). */
const YEAR = new RegExp(
  `(?<!${DIGIT})(${DIGIT}{2,4})(?:(?=[\\s\\u3000]*年)|(?=[\\s\\u3000]*([/.\\-．／－])[\\s\\u3000]*${DIGIT}{1,2}[\\s\\u3000]*\\2[\\s\\u3000]*${DIGIT}{1,2}(?!${DIGIT})))`,
  "g",
);

/** AD years a plan may name; a four-digit number outside them is no year. */
const AD_FIRST = 1912;
const AD_LAST = 2099;

/** Every year the text names, in order. */
export function yearsIn(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const digits = m[1].normalize("NFKC");
    const written = Number(digits);
    const ad = digits.length === 4;
    if (ad && (written < AD_FIRST || written > AD_LAST)) continue;
    if (!ad && written < 10) continue;
    out.push({ index: m.index!, length: m[1].length, roc: rocYearOf(written), ad, form: m[2] === undefined ? "year" : "date" });
  }
  return out;
}

/** The first year the text names (ROC), or null. */
export function firstYearIn(text: string): number | null {
  return yearsIn(text)[0]?.roc ?? null;
}

/** Whether the text names `year` (ROC), written either way. */
export function namesYear(text: string, year: number): boolean {
  return yearsIn(text).some((y) => y.roc === year);
}

/**
 * The text with each year it names moved by `move(roc)` (a new ROC year, or null to leave it), written as
 * it was (AD stays AD; digits half-width); the rest of the text as it was.
 */
export function moveYears(text: string, move: (roc: number) => number | null): string {
  let out = "";
  let at = 0;
  for (const y of yearsIn(text)) {
    const to = move(y.roc);
    if (to === null || to === y.roc) continue;
    out += text.slice(at, y.index) + String(y.ad ? to + ROC_OFFSET : to);
    at = y.index + y.length;
  }
  return out + text.slice(at);
}

/** The text with the year `from` (ROC) written as `to`, wherever it names it. */
export function moveYearInText(text: string, from: number, to: number): string {
  return moveYears(text, (y) => (y === from ? to : null));
}
