/** Which built-in framework a sheet follows, from its header words (VAC annexes say 實施要領 / 負責業參). */
import type { Grid } from "./grid";
import { findHeaderRow, headerLabels } from "./impose/header";
import { viewOf } from "./impose/sheetView";

const VAC_HEADERS = ["實施要領", "負責業參"];

export function detectFrameworkId(grid: Grid): "kaohsiung" | "vac" {
  const view = viewOf(grid);
  const row = findHeaderRow(view);
  if (row < 0) return "kaohsiung";
  return headerLabels(view, row).some((l) => VAC_HEADERS.includes(l)) ? "vac" : "kaohsiung";
}
