/**
 * The pieces of ODF 1.2 XML the .ods writer shares: namespaces, lengths, and cell text as paragraphs.
 * No Node module: the pane's export runs this in the browser.
 */
import { escapeXml } from "../xml";

export const XML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n`;

/** The ODF version written: ODF-CNS15251 is ODF 1.2. */
export const ODF_VERSION = "1.2";

export const NS = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  svg: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
  meta: "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
  dc: "http://purl.org/dc/elements/1.1/",
  manifest: "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
  /** LibreOffice's extension namespace: `loext:scale-to-X` (fit to pages wide), which ODF 1.2 lacks (ODF 1.3 has `style:scale-to-X`). */
  loext: "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
} as const;

/** ` xmlns:a="…" xmlns:b="…"` for the prefixes named. */
export function namespaces(...prefixes: (keyof typeof NS)[]): string {
  return prefixes.map((p) => ` xmlns:${p}="${NS[p]}"`).join("");
}

/** A length in points, as ODF writes one ("12.5pt"), to a thousandth. */
export const pt = (points: number): string => `${Number(points.toFixed(3))}pt`;

/** A length in inches ("0.75in"), as Excel and PRINT_PAGE give margins. */
export const inch = (inches: number): string => `${Number(inches.toFixed(4))}in`;

/**
 * Text as ODF paragraphs: each line (LF, CR LF or CR) its own text:p, as LibreOffice writes a cell
 * with line breaks. Inside a paragraph ODF collapses white space (ODF 1.2 Part 1 §6.1.2), so a tab is
 * text:tab and spaces that would be lost (at the start or end, after another space or a tab) are text:s.
 */
export function paragraphs(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => (line === "" ? "<text:p/>" : `<text:p>${spacedText(line)}</text:p>`))
    .join("");
}

/** One line's text, escaped, its white space kept (see `paragraphs`). */
export function spacedText(line: string): string {
  const escaped = escapeXml(line);
  if (!/\t| (?: |$)|^ /.test(escaped)) return escaped; // most text: a single space between words at most
  return escaped.replace(/\t|( +)/g, (m: string, spaces: string | undefined, at: number) => {
    if (!spaces) return "<text:tab/>";
    const atEnd = at + spaces.length === escaped.length;
    const keepFirst = at > 0 && escaped[at - 1] !== "\t" && !atEnd;
    const rest = keepFirst ? spaces.length - 1 : spaces.length;
    return (keepFirst ? " " : "") + (rest === 0 ? "" : rest === 1 ? "<text:s/>" : `<text:s text:c="${rest}"/>`);
  });
}
