/** What a measure says, compared the way people read it: numbering, spacing and punctuation aside. */
import type { Measure } from "../plan";
import { matchKey } from "../text/normalize";

/** Words that stand in a measure cell for "nothing yet": the row looks filled but commits to nothing. */
const PLACEHOLDERS = new Set(["無", "尚無", "暫無", "待補", "待定", "未定", "略", "空白", "na", "tbd"]);

/** The measure's title and detail as one comparison key. */
export function measureKey(m: Measure): string {
  return matchKey(`${m.title}\n${m.text}`);
}

// Made once: a bundler may turn a /u literal into a RegExp built on every call.
const LETTER = /\p{L}/u;

/** A CJK ideograph or an ASCII letter: a letter, found without the costly \p{L} (compiled on first use). */
export function hasPlainLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  }
  return false;
}

/** True when the measure has no words (a dash, a bare number "1.", punctuation) or only a placeholder. */
export function isEmptyMeasure(m: Measure): boolean {
  if (!hasPlainLetter(m.title) && !hasPlainLetter(m.text) && !LETTER.test(m.title + m.text)) return true;
  // Placeholders are a few characters: a longer text need not be normalised (checks run per edit).
  return m.title.length + m.text.length <= 12 && PLACEHOLDERS.has(measureKey(m));
}
