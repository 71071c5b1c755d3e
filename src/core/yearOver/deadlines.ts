/**
 * A deadline in next year's plan. Chosen: a date moves to the same day of the new year, written the
 * way it was (114年12月31日 → 115年12月31日, 114/6/30 → 115/6/30, 2025-12-31 → 2026-12-31); a day
 * the new year lacks (2/29) is cleared for the clerk to set; phrases (持續辦理, 每季) and text that is
 * no date stay as written. A plan's deadlines are mostly year ends and recurring phrases, so moving
 * them keeps the new plan complete; clearing every date would leave the clerk to retype them all.
 * `years` is how far the plan moves (0 when last year is unknown: dates then stay as written).
 */
import { parseDeadline, parseDate } from "../text/rocDate";

export type MovedDeadline = { kind: "moved"; text: string; iso: string } | { kind: "cleared" } | { kind: "kept" };

/** The year at the start of a date ("民國114年…", "114/…", "2025-…"). */
const LEADING_YEAR = /^(\s*(?:民國)?\s*)(\d{2,4})/;

export function moveDeadline(text: string, years: number): MovedDeadline {
  if (years === 0 || parseDeadline(text).kind !== "date") return { kind: "kept" };
  const written = LEADING_YEAR.test(text) ? text : text.normalize("NFKC");
  const at = LEADING_YEAR.exec(written);
  if (!at) return { kind: "kept" };
  const moved = written.replace(LEADING_YEAR, (_, before: string, year: string) => `${before}${Number(year) + years}`);
  const iso = parseDate(moved);
  return iso ? { kind: "moved", text: moved, iso } : { kind: "cleared" };
}
