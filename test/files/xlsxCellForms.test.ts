/**
 * The reader takes a cell written the way Excel and our writer write it (`<c r="C12" s="1" t="s"><v>3</v></c>`)
 * in one step, and any other way of writing the same cell through the general scan; the writer
 * puts a body cell of text together from its column's parts. Both must give what the general way
 * gives: the same Grid from either spelling of a sheet, the same XML as cellXml's.
 */
import { readWorkbook } from "../../src/files/xlsxRead";
import { SharedStrings, worksheetXml } from "../../src/files/xlsxSheet";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { unzip, zip } from "../../src/files/zip";

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** A workbook of one sheet whose sheetData is `rows`, strings 甲 乙 丙, and a date style at index 4. */
async function bookWith(rows: string): Promise<Uint8Array> {
  const parts = unzip(await writeWorkbook([{ name: "表", rows: [["甲", "乙", "丙"]] }]), () => true);
  const sheet = decode(parts["xl/worksheets/sheet1.xml"]).replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows}</sheetData>`);
  const styles = decode(parts["xl/styles.xml"])
    .replace(
      /<cellXfs count="(\d+)">(.*?)<\/cellXfs>/s,
      (_, n: string, xfs: string) =>
        `<cellXfs count="${Number(n) + 1}">${xfs}<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`,
    )
    .replace("<fonts", `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts><fonts`);
  const edited: Record<string, Uint8Array> = { ...parts, "xl/worksheets/sheet1.xml": encode(sheet), "xl/styles.xml": encode(styles) };
  return zip(Object.keys(edited).map((n) => [n, edited[n]]));
}

const AS_WRITERS_WRITE =
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="4"><v>45292</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#REF!</v></c>` +
  `<c r="E1" t="str"><v>x&amp;y</v></c><c r="F1" t="d"><v>2024-01-02</v></c><c r="G1" t="s"><v>7</v></c></row>` +
  `<row r="2"><c r="A2" s="1" t="s"><v>1</v></c><c r="B2" s="1"/><c r="C2"><v></v></c><c r="D2"><v>3.5</v></c><c r="E2" t="n"><v> 4 </v></c></row>` +
  `<row r="3" hidden="1"><c r="A3" t="s"><v>2</v></c><c r="B3" t="b"><v>true</v></c></row>`;

const OTHERWISE =
  `<x:row r="1"><c t="s" r="A1"><v>0</v></c><c r='B1' s='4'><v>45292</v></c><c  r="C1"  t="b" ><v>1</v></c><c r="D1" t="e"><v >#REF!</v></c>` +
  `<x:c r="E1" t="str"><x:v>x&amp;y</x:v></x:c><c r="F1" s="0" t="d"><v>2024-01-02</v></c><c r="$G$1" t="s"><v>7</v></c></x:row>` +
  `<row r="2"><c r="a2" s="1" t="s"><v>1</v></c><c r="B2" s="1"></c><c r="C2"><v/></c><c r="D2"><f>1+2.5</f><v>3.5</v></c><c t="n"><v> 4 </v></c></row>` +
  `<row r="3" hidden="true"><c r="A3" t="s"><v>2</v></c><c r="B3" t="b"><v>true</v></c></row>`;

it("reads a sheet written as writers write it and the same sheet written otherwise alike", async () => {
  const plain = (await readWorkbook(await bookWith(AS_WRITERS_WRITE))).sheets[0];
  const other = (await readWorkbook(await bookWith(OTHERWISE))).sheets[0];
  // The same values; the formula written in D2 the other way is known as one (for the pre-publication check).
  const { formulaCells, ...otherValues } = other;
  expect(formulaCells).toEqual(["D2"]);
  expect(plain.formulaCells).toBeUndefined();
  expect(plain).toEqual(otherValues);
  // G1 names a shared string the file lacks: no value, so the grid ends at F.
  expect(plain.values).toEqual([
    ["甲", 45292, true, "#REF!", "x&y", 45293],
    ["乙", null, null, 3.5, 4, null],
    ["丙", true, null, null, null, null],
  ]);
  expect(plain.numberFormats?.[0]).toEqual([null, "yyyy/m/d", null, null, null, "yyyy-mm-dd"]);
  expect(plain.hiddenRows).toEqual([2]);
});

it("writes a body cell of text as cellXml writes any cell: reference, column style, shared string", () => {
  const strings = new SharedStrings();
  const xml = worksheetXml(
    {
      name: "表",
      columns: [
        { header: "甲", width: 9 },
        { header: "乙", width: 9, wrap: true },
      ],
      rows: [
        ["甲", "乙"],
        ["丙", 3],
        [true, "丙"],
        [null, ""],
      ],
      rowHeights: { 3: 20 },
    },
    strings,
    { selected: true },
  );
  const sheetData = /<sheetData>(.*)<\/sheetData>/.exec(new TextDecoder().decode(xml))?.[1];
  expect(sheetData).toBe(
    `<row r="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="3" t="s"><v>1</v></c></row>` +
      `<row r="2"><c r="A2" s="1" t="s"><v>2</v></c><c r="B2" s="2"><v>3</v></c></row>` +
      `<row r="3"><c r="A3" s="1" t="b"><v>1</v></c><c r="B3" s="2" t="s"><v>2</v></c></row>` +
      `<row r="4" ht="20" customHeight="1"></row>`,
  );
  expect(strings.list).toEqual(["甲", "乙", "丙"]);
});
