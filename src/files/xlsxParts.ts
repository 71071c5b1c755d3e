/**
 * SheetSpecs → the parts of a new .xlsx, generated fresh (the input is never modified, nor read back
 * and rewritten). Our own writer of the few parts a plan needs: ExcelJS took three quarters of
 * `impose --out` on a 5,000-measure plan and is not needed to write this little. No Node here: the
 * CLI zips the parts with Node's zlib (xlsxWrite.ts), the pane with fflate (its export step).
 */
import { columnLetter } from "../core/grid";
import type { SheetSpec } from "../core/sheetSpec";
import { PartWriter } from "./partWriter";
import { encodeXstring, escapeXml } from "./xml";
import { PRINT_STYLE_COUNT, SharedStrings, STYLE, tableXml, worksheetXml } from "./xlsxSheet";

const CREATOR = "提升服務計畫助手";
/** The font of our sheets' text; 微軟正黑體 ships with every Windows and Office in Taiwan. */
const FONT = "微軟正黑體";

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The package's parts, in the order they are zipped ([Content_Types].xml first). */
export function workbookParts(specs: SheetSpec[], now = new Date()): [string, Uint8Array][] {
  const strings = new SharedStrings();
  const files: Record<string, string | Uint8Array> = {};
  const overrides: [string, string][] = [
    ["/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
    ["/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"],
    ["/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  let tables = 0;
  // Each printed font gets its five styles after ours (xlsxSheet.ts PRINT_STYLE).
  const printFonts = [...new Set(specs.flatMap((s) => (s.print ? [printFontKey(s.print)] : [])))];
  const printBase = (spec: SheetSpec) =>
    spec.print ? Object.keys(STYLE).length + PRINT_STYLE_COUNT * printFonts.indexOf(printFontKey(spec.print)) : undefined;
  specs.forEach((spec, i) => {
    const n = i + 1;
    let tableRelId: string | undefined;
    if (spec.table) {
      tables++;
      tableRelId = "rId1";
      files[`xl/tables/table${tables}.xml`] = tableXml(spec, tables, spec.table.name);
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = relationships([[tableRelId, `${REL_NS}/table`, `../tables/table${tables}.xml`]]);
      overrides.push([`/xl/tables/table${tables}.xml`, "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"]);
    }
    files[`xl/worksheets/sheet${n}.xml`] = worksheetXml(spec, strings, { selected: i === 0, tableRelId, printBase: printBase(spec) });
    overrides.push([`/xl/worksheets/sheet${n}.xml`, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"]);
  });
  files["xl/workbook.xml"] =
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
    specs.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets>${printNames(specs)}</workbook>`;
  files["xl/_rels/workbook.xml.rels"] = relationships([
    ...specs.map((_, i): [string, string, string] => [`rId${i + 1}`, `${REL_NS}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
    [`rId${specs.length + 1}`, `${REL_NS}/styles`, "styles.xml"],
    [`rId${specs.length + 2}`, `${REL_NS}/sharedStrings`, "sharedStrings.xml"],
  ]);
  files["xl/styles.xml"] = stylesXml(printFonts.map((k) => JSON.parse(k) as [string, number]));
  files["xl/sharedStrings.xml"] = sharedStringsXml(strings);
  files["docProps/core.xml"] =
    XML_HEAD +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${CREATOR}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now.toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created></cp:coreProperties>`;
  files["docProps/app.xml"] =
    XML_HEAD +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${CREATOR}</Application></Properties>`;
  files["_rels/.rels"] = relationships([
    ["rId1", `${REL_NS}/officeDocument`, "xl/workbook.xml"],
    ["rId2", `${PACKAGE_REL_NS}/metadata/core-properties`, "docProps/core.xml"],
    ["rId3", `${REL_NS}/extended-properties`, "docProps/app.xml"],
  ]);
  files["[Content_Types].xml"] =
    XML_HEAD +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    `</Types>`;

  // The content types first, as Office writes them (some readers look for it at the start).
  const ordered = ["[Content_Types].xml", ...Object.keys(files).filter((f) => f !== "[Content_Types].xml")];
  const encoder = new TextEncoder();
  return ordered.map((f) => {
    const part = files[f];
    return [f, typeof part === "string" ? encoder.encode(part) : part];
  });
}

/** The shared strings part; xml:space="preserve" only where it matters, on text that starts or ends with white space (as openpyxl writes it). */
function sharedStringsXml(strings: SharedStrings): Uint8Array {
  // Room for each text at three bytes a character (UTF-8's most for Chinese) and its tags.
  // Indexed loops: a for-of allocates per step in code not yet optimised (a plan has tens of thousands of strings).
  const list = strings.list;
  let most = 1024;
  for (let i = 0; i < list.length; i++) most += 3 * list[i].length + 48;
  const out = new PartWriter(most);
  out.write(XML_HEAD + `<sst xmlns="${MAIN_NS}" count="${strings.count}" uniqueCount="${list.length}">`);
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    out.write(EDGE_SPACE.test(t) ? `<si><t xml:space="preserve">${encodeXstring(t)}</t></si>` : `<si><t>${encodeXstring(t)}</t></si>`);
  }
  out.write(`</sst>`);
  return out.done();
}

const EDGE_SPACE = /^\s|\s$/;

function relationships(rels: [string, string, string][]): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("") +
    `</Relationships>`
  );
}

const printFontKey = (print: NonNullable<SheetSpec["print"]>) => JSON.stringify([print.font, print.fontSize]);

/** Each printed sheet's print titles (its header row, on every page) and print area (all it holds). */
function printNames(specs: SheetSpec[]): string {
  const names = specs.flatMap((s, i) => {
    if (!s.print) return [];
    const sheet = `'${escapeXml(s.name.replace(/'/g, "''"))}'`;
    const header = s.print.titleRows + 1;
    const width = s.rows.reduce((w, r) => Math.max(w, r.length), s.columns?.length ?? 1);
    const area = `$A$1:$${columnLetter(width - 1)}$${Math.max(s.rows.length, 1)}`;
    return [
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sheet}!$${header}:$${header}</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${sheet}!${area}</definedName>`,
    ];
  });
  return names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
}

const THIN = `<color auto="1"/>`;

/**
 * The cell styles xlsxSheet.ts's STYLE names (plain, body, body wrapped at the top, header: bold,
 * centred, shaded, ruled), then PRINT_STYLE's five for each printed font: caption, title (bold,
 * larger, centred), header (bold, centred, ruled), body (wrapped, at the top, ruled), body centred.
 */
function stylesXml(printFonts: [string, number][]): string {
  const fonts = [
    `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`,
    `<font><sz val="12"/><name val="${FONT}"/><family val="2"/><charset val="136"/></font>`,
    `<font><b/><sz val="12"/><name val="${FONT}"/><family val="2"/><charset val="136"/></font>`,
  ];
  const xfs = [
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`,
    `<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`,
  ];
  for (const [name, size] of printFonts) {
    const font = (bold: boolean, sz: number) =>
      `<font>${bold ? "<b/>" : ""}<sz val="${sz}"/><name val="${escapeXml(name)}"/><family val="1"/><charset val="136"/></font>`;
    const regular = fonts.push(font(false, size)) - 1;
    const bold = fonts.push(font(true, size)) - 1;
    const large = fonts.push(font(true, Math.round(size * 1.5))) - 1;
    const xf = (fontId: number, border: number, alignment: string) =>
      `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="${border}" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment ${alignment}/></xf>`;
    xfs.push(
      xf(regular, 0, `vertical="center"`),
      xf(large, 0, `horizontal="center" vertical="center" wrapText="1"`),
      xf(bold, 2, `horizontal="center" vertical="center" wrapText="1"`),
      xf(regular, 2, `vertical="top" wrapText="1"`),
      xf(regular, 2, `horizontal="center" vertical="center" wrapText="1"`),
    );
  }
  return (
    XML_HEAD +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
    `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>` +
    `<borders count="3"><border><left/><right/><top/><bottom/><diagonal/></border>` +
    `<border><left/><right/><top/><bottom style="thin">${THIN}</bottom><diagonal/></border>` +
    `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>`
  );
}
