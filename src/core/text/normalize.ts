/**
 * Text clean-up for what agencies paste: full-width forms, and the stray spaces PDF extraction
 * leaves between CJK characters ("礎 服 務 項").
 */

const CJK = "\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK})])[ \\t\\u00a0\\u3000]+(?=[${CJK}(])`, "g");
const SPACE_AFTER_OPEN = /(?<=[(（])[ \t\u00a0\u3000]+/g;
const SPACE_BEFORE_CLOSE = /[ \t\u00a0\u3000]+(?=[)）])/g;

/** A line (of text without CR) that starts or ends with a blank: trimming would change it. */
const LINE_END_BLANK = /(?:^|\n)[^\S\n]|[^\S\n](?:\n|$)/;

/** Removes spaces inside CJK runs and around parentheses, trims each line; keeps line breaks. */
export function cleanCjkSpacing(text: string): string {
  // Most cells have no blank but line breaks: nothing to clean (the common case, on every cell of a plan).
  if (!/[^\S\n]/.test(text)) return text;
  // The spaces removed never include a line break nor look across one, so the whole text is cleaned
  // at once; lines are split only when one has a blank at an end to trim.
  const cleaned = text.replace(/\r\n?/g, "\n").replace(SPACE_BETWEEN_CJK, "").replace(SPACE_AFTER_OPEN, "").replace(SPACE_BEFORE_CLOSE, "");
  if (!LINE_END_BLANK.test(cleaned)) return cleaned;
  return cleaned
    .split("\n")
    .map((line) => line.trim())
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
  // Most of a plan's text: nothing but ideographs, lower-case letters, digits and punctuation to drop.
  if (KEPT_OR_DROPPED.test(text)) return text.replace(DROPPED, "");
  const quick = plainMatchKey(text);
  if (quick !== null) return quick;
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

/** Characters NFKC, case and the punctuation class leave out of a key whatever surrounds them (as plainKeyOf and ASCII_KEY drop them). */
const DROPPED_CLASS =
  "\\x09-\\x0d\\x20-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e\\u2010-\\u2016\\u2018-\\u2027\\u3000-\\u3004\\u3008-\\u3020\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65";
const DROPPED = new RegExp(`[${DROPPED_CLASS}]+`, "g");
/** A text whose key is itself without DROPPED: each of its other characters is its own key. */
const KEPT_OR_DROPPED = new RegExp(`^[0-9a-z\\u4e00-\\u9fff${DROPPED_CLASS}]*$`);

/** What a character becomes in a key: itself, nothing, or another character (a code). */
const KEEP = -1;
const DROP = -2;

/**
 * The key of a text made only of characters that NFKC, case and punctuation treat one at a time
 * (ASCII, CJK ideographs and punctuation, full-width forms): the same key as matchKey's general
 * way, without normalising (capitals and full-width letters too); null for any other text.
 */
function plainMatchKey(text: string): string | null {
  let key = "";
  let from = 0; // start of the run of kept characters not yet added to key
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const to = c >= 0x4e00 && c <= 0x9fff ? KEEP : c < 0x80 ? ASCII_KEY[c] : plainKeyOf(c);
    if (to === KEEP) continue;
    if (to === null) return null;
    key += text.slice(from, i);
    if (to !== DROP) key += String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : key + text.slice(from);
}

/** Half-width, lower case, punctuation and space gone, as NFKC and the punctuation class give them. */
const ASCII_KEY: (number | null)[] = Array.from({ length: 0x80 }, (_, c) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)
    ? KEEP
    : c >= 0x41 && c <= 0x5a
      ? c + 0x20
      : (c >= 0x09 && c <= 0x0d) || (c >= 0x20 && c < 0x7f)
        ? DROP
        : null,
);

function plainKeyOf(c: number): number | null {
  if ((c >= 0x2010 && c <= 0x2027 && c !== 0x2017) || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020)) return DROP;
  if (c >= 0xff01 && c <= 0xff5e) {
    const to = ASCII_KEY[c - 0xfee0]; // full-width ASCII: as its half-width form
    return to === KEEP ? c - 0xfee0 : to;
  }
  if (c >= 0xff5f && c <= 0xff65) return DROP; // half-width CJK punctuation
  return null;
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
