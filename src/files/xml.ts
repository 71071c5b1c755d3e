/**
 * The little XML an .xlsx needs, read and written by hand: its parts are flat, machine-written and
 * large (a 5,000-measure sheet), so a scan with regular expressions beats building a DOM, and a
 * string builder beats a library. Prefixed names (`x:c`, written by some .NET tools) are accepted.
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Character data or an attribute value as the text it stands for. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Characters XML 1.0 cannot carry at all (control characters other than tab, LF, CR; lone surrogates' mates are kept). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/** Text safe as character data or as a double-quoted attribute value. */
export function escapeXml(s: string): string {
  // A CR written as such comes back as LF (XML 1.0 §2.11): as a character reference it stays.
  return s.replace(NOT_XML, "").replace(/[&<>"\r]/g, (ch) => ESCAPES[ch]);
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's text (`r="A1" t="s"`), prefixes dropped (`r:id` → `id`). */
export function attributes(tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagText.matchAll(ATTRIBUTE)) {
    const name = m[1].includes(":") && !m[1].startsWith("xmlns") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    out[name] = unescapeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** A start tag's attributes: quoted values may hold '>' (XML allows it unescaped there). */
export const TAG_BODY = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

/** Each element named `name` (any prefix): its attributes and its inner text (null when self-closed). */
export function elements(xml: string, name: string): { attrs: Record<string, string>; inner: string | null }[] {
  const out: { attrs: Record<string, string>; inner: string | null }[] = [];
  eachElement(xml, name, (attrs, inner) => out.push({ attrs, inner }));
  return out;
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * `visit` called with each element named `name`, as `elements` lists them; its attributes are not read
 * when `withAttributes` is false. No list made, nor a generator resumed per element (slow before the
 * JIT warms up): the shared strings are thousands of elements.
 */
export function eachElement(
  xml: string,
  name: string,
  visit: (attrs: Readonly<Record<string, string>>, inner: string | null) => void,
  withAttributes = true,
): void {
  const open = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])(${TAG_BODY})(/?)>`, "g");
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, "g");
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml))) {
    const attrs = withAttributes ? attributes(m[1]) : NO_ATTRIBUTES;
    if (m[2] === "/") {
      visit(attrs, null);
      continue;
    }
    close.lastIndex = open.lastIndex;
    const end = close.exec(xml);
    visit(attrs, xml.slice(open.lastIndex, end ? end.index : xml.length));
    open.lastIndex = end ? close.lastIndex : xml.length;
  }
}

const PLAIN_T = /^<t(?:\s[^>]*)?>([^<]*)<\/t>$/;

/** The text of a rich-text run list or a plain `<t>`: every `<t>` outside phonetic runs (`<rPh>`), joined. */
export function runText(inner: string): string {
  const plain = PLAIN_T.exec(inner); // the common case, one <t> and nothing else: no scan needed
  if (plain) return decodeEscapedChars(unescapeXml(plain[1]));
  const withoutPhonetic = inner.includes("rPh") ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, "") : inner;
  let text = "";
  for (const t of elements(withoutPhonetic, "t")) text += unescapeXml(t.inner ?? "");
  return decodeEscapedChars(text);
}

/** OOXML writes characters XML cannot hold as `_xHHHH_` (ECMA-376 ST_Xstring); `_x005F_` escapes an underscore. */
export function decodeEscapedChars(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const NEEDS_ENCODING = /[&<>"\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

/** Text as an OOXML string (ST_Xstring): characters XML cannot hold as `_xHHHH_`, and a literal `_xHHHH_` kept literal. */
export function encodeXstring(s: string): string {
  if (!NEEDS_ENCODING.test(s)) return s; // most text: nothing to do, and a plan has tens of thousands of strings
  return escapeXml(
    s
      .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
      .replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}
