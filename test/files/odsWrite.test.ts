/**
 * The .ods writer (issue 14), read back by readers we did not write:
 * - the package by Python's zipfile and xml.etree: `mimetype` first and stored, at the offset ODF's
 *   magic number needs; the manifest listing every file; each part well-formed, ODF 1.2; what the
 *   parts say (cells, merges, header rows, page breaks, row heights, print range, A4, fit to width,
 *   footer fields, zh-TW fonts) against the spec;
 * - LibreOffice headless: the .ods to CSV (read by Python's csv), cell by cell equal to the spec; to
 *   .xlsx (read by openpyxl), LibreOffice's own reading of widths, heights, merges and print setup;
 *   to PDF (pdfinfo, pdftotext, pdffonts), the builder's pages, each with its header row and
 *   「第 n 頁，共 N 頁」, drawn in 標楷體 (as AR PL UKai TW) and no other font; page 1 as a PNG to look at;
 * - text that looks like XML or a formula comes back as the same text.
 * The annexes are built as annexPrint.test.ts builds them: seed 004's 附件一 and 附件二 (with year-end
 * results), seed 000's plan table.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildAnnex, type AnnexKind } from "../../src/core/annex/annexes";
import { type CellValue } from "../../src/core/grid";
import { PRINT_PAGE, type SheetSpec } from "../../src/core/sheetSpec";
import { footerText } from "../../src/files/ods/odsStyles";
import { paragraphs } from "../../src/files/ods/odsXml";
import { ODS_MEDIA_TYPE, writeOds } from "../../src/files/odsWrite";
import {
  DEBIAN_PYTHON,
  describeWithPackage,
  hasFontFamily,
  hasLibreOffice,
  hasOpenpyxl,
  hasPoppler,
  kaiFontconfig,
  libreOfficeConvert,
  python,
} from "../support/debian";
import { annexFixture } from "./annexExportFixture";

const CASES: [string, AnnexKind][] = [
  ["seed004", "measures"],
  ["seed004", "results"],
  ["seed000", "plan"],
];
const CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ods-write-"));
for (const sub of ["csv", "xlsx", "pdf"]) fs.mkdirSync(path.join(dir, sub));

async function annexSpec(seed: string, kind: AnnexKind): Promise<SheetSpec> {
  const { plan, framework, title } = await annexFixture(seed, kind);
  return buildAnnex(kind, plan, framework, title);
}

async function odsFile(seed: string, kind: AnnexKind) {
  const spec = await annexSpec(seed, kind);
  const file = path.join(dir, `${seed}-${kind}.ods`);
  fs.writeFileSync(file, writeOds([spec]));
  return { file, spec };
}

/** A spec's cells as text, each row as wide as the widest: what a CSV of the sheet holds. */
function expectedCells(spec: SheetSpec): string[][] {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), spec.columns?.length ?? 0);
  return spec.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v: CellValue = row[c] ?? null;
      return v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v).replace(/\r\n?/g, "\n");
    }),
  );
}

/** A CSV file's rows by Python's csv module, padded to one width. */
function csvRows(file: string, width: number): string[][] {
  const rows = python(
    `import csv,json,sys
print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))))`,
    file,
  ) as string[][];
  return rows.map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill("")]);
}

/** The package as Python reads it: its zip entries, the bytes at ODF's magic offset, the manifest, each part's version, and content.xml's table and styles.xml's page. */
const INSPECT = `import json,sys,zipfile,xml.etree.ElementTree as ET
NS={"office":"urn:oasis:names:tc:opendocument:xmlns:office:1.0","style":"urn:oasis:names:tc:opendocument:xmlns:style:1.0",
 "text":"urn:oasis:names:tc:opendocument:xmlns:text:1.0","table":"urn:oasis:names:tc:opendocument:xmlns:table:1.0",
 "fo":"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0","loext":"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
 "manifest":"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"}
def q(n):
  p,l=n.split(":"); return "{%s}%s"%(NS[p],l)
path=sys.argv[1]; z=zipfile.ZipFile(path); raw=open(path,"rb").read()
parts={n: ET.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}
content=parts["content.xml"]; styles=parts["styles.xml"]
auto={s.get(q("style:name")): s for s in content.find("office:automatic-styles",NS)}
def prop(style,el,attr):
  s=auto.get(style)
  if s is None: return None
  e=s.find(el,NS)
  return None if e is None else e.get(q(attr))
table=content.find(".//table:table",NS)
rows=[]
for el in table:
  group=el.tag==q("table:table-header-rows")
  for row in (list(el) if group else [el] if el.tag==q("table:table-row") else []):
    cells=[]
    for cell in row:
      for _ in range(int(cell.get(q("table:number-columns-repeated"),"1"))):
        cells.append({"covered": cell.tag==q("table:covered-table-cell"),
          "text": "\\n".join("".join(p.itertext()) for p in cell.findall("text:p",NS)),
          "type": cell.get(q("office:value-type")), "formula": cell.get(q("table:formula")),
          "span": [int(cell.get(q("table:number-rows-spanned"),"1")), int(cell.get(q("table:number-columns-spanned"),"1"))]})
    st=row.get(q("table:style-name"))
    rows.append({"header": group, "height": prop(st,"style:table-row-properties","style:row-height"),
      "break": prop(st,"style:table-row-properties","fo:break-before"), "cells": cells})
fonts=[[e.get(q("style:font-name")),e.get(q("style:font-name-asian")),e.get(q("style:language-asian")),e.get(q("style:country-asian"))]
  for root in (content,styles) for e in root.iter(q("style:text-properties"))]
master=styles.find(".//style:master-page[@style:name='%s']"%auto[table.get(q("table:style-name"))].get(q("style:master-page-name")),NS)
layout=styles.find(".//style:page-layout[@style:name='%s']/style:page-layout-properties"%master.get(q("style:page-layout-name")),NS)
footer=master.find("style:footer",NS)
print(json.dumps({
 "entries": [[i.filename, i.compress_type, len(i.extra)] for i in z.infolist()],
 "magic": raw[30:38+len("${ODS_MEDIA_TYPE}")].decode("utf-8","replace"),
 "mimetype": z.read("mimetype").decode("utf-8"),
 "manifest": [e.get(q("manifest:full-path")) for e in parts["META-INF/manifest.xml"].findall("manifest:file-entry",NS)],
 "rootType": [e.get(q("manifest:media-type")) for e in parts["META-INF/manifest.xml"].findall("manifest:file-entry",NS) if e.get(q("manifest:full-path"))=="/"],
 "versions": {n: r.get(q("office:version")) or r.get(q("manifest:version")) for n,r in parts.items()},
 "name": table.get(q("table:name")), "printRanges": table.get(q("table:print-ranges")),
 "rows": rows, "fonts": fonts,
 "page": {k: layout.get(q(k)) for k in ["fo:page-width","fo:page-height","style:print-orientation","fo:margin-top","fo:margin-left","fo:margin-right","loext:scale-to-X","style:table-centering"]},
 "footer": {"text": "".join(footer.itertext()), "pageNumber": len(footer.findall(".//text:page-number",NS)), "pageCount": len(footer.findall(".//text:page-count",NS))},
}))`;

interface Inspected {
  entries: [string, number, number][];
  magic: string;
  mimetype: string;
  manifest: string[];
  rootType: string[];
  versions: Record<string, string>;
  name: string;
  printRanges: string;
  rows: {
    header: boolean;
    height: string | null;
    break: string | null;
    cells: { covered: boolean; text: string; type: string | null; formula: string | null; span: [number, number] }[];
  }[];
  fonts: (string | null)[][];
  page: Record<string, string | null>;
  footer: { text: string; pageNumber: number; pageCount: number };
}

describe("the .ods writer's text and reach", () => {
  it("writes each line as a paragraph and keeps the white space ODF would collapse", () => {
    expect(paragraphs("第一行\n第二行\r\n\r第四行")).toBe("<text:p>第一行</text:p><text:p>第二行</text:p><text:p/><text:p>第四行</text:p>");
    expect(paragraphs("a b")).toBe("<text:p>a b</text:p>");
    expect(paragraphs("  a  b\tc ")).toBe('<text:p><text:s text:c="2"/>a <text:s/>b<text:tab/>c<text:s/></text:p>');
    expect(paragraphs('<b>&"')).toBe("<text:p>&lt;b&gt;&amp;&quot;</text:p>");
  });

  it("turns Excel's footer codes into ODF's page fields", () => {
    expect(footerText("第 &P 頁，共 &N 頁")).toBe(
      "第<text:s/><text:page-number>1</text:page-number><text:s/>頁，共<text:s/><text:page-count>1</text:page-count><text:s/>頁",
    );
    expect(footerText("A&&B <x>")).toBe("A&amp;B &lt;x&gt;");
  });

  it("refuses to write a spreadsheet of no sheet", () => {
    expect(() => writeOds([])).toThrow(RangeError);
  });

  it("reaches no Node module, through any of its imports: the pane's export runs it in the browser", () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*? from "([^"]+)"/gm)) {
        if (!spec.startsWith(".")) packages.add(spec);
        else visit(path.resolve(path.dirname(file), spec) + ".ts");
      }
    };
    visit(path.join(__dirname, "..", "..", "src", "files", "odsWrite.ts"));
    expect(seen.size).toBeGreaterThan(3);
    expect([...packages]).toEqual(["fflate"]);
  });
});

describeWithPackage("python3", fs.existsSync(DEBIAN_PYTHON))("the .ods package, read by Python's zipfile and xml.etree", () => {
  it.each(CASES)(
    "%s %s: mimetype first and stored, the manifest lists every file, ODF 1.2 parts well-formed, and they say what the spec says",
    async (seed, kind) => {
      const { file, spec } = await odsFile(seed, kind);
      const print = spec.print!;
      const read = python(INSPECT, file) as Inspected;

      // The package (ODF 1.2 Part 3 §3.3): mimetype first, stored, no extra field, so its text sits at byte 38.
      expect(read.entries[0]).toEqual(["mimetype", 0, 0]);
      expect(read.mimetype).toBe("application/vnd.oasis.opendocument.spreadsheet");
      expect(read.magic).toBe(`mimetype${read.mimetype}`);
      const files = read.entries.map(([name]) => name).filter((n) => n !== "mimetype" && n !== "META-INF/manifest.xml");
      expect([...read.manifest].sort()).toEqual(["/", ...files].sort());
      expect(read.rootType).toEqual([read.mimetype]);
      expect(files).toEqual(expect.arrayContaining(["content.xml", "styles.xml", "meta.xml"]));
      expect(read.versions).toEqual({ "content.xml": "1.2", "styles.xml": "1.2", "meta.xml": "1.2", "META-INF/manifest.xml": "1.2" });

      // Cells: the spec's text as string cells; a merge's first cell spans it, the rest covered and empty.
      expect(read.name).toBe(spec.name);
      const expected = expectedCells(spec);
      expect(read.rows.map((r) => r.cells.map((c) => c.text))).toEqual(expected);
      const cells = read.rows.flatMap((r) => r.cells);
      expect(cells.every((c) => c.formula === null && (c.text === "" || c.type === "string"))).toBe(true);
      const covered = new Set((spec.merges ?? []).flatMap((m) => cellsOf(m).slice(1)));
      const spans = new Map((spec.merges ?? []).map((m) => [`${m.top},${m.left}`, [m.bottom - m.top + 1, m.right - m.left + 1]]));
      read.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          expect([r, c, cell.covered]).toEqual([r, c, covered.has(`${r},${c}`)]);
          expect([r, c, cell.span]).toEqual([r, c, spans.get(`${r},${c}`) ?? [1, 1]]);
        }),
      );

      // The header row repeated on every page, the builder's page breaks and row heights.
      expect(read.rows.flatMap((r, i) => (r.header ? [i] : []))).toEqual([print.titleRows]);
      expect(read.rows.flatMap((r, i) => (r.break === "page" ? [i] : []))).toEqual(print.pageBreaks);
      expect(read.rows.map((r) => r.height)).toEqual(spec.rows.map((_, r) => `${spec.rowHeights![r]}pt`));

      // The print range, A4 portrait with PRINT_PAGE's margins, centred, one page wide, the footer page n of N.
      const last = String.fromCharCode(64 + spec.columns!.length);
      const sheet = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(spec.name) ? spec.name : `'${spec.name}'`;
      expect(read.printRanges).toBe(`${sheet}.A1:${sheet}.${last}${spec.rows.length}`);
      expect(read.page).toEqual({
        "fo:page-width": "210mm",
        "fo:page-height": "297mm",
        "style:print-orientation": "portrait",
        "fo:margin-top": `${PRINT_PAGE.margins.top}in`,
        "fo:margin-left": `${PRINT_PAGE.margins.left}in`,
        "fo:margin-right": `${PRINT_PAGE.margins.right}in`,
        "loext:scale-to-X": "1",
        "style:table-centering": "horizontal",
      });
      // The fields' text is LibreOffice's placeholder; it prints the page and the count.
      expect(read.footer).toEqual({ text: "第1頁，共1頁", pageNumber: 1, pageCount: 1 });

      // Every text style (cells and footer) names 標楷體 for Latin and East Asian text, and says the latter is zh-TW.
      const cellFonts = read.fonts.filter(([latin]) => latin !== "Calibri");
      expect(cellFonts.length).toBeGreaterThan(0);
      for (const f of cellFonts) expect(f).toEqual([print.font, print.font, "zh", "TW"]);
      for (const f of read.fonts) expect(f.slice(1)).toEqual([print.font, "zh", "TW"]);
    },
  );
});

const cellsOf = (m: { top: number; left: number; bottom: number; right: number }) => {
  const out: string[] = [];
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) out.push(`${r},${c}`);
  return out;
};

describeWithPackage("libreoffice-calc-nogui", hasLibreOffice())("the .ods read by LibreOffice", () => {
  it.each(CASES)(
    "%s %s: converted to CSV, every cell is the spec's (a merge's text in its first cell)",
    async (seed, kind) => {
      const { file, spec } = await odsFile(seed, kind);
      const csv = libreOfficeConvert(file, CSV_UTF8, path.join(dir, "csv"));
      const expected = expectedCells(spec);
      expect(csvRows(csv, expected[0].length)).toEqual(expected);
    },
    120_000,
  );

  it("text that looks like XML or a formula, and white space, come back as the same text; numbers as numbers", () => {
    const rows: CellValue[][] = [
      ["<b>粗體</b>", "&", "&amp;", "=SUM(A1)", "+1", "-2", "@x"],
      ["a  b", "  前導空白", "尾端空白  ", '"引號"', "'單引號", "]]>", "第一行\n第二行\r\n第三行"],
      [42, 3.5, -0.25, "007", "1e3", " ", "</text:p><text:p>"],
    ];
    const file = path.join(dir, "tricky.ods");
    fs.writeFileSync(file, writeOds([{ name: "測試 'sheet'", rows }]));
    const csv = libreOfficeConvert(file, CSV_UTF8, path.join(dir, "csv"));
    expect(csvRows(csv, 7)).toEqual(rows.map((r) => r.map((v) => String(v).replace(/\r\n/g, "\n"))));
  }, 120_000);
});

describeWithPackage("libreoffice-calc-nogui, python3-openpyxl", hasLibreOffice() && hasOpenpyxl())(
  "the .ods as LibreOffice reads it, saved as .xlsx and read by openpyxl",
  () => {
    it.each(CASES)(
      "%s %s: column widths in Excel's characters, row heights, merges, header row, print area, breaks, A4 one page wide, centred, footer",
      async (seed, kind) => {
        const { file, spec } = await odsFile(seed, kind);
        const xlsx = libreOfficeConvert(file, "xlsx", path.join(dir, "xlsx"));
        const read = python(
          `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({"title": ws.title,
 "widths": [ws.column_dimensions[chr(65+c)].width for c in range(int(sys.argv[2]))],
 "heights": [ws.row_dimensions[r].height for r in range(1, ws.max_row+1)],
 "merges": sorted(str(m) for m in ws.merged_cells.ranges),
 "titles": ws.print_title_rows, "area": ws.print_area, "breaks": [x.id for x in ws.row_breaks.brk],
 "paper": ws.page_setup.paperSize, "orientation": ws.page_setup.orientation,
 "fit": [ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight],
 "centred": ws.print_options.horizontalCentered, "footer": ws.oddFooter.center.text,
 "font": ws.cell(row=int(sys.argv[3])+1, column=3).font.name, "bold": ws.cell(row=int(sys.argv[3]), column=1).font.b,
 "borders": [getattr(ws.cell(row=int(sys.argv[3])+1, column=3).border, s).style for s in ("left","right","top","bottom")],
 "wrap": ws.cell(row=int(sys.argv[3])+1, column=3).alignment.wrap_text}))`,
          xlsx,
          String(spec.columns!.length),
          String(spec.print!.titleRows + 1),
        ) as { widths: number[]; heights: number[]; merges: string[]; area: string[] | string } & Record<string, unknown>;
        // LibreOffice turns widths in points back into characters of its own default font's digits: near, not exact.
        read.widths.forEach((w, c) => expect(Math.abs(w - spec.columns![c].width)).toBeLessThan(0.05 * spec.columns![c].width + 0.5));
        expect(read.heights).toEqual(spec.rows.map((_, r) => spec.rowHeights![r]));
        const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
        expect(read.merges).toEqual((spec.merges ?? []).map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort());
        const header = spec.print!.titleRows + 1;
        expect(read).toMatchObject({
          title: spec.name,
          titles: `$${header}:$${header}`,
          breaks: spec.print!.pageBreaks,
          paper: 9,
          orientation: "portrait",
          fit: [true, 1, 0],
          centred: true,
          footer: spec.print!.footer,
          font: spec.print!.font,
          bold: true,
          borders: ["thin", "thin", "thin", "thin"],
          wrap: true,
        });
        expect(String(read.area)).toMatch(
          new RegExp(`\\$A\\$1:\\$${String.fromCharCode(64 + spec.columns!.length)}\\$${spec.rows.length}`),
        );
      },
      120_000,
    );
  },
);

describeWithPackage("libreoffice-calc-nogui, python3-openpyxl", hasLibreOffice() && hasOpenpyxl())(
  "several sheets, one not meant for print, as LibreOffice reads them",
  () => {
    it("keeps each sheet in order with its values, the header bold and shaded, a hidden column hidden, widths in characters", async () => {
      const plain: SheetSpec = {
        name: "計畫表",
        columns: [
          { header: "編號", width: 10 },
          { header: "具體作法", width: 30, wrap: true },
          { header: "備註", width: 8, hidden: true },
        ],
        rows: [
          ["編號", "具體作法", "備註"],
          ["1-1-1", "服務\n親切", null],
          ["1-1-2", 12, true],
        ],
      };
      const annex = await annexSpec("seed004", "measures");
      const file = path.join(dir, "two-sheets.ods");
      fs.writeFileSync(file, writeOds([plain, annex]));
      const xlsx = libreOfficeConvert(file, "xlsx", path.join(dir, "xlsx"));
      const read = python(
        `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]
print(json.dumps({"names": wb.sheetnames, "rows": [list(r) for r in ws.iter_rows(values_only=True)],
 "header": [ws["A1"].font.b, ws["A1"].fill.fgColor.rgb, ws["A1"].alignment.horizontal, ws["A1"].border.bottom.style],
 "body": [ws["B2"].font.name, ws["B2"].alignment.wrap_text, ws["B2"].alignment.vertical],
 "widths": [ws.column_dimensions[c].width for c in "ABC"], "hidden": [ws.column_dimensions[c].hidden for c in "ABC"],
 "printed": wb.worksheets[1].print_title_rows}))`,
        xlsx,
      ) as { widths: number[] } & Record<string, unknown>;
      expect(read).toMatchObject({
        names: ["計畫表", annex.name],
        rows: [
          ["編號", "具體作法", "備註"],
          ["1-1-1", "服務\n親切", null],
          ["1-1-2", 12, true],
        ],
        header: [true, "FFDDEBF7", "center", "thin"],
        body: ["微軟正黑體", true, "top"],
        hidden: [false, false, true],
        printed: `$${annex.print!.titleRows + 1}:$${annex.print!.titleRows + 1}`,
      });
      read.widths.forEach((w, c) => expect(Math.abs(w - plain.columns![c].width)).toBeLessThan(0.05 * plain.columns![c].width + 0.5));
    }, 120_000);
  },
);

const canPrint = hasLibreOffice() && hasPoppler() && hasFontFamily("AR PL UKai TW");
describeWithPackage("libreoffice-calc-nogui, poppler-utils, fonts-arphic-ukai", canPrint)("the .ods printed by LibreOffice", () => {
  const pdfText = (pdf: string, page: number) =>
    spawnSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");

  it.each(CASES)(
    "%s %s: the pages the builder laid out, each with the header row and its page number, in 標楷體 drawn as UKai only",
    async (seed, kind) => {
      const { file, spec } = await odsFile(seed, kind);
      const out = path.join(dir, "pdf");
      const pdf = libreOfficeConvert(file, "pdf", out, { ...process.env, FONTCONFIG_FILE: kaiFontconfig(dir) });
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
      expect(pages).toBe(spec.print!.pageBreaks.length + 1);
      const header = spec.rows[spec.print!.titleRows].map(String);
      for (let p = 1; p <= pages; p++) {
        const text = pdfText(pdf, p);
        for (const h of header) expect(text).toContain(h);
        expect(text).toContain(`第${p}頁，共${pages}頁`);
      }
      // Every font on the pages is UKai: no CJK fell back to a Simplified-Chinese font (or any other).
      const fonts = spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout.split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^\S*UKai/);
      spawnSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", pdf, path.join(out, `${seed}-${kind}`)]);
      console.log(`${seed} ${kind}: ${pages} page(s); page 1 as PNG in ${out}`);
    },
    120_000,
  );
});
