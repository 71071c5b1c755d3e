/**
 * A deadline in next year's plan. Chosen: every year the deadline names moves by as many years as the
 * plan (text/years.ts reads them), written the way it was: a date to the same day of the new year
 * (114年12月31日 → 115年12月31日, 114/6/30 → 115/6/30, 2025-12-31 → 2026-12-31), a phrase naming a
 * year to the new year (114年底前 → 115年底前, 114年下半年, 114年1月至12月, 114年度); a day the new
 * year lacks (2/29) is cleared for the clerk to set; phrases naming no year (持續辦理, 每季) and text
 * that is no date stay as written. A plan's deadlines are mostly year ends and recurring phrases, so
 * moving them keeps the new plan complete; clearing every date would leave the clerk to retype them all.
 * `years` is how far the plan moves (0 when last year is unknown: deadlines then stay as written).
 */
import { parseDeadline, parseDate } from "../text/rocDate";
import { moveYears, yearsIn } from "../text/years";

export type MovedDeadline =
  /** `iso`: the day it is, for a date; null for a phrase. */
  { kind: "moved"; text: string; iso: string | null } | { kind: "cleared" } | { kind: "kept" };

/** Whether a deadline names a year (a date, or a phrase such as 114年底前): what a roll-over moves. */
export function deadlineNamesYear(text: string): boolean {
  return yearsIn(text).length > 0;
}

export function moveDeadline(text: string, years: number): MovedDeadline {
  if (years === 0 || !deadlineNamesYear(text)) return { kind: "kept" };
  const isDate = parseDeadline(text).kind === "date";
  const moved = moveYears(text, (y) => y + years);
  // A date that is no day (113/02/30) stays for the clerk to mend: only a phrase's "114年" moves.
  if (!isDate) return yearsIn(text).some((y) => y.form === "year") ? { kind: "moved", text: moved, iso: null } : { kind: "kept" };
  const iso = parseDate(moved);
  return iso ? { kind: "moved", text: moved, iso } : { kind: "cleared" };
}
