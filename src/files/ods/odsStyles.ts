/**
 * The styles of an .ods: cell, column and row styles (automatic styles of content.xml, named as
 * LibreOffice names them: ce1, co1, ro1, ta1), and styles.xml with the fonts, the default cell style,
 * the page layouts and the master pages (a printed sheet's A4 page, margins and footer).
 *
 * Every text style names its font for all three scripts and says the East Asian text is zh-TW:
 * without `style:font-name-asian` and `style:language-asian="zh"` `style:country-asian="TW"`,
 * LibreOffice draws CJK text in its default Asian font for its own locale (a Simplified-Chinese one).
 */
import { PRINT_PAGE, type PrintSpec } from "../../core/sheetSpec";
import { escapeXml } from "../xml";
import { inch, namespaces, ODF_VERSION, pt, spacedText, XML_HEAD } from "./odsXml";

export interface CellLook {
  font: string;
  size: number;
  bold?: boolean;
  /** Horizontal alignment; absent: by value (text left, numbers right). */
  align?: "center";
  vertical: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin black rules: on all four sides, or below only. */
  border?: "all" | "bottom";
  /** Background, "#rrggbb". */
  fill?: string;
}

/** Excel's thin rule as LibreOffice writes it (0.75 pt). */
const THIN = "0.74pt solid #000000";

/** Generic families of the fonts we know; any other is left to the reader. */
const GENERIC: Record<string, string> = { 標楷體: "roman", DFKaiSB: "roman", "DFKai-SB": "roman", 微軟正黑體: "swiss", Calibri: "swiss" };

/** Automatic styles, one per distinct look, named in order of first use. */
class Named<T> {
  private readonly byKey = new Map<string, string>();
  readonly list: { name: string; value: T }[] = [];
  constructor(private readonly prefix: string) {}

  of(value: T, key = JSON.stringify(value)): string {
    let name = this.byKey.get(key);
    if (name === undefined) {
      name = `${this.prefix}${this.list.length + 1}`;
      this.byKey.set(key, name);
      this.list.push({ name, value });
    }
    return name;
  }
}

/** A printed sheet's page: its layout and its master page (the table style names the master page). */
export interface PrintedPage {
  master: string;
  displayName: string;
  print: PrintSpec;
}

/** The styles a document uses, gathered while its content is written. */
export class OdsStyles {
  readonly fonts = new Set<string>();
  private readonly cells = new Named<CellLook>("ce");
  private readonly columns = new Named<number>("co");
  private readonly rows = new Named<{ height?: number; breakBefore: boolean }>("ro");
  private readonly tables = new Named<string>("ta");
  readonly pages: PrintedPage[] = [];

  constructor(readonly defaultFont: string) {
    this.fonts.add("Calibri");
    this.fonts.add(defaultFont);
  }

  cell(look: CellLook): string {
    this.fonts.add(look.font);
    return this.cells.of(look);
  }

  /** A column of this width in points. */
  column(points: number): string {
    return this.columns.of(Number(points.toFixed(3)));
  }

  /** A row of this height in points (absent: LibreOffice's optimal height), starting a page or not. */
  row(height: number | undefined, breakBefore: boolean): string {
    return this.rows.of({ height, breakBefore });
  }

  /** The table style of a sheet printed on its own master page, or on the default one. */
  table(sheetName: string, print: PrintSpec | undefined): string {
    if (!print) return this.tables.of("Default");
    this.fonts.add(print.font);
    const master = `PageStyle${this.pages.length + 1}`;
    this.pages.push({ master, displayName: `PageStyle_${sheetName}`, print });
    return this.tables.of(master);
  }

  /** The automatic styles of content.xml: columns, rows, tables, cells (LibreOffice's order). */
  automaticStyles(): string {
    const out: string[] = [];
    for (const { name, value } of this.columns.list)
      out.push(
        `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${pt(value)}"/></style:style>`,
      );
    for (const { name, value } of this.rows.list) {
      const height =
        value.height === undefined
          ? ` style:use-optimal-row-height="true"`
          : ` style:row-height="${pt(value.height)}" style:use-optimal-row-height="false"`;
      out.push(
        `<style:style style:name="${name}" style:family="table-row"><style:table-row-properties${height} fo:break-before="${value.breakBefore ? "page" : "auto"}"/></style:style>`,
      );
    }
    for (const { name, value } of this.tables.list)
      out.push(
        `<style:style style:name="${name}" style:family="table" style:master-page-name="${value}"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>`,
      );
    for (const { name, value } of this.cells.list) out.push(cellStyleXml(name, value));
    return `<office:automatic-styles>${out.join("")}</office:automatic-styles>`;
  }

  /** office:font-face-decls: every font a style names (content.xml and styles.xml each declare theirs). */
  fontFaces(): string {
    const faces = [...this.fonts].map((f) => {
      const generic = GENERIC[f] ? ` style:font-family-generic="${GENERIC[f]}"` : "";
      // svg:font-family is a CSS font-family list: a name with anything but letters and digits is quoted.
      const family = /^[\p{L}\p{N}-]+$/u.test(f) ? f : `'${f.replace(/'/g, "\\'")}'`;
      return `<style:font-face style:name="${escapeXml(f)}" svg:font-family="${escapeXml(family)}"${generic} style:font-pitch="variable"/>`;
    });
    return `<office:font-face-decls>${faces.join("")}</office:font-face-decls>`;
  }

  /** styles.xml: fonts, the default cell style, each page layout and master page. */
  stylesXml(): string {
    const layouts: string[] = [
      // Sheets not meant for print: A4 with the margins Excel gives a new sheet (as the .xlsx writer writes them).
      pageLayoutXml("pm1", "portrait", { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }, false),
    ];
    const footerStyles = new Named<string>("MT");
    const masters: string[] = [
      `<style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>`,
    ];
    this.pages.forEach((page, i) => {
      const layout = `pm${i + 2}`;
      layouts.push(pageLayoutXml(layout, page.print.orientation, PRINT_PAGE.margins, true));
      const span = footerStyles.of(page.print.font);
      masters.push(
        `<style:master-page style:name="${page.master}" style:display-name="${escapeXml(page.displayName)}" style:page-layout-name="${layout}">` +
          `<style:header style:display="false"/><style:header-left style:display="false"/>` +
          `<style:footer><text:p><text:span text:style-name="${span}">${footerText(page.print.footer)}</text:span></text:p></style:footer>` +
          `<style:footer-left style:display="false"/></style:master-page>`,
      );
    });
    const footerTextStyles = footerStyles.list.map(
      ({ name, value }) =>
        `<style:style style:name="${name}" style:family="text">${textPropertiesXml({ font: value, size: FOOTER_SIZE })}</style:style>`,
    );
    const d = this.defaultFont;
    return (
      XML_HEAD +
      `<office:document-styles${namespaces("office", "style", "text", "table", "fo", "svg", "loext")} office:version="${ODF_VERSION}">` +
      this.fontFaces() +
      `<office:styles>` +
      // The default cell style is Excel's (Calibri 11; LibreOffice turns column widths into Excel's characters by its digits),
      // its East Asian text in the document's font, zh-TW.
      `<style:default-style style:family="table-cell"><style:paragraph-properties style:tab-stop-distance="0.5in"/>` +
      `<style:text-properties style:font-name="Calibri" fo:font-size="11pt" style:font-name-asian="${escapeXml(d)}" style:font-size-asian="11pt" ` +
      `style:language-asian="zh" style:country-asian="TW" style:font-name-complex="Calibri" style:font-size-complex="11pt"/></style:default-style>` +
      `<style:style style:name="Default" style:family="table-cell"/>` +
      `</office:styles>` +
      `<office:automatic-styles>${layouts.join("")}${footerTextStyles.join("")}</office:automatic-styles>` +
      `<office:master-styles>${masters.join("")}</office:master-styles>` +
      `</office:document-styles>`
    );
  }
}

type Margins = { readonly [side in keyof typeof PRINT_PAGE.margins]: number };

/** The footer's size in points (Excel prints a footer in its default 11-pt font; ours is the sheet's font). */
const FOOTER_SIZE = 11;

/** A footer in Excel's codes (&P the page, &N the number of pages, && an ampersand) as ODF text with its fields. */
export function footerText(footer: string): string {
  return footer
    .split(/(&[PN&])/)
    .map((part) =>
      part === "&P"
        ? "<text:page-number>1</text:page-number>"
        : part === "&N"
          ? "<text:page-count>1</text:page-count>"
          : // A space beside a field comes out as text:s (spacedText), as LibreOffice writes it: no reader collapses it.
            spacedText(part === "&&" ? "&" : part),
    )
    .join("");
}

/**
 * An A4 page: orientation, margins (inches, as Excel and PRINT_PAGE give them). A printed sheet's page is
 * centred horizontally, one page wide, with its footer in the bottom margin, as LibreOffice imports the same
 * page from an .xlsx: the page's bottom margin is the footer's distance from the edge, and the footer's
 * height the rest of Excel's bottom margin, so the table ends where Excel's does.
 */
function pageLayoutXml(name: string, orientation: "portrait" | "landscape", m: Margins, printed: boolean): string {
  const [width, height] = orientation === "portrait" ? ["210mm", "297mm"] : ["297mm", "210mm"];
  const fit = printed ? ` loext:scale-to-X="1" style:table-centering="horizontal"` : "";
  const footerHeight = (m.bottom - m.footer) * 72; // points
  // The footer's own line (its font at 1.4 times its size) sits at the foot; the rest of its height is spacing above it.
  const spacing = Math.max(0, footerHeight - FOOTER_SIZE * 1.4);
  const footer = printed
    ? `<style:footer-style><style:header-footer-properties fo:min-height="${pt(footerHeight)}" fo:margin-left="0in" fo:margin-right="0in" fo:margin-top="${pt(spacing)}"/></style:footer-style>`
    : "";
  return (
    `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${width}" fo:page-height="${height}" style:num-format="1" ` +
    `style:print-orientation="${orientation}" fo:margin-top="${inch(m.top)}" fo:margin-bottom="${inch(printed ? m.footer : m.bottom)}" ` +
    `fo:margin-left="${inch(m.left)}" fo:margin-right="${inch(m.right)}" style:print-page-order="ttb" style:first-page-number="continue"${fit} ` +
    `style:writing-mode="lr-tb" style:print="objects charts drawings zero-values"/>` +
    `<style:header-style/>${footer || "<style:footer-style/>"}</style:page-layout>`
  );
}

/** A text style's properties: the font for Latin, Asian (zh-TW) and complex scripts alike. */
function textPropertiesXml(look: Pick<CellLook, "font" | "size" | "bold">): string {
  const font = escapeXml(look.font);
  const size = pt(look.size);
  const weight = look.bold ? "bold" : "normal";
  return (
    `<style:text-properties style:font-name="${font}" fo:font-size="${size}" fo:font-weight="${weight}" ` +
    `style:font-name-asian="${font}" style:font-size-asian="${size}" style:font-weight-asian="${weight}" style:language-asian="zh" style:country-asian="TW" ` +
    `style:font-name-complex="${font}" style:font-size-complex="${size}" style:font-weight-complex="${weight}"/>`
  );
}

function cellStyleXml(name: string, look: CellLook): string {
  const border = look.border === "all" ? ` fo:border="${THIN}"` : look.border === "bottom" ? ` fo:border-bottom="${THIN}"` : "";
  const fill = look.fill ? ` fo:background-color="${look.fill}"` : "";
  const source = look.align ? "fix" : "value-type";
  return (
    `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default">` +
    `<style:table-cell-properties style:text-align-source="${source}" style:repeat-content="false"${fill} fo:wrap-option="${look.wrap ? "wrap" : "no-wrap"}"${border} ` +
    `style:vertical-align="${look.vertical}"/>` +
    (look.align ? `<style:paragraph-properties fo:text-align="${look.align}"/>` : "") +
    textPropertiesXml(look) +
    `</style:style>`
  );
}
