/** What a measure says, compared the way people read it: numbering, spacing and punctuation aside. */
import type { Measure } from "../plan";
import { matchKey } from "../text/normalize";

/** Words that stand in a measure cell for "nothing yet": the row looks filled but commits to nothing. */
const PLACEHOLDERS = new Set(["無", "尚無", "暫無", "待補", "待定", "未定", "略", "空白", "na", "tbd"]);

/** The measure's title and detail as one comparison key. */
export function measureKey(m: Measure): string {
  return matchKey(`${m.title}\n${m.text}`);
}

/** True when the measure has no words (a dash, a bare number "1.", punctuation) or only a placeholder. */
export function isEmptyMeasure(m: Measure): boolean {
  const raw = m.title + m.text;
  if (!/\p{L}/u.test(raw)) return true;
  // Placeholders are a few characters: a longer text need not be normalised (checks run per edit).
  return raw.length <= 12 && PLACEHOLDERS.has(measureKey(m));
}
