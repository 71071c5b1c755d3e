/**
 * Text clean-up for what agencies paste: full-width forms, and the stray spaces PDF extraction
 * leaves between CJK characters ("礎 服 務 項").
 */

const CJK = "\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK})])[ \\t\\u00a0\\u3000]+(?=[${CJK}(])`, "g");
const SPACE_AFTER_OPEN = /(?<=[(（])[ \t\u00a0\u3000]+/g;
const SPACE_BEFORE_CLOSE = /[ \t\u00a0\u3000]+(?=[)）])/g;

/** Removes spaces inside CJK runs and around parentheses, trims each line; keeps line breaks. */
export function cleanCjkSpacing(text: string): string {
  // Most cells have no blank but line breaks: nothing to clean (the common case, on every cell of a plan).
  if (!/[^\S\n]/.test(text)) return text;
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(SPACE_BETWEEN_CJK, "").replace(SPACE_AFTER_OPEN, "").replace(SPACE_BEFORE_CLOSE, "").trim())
    .join("\n");
}

/** Full-width ASCII to half-width, ideographic space to space (NFKC, then undo what we must keep). */
export function toHalfWidth(text: string): string {
  return text.normalize("NFKC");
}

const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

/**
 * The key two texts are compared by: half-width, no whitespace, no punctuation, lower case.
 * "(二)提供民眾易讀、易懂" and "( 二 ) 提供民眾易讀，易懂" give the same key.
 */
export function matchKey(text: string): string {
  if (text.length > MATCH_KEY_CACHED_LENGTH) return toHalfWidth(text).replace(PUNCTUATION, "").toLowerCase();
  let key = matchKeys.get(text);
  if (key === undefined) {
    // A plan's pillar and focus wordings repeat on every row, and column detection reads each cell twice.
    if (matchKeys.size >= MATCH_KEY_CACHE_LIMIT) matchKeys.clear();
    key = toHalfWidth(text).replace(PUNCTUATION, "").toLowerCase();
    matchKeys.set(text, key);
  }
  return key;
}

const matchKeys = new Map<string, string>();
const MATCH_KEY_CACHE_LIMIT = 20000;
const MATCH_KEY_CACHED_LENGTH = 400;

/** Lines of a cell with trailing blanks dropped; keeps inner blank lines (they align stacked units). */
export function cellLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines;
}
