/**
 * The .xlsx reader and writer on what a review found: duplicate table header names, a sheet of a
 * million rows, one oversized sheet beside the plan, a `>` inside an attribute, parts whose names
 * differ in case from the usual ones.
 */
import { gridCopySpec } from "../../src/files/gridSheet";
import { readWorkbook } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { unzip, zip } from "../../src/files/zip";
import { bigPlanGrid } from "../../bench/bigPlan";

const text = (bytes: Uint8Array, part: string) => new TextDecoder().decode(unzip(bytes, (n) => n === part)[part]);

function rewrite(bytes: Uint8Array, edit: (parts: Record<string, Uint8Array>) => Record<string, Uint8Array>): Uint8Array {
  const parts = edit(unzip(bytes, () => true));
  return zip(Object.keys(parts).map((n) => [n, parts[n]]));
}

it("a table's header names are unique regardless of case, in the table part and in the header cells alike", async () => {
  const bytes = await writeWorkbook([
    {
      name: "表",
      rows: [
        ["執行成效", "Note", "note", "執行成效"],
        [1, 2, 3, 4],
      ],
      table: { name: "T" },
    },
  ]);
  const names = [...text(bytes, "xl/tables/table1.xml").matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1]);
  expect(names).toEqual(["執行成效", "Note", "note2", "執行成效2"]);
  expect((await readWorkbook(bytes)).sheets[0].values[0]).toEqual(names);
});

it("writes a sheet of a million rows without overflowing the stack", async () => {
  const rows = Array.from({ length: 1_000_000 }, (_, i) => (i % 500 === 0 ? [i] : []));
  const bytes = await writeWorkbook([{ name: "長", rows }]);
  expect((await readWorkbook(bytes)).sheets[0].rowCount).toBe(999_501);
});

it("one sheet too big to be a plan is refused by itself; the plan beside it is read", async () => {
  const spread = Array.from({ length: 1200 }, (_, i) => {
    const row: (string | null)[] = [];
    row[(i * 15) % 16000] = "x";
    return row;
  });
  const rows: (string | null)[][] = [];
  spread.forEach((r, i) => (rows[i * 900] = r));
  const bytes = await writeWorkbook([gridCopySpec(bigPlanGrid(30), "計畫"), { name: "lookup", rows: Array.from(rows, (r) => r ?? []) }]);
  const book = await readWorkbook(bytes);
  expect(book.sheets[0].rowCount).toBeGreaterThan(10);
  expect(Object.keys(book.refused)).toEqual(["lookup"]);
  expect(book.refused.lookup).toMatch(/^工作表「lookup」的資料範圍 A1:\w+ 有 [\d,]+ 格，太大/);
});

it("reads a sheet whose name holds '>' and a shared-strings part named in another case", async () => {
  const plain = await writeWorkbook([{ name: "A>B", rows: [["甲", "乙"]] }]);
  const bytes = rewrite(plain, (parts) => {
    const out: Record<string, Uint8Array> = { ...parts, "xl/SharedStrings.xml": parts["xl/sharedStrings.xml"] };
    delete out["xl/sharedStrings.xml"];
    // A writer that does not escape '>' in an attribute value (XML allows it).
    out["xl/workbook.xml"] = new TextEncoder().encode(new TextDecoder().decode(parts["xl/workbook.xml"]).replace("A&gt;B", "A>B"));
    out["xl/_rels/workbook.xml.rels"] = new TextEncoder().encode(
      new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]).replace('Target="sharedStrings.xml"', 'Target="SharedStrings.xml"'),
    );
    return out;
  });
  const book = await readWorkbook(bytes);
  expect(book.names).toEqual(["A>B"]);
  expect(book.sheets[0].values).toEqual([["甲", "乙"]]);
});

it("each zip entry carries the CRC-32 of its data (the standard check value of '123456789' is CBF43926) and inflates back to it", () => {
  const data = new TextEncoder().encode("123456789");
  const bytes = zip([["a.txt", data]]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(14, true)).toBe(0xcbf43926);
  expect(new TextDecoder().decode(unzip(bytes, () => true)["a.txt"])).toBe("123456789");
});

it("a shared string of one plain <t> and one of rich-text runs with phonetic guides read alike", async () => {
  const bytes = await writeWorkbook([{ name: "表", rows: [["甲&乙"], ["丙_x0041_"]] }]);
  const plain = await readWorkbook(bytes);
  expect(plain.sheets[0].values.map((r) => r[0])).toEqual(["甲&乙", "丙_x0041_"]);
  const rich = rewrite(bytes, (parts) => {
    const sst = new TextDecoder().decode(parts["xl/sharedStrings.xml"]);
    const edited = sst.replace(
      /<si><t>甲&amp;乙<\/t><\/si>/,
      `<si><r><t>甲&amp;</t></r><r><rPr><b/></rPr><t>乙</t></r><rPh sb="0" eb="1"><t>ㄐㄧㄚˇ</t></rPh></si>`,
    );
    expect(edited).not.toBe(sst);
    return { ...parts, "xl/sharedStrings.xml": new TextEncoder().encode(edited) };
  });
  expect((await readWorkbook(rich)).sheets[0].values.map((r) => r[0])).toEqual(["甲&乙", "丙_x0041_"]);
});

it("a worksheet part is ASCII (a dropdown's sheet name as character references), and reads back as the same source", async () => {
  const bytes = await writeWorkbook([
    {
      name: "計畫表",
      rows: [["單位"], ["秘書室"]],
      validations: [{ area: { top: 1, left: 0, bottom: 1, right: 0 }, source: "'單位'!$A$2:$A$9", alert: "warning" }],
    },
  ]);
  const xml = text(bytes, "xl/worksheets/sheet1.xml");
  expect(xml).toMatch(/^[\x00-\x7f]*$/);
  expect(xml).toContain("<formula1>'&#21934;&#20301;'!$A$2:$A$9</formula1>");
});
