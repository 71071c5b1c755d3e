/**
 * The annexes as files (issue 12, Done when): read by openpyxl (merges, borders, fonts, print titles,
 * footer, A4, fit to width, print area), and printed by LibreOffice headless to PDF with 標楷體 drawn
 * by AR PL UKai TW: every page carries the header row and 「第 n 頁，共 N 頁」, the page count is the one
 * the builder laid out, and every measure's whole text is on the pages (a clipped row would lose its
 * last lines). The pages are also rendered to PNG in the run's folder, to be looked at.
 * Seed 004's 附件二 (issue 13) is printed with its year-end results compiled from a results sheet every
 * unit filled in but one row: each measure's 執行成效 whole, labelled per unit where it has several.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildAnnex, type AnnexKind } from "../../src/core/annex/annexes";
import { NOT_REPORTED } from "../../src/core/results/compile";
import { measureCellText } from "../../src/core/workbook/planTable";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import {
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

async function annexFile(dir: string, seed: string, kind: AnnexKind) {
  const { plan, framework, title } = await annexFixture(seed, kind);
  const spec = buildAnnex(kind, plan, framework, title);
  const file = path.join(dir, `${seed}-${kind}.xlsx`);
  fs.writeFileSync(file, await writeWorkbook([spec]));
  return { file, spec, plan };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-print-"));

describeWithPackage("python3-openpyxl", hasOpenpyxl())("annexes read by openpyxl", () => {
  it.each(CASES)(
    "%s %s: merges, ruled cells in 標楷體, the header row on every page, page n of N, A4 one page wide, print area",
    async (seed, kind) => {
      const { file, spec } = await annexFile(dir, seed, kind);
      const read = python(
        `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]; h=int(sys.argv[2])
body=ws.cell(row=h+1, column=3); head=ws.cell(row=h, column=1)
b=body.border
print(json.dumps({
 "merges": sorted(str(m) for m in ws.merged_cells.ranges),
 "font": body.font.name, "headerBold": head.font.b, "titleBold": ws.cell(row=h-1, column=1).font.b,
 "borders": [b.left.style, b.right.style, b.top.style, b.bottom.style],
 "wrap": body.alignment.wrap_text,
 "titles": ws.print_title_rows, "area": ws.print_area,
 "footer": ws.oddFooter.center.text,
 "paper": ws.page_setup.paperSize, "orientation": ws.page_setup.orientation,
 "fit": [ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight],
 "centred": ws.print_options.horizontalCentered,
 "breaks": [x.id for x in ws.row_breaks.brk],
 "heights": sum(1 for r in range(1, ws.max_row+1) if ws.row_dimensions[r].height),
 "rows": ws.max_row}))`,
        file,
        String(spec.print!.titleRows + 1),
      ) as Record<string, unknown>;
      const lastColumn = String.fromCharCode(64 + spec.columns!.length);
      expect(read).toMatchObject({
        font: "標楷體",
        headerBold: true,
        titleBold: true,
        borders: ["thin", "thin", "thin", "thin"],
        wrap: true,
        titles: `$${spec.print!.titleRows + 1}:$${spec.print!.titleRows + 1}`,
        footer: "第 &P 頁，共 &N 頁",
        paper: 9,
        orientation: "portrait",
        fit: [true, 1, 0],
        centred: true,
        breaks: spec.print!.pageBreaks,
        rows: spec.rows.length,
        heights: spec.rows.length,
      });
      expect(String(read.area)).toMatch(new RegExp(`\\$A\\$1:\\$${lastColumn}\\$${spec.rows.length}$`));
      const merges = (spec.merges ?? []).map(
        (m) => `${String.fromCharCode(65 + m.left)}${m.top + 1}:${String.fromCharCode(65 + m.right)}${m.bottom + 1}`,
      );
      expect(read.merges).toEqual([...merges].sort());
      expect(merges.length).toBeGreaterThan(spec.print!.titleRows);
    },
  );
});

const canPrint = hasLibreOffice() && hasPoppler() && hasFontFamily("AR PL UKai TW") && hasFontFamily("Carlito");
describeWithPackage("libreoffice-calc-nogui, poppler-utils, fonts-arphic-ukai, fonts-crosextra-carlito", canPrint)(
  "annexes printed by LibreOffice",
  () => {
    const pdfText = (pdf: string, page?: number) =>
      spawnSync("pdftotext", [...(page ? ["-f", String(page), "-l", String(page)] : []), "-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    const squeeze = (s: string) => s.replace(/\s+/g, "");

    it.each(CASES)(
      "%s %s: the pages the builder laid out, each with the header row and its page number, every measure whole, 標楷體 as UKai",
      async (seed, kind) => {
        const { file, spec, plan } = await annexFile(dir, seed, kind);
        // Carlito (Calibri's metrics) makes LibreOffice's column widths Excel's.
        const env = { ...process.env, FONTCONFIG_FILE: kaiFontconfig(dir) };
        const pdf = libreOfficeConvert(file, "pdf", dir, env);
        const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
        expect(pages).toBe(spec.print!.pageBreaks.length + 1);
        const header = spec.rows[spec.print!.titleRows].map(String);
        for (let p = 1; p <= pages; p++) {
          const text = squeeze(pdfText(pdf, p));
          for (const h of header) expect(text).toContain(h);
          expect(text).toContain(`第${p}頁，共${pages}頁`);
        }
        // The measures' column alone, all pages: a clipped cell would lose its last lines here.
        const column = spec.columns!.findIndex((c) => /具體/.test(c.header));
        const measures = squeeze(
          columnText(pdf, squeeze(String(spec.rows[spec.print!.titleRows + 1][column])), spec.columns![column].width),
        );
        for (const m of plan.measures) expect(measures).toContain(squeeze(measureCellText(m)));
        if (kind === "results") {
          // 附件二's 執行成效, all pages: every measure's results whole (labelled per unit), the unreported row said.
          const at = spec.columns!.findIndex((c) => c.header === "執行成效");
          // The last column: nothing to its right, so every word from its left edge on is its own.
          const results = squeeze(columnText(pdf, squeeze(String(spec.rows[spec.print!.titleRows + 1][at])), Infinity));
          for (const m of plan.measures) expect(results).toContain(squeeze(m.results ?? "-"));
          expect(results).toContain(NOT_REPORTED);
          expect(plan.measures.some((m) => /^[^：\n]+：.+\n[^：\n]+：/.test(m.results ?? ""))).toBe(true);
        }
        expect(spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout).toMatch(/UKai/);
        spawnSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(dir, `${seed}-${kind}`)]);
        console.log(`${seed} ${kind}: ${pages} page(s); PNG pages in ${dir}`);
      },
      120_000,
    );
  },
);

/**
 * The text of one column of a printed table, page after page: the words that start within it, from
 * where its first body cell starts (a column's text is left-aligned, so each of its lines starts there).
 */
function columnText(pdf: string, firstCell: string, width: number): string {
  const xml = spawnSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  const words = [...xml.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), text: m[2] }));
  const anchor = words.find((w) => w.text.length >= 6 && firstCell.startsWith(w.text.slice(0, 6)));
  if (!anchor) throw new Error(`no line starts like ${firstCell.slice(0, 6)}`);
  return (
    words
      // A word after a space ("1. 服務…") starts further in; the next column starts a column's width on (over 5.5 pt a unit).
      .filter((w) => w.x > anchor.x - 1 && w.x < anchor.x + width * 5.5 * 0.8)
      .map((w) => w.text)
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
  );
}
