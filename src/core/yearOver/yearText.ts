/**
 * The ROC year as plans write it in text: "114年", "114 年度", "民國114年". Moving a title to the
 * next year changes that year only, never a number that merely contains it (1140, 2114).
 */

/** `year` written as a year (followed by 年), not inside a longer number. */
function yearPattern(year: number): RegExp {
  return new RegExp(`(?<![0-9０-９])${year}(?=\\s*年)`, "g");
}

/** Whether the text names `year` as a year. */
export function namesYear(text: string, year: number): boolean {
  return yearPattern(year).test(text.normalize("NFKC"));
}

/** The text with the year `from` written as `to` (full-width digits read as half-width where they name it). */
export function moveYearInText(text: string, from: number, to: number): string {
  const moved = text.replace(yearPattern(from), String(to));
  if (moved !== text || !namesYear(text, from)) return moved;
  // Only a full-width year (１１４年) names it: write the cell as NFKC gives it.
  return text.normalize("NFKC").replace(yearPattern(from), String(to));
}
