/**
 * `service-plan export` (issue 14): seed 004's 附件一 in each format, read back by readers we did not
 * write (LibreOffice for .ods and .xlsx, compared cell by cell with the annex; openpyxl; pdftotext;
 * Python's csv module); the pre-publication check stopping on a planted ID, phone, e-mail and formula
 * with their cells (a wrong check digit passing), --force writing anyway; the input never changed.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { buildAnnex } from "../../src/core/annex/annexes";
import { suggestAnnexTitleIn } from "../../src/core/annex/annexTitle";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/framework/catalog";
import { impose } from "../../src/core/impose/impose";
import { gridCopySpec } from "../../src/files/gridSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { describeWithPackage, hasLibreOffice, hasOpenpyxl, hasPoppler, libreOfficeConvert, python } from "../support/debian";
import { cli, sha } from "../support/cli";

const FIX = path.join(__dirname, "..", "fixtures");
const SEED = path.join(FIX, "seed004.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-export-"));

/** The annex the export writes, as the rows every reader should give back (merged cells: the top-left only). */
async function expectedMeasures() {
  const wb = await readWorkbook(fs.readFileSync(SEED));
  const plan = impose(wb.sheets[0], { framework: BUILT_IN_FRAMEWORKS.vac });
  const spec = buildAnnex("measures", plan, BUILT_IN_FRAMEWORKS.vac, suggestAnnexTitleIn(wb.sheets, wb.sheets[0], plan));
  const rows = spec.rows.map((r) =>
    Array.from({ length: spec.columns!.length }, (_, c) => (r[c] === null || r[c] === undefined ? "" : String(r[c]))),
  );
  return { plan, spec, rows };
}

/** A CSV file's rows, read by Python's csv module. */
const csvRows = (file: string) =>
  python(
    `import csv,json,sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))`,
    file,
  ) as string[][];

const trimRows = (rows: string[][], width: number) =>
  rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? "").replace(/\r\n/g, "\n"))).filter((r) => r.some((v) => v !== ""));

describe("export of seed 004's 附件一", () => {
  const before = sha(SEED);
  afterAll(() => expect(sha(SEED)).toBe(before));

  describeWithPackage("libreoffice-calc-nogui", hasLibreOffice())("read back by LibreOffice", () => {
    it.each(["ods", "xlsx"])(
      "%s: every cell as the annex has it",
      async (format) => {
        const out = path.join(tmp, `附件一.${format}`);
        const r = await cli("export", SEED, "--kind", "measures", "--out", out);
        expect(r).toMatchObject({ code: 0 });
        expect(r.out).toMatch(new RegExp(`已寫出 .*（${format}）：21 項作法。`));
        const dir = fs.mkdtempSync(path.join(tmp, `lo-${format}-`));
        const csv = libreOfficeConvert(out, "csv:Text - txt - csv (StarCalc):44,34,76", dir);
        const { rows } = await expectedMeasures();
        expect(trimRows(csvRows(csv), rows[0].length)).toEqual(rows.filter((r) => r.some((v) => v !== "")));
      },
      120_000,
    );
  });

  describeWithPackage("python3-openpyxl", hasOpenpyxl())("the .xlsx by openpyxl", () => {
    it("one sheet, values only, print setup kept, nothing of ours", async () => {
      const out = path.join(tmp, "clean.xlsx");
      expect((await cli("export", SEED, "--kind", "measures", "--out", out)).code).toBe(0);
      const read = python(
        `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]
print(json.dumps({"sheets": wb.sheetnames, "names": sorted(wb.defined_names.keys()) if hasattr(wb.defined_names, "keys") else [],
 "formulas": sum(1 for row in ws.iter_rows() for c in row if c.data_type == "f"),
 "hidden": [k for k, d in ws.column_dimensions.items() if d.hidden], "titles": ws.print_title_rows, "paper": ws.page_setup.paperSize}))`,
        out,
      ) as Record<string, unknown>;
      expect(read).toMatchObject({ sheets: ["附件一"], formulas: 0, hidden: [], paper: 9 });
      expect(read.titles).toBeTruthy();
      expect(JSON.stringify(read.names)).not.toMatch(/ServicePlan/);
    });
  });

  it("csv: UTF-8 with a BOM by default, without with --no-bom; read by Python's csv, one measure a row", async () => {
    const { plan } = await expectedMeasures();
    for (const [flag, bom] of [[[], true] as const, [["--no-bom"], false] as const]) {
      const out = path.join(tmp, `附件一${bom ? "" : "-nobom"}.csv`);
      expect((await cli("export", SEED, "--kind", "measures", "--out", out, ...flag)).code).toBe(0);
      expect(
        fs
          .readFileSync(out)
          .subarray(0, 3)
          .equals(Buffer.from([0xef, 0xbb, 0xbf])),
      ).toBe(bom);
      const rows = csvRows(out);
      expect(rows).toHaveLength(plan.measures.length + 1);
    }
  });

  describeWithPackage("libreoffice-calc-nogui, poppler-utils", hasLibreOffice() && hasPoppler())("the .pdf", () => {
    it("made by LibreOffice, says so, real text: every measure's first words are there", async () => {
      const out = path.join(tmp, "附件一.pdf");
      const r = await cli("export", SEED, "--kind", "measures", "--out", out);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/由LibreOffice產生/);
      const text = spawnSync("pdftotext", [out, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
      const { plan } = await expectedMeasures();
      for (const m of plan.measures) expect(text).toContain(m.text.replace(/\s+/g, "").slice(0, 12));
    }, 120_000);
  });

  describeWithPackage("poppler-utils", hasPoppler())("the .pdf of the built-in renderer", () => {
    it("--pdf-engine builtin: says so, the builder's pages, every measure's whole text, Noto Serif TC embedded; page 1 as PNG", async () => {
      const out = path.join(tmp, "附件一-builtin.pdf");
      const r = await cli("export", SEED, "--kind", "measures", "--out", out, "--pdf-engine", "builtin");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/由內建排版（思源宋體 Noto Serif TC）產生/);
      expect(r.err).toBe("");
      const { plan, spec } = await expectedMeasures();
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [out], { encoding: "utf8" }).stdout)?.[1]);
      expect(pages).toBe(spec.print!.pageBreaks.length + 1);
      const text = spawnSync("pdftotext", ["-raw", out, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
      for (const m of plan.measures) expect(text).toContain(m.text.replace(/\s+/g, ""));
      expect(spawnSync("pdffonts", [out], { encoding: "utf8" }).stdout).toMatch(/\+NotoSerifTC-Regular/);
      spawnSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", out, path.join(tmp, "builtin")]);
      console.log(`built-in PDF: ${pages} page(s); page 1 as PNG in ${tmp}`);
    }, 60_000);

    it("lists a character the font lacks, with its cell, on stderr (English too)", async () => {
      const wb = await readWorkbook(fs.readFileSync(SEED));
      const grid = wb.sheets[0];
      const r = grid.values.findIndex((row) => String(row[2] ?? "").startsWith("一、依業務範圍"));
      const values = grid.values.map((row, i) => (i === r ? row.map((v, c) => (c === 2 ? `${String(v)}（𠀋頭里）` : v)) : row));
      const file = path.join(tmp, "rare-char.xlsx");
      fs.writeFileSync(file, await writeWorkbook([gridCopySpec({ ...grid, values }, grid.sheet)]));
      const out = path.join(tmp, "rare-char.pdf");
      const zh = await cli("export", file, "--kind", "measures", "--out", out, "--pdf-engine", "builtin", "--force");
      expect(zh.code).toBe(0);
      expect(zh.err).toMatch(/^PDF 的字型缺少 1 個字，已印成「〓」：𠀋 \(U\+2000B, 附件一!C\d+\)/);
      const en = await cli("export", file, "--kind", "measures", "--out", out, "--pdf-engine", "builtin", "--force", "--lang", "en");
      expect(en.err).toMatch(/^The PDF's font lacks 1 character\(s\), printed as 〓: 𠀋 \(U\+2000B, 附件一!C\d+\)/);
    }, 60_000);

    it("refuses an engine it does not know, in a sentence", async () => {
      const r = await cli("export", SEED, "--kind", "measures", "--out", path.join(tmp, "x.pdf"), "--pdf-engine", "acrobat");
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--pdf-engine 要 libreoffice 或 builtin/);
    });
  });
});

describe("the pre-publication check before an export", () => {
  /** Seed 004 with one measure's text carrying `planted`. */
  async function planted(name: string, planted: string) {
    const wb = await readWorkbook(fs.readFileSync(SEED));
    const grid = wb.sheets[0];
    const r = grid.values.findIndex((row) => String(row[2] ?? "").startsWith("一、依業務範圍"));
    const values = grid.values.map((row, i) => (i === r ? row.map((v, c) => (c === 2 ? `${String(v)}${planted}` : v)) : row));
    const file = path.join(tmp, `${name}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook([gridCopySpec({ ...grid, values }, grid.sheet)]));
    return file;
  }

  it.each([
    ["an ID number", "聯絡人身分證A123456789", "A123456789", /身分證|ID/],
    ["a mobile number", "洽詢0912-345-678", "0912-345-678", /電話|phone/],
    ["an e-mail address", "洽詢 someone@example.gov.tw", "someone@example.gov.tw", /郵件|e-mail/],
  ])("%s is caught with its cell (and not printed whole); nothing is written; --force writes", async (name, text, value, words) => {
    const file = await planted(name, text);
    const before = sha(file);
    const out = path.join(tmp, `${name}.csv`);
    const r = await cli("export", file, "--kind", "measures", "--out", out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^發布前檢查：有 \d+ 項需要留意：/);
    expect(r.out).toMatch(new RegExp(`附件一!C\\d+ .*${words.source}`));
    expect(r.out).not.toContain(value);
    expect(r.err).toMatch(/沒有寫出檔案/);
    expect(fs.existsSync(out)).toBe(false);
    const forced = await cli("export", file, "--kind", "measures", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(sha(file)).toBe(before);
  });

  it("a number that only looks like an ID (wrong check digit) is not one", async () => {
    const file = await planted("not-an-id", "編號A123456788");
    const r = await cli("export", file, "--kind", "measures", "--out", path.join(tmp, "not-an-id.csv"));
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/發布前檢查/);
  });

  it("text that starts like a formula is caught in the check, and neutralised in a forced CSV", async () => {
    const wb = await readWorkbook(fs.readFileSync(SEED));
    const grid = wb.sheets[0];
    const r = grid.values.findIndex((row) => String(row[2] ?? "").startsWith("一、依業務範圍"));
    const values = grid.values.map((row, i) => (i === r ? row.map((v, c) => (c === 3 ? '=HYPERLINK("http://x")' : v)) : row));
    const file = path.join(tmp, "formula.xlsx");
    fs.writeFileSync(file, await writeWorkbook([gridCopySpec({ ...grid, values }, grid.sheet)]));
    const out = path.join(tmp, "formula.csv");
    const checked = await cli("export", file, "--kind", "measures", "--out", out);
    expect(checked.code).toBe(1);
    expect(checked.out).toMatch(/附件一!D\d+/);
    const forced = await cli("export", file, "--kind", "measures", "--out", out, "--force");
    expect(forced.out).toMatch(/有 1 格開頭像公式，已在前面加上 '/);
    expect(fs.readFileSync(out, "utf8")).toContain("'=HYPERLINK");
  });

  describeWithPackage("python3-openpyxl, libreoffice-calc-nogui", hasOpenpyxl() && hasLibreOffice())("in the plan's own sheet", () => {
    it("a real formula, a hidden row with a measure, a hidden column of the plan and a comment are each caught with their cell", async () => {
      // Planted by openpyxl, then calculated and saved by LibreOffice (formulas with their values, as Excel saves them).
      const raw = path.join(tmp, "planted-raw.xlsx");
      const { sheet, cells } = python(
        `import json,sys,openpyxl
from openpyxl.comments import Comment
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]
row=lambda start: next(c.row for c in ws['C'] if str(c.value or '').startswith(start))
f=row('一、依業務範圍'); h=row('二、因應'); n=row('三、持續更新')
ws.cell(f,4).value='="處"&"綜合"'
ws.row_dimensions[h].hidden=True
ws.column_dimensions['E'].hidden=True
ws.cell(n,3).comment=Comment('聯絡窗口另洽','秘書')
wb.save(sys.argv[2])
print(json.dumps({"sheet":ws.title,"cells":{"formula":"D%d"%f,"hidden":h,"comment":"C%d"%n}}))`,
        SEED,
        raw,
      ) as { sheet: string; cells: { formula: string; hidden: number; comment: string } };
      const file = libreOfficeConvert(raw, "xlsx", path.join(tmp, "calculated"));
      const before = sha(file);
      const r = await cli("export", file, "--kind", "measures", "--out", path.join(tmp, "planted.csv"));
      expect(r.code).toBe(1);
      const line = (cell: string) => r.out.split("\n").find((l) => l.includes(`${sheet}!${cell} `)) ?? "";
      expect(line(cells.formula)).toMatch(/是公式/);
      expect(line(`A${cells.hidden}`)).toMatch(new RegExp(`第 ${cells.hidden} 列是隱藏的`));
      expect(r.out).toMatch(/第 E 欄是隱藏的|E 欄是隱藏的/);
      expect(line(cells.comment)).toMatch(/有註解「聯絡窗口另洽」，註解不會匯出/);
      expect(sha(file)).toBe(before);
    }, 120_000);
  });

  it("a plan with errors still open (seed 000) stops, and says so in English with --lang en", async () => {
    const r = await cli("export", path.join(FIX, "seed000.xlsx"), "--kind", "plan", "--out", path.join(tmp, "plan.html"), "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/The plan still has 2 errors/);
    expect(r.err).toMatch(/add --force/);
  });

  it("附件二 of a workbook with no results sheet: the results typed beside the plan (none here) are what is missing", async () => {
    const r = await cli("export", path.join(FIX, "seed000.xlsx"), "--kind", "results", "--out", path.join(tmp, "r.csv"));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/年終還有 \d+ 筆成效未填報（每項作法的每個執行單位一筆：秘書室 \d+ 項/);
  });

  it("a format it does not know is refused in one sentence (exit 2)", async () => {
    const r = await cli("export", SEED, "--kind", "measures", "--out", path.join(tmp, "x.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^service-plan: --format 要 ods、pdf、xlsx、csv 或 html/);
  });
});
