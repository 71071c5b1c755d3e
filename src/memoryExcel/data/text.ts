/** Range.text: a cell's value as displayed, for the few number formats the add-in uses. */
import type { CellValue } from "./model";

export function displayText(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = numberFormat ?? "General";
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(format);
  if (fixed) {
    const digits = fixed[1]?.length ?? 0;
    return fixed[2] ? `${(value * 100).toFixed(digits)}%` : value.toFixed(digits);
  }
  return String(value);
}
