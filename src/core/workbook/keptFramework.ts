/**
 * Which framework a workbook set up before follows, from the framework sheet kept beside its plan table
 * (服務架構): the built-in one it was written from (its wording variants help matching), else the
 * framework the sheet itself describes (an agency's own, or a new year's wording typed in). Our plan
 * table's headers are the canonical ones, so its framework cannot be told from its header (a VAC plan
 * set up reads as Kaohsiung's): the sheet says it.
 */
import { BUILT_IN_FRAMEWORKS } from "../framework/catalog";
import type { Framework } from "../framework/types";
import { cellText, type Grid } from "../grid";
import { frameworkSheet, readCustomFramework } from "./frameworkSheet";

/** Throws FrameworkError when the sheet is no framework sheet. */
export function frameworkKeptIn(grid: Grid): Framework {
  const written = (r: number) => [cellText(grid, r, 0).trim(), cellText(grid, r, 1).trim()].join("\u0000");
  for (const framework of Object.values(BUILT_IN_FRAMEWORKS)) {
    const rows = frameworkSheet(framework, grid.sheet).spec.rows;
    const same =
      rows.length === grid.rowCount &&
      rows.every((row, r) => [String(row[0] ?? "").trim(), String(row[1] ?? "").trim()].join("\u0000") === written(r));
    if (same) return framework;
  }
  return readCustomFramework(grid, "custom");
}
