/** The row height a row of wrapped CJK text is given (Excel does not compute it for a written file). */
import { wrappedRowHeight, type ColumnSpec } from "../../src/core/sheetSpec";

const columns: ColumnSpec[] = [
  { header: "編號", width: 10 },
  { header: "具體作法", width: 20, wrap: true },
];

it("takes the most printed lines of the wrapped cells: each line at least one, a long line as many as it fills", () => {
  expect(wrappedRowHeight(["一二三四五六七八九十一二三四五六七八九十一二三", null], columns)).toBe(16); // unwrapped column
  expect(wrappedRowHeight([null, "短"], columns)).toBe(16);
  expect(wrappedRowHeight([null, "一\n\n二"], columns)).toBe(48); // a blank line still takes a line
  expect(wrappedRowHeight([null, "一\n"], columns)).toBe(32);
  expect(wrappedRowHeight([null, "一二三四五六七八九十一"], columns)).toBe(32); // 10 per line at width 20
  expect(wrappedRowHeight([null, "一二三四五六七八九十"], columns)).toBe(16);
  expect(wrappedRowHeight([null, "x".repeat(10 * 40)], columns)).toBe(409); // Excel's largest row height
});
