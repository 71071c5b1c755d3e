/**
 * Splitting a measure cell into measures: "1. … 2. …", "(1)…(2)…", "一、…", with a short title
 * line kept apart from its detail. What counts as one measure (FORMAT.md of the seed fixtures):
 * each top-level numbered item; a title line over sub-items is one measure; an unnumbered short
 * title over numbered items is one measure; "(1)" items are measures only when nothing outranks them.
 */
import { cellLines, cleanCjkSpacing } from "../text/normalize";
import { parseChineseNumeral } from "../text/numerals";

export type MarkerStyle = "arabic" | "cjk" | "paren" | "cjkParen" | "circled";

export interface Marker {
  style: MarkerStyle;
  n: number;
  /** Length of the marker text at the start of the line. */
  length: number;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PATTERNS: [MarkerStyle, RegExp][] = [
  ["arabic", /^\s*(\d{1,2})\s*[.、．](?!\d)\s*/],
  ["arabic", /^\s*(\d{1,2})\s+(?=[\u4e00-\u9fff])/],
  ["paren", /^\s*[(（]\s*(\d{1,2})\s*[)）]\s*/],
  ["cjkParen", /^\s*[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/],
  ["cjk", /^\s*([一二三四五六七八九十]{1,3})\s*、\s*/],
  ["circled", new RegExp(`^\\s*([${CIRCLED}])\\s*`)],
];

/** What every pattern above can start with: most lines start otherwise, and one test rules all six out. */
const MARKER_START = new RegExp(`^\\s*[\\d(（一二三四五六七八九十${CIRCLED}]`);

/** The numbering at the start of a line, if any. */
export function markerOf(line: string): Marker | null {
  if (!MARKER_START.test(line)) return null;
  for (let i = 0; i < PATTERNS.length; i++) {
    const style = PATTERNS[i][0]; // not destructured: that iterates, slowly in cold code
    const m = PATTERNS[i][1].exec(line);
    if (!m) continue;
    const n =
      style === "circled" ? CIRCLED.indexOf(m[1]) + 1 : style === "cjk" || style === "cjkParen" ? parseChineseNumeral(m[1]) : Number(m[1]);
    if (n !== null && n > 0) return { style, n, length: m[0].length };
  }
  return null;
}

const SUB_STYLES: MarkerStyle[] = ["paren", "cjkParen", "circled"];
export function isSubStyle(style: MarkerStyle): boolean {
  return SUB_STYLES.includes(style);
}

/** One measure's worth of a cell. */
export interface Piece {
  marker: Marker | null;
  /** Lines of the piece (marker still on the first), blank lines removed. */
  lines: string[];
  /** Index of the piece's first line in the cell's lines (for aligning stacked units). */
  startLine: number;
}

/** A "(2)" written mid-line after a full stop or a space starts a line of its own. */
function breakInlineSubItems(text: string): string {
  return text.replace(/([。；;]|\s)\s*(?=[(（]\s*\d{1,2}\s*[)）])/g, "$1\n");
}

/** A line that reads as a heading: short, not a sentence. */
export function isTitleLike(line: string): boolean {
  const s = line.trim();
  return s.length > 0 && s.length <= 25 && !/[。；;，,]$/.test(s) && !/[。]/.test(s);
}

export interface SplitCell {
  pieces: Piece[];
  /** Lines of the cell (blank lines kept, so their positions match a stacked unit cell). */
  lineCount: number;
  /** The style that makes measures here (null: the cell is one unnumbered measure). */
  topStyle: MarkerStyle | null;
}

/** Splits a measure cell's text into pieces, one per measure; `cleaned`: cleanCjkSpacing(raw), when known already. */
export function splitMeasureCell(raw: string, cleaned = cleanCjkSpacing(raw)): SplitCell {
  const lines = cellLines(breakInlineSubItems(cleaned));
  const markers = lines.map(markerOf);
  const topStyle = markers.find((m) => m && !isSubStyle(m.style))?.style ?? markers.find((m) => m)?.style ?? null;
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  lines.forEach((line, i) => {
    const m = markers[i];
    if (m && m.style === topStyle) {
      current = { marker: m, lines: [line], startLine: i };
      pieces.push(current);
    } else if (line.trim() !== "") {
      if (!current) {
        current = { marker: null, lines: [], startLine: i };
        pieces.push(current);
      }
      current.lines.push(line);
    }
  });
  // An unnumbered heading over numbered items is one measure (seed 003's "合宜的服務環境").
  const lead = pieces[0];
  if (lead && !lead.marker && pieces.length > 1 && lead.lines.every(isTitleLike)) {
    const merged: Piece = { marker: null, lines: pieces.flatMap((p) => p.lines), startLine: lead.startLine };
    return { pieces: [merged], lineCount: lines.length, topStyle };
  }
  return { pieces, lineCount: lines.length, topStyle };
}

/** Title and detail of a piece: a short first line over more lines is a title of its own. */
export function titleAndText(piece: Piece): { title: string; text: string; titled: boolean } {
  const first = piece.marker ? piece.lines[0].slice(piece.marker.length) : piece.lines[0];
  const rest = piece.lines.slice(1);
  const head = first.trim();
  if (isTitleLike(head) && (rest.length > 0 || head.length <= 25)) {
    return { title: head, text: rest.join("\n"), titled: true };
  }
  const all = [head, ...rest].join("\n");
  return { title: shortTitle(all), text: all, titled: false };
}

/** The first clause of a paragraph, at most 20 characters: a readable handle, not a rewrite. */
export function shortTitle(text: string): string {
  const clause = text.split(/[，。；,;：:\n]/)[0].trim();
  return clause.length <= 20 ? clause : clause.slice(0, 20) + "…";
}

/** The last sub-item number in a measure's detail of a style ("(3)" → 3), to see numbering continue. */
export function lastItemNumber(text: string, style: MarkerStyle): number {
  let last = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = markerOf(lines[i]);
    if (m && m.style === style) last = m.n;
  }
  return last;
}
