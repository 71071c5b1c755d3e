/** What the playground's workbook view draws for a sheet (src/playground/sheetLayout.ts). */
import { HIGHLIGHT_FILL, highlightFormula } from "../../src/core/checks/highlights";
import { MemoryWorkbook } from "../../src/memoryExcel";
import { layoutSheet, type CellView, type SheetLayout } from "../../src/playground/sheetLayout";

function drawn(layout: SheetLayout): Map<string, CellView> {
  const cells = new Map<string, CellView>();
  for (const row of layout.rows)
    for (const cell of row.cells) cells.set(`${layout.columns.find((c) => c.index === cell.col)!.letter}${cell.row + 1}`, cell);
  return cells;
}

describe("layoutSheet", () => {
  it("draws a merged area once, with its spans and the top-left cell's text", () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet("計畫", [["標題"], ["一、", "1."], [null, "2."]]);
    sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 3 }, { top: 1, left: 0, bottom: 2, right: 0 });
    const cells = drawn(layoutSheet(sheet, null));
    expect(cells.get("A1")).toMatchObject({ text: "標題", colSpan: 4, rowSpan: 1 });
    expect(cells.get("A2")).toMatchObject({ text: "一、", rowSpan: 2 });
    expect(cells.has("B1")).toBe(false);
    expect(cells.has("A3")).toBe(false);
    expect(cells.get("B3")).toMatchObject({ text: "2." });
  });

  it("leaves hidden rows and columns out, and spans only the visible part of a merge", () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet("s", [["a", "b", "c"], ["d"], ["e"]]);
    sheet.merges.push({ top: 0, left: 0, bottom: 2, right: 0 });
    sheet.hiddenRows.add(1);
    sheet.hiddenColumns.add(1);
    const layout = layoutSheet(sheet, null);
    expect(layout.columns.map((c) => c.letter).slice(0, 3)).toEqual(["A", "C", "D"]);
    expect(layout.rows.map((r) => r.index).slice(0, 3)).toEqual([0, 2, 3]);
    expect(drawn(layout).get("A1")).toMatchObject({ text: "a", rowSpan: 2, bottom: 2 });
  });

  it("cuts a merge where the frozen rows end; the frozen piece keeps the text", () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet("s", [["head"], ["x"]]);
    sheet.merges.push({ top: 0, left: 0, bottom: 3, right: 0 });
    sheet.frozenRows = 2;
    const layout = layoutSheet(sheet, null);
    const cells = drawn(layout);
    expect(cells.get("A1")).toMatchObject({ text: "head", rowSpan: 2 });
    expect(cells.get("A3")).toMatchObject({ text: "", rowSpan: 2 });
    expect(layout.rows.filter((r) => r.frozen).map((r) => r.index)).toEqual([0, 1]);
  });

  it("draws at most maxRows rows and says how many the sheet has", () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet(
      "s",
      Array.from({ length: 1000 }, (_, i) => [`r${i + 1}`]),
    );
    const layout = layoutSheet(sheet, null, 500);
    expect(layout.rows).toHaveLength(500);
    expect(layout.totalRows).toBe(1000);
    expect(layout.truncatedRows).toBe(true);
    expect(layoutSheet(wb.addSheet("small", [["x"]]), null).truncatedRows).toBe(false);
  });

  it("marks table parts, list validations, number alignment and the selection", () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet("s", [
      ["編號", "單位"],
      [1, "秘書室"],
      [2, "研考科"],
    ]);
    sheet.tables.push({ id: "1", name: "T", area: { top: 0, left: 0, bottom: 2, right: 1 }, hasHeaders: true, style: "TableStyleMedium2" });
    sheet.validations.push({
      area: { top: 1, left: 1, bottom: 2, right: 1 },
      rule: { list: { inCellDropDown: true, source: "秘書室,研考科" } },
      ignoreBlanks: true,
    });
    sheet.merges.push({ top: 4, left: 0, bottom: 5, right: 1 });
    const cells = drawn(layoutSheet(sheet, { sheetId: sheet.id, area: { top: 1, left: 0, bottom: 2, right: 0 } }));
    expect(cells.get("A1")!.table).toEqual({ name: "T", part: "header", banded: false });
    expect(cells.get("A2")!.table).toEqual({ name: "T", part: "body", banded: true });
    expect(cells.get("A3")!.table).toEqual({ name: "T", part: "body", banded: false });
    expect(cells.get("B2")!.listSource).toBe("秘書室,研考科");
    expect(cells.get("A2")).toMatchObject({ numeric: true, selected: true, active: true });
    expect(cells.get("A3")).toMatchObject({ selected: true, active: false });
    expect(cells.get("B2")!.selected).toBe(false);

    // Selecting inside a merged area makes the whole area the active cell.
    const merged = drawn(layoutSheet(sheet, { sheetId: sheet.id, area: { top: 5, left: 1, bottom: 5, right: 1 } }));
    expect(merged.get("A5")).toMatchObject({ active: true, selected: true, rowSpan: 2, colSpan: 2 });
  });

  it("draws our highlight rules while they hold (the cell unchanged), over the cell's own fill; never a user's rule it cannot evaluate", () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet("計畫表", [["役政災防科", "秘書室", ""]]);
    sheet.formats.A1 = { fill: "#C6EFCE" };
    const rule = (col: number, formula: string, fill: string) => ({
      id: String(col),
      area: { top: 0, left: col, bottom: 0, right: col },
      type: "Custom",
      formula,
      format: { fill },
    });
    sheet.conditionalFormats.push(
      rule(0, highlightFormula("A1", "error", "役政災防科"), HIGHLIGHT_FILL.error),
      rule(1, highlightFormula("B1", "warning", "民政課"), HIGHLIGHT_FILL.warning),
      rule(2, '=C1=""', "#BDD7EE"),
    );
    const cells = drawn(layoutSheet(sheet, null));
    expect(cells.get("A1")!.format.fill).toBe(HIGHLIGHT_FILL.error);
    expect(cells.get("B1")!.format.fill).toBeUndefined();
    expect(cells.get("C1")!.format.fill).toBeUndefined();
    sheet.conditionalFormats.shift();
    expect(drawn(layoutSheet(sheet, null)).get("A1")!.format.fill).toBe("#C6EFCE");
  });
});
