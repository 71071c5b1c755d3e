/** Chinese numerals as agencies number things: 一 … 九十九, "(一)", "（三）", "二、". */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DIGIT_CHARS = "一二三四五六七八九";

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; null for anything else. */
export function parseChineseNumeral(text: string): number | null {
  const s = text.trim();
  if (s === "") return null;
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[2] ? DIGITS[m[2]] : 0);
  if (s.length === 1 && s in DIGITS) return DIGITS[s] || null;
  return null;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (1 … 99). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGIT_CHARS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : DIGIT_CHARS[tens - 1]) + "十" + (ones ? DIGIT_CHARS[ones - 1] : "");
}

/** The label of focus point n as the framework writes it: 3 → "(三)". */
export function focusLabel(n: number): string {
  return `(${toChineseNumeral(n)})`;
}

const CJK_NUMERAL = "[一二三四五六七八九十]{1,3}";
const LEADING_PAREN_LABEL = new RegExp(`^\\s*[(（]\\s*(${CJK_NUMERAL})\\s*[)）]\\s*`);
const LEADING_ENUM_LABEL = new RegExp(`^\\s*(${CJK_NUMERAL})\\s*[、.．]\\s*`);

/** A leading "(三)" / "（三）" label: its number, the label normalised, and the text after it. */
export function splitParenLabel(text: string): { n: number; label: string; rest: string } | null {
  const m = LEADING_PAREN_LABEL.exec(text);
  if (!m) return null;
  const n = parseChineseNumeral(m[1]);
  return n === null ? null : { n, label: `(${m[1]})`, rest: text.slice(m[0].length) };
}

/** A leading "二、" numbering: its number and the text after it. */
export function splitEnumLabel(text: string): { n: number; rest: string } | null {
  const m = LEADING_ENUM_LABEL.exec(text);
  if (!m) return null;
  const n = parseChineseNumeral(m[1]);
  return n === null ? null : { n, rest: text.slice(m[0].length) };
}
