/**
 * Our own PDF renderer (issue 14: the pane's PDF, and the CLI's without LibreOffice), read back by
 * readers we did not write:
 * - the font's coverage (our cmap reader) against fontkit's, on Noto Serif TC (format 12) and Carlito
 *   (format 4), and on a format-4 table built here with both of its mappings (delta and glyph array);
 * - the PDF by poppler: pdfinfo's pages are the builder's, pdftotext finds every cell's text and each
 *   page's header row and 「第 n 頁，共 N 頁」, pdffonts shows only Noto Serif TC, embedded as a subset
 *   with a Unicode map; page 1 rendered to PNG to look at;
 * - a character the font lacks (𠀋, U+2000B) is listed with its cell and drawn as 〓, not as a box.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildAnnex, type AnnexKind } from "../../src/core/annex/annexes";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { readPdfFonts } from "../../src/cli/pdfFonts";
import { fontCoverage, FontFileError } from "../../src/files/pdf/fontCoverage";
import { footerLine, MISSING_MARK, pdfDocument } from "../../src/files/pdf/pdfDocument";
import { writePdf } from "../../src/files/pdf/pdfWrite";
import { describeWithPackage, hasPoppler } from "../support/debian";
import { annexFixture, withMeasures } from "./annexExportFixture";

// fontkit: the font reader pdfkit uses (a dependency of pdfmake), as the independent judge of coverage.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require("fontkit") as { create(b: Buffer): { hasGlyphForCodePoint(cp: number): boolean } };

const fonts = readPdfFonts();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-write-"));

describe("fontCoverage", () => {
  /** Code points to compare: ASCII, CJK punctuation, the Big5 range, a sample of the rest, Extension B. */
  const sample = () => {
    const out: number[] = [];
    for (let cp = 0x20; cp < 0x3100; cp += 3) out.push(cp);
    for (let cp = 0x4e00; cp < 0xa000; cp += 7) out.push(cp);
    for (let cp = 0xa000; cp < 0x10000; cp += 97) out.push(cp);
    for (let cp = 0x20000; cp < 0x2a6e0; cp += 101) out.push(cp);
    return out;
  };

  it.each([
    ["Noto Serif TC (format 12)", () => Buffer.from(fonts.regular)],
    ["Carlito", () => fs.readFileSync("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf")],
  ])("agrees with fontkit on %s", (_, bytes) => {
    const font = bytes();
    const ours = fontCoverage(font);
    const theirs = fontkit.create(font);
    const differ = sample().filter((cp) => ours(cp) !== theirs.hasGlyphForCodePoint(cp));
    expect(differ).toEqual([]);
  });

  it("knows Noto Serif TC has 中 and 〓 but not 𠀋", () => {
    const has = fontCoverage(fonts.regular);
    expect([0x4e2d, 0x3013, 0x41].map(has)).toEqual([true, true, true]);
    expect(has(0x2000b)).toBe(false);
  });

  it("reads both mappings of a format-4 subtable", () => {
    // Segment 1: A–C by delta (glyphs 1–3); segment 2: 一 丁 丂 through the glyph array (glyphs 7, 0, 9); the 0xFFFF end.
    const segments = [
      { start: 0x41, end: 0x43, delta: 1 - 0x41, glyphs: null },
      { start: 0x4e00, end: 0x4e02, delta: 0, glyphs: [7, 0, 9] },
      { start: 0xffff, end: 0xffff, delta: 1, glyphs: null },
    ];
    const n = segments.length;
    const words: number[] = [4, 0, 0, n * 2, 0, 0, 0, ...segments.map((s) => s.end), 0, ...segments.map((s) => s.start)];
    words.push(...segments.map((s) => s.delta & 0xffff));
    // idRangeOffset: bytes from the offset's own place to its glyphs in the array after the offsets.
    const array = segments.flatMap((s) => s.glyphs ?? []);
    let before = 0;
    words.push(
      ...segments.map((s, i) => {
        if (!s.glyphs) return 0;
        const offset = (n - i) * 2 + before * 2;
        before += s.glyphs.length;
        return offset;
      }),
      ...array,
    );
    // cmap: version 0, one record (3,1) whose 32-bit offset, 12, is written as two words; then the subtable.
    const cmap = [0, 1, 3, 1, 0, 12, ...words];
    const table = Buffer.alloc(cmap.length * 2);
    cmap.forEach((w, i) => table.writeUInt16BE(w & 0xffff, i * 2));
    const font = Buffer.alloc(28 + table.length);
    font.writeUInt32BE(0x00010000, 0);
    font.writeUInt16BE(1, 4);
    font.write("cmap", 12, "latin1");
    font.writeUInt32BE(28, 20);
    font.writeUInt32BE(table.length, 24);
    table.copy(font, 28);
    const has = fontCoverage(font);
    expect([0x40, 0x41, 0x42, 0x43, 0x44].map(has)).toEqual([false, true, true, true, false]);
    expect([0x4e00, 0x4e01, 0x4e02].map(has)).toEqual([true, false, true]);
  });

  it("refuses what is not a single font", () => {
    expect(() => fontCoverage(new Uint8Array(8))).toThrow(FontFileError);
    expect(() => fontCoverage(fs.readFileSync("/usr/share/fonts/truetype/arphic/ukai.ttc"))).toThrow(FontFileError);
  });
});

describe("pdfDocument", () => {
  it("puts the footer's page fields in", () => {
    expect(footerLine("第 &P 頁，共 &N 頁 &&", 2, 7)).toBe("第 2 頁，共 7 頁 &");
  });

  it("lays one table a page, each headed by the header row, as the builder broke them", async () => {
    const { plan, framework, title } = await annexFixture("seed000", "plan");
    const spec = buildAnnex("plan", plan, framework, title);
    const { doc } = pdfDocument(spec, { regular: () => true, bold: () => true });
    const content = doc.content as { table?: { body: { text?: string }[][] }; pageBreak?: string }[];
    const tables = content.filter((c) => c.table);
    expect(tables).toHaveLength(spec.print!.pageBreaks.length + 1);
    const header = spec.rows[spec.print!.titleRows];
    for (const [i, t] of tables.entries()) {
      expect(t.table!.body[0].map((cell) => cell.text)).toEqual(header);
      expect(t.pageBreak).toBe(i === 0 ? undefined : "before");
    }
    // Every body row of the sheet is in exactly one page's table.
    const bodyRows = tables.reduce((n, t) => n + t.table!.body.length - 1, 0);
    expect(bodyRows).toBe(spec.rows.length - spec.print!.titleRows - 1);
  });
});

/**
 * The text of one page in the order it was drawn (-raw: a cell's lines together, cell after cell), without
 * the spaces and line breaks pdftotext puts where the text wrapped.
 */
const pageText = (pdf: string, page: number) =>
  spawnSync("pdftotext", ["-raw", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
const squeeze = (v: unknown) => String(v ?? "").replace(/\s+/g, "");

describeWithPackage("poppler-utils", hasPoppler())("writePdf, read back by poppler", () => {
  const CASES: [string, AnnexKind][] = [
    ["seed004", "measures"],
    ["seed004", "results"],
    ["seed000", "plan"],
  ];

  async function pdfOf(name: string, spec: SheetSpec) {
    const result = await writePdf(spec, fonts);
    const file = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(file, result.bytes);
    return { file, ...result };
  }

  it.each(CASES)(
    "%s %s: the builder's pages, every cell's text, the header and footer on each page, only Noto Serif TC",
    async (seed, kind) => {
      const { plan, framework, title } = await annexFixture(seed, kind);
      const spec = buildAnnex(kind, plan, framework, title);
      const { file, missing } = await pdfOf(`${seed}-${kind}`, spec);
      expect(missing).toEqual([]);
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)?.[1]);
      expect(pages).toBe(spec.print!.pageBreaks.length + 1);
      const all = Array.from({ length: pages }, (_, p) => pageText(file, p + 1));
      const header = spec.rows[spec.print!.titleRows].map(squeeze);
      all.forEach((text, p) => {
        for (const h of header) expect(text).toContain(h);
        expect(text).toContain(`第${p + 1}頁，共${pages}頁`);
      });
      // Each cell's whole text is on the page the builder put its row.
      const pageOf = (r: number) => spec.print!.pageBreaks.filter((b) => b <= r).length;
      spec.rows.forEach((row, r) => row.forEach((v) => expect(all[pageOf(r)]).toContain(squeeze(v))));
      const fontLines = spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout.split("\n").slice(2).filter(Boolean);
      expect(fontLines.length).toBeGreaterThan(0);
      // A subset (the ABCDEF+ prefix), embedded, with a ToUnicode map: real, searchable text.
      for (const f of fontLines) expect(f).toMatch(/^[A-Z]{6}\+NotoSerifTC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      spawnSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", file, path.join(dir, `${seed}-${kind}`)]);
      console.log(`${seed} ${kind}: ${pages} page(s), ${result(file)}; page 1 as PNG in ${dir}`);
    },
    60_000,
  );

  it("lists a character the font lacks with its cell and draws 〓 there, not a box", async () => {
    const { plan, framework, title } = await annexFixture("seed004", "measures");
    const spec = buildAnnex("measures", withMeasures(plan, { 1: { text: "辦理𠀋頭里巡迴服務" } }), framework, title);
    const row = spec.rows.findIndex((r) => r.some((v) => String(v).includes("𠀋")));
    const col = spec.rows[row].findIndex((v) => String(v).includes("𠀋"));
    const { file, missing } = await pdfOf("missing-glyph", spec);
    expect(missing).toEqual([{ char: "𠀋", codePoint: "U+2000B", cells: [`${String.fromCharCode(65 + col)}${row + 1}`] }]);
    const text = pageText(file, 1);
    expect(text).toContain(`辦理${MISSING_MARK}頭里巡迴服務`);
    expect(text).not.toContain("𠀋");
  }, 60_000);
});

const result = (file: string) => `${Math.round(fs.statSync(file).size / 1024)} KB`;
