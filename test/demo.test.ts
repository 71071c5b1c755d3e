/**
 * `npm run demo` (issue 14, item 4): the sample through set-up, check, annexes, results and export into
 * one folder, run through its main function (not npm, to stay fast). The files read back by readers we
 * did not write: the whole workbook and the 附件二 .xlsx by openpyxl, the .csv by Python's csv module, the
 * .ods as a zip by Python's zipfile, the PDFs by pdftotext; the sample unchanged.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CHIEFS, PUBLISHED, runDemo, SAMPLE, WORKBOOK_FILE, type DemoRun } from "../scripts/demo";
import { sha } from "./support/cli";
import { describeWithPackage, hasLibreOffice, hasOpenpyxl, hasPoppler, python } from "./support/debian";

const demoResults = CHIEFS.flatMap((c) => c.rows.map((r) => r.result));

describeWithPackage("python3-openpyxl", hasOpenpyxl())("npm run demo", () => {
  const before = sha(SAMPLE);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "service-plan-demo-"));
  const folder = path.join(tmp, "新資料夾", "demo-output"); // made, parents too
  const lines: string[] = [];
  let run: DemoRun;
  const file = (name: string) => path.join(folder, name);

  beforeAll(async () => {
    run = await runDemo({ folder, out: (s) => lines.push(s) });
  }, 120_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("writes every file to the folder and says where, with sizes, zh-TW first", () => {
    expect(run.folder).toBe(folder);
    const formats = ["ods", "xlsx", "csv", "html", "pdf"];
    const expected = [WORKBOOK_FILE, ...PUBLISHED.flatMap((a) => formats.map((f) => `${a.file}.${f}`))];
    expect(fs.readdirSync(folder).sort()).toEqual([...expected].sort());
    expect(run.files.map((f) => f.name).sort()).toEqual([...expected].sort());
    for (const f of run.files) expect(fs.statSync(file(f.name)).size).toBe(f.bytes);
    const text = lines.join("\n");
    expect(lines[0]).toMatch(/^提升服務計畫助手示範/);
    expect(lines[1]).toMatch(/^ {2}Service Plan Assistant demo/);
    expect(lines).toContain(`  ${folder}`);
    expect(text).toMatch(/^ {4}示範活頁簿\.xlsx +\d+\.\d KB$/m);
    expect(text).toMatch(/54 項具體作法/);
    expect(text).toMatch(/錯誤 2、警告 2、提示 1/);
    expect(text).toMatch(/尚未填報：秘書室 \d+ 項/);
    expect(text).toMatch(/這是示範，所以照樣匯出/);
    expect(run.seconds).toBeLessThan(60);
  });

  it("the whole workbook, by openpyxl: our sheets, the chiefs' results on 成效填報 and compiled into 附件二", () => {
    const read = python(
      `import json,sys,openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cells = lambda ws: [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
print(json.dumps({"sheets": wb.sheetnames, "annex2": cells(wb["附件二"]), "results": cells(wb["成效填報"])}))`,
      file(WORKBOOK_FILE),
    ) as { sheets: string[]; annex2: string[]; results: string[] };
    expect(read.sheets).toEqual(expect.arrayContaining(["計畫內容", "計畫表", "附件一", "附件二", "成效填報"]));
    expect(read.sheets).toContain("計畫表（列印）");
    for (const text of demoResults) {
      expect(read.results).toContain(text);
      expect(read.annex2.some((cell) => cell.includes(text))).toBe(true);
    }
    expect(read.results).toEqual(expect.arrayContaining(CHIEFS.map((c) => c.by)));
    expect(read.annex2.some((cell) => cell.includes("（尚未填報）"))).toBe(true);
  });

  it("附件二.xlsx alone, by openpyxl: one sheet holding the demo results", () => {
    const read = python(
      `import json,sys,openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({"sheets": wb.sheetnames, "cells": [str(c.value) for row in wb.active.iter_rows() for c in row if c.value is not None]}))`,
      file("附件二.xlsx"),
    ) as { sheets: string[]; cells: string[] };
    expect(read.sheets).toEqual(["附件二"]);
    for (const text of demoResults) expect(read.cells.some((cell) => cell.includes(text))).toBe(true);
  });

  it("the .csv files, by Python's csv module (UTF-8 with BOM): 附件二 carries the demo results", () => {
    for (const annex of PUBLISHED) {
      const bytes = fs.readFileSync(file(`${annex.file}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = python(
        `import csv,json,sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))`,
        file(`${annex.file}.csv`),
      ) as string[][];
      expect(rows.length).toBeGreaterThan(20);
      if (annex.kind === "results") for (const text of demoResults) expect(rows.some((r) => r.some((v) => v.includes(text)))).toBe(true);
    }
  });

  it("the .ods files are zips whose first entry is the mimetype, stored", () => {
    for (const annex of PUBLISHED) {
      const read = python(
        `import json,sys,zipfile
z = zipfile.ZipFile(sys.argv[1])
first = z.infolist()[0]
print(json.dumps({"name": first.filename, "stored": first.compress_type == zipfile.ZIP_STORED, "mimetype": z.read(first).decode(), "content": "content.xml" in z.namelist()}))`,
        file(`${annex.file}.ods`),
      );
      expect(read).toEqual({ name: "mimetype", stored: true, mimetype: "application/vnd.oasis.opendocument.spreadsheet", content: true });
    }
  });

  it("the .html pages are in Traditional Chinese as Taiwan writes it, standalone", () => {
    for (const annex of PUBLISHED) {
      const html = fs.readFileSync(file(`${annex.file}.html`), "utf8");
      expect(html).toContain(`lang="zh-Hant-TW"`);
      expect(html).not.toMatch(/<script|<link /i);
    }
    const annex2 = fs.readFileSync(file("附件二.html"), "utf8");
    for (const text of demoResults) expect(annex2).toContain(text);
  });

  describeWithPackage("libreoffice-calc-nogui", hasLibreOffice())("with LibreOffice", () => {
    it("the PDFs are made by it, with the annex's text in them", () => {
      expect(run.pdf).toBe("libreoffice");
      expect(lines.join("\n")).toContain("PDF 由 LibreOffice 轉成。");
      for (const annex of PUBLISHED)
        expect(
          fs
            .readFileSync(file(`${annex.file}.pdf`))
            .subarray(0, 5)
            .toString(),
        ).toBe("%PDF-");
      if (!hasPoppler()) return;
      const text = spawnSync("pdftotext", [file("附件二.pdf"), "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
      expect(text).toContain("執行成效");
      expect(text).toContain("（示範）");
    });
  });

  it("without LibreOffice the PDFs are made by the built-in renderer, and says so", async () => {
    const other = path.join(tmp, "no-libreoffice");
    const said: string[] = [];
    const again = await runDemo({ folder: other, out: (s) => said.push(s), soffice: null });
    expect(again.pdf).toBe("builtin");
    expect(said.join("\n")).toContain("PDF 由內建排版（思源宋體 Noto Serif TC）產生（沒有 LibreOffice）。");
    expect(fs.readdirSync(other)).toHaveLength(1 + PUBLISHED.length * 5);
    for (const annex of PUBLISHED) {
      const pdf = path.join(other, `${annex.file}.pdf`);
      expect(fs.readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      if (hasPoppler()) expect(spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout).toMatch(/\+NotoSerifTC-Regular/);
    }
  }, 60_000);

  it("never changes the sample", () => {
    expect(sha(SAMPLE)).toBe(before);
  });
});
